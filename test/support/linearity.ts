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
 * How long the small input should take, in milliseconds of CPU: at least the 0.5 ms floor the
 * ratio divides by (a quadratic step timed at a fraction of a millisecond passed under it), at
 * most enough that the large input, 8x, stays well under a second (timed six times; the suite's
 * linearity tests once took 190 s, most of it inputs far larger than a measure needs). No more
 * than the floor at the least: a size grown past where its objects fit in the young generation of
 * the heap meets the garbage collector's copying, which costs per object two to three times more
 * (the compact output format, linear, measured 28x for 4,000 findings to 32,000, 12x for 2,000
 * to 16,000).
 */
const SMALL_MS = { least: 0.5, most: 40 };
/**
 * How far the size may shrink from the one a test gives: a call's fixed cost must not become all
 * that is measured. It may grow as far as it takes: code that fast at a size cannot hide a
 * quadratic step at 8x it (a test started at 20 characters measured a quadratic loop at 10x when
 * the size could grow 16x at most).
 */
const SHRINK = 16;
/** How many times the size may be halved or doubled: 2^30 characters is more than any input holds. */
const RESIZES = 30;

/**
 * The size whose input takes SMALL_MS to run, starting at `n` and halving or doubling it, and how
 * long it took: a test gives the shape of its input and where to start, this gives the measure its
 * scale on the machine it runs on.
 */
export function sizeFor(run: (input: string) => unknown, make: (n: number) => string, n: number): { size: number; ms: number } {
  let size = n;
  let ms = 0;
  for (let tries = 0; tries < RESIZES; tries++) {
    const input = make(size);
    run(input); // warm-up: the first run measures the JIT
    ms = fastestMs(() => run(input), 2);
    if (ms < SMALL_MS.least) size *= 2;
    else if (ms > SMALL_MS.most && size >= 2 && size * SHRINK >= n * 2) size = Math.floor(size / 2);
    else break;
  }
  return { size, ms };
}

/**
 * How many runs the small input's fastest is taken of: five, and more for an input of a few
 * milliseconds, up to some 25 ms of runs in all (a millisecond's run is moved by noise a longer
 * one averages out: one measured 24x for 8x, linear, as the fastest of five).
 */
const smallRuns = (ms: number): number => Math.min(50, Math.max(5, Math.ceil(25 / Math.max(ms, 0.1))));

/**
 * Cost grows linearly, with margins a loaded two-core machine cannot break: 8x the input may take
 * at most 32x the time. Linear work is 8x and quadratic work 64x, so a run fails only when the
 * code is quadratic or the load slows one size by 4x more than the other (each timed as the
 * fastest of five or more). `n` is where sizing starts (sizeFor): the small input is made to take
 * half a millisecond to some tens, whatever `n` gives on this machine.
 */
export function expectLinear(run: (input: string) => unknown, make: (n: number) => string, n: number, label = ""): void {
  const { size, ms } = sizeFor(run, make, n);
  const small = make(size);
  const large = make(8 * size);
  run(large); // warm-up: the first run measures the JIT
  const ratio =
    fastestMs(() => run(large)) /
    Math.max(
      0.5,
      fastestMs(() => run(small), smallRuns(ms)),
    );
  expect(ratio, `${label} grew ${ratio.toFixed(1)}x for 8x the input (${size} and ${8 * size})`).toBeLessThan(32);
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
