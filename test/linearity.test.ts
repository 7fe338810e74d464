// A test of the linearity measure itself (test/support/linearity.ts): it must pass linear code,
// fail quadratic code, and size its inputs to the machine whatever size a test starts from.
import { describe, expect, it } from "vitest";
import { expectLinear, fastestMs, sizeFor } from "./support/linearity.js";

const text = (n: number): string => "x".repeat(n);
/** Linear: one pass over the input. */
const onePass = (s: string): number => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
  return sum;
};
/** Quadratic: every pair of the input's characters. */
const everyPair = (s: string): number => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) for (let j = i; j < s.length; j++) sum += s.charCodeAt(j) ^ i;
  return sum;
};

describe("the linearity measure", () => {
  it("passes linear code from a start far too small or far too large, and fails quadratic code", () => {
    expectLinear(onePass, text, 1000, "one pass");
    expectLinear(onePass, text, 100_000_000, "one pass");
    // From a start it can measure above the floor: a start too small is sized up by a measure a
    // loaded machine can inflate, and a quadratic step timed at the floor passes (a loaded run saw it).
    expect(() => expectLinear(everyPair, text, 2000, "every pair")).toThrow(/every pair grew/);
  });

  it("sizes a linear input to take half a millisecond to some tens, shrinking it sixteen times at most", () => {
    expect(sizeFor(onePass, text, 1000).size).toBeGreaterThan(1000);
    const shrunk = sizeFor(onePass, text, 100_000_000).size;
    expect(shrunk).toBeLessThan(100_000_000);
    expect(shrunk).toBeGreaterThanOrEqual(100_000_000 / 16);
    expect(fastestMs(() => onePass(text(shrunk)))).toBeLessThan(100);
  });
});
