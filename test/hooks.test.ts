// pre-commit and lint-staged for real: throwaway repositories whose `git commit` runs this
// repository's hooks. The hook repository is a snapshot of this working tree (tracked and
// untracked, not ignored), committed, so the test sees the hooks as they are now.
import { execFileSync, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { git, GIT_IDENTITY } from "./support/git.js";
import { startRegistry } from "./support/oci-registry.js";
import { filledTerms } from "./support/packs.js";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const COMPLIANT = readFileSync(join(repoRoot, "examples/gdpr/eu-hosting.yaml"), "utf8");
/** gdpr/transfer-without-mechanism at 13:13. */
const VIOLATING = readFileSync(join(repoRoot, "examples/gdpr/us-hosting-without-mechanism.yaml"), "utf8");
const TIMEOUT = 180_000;

// The recipes as the README documents them: the tests run exactly these.
const README = readFileSync(join(repoRoot, "README.md"), "utf8");
const blocks = (lang: string): string[] =>
  [...README.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] ?? "");
const documentedPreCommit = parse(blocks("yaml").find((b) => b.startsWith("repos:")) ?? "") as {
  repos: Array<{ hooks: Array<{ id: string; args?: string[] }> }>;
};
const documentedLintStaged = (
  JSON.parse(blocks("json").find((b) => b.includes('"lint-staged"')) ?? "{}") as { "lint-staged": Record<string, string> }
)["lint-staged"];

/** This working tree as a committed repository: what `repo:` of a .pre-commit-config.yaml clones. */
function snapshotHookRepo(): { dir: string; rev: string } {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-hook-repo-"));
  const files = git(repoRoot, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0").filter(Boolean);
  for (const f of files) if (existsSync(join(repoRoot, f))) cpSync(join(repoRoot, f), join(dir, f), { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "snapshot");
  return { dir, rev: git(dir, "rev-parse", "HEAD").trim() };
}

function userRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-user-repo-"));
  git(dir, "init", "-q", "-b", "main");
  write(dir, files);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * Writes the files, stages them (or, with `only`, just those) and runs `git commit` with its
 * hooks; the output is what the developer sees.
 */
function commit(
  dir: string,
  files: Record<string, string>,
  env: NodeJS.ProcessEnv,
  only = false,
): { status: number | null; output: string } {
  write(dir, files);
  if (only) git(dir, "add", "--", ...Object.keys(files));
  else git(dir, "add", "-A");
  // NODE_ENV=test (set by vitest) would switch lint-staged to its JSON event log.
  const r = spawnSync("git", ["commit", "-m", "change"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ...GIT_IDENTITY, NO_COLOR: "1", NODE_ENV: undefined, ...env },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe("pre-commit (the framework, Debian's package)", () => {
  let hooks: { dir: string; rev: string };
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    hooks = snapshotHookRepo();
    // pre-commit keeps its clones in PRE_COMMIT_HOME: a fresh one per run, nothing cached.
    env = { PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), "dpa-lint-pre-commit-home-")), DPA_LINT_OPA: join(repoRoot, ".tools/bin/opa") };
  });

  /** The README's .pre-commit-config.yaml, with the hooks named, pointing at the snapshot. */
  const config = (ids: string[]): string => {
    const documented = documentedPreCommit.repos[0]?.hooks ?? [];
    const chosen = ids.map((id) => documented.find((h) => h.id === id) ?? { id: `${id} is not in the README` });
    return JSON.stringify({ repos: [{ repo: hooks.dir, rev: hooks.rev, hooks: chosen }] });
  };

  it("documents every hook of .pre-commit-hooks.yaml in the README, and only those", () => {
    const defined = (parse(readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as Array<{ id: string }>).map((h) => h.id);
    expect(documentedPreCommit.repos[0]?.hooks.map((h) => h.id)).toEqual(defined);
  });

  it(
    "blocks a commit with a violating vendor file, naming file:line, and lets a compliant one through",
    () => {
      const repo = userRepo({ ".pre-commit-config.yaml": config(["dpa-lint"]) });
      execFileSync("pre-commit", ["install"], { cwd: repo, env: { ...process.env, ...env } });

      const good = commit(repo, { "vendors/eu.yaml": COMPLIANT, ".github/workflows/ci.yml": "on: push\njobs: {}\n" }, env);
      expect(good.status, good.output).toBe(0);
      expect(good.output).toMatch(/dpa-lint \(vendor setups\)\.+Passed/);

      const bad = commit(repo, { "vendors/us.yaml": VIOLATING }, env);
      expect(bad.status, bad.output).toBe(1);
      expect(bad.output).toMatch(/dpa-lint \(vendor setups\)\.+Failed/);
      expect(bad.output).toContain("vendors/us.yaml:13:13  error");
      expect(bad.output).toContain("gdpr/transfer-without-mechanism");
      expect(git(repo, "log", "--oneline").trim().split("\n")).toHaveLength(1);

      // Only the staged files are linted: the violating file, left unstaged, does not block others.
      git(repo, "reset", "-q");
      const other = commit(repo, { "docs/notes.yaml": "a: 1\n" }, env, true);
      expect(other.status, other.output).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "judges a commit by an OCI pack pinned by digest: fetched by the first run, used offline after",
    async () => {
      const registry = await startRegistry();
      try {
        const work = mkdtempSync(join(tmpdir(), "dpa-lint-hook-oci-"));
        const pair = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
        write(work, {
          "policies/dpa/acme/data.yaml": filledTerms("acme"),
          "acme.key": pair.privateKey.export({ type: "pkcs8", format: "pem" }) as string,
        });
        const push = spawnSync(
          process.execPath,
          [
            join(repoRoot, "packages/cli/dist/bin.js"),
            "policy",
            "push",
            `oci://127.0.0.1:${registry.port}/acme/pack:1.0`,
            "policies",
            "--sign-key",
            "acme.key",
          ],
          { cwd: work, encoding: "utf8", env: { ...process.env, ...env, XDG_CACHE_HOME: join(work, "pusher-cache") } },
        );
        const pinned = /^pushed (\S+)/.exec(push.stdout)?.[1] ?? `no digest: ${push.stderr}`;
        // Pinned by digest and verified with the authors' public key.
        const repo = userRepo({
          ".pre-commit-config.yaml": config(["dpa-lint"]),
          ".dpa-lint.yaml": `policies:\n  - path: ${pinned}\n    verify: acme.pem\n`,
          "acme.pem": pair.publicKey.export({ type: "spki", format: "pem" }) as string,
        });
        execFileSync("pre-commit", ["install"], { cwd: repo, env: { ...process.env, ...env } });
        const hookEnv = { ...env, XDG_CACHE_HOME: join(work, "developer-cache") };
        const vendor =
          "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: v}\nvendor: {name: V, country: FR}\ndpa: acme\nsubprocessors:\n  - {name: Unlisted SAS, country: FR}\n";
        const first = commit(repo, { "vendors/v.yaml": vendor }, hookEnv);
        expect(first.status, first.output).toBe(1);
        expect(first.output).toContain("acme/subprocessor-not-listed");
        registry.process.kill();
        const offline = commit(repo, { "vendors/v.yaml": `${vendor}# edited\n` }, hookEnv);
        expect(offline.status, offline.output).toBe(1);
        expect(offline.output).toContain("acme/subprocessor-not-listed");
      } finally {
        registry.process.kill();
      }
    },
    TIMEOUT,
  );

  it(
    "blocks a commit whose staged Terraform deploys where the vendor setup does not declare, at the .tf line",
    () => {
      const infra = join(repoRoot, "examples", "infrastructure");
      const repo = userRepo({
        ".pre-commit-config.yaml": config(["dpa-lint"]),
        ".dpa-lint.yaml": "include: [vendors]\ninfrastructure: [infra]\n",
      });
      execFileSync("pre-commit", ["install"], { cwd: repo, env: { ...process.env, ...env } });
      const eu = readFileSync(join(infra, "infra", "eu", "main.tf"), "utf8");
      const good = commit(repo, { "vendors/aws.yaml": readFileSync(join(infra, "vendors", "aws.yaml"), "utf8"), "infra/main.tf": eu }, env);
      expect(good.status, good.output).toBe(0);
      const bad = commit(repo, { "infra/main.tf": eu.replace('default = "eu-west-3"', 'default = "us-east-1"') }, env);
      expect(bad.status, bad.output).toBe(1);
      expect(bad.output).toContain("infra/main.tf:4:3  error    aws_s3_bucket.uploads is placed in us-east-1 (US)");
    },
    TIMEOUT,
  );

  it(
    "runs the policy author hooks: unformatted Rego is blocked, a tested pack passes",
    () => {
      const repo = userRepo({ ".pre-commit-config.yaml": config(["dpa-lint-rego-fmt", "dpa-lint-policy-test"]) });
      execFileSync("pre-commit", ["install"], { cwd: repo, env: { ...process.env, ...env } });
      execFileSync(
        process.execPath,
        [join(repoRoot, "packages/cli/standalone/dpa-lint.js"), "policy", "new", "acme", "--dir", "policies"],
        { cwd: repo, env: { ...process.env, ...env } },
      );
      // The scaffold's TODOs fail until the team writes the DPA's terms.
      writeFileSync(join(repo, "policies", "dpa", "acme", "data.yaml"), filledTerms("acme"));

      const good = commit(repo, {}, env);
      expect(good.status, good.output).toBe(0);
      expect(good.output).toMatch(/dpa-lint policy test \(fixtures and Rego unit tests\)\.+Passed/);

      const bad = commit(repo, { "policies/extra.rego": "package extra\nallow if {input.a==1}\n" }, env);
      expect(bad.status, bad.output).toBe(1);
      expect(bad.output).toMatch(/dpa-lint policy fmt --check \(Rego\)\.+Failed/);
      expect(bad.output).toContain("policies/extra.rego");
    },
    TIMEOUT,
  );
});

describe("husky + lint-staged (the README's recipe)", () => {
  it(
    "blocks a commit with a violating vendor file, naming file:line, and lets a compliant one through",
    () => {
      const hooks = snapshotHookRepo();
      // `npm pack` of this repository is what `npm install -D <git URL>` installs: the standalone CLI.
      const pack =
        execFileSync("npm", ["pack", "--silent", "--pack-destination", hooks.dir], { cwd: hooks.dir, encoding: "utf8" })
          .trim()
          .split("\n")
          .pop() ?? "";
      const repo = userRepo({
        "package.json": JSON.stringify({ name: "infra", private: true, "lint-staged": documentedLintStaged }, null, 2),
        ".gitignore": "node_modules/\n",
      });
      execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", "--save-dev", join(hooks.dir, pack)], { cwd: repo });
      expect(existsSync(join(repo, "node_modules/.bin/dpa-lint"))).toBe(true);
      // husky and lint-staged come from this repository's own devDependencies, found on the PATH.
      const env = { PATH: [join(repoRoot, "node_modules/.bin"), process.env.PATH].join(delimiter) };
      execFileSync("husky", ["init"], { cwd: repo, env: { ...process.env, ...env } });
      expect((JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts?.prepare).toBe(
        "husky",
      );
      write(repo, { ".husky/pre-commit": "lint-staged\n" });

      const good = commit(repo, { "vendors/eu.yaml": COMPLIANT }, env);
      expect(good.status, good.output).toBe(0);

      const bad = commit(repo, { "vendors/us.yaml": VIOLATING }, env);
      expect(bad.status, bad.output).toBe(1);
      expect(bad.output).toContain("vendors/us.yaml:13:13  error");
      expect(git(repo, "log", "--oneline").trim().split("\n")).toHaveLength(1);
    },
    TIMEOUT,
  );
});
