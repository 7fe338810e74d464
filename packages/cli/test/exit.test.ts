// Nothing the CLI writes may be lost when its process ends, however slowly the reader takes it,
// and the exit code is the run's: for the built CLI and the standalone one (whose loader saves the
// compile cache at the end of a run).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, repoRoot, runCli } from "./run-cli.js";

/** Runs a CLI script whose stdout is read only after a pause, through a real pipe. */
function slowlyRead(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 300);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs a CLI script whose reader is gone before it writes (as `| head` is once it has its lines):
 * the socket a spawned process writes to buffers a lot, so closing it at once is the sure way to
 * make the CLI's writes fail with EPIPE.
 */
function closedEarly(script: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stdout.destroy();
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("the CLI's exit", () => {
  it("an unknown option is one line naming the nearest known ones, exit 2", () => {
    const cases: Array<[string[], string]> = [
      [["lint", "--frmat", "json"], "dpa-lint: unknown option --frmat (did you mean --format?); see --help\n"],
      [["lint", "--xyzzy"], "dpa-lint: unknown option --xyzzy; see --help\n"],
      [["policy", "new", "acme", "--dri", "x"], "dpa-lint: unknown option --dri for policy new (did you mean --dir?); see --help\n"],
      // Another policy command's option is unknown here, never silently ignored (draft wrote under policies/).
      [
        ["policy", "draft", "dpa.txt", "-o", "packs"],
        "dpa-lint: unknown option -o for policy draft (policy draft takes --id, --dir, --format, --explain); see --help\n",
      ],
      [
        ["policy", "check", "--threshold", "5"],
        "dpa-lint: unknown option --threshold for policy check (policy check takes --source); see --help\n",
      ],
      [["policy", "fmt", "--dir", "x"], "dpa-lint: unknown option --dir for policy fmt (policy fmt takes --check); see --help\n"],
      [
        ["policy", "toString"],
        'dpa-lint: unknown policy command "toString" (check, test, build, verify, push, pull, fmt, new, draft); see --help\n',
      ],
    ];
    for (const [args, stderr] of cases) {
      const r = runCli(args);
      expect(r.stderr, args.join(" ")).toBe(stderr);
      expect(r.status, args.join(" ")).toBe(2);
    }
  });

  for (const [name, script] of [
    ["the built CLI", bin],
    ["the standalone CLI", join(repoRoot, "packages/cli/standalone/dpa-lint.js")],
  ] as const) {
    it(`${name} hands over all of a large report before it exits, with the run's exit code`, async () => {
      const r = await slowlyRead(script, ["lint", "-f", "sarif", "examples"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      expect(r.stdout.length).toBeGreaterThan(128 * 1024); // more than a pipe holds
      const sarif = JSON.parse(r.stdout) as { runs: Array<{ results: unknown[] }> };
      expect(sarif.runs[0]?.results.length).toBeGreaterThan(40);
    });

    it(`${name} stops writing when its reader goes away (| head): no stack trace, the run's exit code`, async () => {
      const findings = await closedEarly(script, ["lint", "-f", "sarif", "examples"]);
      expect(findings.stderr).toBe("");
      expect(findings.code).toBe(1);
      const clean = await closedEarly(script, ["rules", "--format", "json"]);
      expect(clean.stderr).toBe("");
      expect(clean.code).toBe(0);
    });
  }
});

describe("an error a command throws", () => {
  it("is one line when it is the core's typed error from another copy of the core (the standalone's authoring.js)", async () => {
    const { describeError } = await import("../src/main.js");
    // A class of its own, as another copy of the core defines it: not this copy's DpaLintError.
    class OtherCopyInputError extends Error {
      oneLine(): string {
        return `dpa.pdf: ${this.message}`;
      }
    }
    expect(describeError(new OtherCopyInputError("reading it needs pdfjs-dist"))).toBe("dpa.pdf: reading it needs pdfjs-dist");
    expect(describeError(new Error("boom"))).toMatch(/^internal error: boom/);
  });
});
