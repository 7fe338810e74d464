import { expect } from "vitest";

/** Milliseconds of CPU this process has used, in all its threads (the garbage collector's too). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The fastest of `runs` calls, in milliseconds of CPU: on a shared, loaded machine noise only ever
 * adds time, so the minimum is the estimate load disturbs least (a median of three is not: one
 * preempted run of two moves it). CPU time, not the wall clock: a run that other processes
 * preempt waits without its CPU time growing, and a short run could slip between preemptions
 * where a long one cannot (the wall clock once measured a linear PDF table rebuild at 34x with
 * every core busy; with CPU time every linearity test stayed under 19x loaded, under 16x not).
 */
export function fastestMs(run: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    run();
    best = Math.min(best, cpuMs() - t0);
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

/**
 * expectLinear over inputs that are not strings (a PDF page's text items): each input made once,
 * before it is timed, as expectLinear's own inputs are.
 */
export function expectLinearOver<T>(run: (input: T) => unknown, make: (n: number) => T, n: number, label = ""): void {
  const made = new Map<string, T>();
  expectLinear(
    (key) => run(made.get(key) as T),
    (size) => {
      made.set(String(size), make(size));
      return String(size);
    },
    n,
    label,
  );
}
