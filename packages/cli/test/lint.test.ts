import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe("dpa-lint lint", () => {
  it("prints file:line:col, severity, message and rule id, and exits 1 on an error", () => {
    const r = runCli(["lint", "examples/gdpr/us-hosting-without-mechanism.yaml"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      "examples/gdpr/us-hosting-without-mechanism.yaml:13:13  error    hosting[1].region \"us-east-1\" is in US, outside the EEA and without an adequacy decision, and has no transferMechanism  gdpr/transfer-without-mechanism\n" +
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
