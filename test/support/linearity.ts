import { expect } from "vitest";

/**
 * The fastest of `runs` calls, in milliseconds: on a shared, loaded machine noise only ever adds
 * time, so the minimum is the estimate load disturbs least (a median of three is not: one
 * preempted run of two moves it).
 */
export function fastestMs(run: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Cost grows linearly, with margins a loaded two-core machine cannot break: 8x the input may take
 * at most 32x the time. Linear work is 8x and quadratic work 64x, so a run fails only when the
 * code is quadratic or the load slows one size by 4x more than the other (each timed as the
 * fastest of five). `n` should make the small input take a few milliseconds at least.
 */
export function expectLinear(run: (input: string) => unknown, make: (n: number) => string, n: number, label = ""): void {
  const small = make(n);
  const large = make(8 * n);
  run(large); // warm-up: the first run measures the JIT
  const ratio =
    fastestMs(() => run(large)) /
    Math.max(
      0.5,
      fastestMs(() => run(small)),
    );
  expect(ratio, `${label} grew ${ratio.toFixed(1)}x for 8x the input`).toBeLessThan(32);
}
