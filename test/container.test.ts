// The container image (Dockerfile) built and run for real with podman, offline: no image can be
// pulled here, so the base is made from this machine's own Node 20, git and sh with the libraries
// they load, and given as NODE_IMAGE, which the Dockerfile documents for mirrors and pinned bases.
// The build and every run have no network (`--network none`).
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git } from "./support/git.js";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const TIMEOUT = 240_000;
const tag = `dpa-lint-test-${process.pid}`;
const baseTag = `localhost/${tag}-base`;
const imageTag = `localhost/${tag}`;
let work = "";
let env: NodeJS.ProcessEnv = {};

function podman(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync("podman", args, { env, encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The libraries a binary loads, from ldd. */
function librariesOf(binary: string): string[] {
  return [...execFileSync("ldd", [binary], { encoding: "utf8" }).matchAll(/(\/\S+) \(0x/g)].map((m) => m[1] ?? "");
}

/** A root file system with this machine's node, git and sh: the stand-in for node:20-bookworm-slim plus git. */
function baseImageTar(): string {
  const root = join(work, "rootfs");
  const binaries = ["/usr/bin/node", execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim(), "/bin/dash"];
  for (const file of new Set(binaries.flatMap((b) => [b, ...librariesOf(b)]))) {
    mkdirSync(join(root, dirname(file)), { recursive: true });
    copyFileSync(file, join(root, file));
    chmodSync(join(root, file), 0o755);
  }
  symlinkSync("dash", join(root, "bin/sh"));
  mkdirSync(join(root, "etc"));
  writeFileSync(join(root, "etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
  mkdirSync(join(root, "tmp"), { mode: 0o1777 });
  const tar = join(work, "base.tar");
  execFileSync("tar", ["-C", root, "-cf", tar, "."]);
  return tar;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "dpa-lint-container-"));
  // This sandbox's limits, not the image's: its cgroups are v1 (crun refuses them) and it may
  // not raise resource limits to what podman asks by default.
  const conf = join(work, "containers.conf");
  writeFileSync(conf, '[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n[engine]\nruntime = "runc"\n');
  env = { ...process.env, CONTAINERS_CONF: conf };
  const imported = podman(["import", "-q", baseImageTar(), baseTag]);
  expect(imported.stderr).toBe("");
  const built = podman(["build", "-q", "--network", "none", "--build-arg", `NODE_IMAGE=${baseTag}`, "-t", imageTag, repoRoot]);
  expect(built.stderr + built.stdout).toMatch(/^[0-9a-f]{64}\s*$/);
}, TIMEOUT);

afterAll(() => {
  if (env.CONTAINERS_CONF) podman(["rmi", "-f", imageTag, baseTag]);
});

/** `docker run --rm --network none` with the mounts given as host:container[:ro]. */
function run(mounts: string[], args: string[], extra: string[] = []): { status: number | null; stdout: string; stderr: string } {
  return podman(["run", "--rm", "--network", "none", ...mounts.flatMap((m) => ["-v", m]), ...extra, imageTag, ...args]);
}

describe("container image", () => {
  it(
    "holds only the standalone CLI: the build context is that folder",
    () => {
      const ignore = readFileSync(join(repoRoot, ".dockerignore"), "utf8");
      expect(ignore).toMatch(/^\*$/m);
      const listed = podman([
        "run",
        "--rm",
        "--network",
        "none",
        "--entrypoint",
        "node",
        imageTag,
        "-e",
        "console.log(require('fs').readdirSync('/opt/dpa-lint').sort().join(' '))",
      ]);
      const committed = execFileSync("git", ["ls-files", "packages/cli/standalone"], { cwd: repoRoot, encoding: "utf8" })
        .split("\n")
        .filter(Boolean)
        .map((f) => f.slice("packages/cli/standalone/".length).split("/")[0]);
      expect(listed.stdout.trim().split(" ")).toEqual([...new Set(committed)].sort());
    },
    TIMEOUT,
  );

  it(
    "prints the help by default and exits 0",
    () => {
      const r = run([], []);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("dpa-lint lint");
    },
    TIMEOUT,
  );

  it(
    "lints a mounted read-only repository offline: findings at their positions, exit 1; a clean file exits 0",
    () => {
      const examples = `${join(repoRoot, "examples")}:/src:ro`;
      const bad = run([examples], ["lint", "gdpr/us-hosting-without-mechanism.yaml"]);
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(/13:13\s+error\s+.*gdpr\/transfer-without-mechanism/);
      const good = run([examples], ["lint", "gdpr/eu-hosting.yaml"]);
      expect({ status: good.status, stderr: good.stderr }).toEqual({ status: 0, stderr: "" });
      // The same findings as the CLI run on the host.
      const host = spawnSync(process.execPath, [join(repoRoot, "packages/cli/standalone/dpa-lint.js"), "lint", "-f", "json", "gdpr"], {
        cwd: join(repoRoot, "examples"),
        encoding: "utf8",
      });
      const inside = run([examples], ["lint", "-f", "json", "gdpr"]);
      expect(inside.status).toBe(host.status);
      expect(JSON.parse(inside.stdout)).toEqual(JSON.parse(host.stdout));
    },
    TIMEOUT,
  );

  it(
    "writes a report into a mounted folder and reads git in a repository owned by another user",
    () => {
      const repo = join(work, "repo");
      mkdirSync(join(repo, "vendors"), { recursive: true });
      git(repo, "init", "-q", "-b", "main");
      writeFileSync(join(repo, "vendors/eu.yaml"), readFileSync(join(repoRoot, "examples/gdpr/eu-hosting.yaml")));
      git(repo, "add", "-A");
      git(repo, "commit", "-q", "-m", "base");
      writeFileSync(join(repo, "vendors/us.yaml"), readFileSync(join(repoRoot, "examples/gdpr/us-hosting-without-mechanism.yaml")));
      git(repo, "add", "-A");
      git(repo, "commit", "-q", "-m", "change");
      // A checkout made by another user, as a CI runner's mount is: git calls it dubious unless the
      // image names it safe.
      execFileSync("chown", ["-R", "1000:1000", repo]);
      const out = join(work, "out");
      mkdirSync(out);
      const r = run(
        [`${repo}:/src:ro`, `${out}:/out`],
        ["lint", "--changed-since", "HEAD~1", "-f", "sarif", "-o", "/out/dpa-lint.sarif", "vendors"],
      );
      expect(r.stderr).toBe("");
      expect(r.status).toBe(1);
      const sarif = JSON.parse(readFileSync(join(out, "dpa-lint.sarif"), "utf8")) as {
        runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
      };
      const files = new Set(sarif.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri));
      expect([...files]).toEqual(["vendors/us.yaml"]);
    },
    TIMEOUT,
  );
});
