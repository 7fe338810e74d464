import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import type { Io } from "../src/io.js";
import { runCli } from "./run-cli.js";

const vendor = (name: string, country: string, comment = ""): string =>
  `${comment}apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: ${name}}\nvendor: {name: Acme}\ndpa: mintt\nhosting:\n  - country: ${country}\n`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-repo-"));
  mkdirSync(join(dir, "vendors"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("baseline", () => {
  it("reads a baseline written before hashes, matching by path", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "US") });
    const old = {
      version: 1,
      findings: [{ file: "vendors/a.yaml", ruleId: "gdpr/transfer-without-mechanism", path: ["hosting", 0, "country"], count: 1 }],
    };
    writeFileSync(join(dir, "old-baseline.json"), JSON.stringify(old));
    expect(runCli(["lint", "--baseline", "old-baseline.json", "vendors"], { cwd: dir }).status).toBe(0);
  });

  it("records findings by file, rule, path and value, so moved lines stay known and only new findings fail", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "US"), "vendors/b.yaml": vendor("b", "FR") });
    const write = runCli(["lint", "--write-baseline", "vendors"], { cwd: dir });
    expect(write.stdout).toBe("wrote 1 finding to .dpa-lint-baseline.json\n");
    expect(write.status).toBe(0);
    const hex16: unknown = expect.stringMatching(/^[0-9a-f]{16}$/);
    expect(JSON.parse(readFileSync(join(dir, ".dpa-lint-baseline.json"), "utf8"))).toEqual({
      version: 1,
      findings: [
        { file: "vendors/a.yaml", ruleId: "gdpr/transfer-without-mechanism", path: ["hosting", 0, "country"], hash: hex16, count: 1 },
      ],
    });
    // The finding moves down three lines: still in the baseline.
    writeFileSync(join(dir, "vendors/a.yaml"), vendor("a", "US", "# one\n# two\n# three\n"));
    const known = runCli(["lint", "--baseline", ".dpa-lint-baseline.json", "-f", "json", "vendors"], { cwd: dir });
    expect(known.status).toBe(0);
    const json = JSON.parse(known.stdout) as { results: unknown[]; suppressed: Array<{ line: number; suppression: unknown }> };
    expect(json.results).toEqual([]);
    expect(json.suppressed.map((f) => [f.line, f.suppression])).toEqual([
      [10, { kind: "baseline", reason: "in the baseline .dpa-lint-baseline.json" }],
    ]);
    // A new finding fails.
    writeFileSync(join(dir, "vendors/b.yaml"), vendor("b", "IN"));
    const fresh = runCli(["lint", "--baseline", ".dpa-lint-baseline.json", "vendors"], { cwd: dir });
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toContain("vendors/b.yaml:7:14");
    expect(fresh.stdout).not.toContain("vendors/a.yaml");
  });

  it("a broken baseline is a one-line error", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "FR"), "bad.json": '{"version": 2}' });
    const r = runCli(["lint", "--baseline", "bad.json", "vendors"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("dpa-lint: bad.json: findings: not a dpa-lint baseline (version 1, findings with file, ruleId, path, count)\n");
  });
});

describe("--changed-since", () => {
  it("lints only the vendor files changed since the ref, and names a bad ref", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "US"), "vendors/b.yaml": vendor("b", "FR") });
    const git = (...args: string[]): string =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: dir, encoding: "utf8" });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "base");
    writeFileSync(join(dir, "vendors/b.yaml"), vendor("b", "IN"));
    writeFileSync(join(dir, "vendors/c.yaml"), vendor("c", "FR"));
    const r = runCli(["lint", "--changed-since", "main", "vendors"], { cwd: dir });
    expect(r.stdout).toContain("vendors/b.yaml:7:14");
    expect(r.stdout).not.toContain("vendors/a.yaml");
    expect(r.stdout).toContain("in 2 files");
    const bad = runCli(["lint", "--changed-since", "no-such-ref", "vendors"], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^dpa-lint: --changed-since: "no-such-ref" is not a commit git knows: fatal: .*\n$/);
  });
});

describe("progress", () => {
  const io = (stderrIsTTY: boolean, cwd: string, err: string[]): Io => ({
    stdout: () => undefined,
    stderr: (t) => err.push(t),
    cwd,
    env: {},
    isTTY: false,
    stderrIsTTY,
    readStdin: () => Promise.resolve(""),
  });

  it("shows a progress line on a terminal for long runs only", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 500; i++) files[`vendors/v${i}.yaml`] = vendor(`v${i}`, "FR");
    const dir = repo(files);
    const onTty: string[] = [];
    expect(await main(["lint", "vendors"], io(true, dir, onTty))).toBe(0);
    expect(onTty).toEqual(["\rdpa-lint: 250/500 files", "\rdpa-lint: 500/500 files\r\u001b[K"]);
    const piped: string[] = [];
    await main(["lint", "vendors"], io(false, dir, piped));
    expect(piped).toEqual([]);
  });
});

describe("--only-included (what the pre-commit and lint-staged hooks pass)", () => {
  it("lints the named files the config includes and skips the others, a missing one is still an error", () => {
    const dir = repo({
      ".dpa-lint.yaml": "include: [infra/vendors, 'teams/*/vendor-*.yaml']\nexclude: [infra/vendors/legacy/**]\n",
      "infra/vendors/a.yaml": vendor("a", "US"),
      "infra/vendors/legacy/old.yaml": vendor("old", "US"),
      "teams/x/vendor-b.yaml": vendor("b", "US"),
      "teams/x/notes.yaml": "a: 1\n",
      "infra/vendors/a.expected.json": "[]\n",
      ".github/workflows/ci.yml": "on: push\n",
      "package.json": "{}\n",
    });
    const named = [
      "infra/vendors/a.yaml",
      "infra/vendors/legacy/old.yaml",
      "teams/x/vendor-b.yaml",
      "teams/x/notes.yaml",
      "infra/vendors/a.expected.json",
      ".github/workflows/ci.yml",
      "package.json",
    ];
    const r = runCli(["lint", "--only-included", ...named], { cwd: dir });
    expect(r.stdout).toContain("infra/vendors/a.yaml:7:14");
    expect(r.stdout).toContain("teams/x/vendor-b.yaml:7:14");
    expect(r.stdout).toContain("in 2 files");
    // Without the flag every named file is linted, whatever its name.
    expect(runCli(["lint", ...named], { cwd: dir }).stdout).toContain("in 7 files");
    expect(runCli(["lint", "--only-included", "package.json"], { cwd: dir }).stdout).toBe("✓ 0 files checked, no problems\n");
    // A named directory stands for the files under it, filtered by the include like named files.
    const byDir = runCli(["lint", "--only-included", "infra", "teams"], { cwd: dir });
    expect(byDir.stdout).toContain("infra/vendors/a.yaml:");
    expect(byDir.stdout).toContain("teams/x/vendor-b.yaml:");
    expect(byDir.stdout).not.toContain("legacy");
    expect(byDir.stdout).toContain("in 2 files");
    const missing = runCli(["lint", "--only-included", "infra/vendors/gone.yaml"], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("dpa-lint: infra/vendors/gone.yaml: no such file or directory\n");
  });

  it("uses vendors/ in the working directory when there is no configuration", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "US"), "other/b.yaml": "name: not a vendor setup\n" });
    const r = runCli(["lint", "--only-included", "vendors/a.yaml", "other/b.yaml"], { cwd: dir });
    expect(r.stdout).toContain("vendors/a.yaml:7:14");
    expect(r.stdout).toContain("in 1 file");
  });

  it("still lints a named file outside the include that declares kind: VendorSetup (gate-integrity 7)", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "FR"), "other/b.yaml": vendor("b", "US"), "notes.txt": "hello\n" });
    const r = runCli(["lint", "--only-included", "vendors/a.yaml", "other/b.yaml", "notes.txt"], { cwd: dir });
    expect(r.stdout).toContain("other/b.yaml:7:14");
    expect(r.status).toBe(1);
  });

  it("says on stderr when none of the named files is a vendor file, and exits 0", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "US"), "notes.txt": "hello\n" });
    const r = runCli(["lint", "--only-included", "notes.txt"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("dpa-lint: the named file is not a vendor file the configuration includes; nothing to lint\n");
  });
});

describe("--print-config FILE", () => {
  it("prints the configuration as it applies to one file: where it comes from, whether the file is linted, each rule's severity", () => {
    const dir = repo({
      ".dpa-lint.yaml":
        "include: [vendors]\nexclude: [vendors/ignored/**]\nasOf: 2026-06-01\nrules:\n  quicktalk/*: warning\noverrides:\n  - files: [vendors/legacy/**]\n    rules:\n      quicktalk/hosting-country: off\n",
      "vendors/a.yaml": vendor("a", "FR"),
    });
    const show = (file: string): { configFile: string; linted: boolean; asOf: string; rules: Record<string, string> } => {
      const r = runCli(["lint", "--print-config", file], { cwd: dir });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { configFile: string; linted: boolean; asOf: string; rules: Record<string, string> };
    };
    const legacy = show("vendors/legacy/x.yaml");
    expect(legacy).toMatchObject({ configFile: ".dpa-lint.yaml", linted: true, asOf: "2026-06-01" });
    expect(legacy.rules["quicktalk/hosting-country"]).toBe("off");
    expect(legacy.rules["quicktalk/subprocessor-not-listed"]).toBe("warning");
    expect(legacy.rules["gdpr/transfer-without-mechanism"]).toBe("error");
    expect(show("vendors/a.yaml").rules["quicktalk/hosting-country"]).toBe("warning");
    expect(show("vendors/ignored/b.yaml").linted).toBe(false);
    expect(show("README.md").linted).toBe(false);
  });
});

describe("--cache", () => {
  it("gives the same report from the cache, and writes the cache file --cache-location names", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "US"), "vendors/b.yaml": vendor("b", "FR") });
    const env = { XDG_STATE_HOME: join(dir, "..", `${dir.split("/").pop() ?? "x"}-state`) };
    const plain = runCli(["lint"], { cwd: dir });
    const first = runCli(["lint", "--cache-location", "cache.json"], { cwd: dir, env });
    const second = runCli(["lint", "--cache-location", "cache.json"], { cwd: dir, env });
    expect(first.stdout).toBe(plain.stdout);
    expect(second.stdout).toBe(plain.stdout);
    expect(second.status).toBe(1);
    expect(readFileSync(join(dir, "cache.json"), "utf8")).toMatch(/^dpa-lint-lint-cache 1\n[0-9a-f]{64}\n\{"key":/);
  });
});
