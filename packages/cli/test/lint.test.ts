import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

describe("dpa-lint lint", () => {
  it("by default groups the findings under each file, as ESLint's stylish; -f compact puts one per line", () => {
    const files = ["examples/quicktalk/changes.yaml", "examples/gdpr/us-hosting-without-mechanism.yaml"];
    const r = runCli(["lint", ...files], { stylish: true });
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("examples/gdpr/us-hosting-without-mechanism.yaml");
    expect(lines[1]).toMatch(/^ {2}13:13 {2}error {4}hosting\[1\]\.region "us-east-1" is in US/);
    expect(lines[3]).toBe("examples/quicktalk/changes.yaml");
    expect(lines[4]).toMatch(/^ {2}14:16 {2}error {4}Vonage/);
    expect(r.stdout.endsWith("\n✖ 4 problems (4 errors, 0 warnings) in 2 files\n")).toBe(true);
    const compact = runCli(["lint", "-f", "compact", ...files]).stdout.split("\n");
    expect(compact[0]).toMatch(/^examples\/gdpr\/us-hosting-without-mechanism\.yaml:13:13 {2}error {4}/);
  });

  it("prints file:line:col, severity, message and rule id, and exits 1 on an error", () => {
    const r = runCli(["lint", "-f", "compact", "examples/gdpr/us-hosting-without-mechanism.yaml"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      'examples/gdpr/us-hosting-without-mechanism.yaml:13:13  error    hosting[1].region "us-east-1" is in US, outside the EEA and without an adequacy decision, and has no transferMechanism  gdpr/transfer-without-mechanism\n' +
        "\n✖ 1 problem (1 error, 0 warnings) in 1 file\n",
    );
    expect(r.status).toBe(1);
  });

  it("exits 0 on a compliant setup", () => {
    const r = runCli(["lint", "examples/gdpr/eu-hosting.yaml"]);
    expect(r.stdout).toBe("✓ 1 file checked, no problems\n");
    expect(r.status).toBe(0);
  });

  it("exits 2 with one line naming a missing path", () => {
    const r = runCli(["lint", "no/such/dir"]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("dpa-lint: no/such/dir: no such file or directory\n");
    expect(r.status).toBe(2);
  });

  it("exits 2 on a bad flag value", () => {
    const r = runCli(["lint", "--fail-severity", "fatal", "examples"]);
    expect(r.stderr).toBe('dpa-lint: --fail-severity must be error, warning or info, not "fatal"; see --help\n');
    expect(r.status).toBe(2);
  });
});

describe("dpa-lint lint with a configuration", () => {
  const setup = (config: string): string => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-cli-"));
    mkdirSync(join(dir, "vendors"));
    writeFileSync(join(dir, ".dpa-lint.yaml"), config);
    writeFileSync(
      join(dir, "vendors", "ch.yaml"),
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: a}\nvendor: {name: A}\ndpa: mintt\nhosting:\n  - country: CH\n",
    );
    return dir;
  };

  it("lints the default vendors/ with the org policy of the nearest .dpa-lint.yaml", () => {
    const r = runCli(["lint"], { cwd: setup("org:\n  allowedCountries: [EEA]\n") });
    expect(r.stdout).toBe(
      'vendors/ch.yaml:7:14  error    hosting[0].country "CH" is in CH, which org.allowedCountries (EEA) does not allow  org/country-not-allowed\n\n✖ 1 problem (1 error, 0 warnings) in 1 file\n',
    );
    expect(r.status).toBe(1);
  });

  it("a broken configuration exits 2 with a line naming the file, position and field", () => {
    const r = runCli(["lint"], { cwd: setup("org:\n  maxBreachNotification: soon\n") });
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'dpa-lint: .dpa-lint.yaml:2:26: org.maxBreachNotification: "soon" is not a duration (expected e.g. "30 days", "10 working days", "24h", "P6M")\n',
    );
    expect(r.status).toBe(2);
  });

  it("--config names the file explicitly", () => {
    const dir = setup("org:\n  allowedCountries: [EEA]\n");
    writeFileSync(join(dir, "lenient.yaml"), "org:\n  allowedCountries: [EEA, adequacy]\n");
    const r = runCli(["lint", "--config", "lenient.yaml", "vendors"], { cwd: dir });
    expect(r.status).toBe(0);
  });
});

describe("help and errors", () => {
  it("every command has --help that exits 0", async () => {
    const { COMMANDS } = await import("../src/main.js");
    for (const name of Object.keys(COMMANDS)) {
      const r = runCli([name, "--help"]);
      expect(r.status, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`^Usage: dpa-lint ${name}`));
    }
  });

  it("no command prints the overview and exits 2; an unknown one is named", () => {
    const none = runCli([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain("Commands:\n  lint");
    const unknown = runCli(["lnt"]);
    expect(unknown.stderr).toBe('dpa-lint: unknown command "lnt"; run dpa-lint --help\n');
    expect(unknown.status).toBe(2);
  });

  it("--debug adds the stack trace to the one-line error", () => {
    const plain = runCli(["lint", "--config", "missing.yaml"]);
    expect(plain.stderr).toMatch(/^dpa-lint: missing\.yaml: cannot read: ENOENT[^\n]*\n$/);
    const debug = runCli(["lint", "--config", "missing.yaml", "--debug"]);
    expect(debug.stderr.split("\n")[0]).toBe(plain.stderr.trimEnd());
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(debug.status).toBe(2);
  });
});

describe("--as-of", () => {
  const shield =
    "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: shield}\nvendor: {name: Acme}\ndpa: mintt\nsubprocessors:\n  - name: Ecritel\n    country: FR\n  - name: Digital Ocean LLC\n    country: US\n    transferMechanism: privacy-shield\n";
  it("judges by the legal facts of the day named, and says so in the report", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-as-of-"));
    writeFileSync(join(dir, "shield.yaml"), shield);
    const before = runCli(["lint", "--as-of", "2020-07-15", "-f", "json", "shield.yaml"], { cwd: dir });
    const after = runCli(["lint", "--as-of", "2020-07-17", "-f", "json", "shield.yaml"], { cwd: dir });
    const rules = (r: { stdout: string }): string[] =>
      (JSON.parse(r.stdout) as { results: Array<{ ruleId: string }> }).results.map((f) => f.ruleId);
    expect(rules(before)).not.toContain("gdpr/privacy-shield");
    expect(rules(after)).toContain("gdpr/privacy-shield");
    expect(after.status).toBe(1);
    expect((JSON.parse(after.stdout) as { legalFacts: { asOf: string } }).legalFacts.asOf).toBe("2020-07-17");
  });

  it("an impossible day is a usage error, exit 2, one line", () => {
    const r = runCli(["lint", "--as-of", "2020-02-30", "examples/gdpr"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      "dpa-lint: as-of: 2020-02-30 is not a real calendar date; give the day whose legal facts apply as YYYY-MM-DD",
    ]);
  });
});

describe("--policy", () => {
  it("a missing directory is one line naming it and the option, exit 2", () => {
    const r = runCli(["lint", "--policy", "no-such-pack", "examples/gdpr"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("dpa-lint: no-such-pack: --policy: no such directory\n");
  });
});

describe("npm run examples (the README's first command)", () => {
  it("needs Node alone: it runs the committed standalone CLI, no build, no OPA, no Go", () => {
    const script =
      (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.examples ?? "";
    expect(script).toBe("node packages/cli/standalone/dpa-lint.js lint examples");
    const r = spawnSync(process.execPath, ["packages/cli/standalone/dpa-lint.js", "lint", "examples"], {
      cwd: repoRoot,
      encoding: "utf8",
      env: { PATH: dirname(process.execPath), NO_COLOR: "1" },
    });
    expect(r.status).toBe(1); // some examples violate their DPA on purpose
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\) in \d+ files\n$/);
    expect(r.stderr).toBe("");
  });
});
