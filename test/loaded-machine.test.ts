// A test of the tests: the linearity tests (test/support/linearity.ts) must pass on a loaded
// machine, since CI machines are shared and a flaky test blocks every landing. They run here in a
// vitest of their own while one CPU-bound process per core competes with them (and the rest of
// this suite's workers with both).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Every test file that calls expectLinear (or expectLinearOver), and the word its tests' names share. */
const LINEAR_TESTS = [
  "packages/core/test/gate-integrity.test.ts",
  "packages/core/test/terraform.test.ts",
  "packages/authoring/test/draft-form-choices.test.ts",
  "packages/authoring/test/draft-formats.test.ts",
  "packages/authoring/test/draft-pdf-cells.test.ts",
  "test/linearity.test.ts",
];

describe("the linearity tests on a loaded machine", () => {
  it("pass while every core is busy with another process", () => {
    const callers = spawnSync("grep", ["-rlE", "--include=*.test.ts", "expectLinear(Over)?\\(", "packages", "test", "bench"], {
      cwd: repoRoot,
      encoding: "utf8",
    })
      .stdout.split("\n")
      .filter((f) => f && !f.endsWith("loaded-machine.test.ts"))
      .sort();
    expect(callers, "a new caller of expectLinear belongs in LINEAR_TESTS").toEqual([...LINEAR_TESTS].sort());
    const hogs: ChildProcess[] = Array.from({ length: availableParallelism() }, () =>
      spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
    );
    try {
      const own = mkdtempSync(join(tmpdir(), "dpa-lint-loaded-"));
      const out = join(own, "report.json");
      // A temporary directory of the inner run's own: its check that nothing is left behind must
      // not see the files this run's other tests are writing meanwhile.
      const temp = mkdtempSync(join(own, "tmp-"));
      const run = spawnSync(
        process.execPath,
        [join(repoRoot, "node_modules/vitest/vitest.mjs"), "run", ...LINEAR_TESTS, "-t", "linear", "--reporter=json", "--outputFile", out],
        { cwd: repoRoot, encoding: "utf8", env: { ...process.env, CI: "true", TMPDIR: temp } },
      );
      const report = JSON.parse(readFileSync(out, "utf8")) as {
        numPassedTests: number;
        numFailedTests: number;
        testResults: Array<{ assertionResults: Array<{ status: string; fullName: string; failureMessages: string[] }> }>;
      };
      // Which test failed and what it measured: the report says, the run's stderr does not.
      const failures = report.testResults
        .flatMap((file) => file.assertionResults)
        .filter((a) => a.status === "failed")
        .map((a) => `${a.fullName}: ${(a.failureMessages[0] ?? "").split("\n")[0]}`);
      expect({ status: run.status, failed: report.numFailedTests }, [...failures, run.stderr.slice(-1000)].join("\n")).toEqual({
        status: 0,
        failed: 0,
      });
      // Every test whose name says linear ran: five today.
      expect(report.numPassedTests).toBeGreaterThanOrEqual(5);
    } finally {
      for (const h of hogs) h.kill("SIGKILL");
    }
  }, 300_000);
});
