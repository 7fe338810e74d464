import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { parse } from "yaml";
import { escapeRegExp, temporaryDirectory } from "@dpa-lint/core";
import { ignoreArgs, packTermsForPolicies } from "@dpa-lint/core/policy";

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
  const original = resolve(dir);
  // The tests run on a copy whose pack terms are read as a lint reads them (periods written as
  // text become {value, unit}); every path printed is the original's.
  const target = withPackTermsRead(original);
  const paths = [target, ...withDirs.map((d) => withoutTests(resolve(d)))];
  const run = spawnSync(opa, ["test", "-v", ...ignoreArgs(), ...paths], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const output = originalPaths(`${run.stdout}${run.stderr}`, target, original);
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
    const files = mine.map(([file, f]) => ({ file: join(original, resolve(file).slice(target.length)), coverage: f.coverage ?? 0 }));
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
 * The directory `opa test` runs on: the policy directory itself, or, when one of its DPA packs
 * (`dpa/<id>/data.yaml`) writes a period as text, a copy whose pack terms are as the engine gives
 * them to the policies (packTermsForPolicies): `opa test` reads data files itself, and would
 * otherwise see "10 working days" where a lint sees {value: 10, unit: working_days}.
 */
function withPackTermsRead(dir: string): string {
  const rewritten = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!/(^|[\\/])dpa[\\/][^\\/]+[\\/]data\.ya?ml$/.test(file)) continue;
    const data = parse(readFileSync(join(dir, file), "utf8")) as unknown;
    if (typeof data !== "object" || data === null || !("terms" in data)) continue;
    const terms = packTermsForPolicies(data.terms);
    // JSON is YAML: the file keeps its name, so OPA places it at the same data path.
    if (JSON.stringify(terms) !== JSON.stringify(data.terms)) rewritten.set(file, JSON.stringify({ ...data, terms }));
  }
  if (rewritten.size === 0) return dir;
  const copy = join(temporaryDirectory(STAGED_PREFIX), basename(dir));
  cpSync(dir, copy, { recursive: true });
  for (const [file, text] of rewritten) writeFileSync(join(copy, file), text);
  return copy;
}

const STAGED_PREFIX = "dpa-lint-test-";

/** opa test's output with the staged copy's paths (whole, or shortened to "/tmp/...") as the directory's own. */
function originalPaths(output: string, staged: string, original: string): string {
  if (staged === original) return output;
  const shortened = new RegExp(`\\S*${STAGED_PREFIX}[A-Za-z0-9]+[\\/]${escapeRegExp(basename(original))}`, "g");
  return output.split(staged).join(original).replace(shortened, original);
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
