import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Linter } from "@dpa-lint/core";

/**
 * Fixture tests for a pack, as conftest `verify` and Spectral's rule tests do: vendor files under
 * `tests/` beside the pack, each with its expected findings next to it in `<name>.expected.json`
 * (`[{ "ruleId": "...", "line": 12 }, ...]`, other fields ignored). A fixture passes when its
 * findings are exactly those, by rule id and line.
 */
export interface FixtureReport {
  tests: number;
  failures: string[];
}

/** The tests/ directories of a pack location: beside a terms file, in a pack or policy directory, and per DPA pack. */
export function fixtureDirs(location: string): string[] {
  const base = statSync(location).isDirectory() ? location : dirname(location);
  const dpa = join(base, "dpa");
  const perPack = existsSync(dpa) ? readdirSync(dpa).map((id) => join(dpa, id, "tests")) : [];
  return [join(base, "tests"), ...perPack].filter((d) => existsSync(d) && statSync(d).isDirectory());
}

export function runFixtures(location: string, linter: Linter, cwd: string): FixtureReport {
  const failures: string[] = [];
  let tests = 0;
  for (const dir of fixtureDirs(location)) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      tests++;
      const file = join(dir, name);
      const display = relative(cwd, file) || file;
      const expectedFile = file.replace(/\.ya?ml$/, ".expected.json");
      if (!existsSync(expectedFile)) {
        failures.push(`${display}: no ${relative(cwd, expectedFile)} with its expected findings`);
        continue;
      }
      const expected = (JSON.parse(readFileSync(expectedFile, "utf8")) as Array<{ ruleId: string; line: number }>)
        .map((f) => `${f.line} ${f.ruleId}`)
        .sort();
      const actual = linter
        .lintFile(file)
        .findings.map((f) => `${f.line} ${f.ruleId}`)
        .sort();
      const missing = expected.filter((e) => !actual.includes(e));
      const extra = actual.filter((a) => !expected.includes(a));
      if (missing.length > 0 || extra.length > 0) {
        const show = (list: string[]): string => list.map((l) => `line ${l}`).join(", ");
        failures.push(
          `${display}: ${[missing.length > 0 ? `expected ${show(missing)}` : "", extra.length > 0 ? `unexpected ${show(extra)}` : ""].filter(Boolean).join("; ")}`,
        );
      }
    }
  }
  return { tests, failures };
}
