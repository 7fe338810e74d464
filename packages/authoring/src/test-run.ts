import { cpSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { temporaryDirectory } from "@dpa-lint/core";
import { ignoreArgs } from "@dpa-lint/core/policy";

export interface PolicyTestReport {
  /** opa test's own output (pass/fail lines). */
  output: string;
  passed: boolean;
  /** Total coverage in percent, over the files of the tested directories only. */
  coverage: number;
  files: Array<{ file: string; coverage: number }>;
}

/** The Rego coverage under which `policy test` and the repository's own policies:test fail. */
export const COVERAGE_THRESHOLD = 90;

/**
 * Runs a policy directory's Rego unit tests with coverage. `with` lists directories loaded beside
 * it but not measured (the built-in helpers a custom pack imports).
 */
export function testPolicies(opa: string, dir: string, withDirs: string[] = []): PolicyTestReport {
  const target = resolve(dir);
  const paths = [target, ...withDirs.map((d) => withoutTests(resolve(d)))];
  const run = spawnSync(opa, ["test", "-v", ...ignoreArgs(), ...paths], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const output = `${run.stdout}${run.stderr}`;
  const cov = spawnSync(opa, ["test", "--coverage", "--format", "json", ...ignoreArgs(), ...paths], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  try {
    const report = JSON.parse(cov.stdout) as {
      files?: Record<string, { coverage?: number; covered?: unknown[]; not_covered?: unknown[] }>;
    };
    const mine = Object.entries(report.files ?? {}).filter(([file]) => resolve(file).startsWith(target));
    const lines = mine.map(([, f]) => lineCount(f));
    const covered = lines.reduce((n, l) => n + l.covered, 0);
    const total = lines.reduce((n, l) => n + l.covered + l.notCovered, 0);
    const files = mine.map(([file, f]) => ({ file, coverage: f.coverage ?? 0 }));
    return { output, passed: run.status === 0, coverage: total === 0 ? 100 : (100 * covered) / total, files };
  } catch {
    // No coverage report: the tests did not compile; the output says why.
    return { output, passed: false, coverage: 0, files: [] };
  }
}

/** OPA reports covered and not-covered line ranges per file. */
function lineCount(f: { covered?: unknown[]; not_covered?: unknown[] }): { covered: number; notCovered: number } {
  const sum = (ranges: unknown[] | undefined): number =>
    (ranges ?? []).reduce<number>((n, r) => {
      const range = r as { start?: { row?: number }; end?: { row?: number } };
      return n + ((range.end?.row ?? 0) - (range.start?.row ?? 0) + 1);
    }, 0);
  return { covered: sum(f.covered), notCovered: sum(f.not_covered) };
}

/**
 * A copy of a directory without its *_test.rego files: the built-in helpers' own tests expect the
 * built-in packs' data, which a custom directory's test run does not load.
 */
function withoutTests(dir: string): string {
  const copy = join(temporaryDirectory("dpa-lint-shared-"), basename(dir));
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.endsWith("_test.rego") });
  return copy;
}
