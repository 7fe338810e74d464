import { describe, expect, it } from "vitest";
import { fuzz, mutate, positionProblems, seedFiles } from "../scripts/fuzz.mjs";

/**
 * The short fuzz campaign of the test suite (gate-integrity issue); `npm run fuzz -- --files
 * 1000000` is the long one, with its figures in bench/RESULTS.md.
 */
describe("fuzz campaign (short run)", () => {
  it("3,000 mutants of the examples: no crash, no hang, positions inside the file, valid JSON, same answer on 1 and 2 workers", async () => {
    const problems: string[] = [];
    // A new seed each run widens the search; a failure names it, and `npm run fuzz -- --seed N`
    // replays it.
    const seed = Date.now() % 100_000;
    const stats = await fuzz({
      files: 3000,
      seed,
      onProblem: (kind: string, _text: string, detail: string) => problems.push(`${kind}: ${detail}`),
    });
    expect(problems, `seed ${seed}`).toEqual([]);
    expect(stats.files).toBe(3000);
    expect(stats.workerBatches).toBeGreaterThan(0);
  });

  it("the position check itself catches a position outside the file", () => {
    const outside = positionProblems("a: 1\n", [{ ruleId: "x", line: 3, column: 1, endLine: 3, endColumn: 2 }]);
    expect(outside).toEqual(["x at 3:1-3:2"]);
    const pastLine = positionProblems("a: 1\r\n", [{ ruleId: "x", line: 1, column: 1, endLine: 1, endColumn: 6 }]);
    expect(pastLine).toHaveLength(1);
  });

  it("mutates deterministically from its seed", () => {
    const seeds = seedFiles();
    let a = 1;
    let b = 1;
    const randA = (): number => (a = (a * 16807) % 2147483647) / 2147483647;
    const randB = (): number => (b = (b * 16807) % 2147483647) / 2147483647;
    const first = seeds[0] ?? "";
    expect(mutate(first, seeds, randA)).toBe(mutate(first, seeds, randB));
  });
});
