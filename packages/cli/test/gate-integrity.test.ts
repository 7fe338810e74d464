import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { git } from "../../../test/support/git.js";
import { repoRoot, runCli } from "./run-cli.js";

/** The CLI side of the gate-integrity issue: files the gate must never skip or write through. */
const vendor = (name: string, country: string): string =>
  `apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: ${name}}\nvendor: {name: Acme}\ndpa: mintt\nhosting:\n  - country: ${country}\n`;

function repo(files: Record<string, string>, withGit = false): string {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-gate-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  if (withGit) {
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "base");
  }
  return dir;
}

describe("2. changed-files mode", () => {
  it("lints files whose names git would C-quote (quote, backslash, tab)", () => {
    const dir = repo({ "vendors/ok.yaml": vendor("ok", "FR") }, true);
    for (const [i, name] of ['us"east.yaml', "back\\slash.yaml", "tab\there.yaml"].entries())
      writeFileSync(join(dir, "vendors", name), vendor(`v${i}`, "US"));
    git(dir, "add", "-A");
    const r = runCli(["lint", "--changed-since", "HEAD", "-f", "json"], { cwd: dir });
    expect(r.status).toBe(1);
    const files = (JSON.parse(r.stdout) as { results: Array<{ file: string }> }).results.map((f) => f.file).sort();
    expect(files).toEqual(["vendors/back\\slash.yaml", "vendors/tab\there.yaml", 'vendors/us"east.yaml']);
  });

  it("a change behind a symbolic link is a change of the file linted through the link (file, directory, retargeted link)", () => {
    const dir = repo(
      { "store/m.yaml": vendor("m", "FR"), "store/team/t.yaml": vendor("t", "FR"), "store/n.yaml": vendor("n", "FR") },
      true,
    );
    mkdirSync(join(dir, "vendors"));
    symlinkSync("../store/m.yaml", join(dir, "vendors/m.yaml"));
    symlinkSync("../store/team", join(dir, "vendors/team"));
    symlinkSync("../store/n.yaml", join(dir, "vendors/n.yaml"));
    writeFileSync(join(dir, "store/other.yaml"), vendor("o", "US"));
    writeFileSync(join(dir, ".dpa-lint.yaml"), "include: [vendors]\n");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "links");
    const before = runCli(["lint", "--changed-since", "HEAD"], { cwd: dir });
    expect(before.stdout).toContain("0 files");
    writeFileSync(join(dir, "store/m.yaml"), vendor("m", "US"));
    writeFileSync(join(dir, "store/team/t.yaml"), vendor("t", "US"));
    execFileSync("ln", ["-sfn", "../store/other.yaml", join(dir, "vendors/n.yaml")]);
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "change only the targets and one link");
    const r = runCli(["lint", "--changed-since", "HEAD~1", "-f", "json"], { cwd: dir });
    expect(r.status).toBe(1);
    const files = (JSON.parse(r.stdout) as { results: Array<{ file: string; ruleId: string }> }).results.map((f) => f.file);
    expect([...new Set(files)].sort()).toEqual(["vendors/m.yaml", "vendors/n.yaml", "vendors/team/t.yaml"]);
  });

  it("never passes a ref to git as an option", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "FR") }, true);
    const r = runCli(["lint", "--changed-since=--output=pwned.txt"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dpa-lint: --changed-since: "--output=pwned.txt" is not a commit git knows/);
    expect(() => readFileSync(join(dir, "pwned.txt"))).toThrow();
  });
});

describe("3. only regular files, read within the size limit", () => {
  it("a FIFO or device among the named files is a finding for that file, not a hang", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "FR") });
    execFileSync("mkfifo", [join(dir, "vendors", "pipe.yaml")]);
    const r = runCli(["lint", "vendors/a.yaml", "vendors/pipe.yaml", "/dev/zero"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/vendors\/pipe.yaml:1:1 +error +not a regular file/);
    expect(r.stdout).toMatch(/dev\/zero:1:1 +error +not a regular file/);
  });

  it("standard input is read only up to the limit", () => {
    const r = runCli(["lint", "-", "--stdin-filename", "vendors/big.yaml"], { input: `a: ${"x".repeat(3 * 1024 * 1024)}\n` });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/vendors\/big.yaml:1:1 +error +file is larger than 2 MiB/);
  });

  it("UTF-16 with a byte-order mark is read as text", () => {
    const dir = repo({});
    mkdirSync(join(dir, "vendors"));
    writeFileSync(join(dir, "vendors", "u16.yaml"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(vendor("u", "US"), "utf16le")]));
    const r = runCli(["lint", "vendors"], { cwd: dir });
    expect(r.stdout).toMatch(/vendors\/u16.yaml:7:14 +error .*gdpr\/transfer-without-mechanism/);
  });
});

describe("7. no silent pass", () => {
  it("a symlinked vendor file inside the repository is followed; one leaving it is a finding", () => {
    const dir = repo({ "vendors/real/a.yaml": vendor("a", "US"), "outside.yaml": vendor("o", "FR") }, true);
    const outside = mkdtempSync(join(tmpdir(), "dpa-lint-outside-"));
    writeFileSync(join(outside, "secret.yaml"), vendor("s", "FR"));
    symlinkSync(join(dir, "vendors", "real", "a.yaml"), join(dir, "vendors", "link.yaml"));
    symlinkSync(join(outside, "secret.yaml"), join(dir, "vendors", "escape.yaml"));
    symlinkSync("..", join(dir, "vendors", "real", "loop"));
    const r = runCli(["lint", "vendors"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/vendors\/link.yaml:7:14 +error/);
    expect(r.stdout).toMatch(/vendors\/escape.yaml:1:1 +error +a symbolic link to .*outside the repository.* file\/outside-repository/);
  });

  it("the same files whichever way the include is written; a vendor file under node_modules or a dot directory is linted", () => {
    const files = {
      "vendors/a.yaml": vendor("a", "FR"),
      "vendors/node_modules/us.yaml": vendor("us", "US"),
      "vendors/node_modules/pkg/package.json": '{ "name": "pkg" }\n',
      "vendors/node_modules/pkg/config.yaml": "a: 1\n",
      "vendors/.hidden/h.yaml": vendor("h", "US"),
      "vendors/.dot.yaml": vendor("dot", "US"),
      "vendors/team/.x/deep.yml": vendor("deep", "US"),
    };
    const linted = (include: string): string[] => {
      const dir = repo({ ...files, ".dpa-lint.yaml": `include: [${JSON.stringify(include)}]\n` });
      const r = runCli(["lint", "-f", "json"], { cwd: dir });
      expect(r.stderr, include).toBe("");
      return (JSON.parse(r.stdout) as { files?: string[]; results: Array<{ file: string }> }).results.map((f) => f.file);
    };
    const expected = ["vendors/.dot.yaml", "vendors/.hidden/h.yaml", "vendors/node_modules/us.yaml", "vendors/team/.x/deep.yml"];
    for (const include of ["vendors", "vendors/**", "vendors/**/*.{yaml,yml}", "vendors/**/*"])
      expect([...new Set(linted(include))].sort(), include).toEqual(expected);
  });

  it("a hidden file or another ending that declares kind: VendorSetup is linted", () => {
    const dir = repo({
      "vendors/.hidden.yaml": vendor("h", "US"),
      "vendors/renamed.txt": vendor("r", "US"),
      "vendors/README.md": "# vendors\n",
    });
    const r = runCli(["lint", "vendors"], { cwd: dir });
    expect(r.stdout).toMatch(/vendors\/.hidden.yaml:7:14/);
    expect(r.stdout).toMatch(/vendors\/renamed.txt:7:14/);
    expect(r.stdout).not.toMatch(/README/);
  });

  it("a directory that yields no vendor file, and a default run with nothing where vendor files live, exit 2", () => {
    const dir = repo({ "vendors/README.md": "# nothing here\n" });
    const named = runCli(["lint", "vendors"], { cwd: dir });
    expect(named.status).toBe(2);
    expect(named.stderr).toMatch(/^dpa-lint: vendors: no vendor file \(.yaml, .yml, .json, or kind: VendorSetup\) in this directory\n$/);
    const byDefault = runCli(["lint"], { cwd: dir });
    expect(byDefault.status).toBe(2);
  });

  it("-q never changes the exit code", () => {
    const dir = repo({ "vendors/a.yaml": `${vendor("a", "FR")}contract:\n  auditsPerYear: 1\n` });
    mkdirSync(join(dir, "x"));
    const warning = `apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: w}\nvendor: {name: Acme}\ndpa: easi\nsubprocessors:\n  - {name: Somebody, country: FR}\n`;
    writeFileSync(join(dir, "vendors", "w.yaml"), warning);
    const loud = runCli(["lint", "--fail-severity", "warning"], { cwd: dir });
    const quiet = runCli(["lint", "-q", "--fail-severity", "warning"], { cwd: dir });
    expect(loud.stdout).toMatch(/warning/);
    expect(loud.status).toBe(1);
    expect(quiet.status).toBe(1);
  });
});

describe("8. output files never follow symbolic links", () => {
  it("--output-file and --write-baseline refuse a committed symlink, with a one-line error", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "US") });
    const victim = join(mkdtempSync(join(tmpdir(), "dpa-lint-victim-")), "bashrc");
    writeFileSync(victim, "original\n");
    symlinkSync(victim, join(dir, "report.sarif"));
    symlinkSync(victim, join(dir, ".dpa-lint-baseline.json"));
    const out = runCli(["lint", "-f", "sarif", "-o", "report.sarif"], { cwd: dir });
    expect(out.status).toBe(2);
    expect(out.stderr).toBe("dpa-lint: report.sarif: refusing to write through a symbolic link\n");
    const base = runCli(["lint", "--write-baseline"], { cwd: dir });
    expect(base.status).toBe(2);
    expect(readFileSync(victim, "utf8")).toBe("original\n");
  });

  it("an output file's missing directories are created; an unwritable one is a one-line error naming it", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "FR") });
    const r = runCli(["lint", "-f", "json", "-o", "no/such/dir/out.json"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "no/such/dir/out.json"), "utf8"))).toMatchObject({ summary: { files: 1 } });
    writeFileSync(join(dir, "blocker"), "");
    const bad = runCli(["lint", "-f", "json", "-o", "blocker/out.json"], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^dpa-lint: blocker\/out.json: cannot write: ENOTDIR[^\n]*\n$/);
  });

  it("a committed link to a directory outside, anywhere on an output's path in the repository, is refused", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "US"), "sub/.keep": "" }, true);
    const outside = mkdtempSync(join(tmpdir(), "dpa-lint-victim-"));
    symlinkSync(outside, join(dir, "reports"));
    for (const [args, file] of [
      [["-f", "sarif", "-o", "reports/x.sarif"], "reports/x.sarif"],
      [["-f", "json", "-o", "reports/deeper/x.json"], "reports/deeper/x.json"],
      [["--write-baseline", "--baseline", "reports/b.json"], "reports/b.json"],
    ] as const) {
      const r = runCli(["lint", ...args], { cwd: dir });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toBe(`dpa-lint: ${file}: refusing to write through a symbolic link (reports is one)\n`);
    }
    // From a subdirectory, the link above the working directory is still inside the repository.
    const up = runCli(["lint", "../vendors", "-f", "json", "-o", "../reports/x.json"], { cwd: join(dir, "sub") });
    expect(up.status).toBe(2);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe("8b. policy draft and policy build write through no committed link", () => {
  const dpa =
    "<html><body><h1>DPA</h1><p>The Processor shall notify the Controller of a personal data breach within 24 hours.</p></body></html>\n";

  it("policy draft refuses a pack directory, a text file or a dangling data.yaml that is a link, and writes nothing outside", () => {
    const outside = mkdtempSync(join(tmpdir(), "dpa-lint-victim-"));
    writeFileSync(join(outside, "victim.txt"), "original\n");
    const cases: Array<[string, (dir: string) => void, RegExp]> = [
      [
        "pack directory",
        (dir) => symlinkSync(outside, join(dir, "policies/dpa/acme")),
        /policies\/dpa\/acme\/\S+: refusing to write through a symbolic link \(policies\/dpa\/acme is one\)/,
      ],
      ["dangling data.yaml", (dir) => symlinkSync(join(outside, "new-file"), join(dir, "policies/dpa/acme/data.yaml")), /already exists/],
      [
        "extracted text",
        (dir) => symlinkSync(join(outside, "victim.txt"), join(dir, "policies/dpa/acme/dpa.txt")),
        /policies\/dpa\/acme\/dpa.txt: refusing to write through a symbolic link\n/,
      ],
    ];
    for (const [what, plant, message] of cases) {
      const dir = repo({ "dpa.html": dpa }, true);
      mkdirSync(join(dir, "policies/dpa"), { recursive: true });
      if (what !== "pack directory") mkdirSync(join(dir, "policies/dpa/acme"));
      plant(dir);
      const r = runCli(["policy", "draft", "dpa.html", "--id", "acme"], { cwd: dir });
      expect(r.status, what).toBe(2);
      expect(r.stderr, what).toMatch(message);
    }
    expect(readdirSync(outside)).toEqual(["victim.txt"]);
    expect(readFileSync(join(outside, "victim.txt"), "utf8")).toBe("original\n");
  });

  it("policy build refuses a committed output link before removing or writing anything, even when the build would fail", () => {
    const dir = repo({ "README.md": "" }, true);
    expect(runCli(["policy", "new", "acme"], { cwd: dir }).status).toBe(0);
    const outside = mkdtempSync(join(tmpdir(), "dpa-lint-victim-"));
    mkdirSync(join(outside, "docs"));
    writeFileSync(join(outside, "docs", "precious.md"), "keep\n");
    symlinkSync(outside, join(dir, "policies", ".bundle"));
    const r = runCli(["policy", "build"], { cwd: dir, env: { DPA_LINT_OPA: join(repoRoot, ".tools/bin/opa") } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("dpa-lint: policies/.bundle: refusing to write through a symbolic link\n");
    expect(readFileSync(join(outside, "docs", "precious.md"), "utf8")).toBe("keep\n");
    expect(readdirSync(outside)).toEqual(["docs"]);
  });
});

describe("9. a baseline entry covers one offending value, not a path", () => {
  it("a different violation at a baselined path is new, and the stale entry is reported", () => {
    const dir = repo({ "vendors/a.yaml": vendor("a", "US") });
    expect(runCli(["lint", "--write-baseline"], { cwd: dir }).status).toBe(0);
    expect(runCli(["lint", "--baseline", ".dpa-lint-baseline.json"], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, "vendors", "a.yaml"), vendor("a", "CN"));
    const r = runCli(["lint", "--baseline", ".dpa-lint-baseline.json"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/vendors\/a.yaml:7:14 +error .*CN/);
    expect(r.stderr).toBe(
      "dpa-lint: .dpa-lint-baseline.json: 1 baselined finding no longer occurs (fixed or changed); --write-baseline drops them\n",
    );
  });
});
