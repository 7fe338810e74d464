import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Linter, readBundle } from "../src/index.js";
import { exampleConfig, exampleFiles, expectationFile, repoRoot } from "./helpers.js";

/**
 * The acceptance suite: every example's findings must equal the
 * expectations checked in beside it, by rule, severity, position and path.
 */
interface Expected {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  path: Array<string | number>;
}

const linters = new Map<string, Linter>();
async function linterFor(example: string): Promise<Linter> {
  const config = exampleConfig(example);
  const key = config.file ?? "";
  let linter = linters.get(key);
  if (!linter) {
    linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22", config });
    linters.set(key, linter);
  }
  return linter;
}

describe("examples", () => {
  const files = exampleFiles();
  it("there are examples", () => {
    expect(files.length).toBeGreaterThan(1);
  });
  for (const file of files) {
    it(`${file} gives its expected findings`, async () => {
      const linter = await linterFor(file);
      const expectation = join(repoRoot, expectationFile(file));
      expect(existsSync(expectation), `${expectationFile(file)} is missing`).toBe(true);
      const expected = JSON.parse(readFileSync(expectation, "utf8")) as Expected[];
      const actual = linter
        .lintFile(file)
        .findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, path: f.path }));
      expect(actual).toEqual(expected);
    });
  }
});

describe("each DPA pack", () => {
  it.each(
    readBundle()
      .catalogue.packs.filter((p) => p.kind === "dpa")
      .map((p) => p.id),
  )("%s has a compliant example with no error and a violating one", async (dpa) => {
    const compliant = `examples/${dpa}/compliant.yaml`;
    const findings = (await linterFor(compliant)).lintFile(compliant).findings;
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const violating = exampleFiles().filter((f) => f.startsWith(`examples/${dpa}/`) && f !== compliant);
    expect(violating.length).toBeGreaterThan(0);
    for (const file of violating) {
      expect(
        (await linterFor(file)).lintFile(file).findings.some((f) => f.severity === "error"),
        file,
      ).toBe(true);
    }
  });
});
