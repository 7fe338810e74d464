import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Linter } from "../src/index.js";
import { exampleFiles, expectationFile, repoRoot } from "./helpers.js";

/**
 * The acceptance suite (ARCHITECTURE.md principle 10): every example's findings must equal the
 * expectations checked in beside it, by rule, severity, position and path.
 */
interface Expected {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  path: Array<string | number>;
}

let linter: Linter;
beforeAll(async () => {
  linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22" });
});

describe("examples", () => {
  const files = exampleFiles();
  it("there are examples", () => {
    expect(files.length).toBeGreaterThan(1);
  });
  for (const file of files) {
    it(`${file} gives its expected findings`, () => {
      const expectation = join(repoRoot, expectationFile(file));
      expect(existsSync(expectation), `${expectationFile(file)} is missing`).toBe(true);
      const expected = JSON.parse(readFileSync(expectation, "utf8")) as Expected[];
      const actual = linter.lintFile(file).findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, path: f.path }));
      expect(actual).toEqual(expected);
    });
  }
});
