import { describe, expect, it } from "vitest";
import { defaultWorkers, lint, PARALLEL_THRESHOLD } from "../src/index.js";
import { repoRoot } from "./helpers.js";

describe("linting on worker threads", () => {
  it("gives exactly the single-thread result, in the same order", async () => {
    const one = await lint(["examples"], { cwd: repoRoot, today: "2026-11-22", workers: 1 });
    const two = await lint(["examples"], { cwd: repoRoot, today: "2026-11-22", workers: 2 });
    const three = await lint(["examples"], { cwd: repoRoot, today: "2026-11-22", workers: 3 });
    expect(one.results.length).toBeGreaterThan(40);
    expect(two).toEqual(one);
    expect(three).toEqual(one);
  });

  it("reports progress across workers up to the total", async () => {
    const seen: number[] = [];
    const r = await lint(["examples"], { cwd: repoRoot, workers: 2, onProgress: (done) => seen.push(done) });
    expect(seen[seen.length - 1]).toBe(r.summary.files);
  });

  it("is used only for runs large enough to pay for a worker's start", () => {
    expect(defaultWorkers(PARALLEL_THRESHOLD - 1)).toBe(1);
    expect(defaultWorkers(10_000)).toBeGreaterThanOrEqual(1);
  });
});
