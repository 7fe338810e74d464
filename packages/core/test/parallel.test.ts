import { mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintHelp } from "../../cli/src/commands/lint.js";
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

  it("gives the same answer for files at the limits: deep nesting, large documents, a file of 100,000 values (gate-integrity 5)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-limits-"));
    const head = "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: NAME}\nvendor: {name: Acme}\ndpa: mintt\n";
    writeFileSync(join(dir, "a-deep.yaml"), `${"[".repeat(20_000)}${"]".repeat(20_000)}\n`);
    writeFileSync(join(dir, "b-block-deep.yaml"), Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n"));
    writeFileSync(
      join(dir, "c-big.yaml"),
      `${head.replace("NAME", "big")}processing:\n  dataCategories: [${Array.from({ length: 100_000 }, () => "c").join(", ")}]\n`,
    );
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `d${i}.yaml`), `${head.replace("NAME", `n${i}`)}hosting:\n  - region: us-east-1\n`);
    const one = await lint([dir], { cwd: dir, today: "2026-11-22", workers: 1 });
    const two = await lint([dir], { cwd: dir, today: "2026-11-22", workers: 2 });
    expect(two).toEqual(one);
    expect(one.results.filter((f) => f.ruleId === "parse-error").map((f) => f.file)).toEqual([
      "a-deep.yaml",
      "b-block-deep.yaml",
      "c-big.yaml",
    ]);
  });

  it("is used only for runs large enough to pay for a worker's start, as --help says", () => {
    expect(defaultWorkers(PARALLEL_THRESHOLD)).toBe(1);
    expect(defaultWorkers(PARALLEL_THRESHOLD + 1)).toBeGreaterThanOrEqual(Math.min(2, availableParallelism()));
    expect(lintHelp).toContain(`more than\n                             ${PARALLEL_THRESHOLD.toLocaleString("en")} files`);
    expect(defaultWorkers(PARALLEL_THRESHOLD - 1)).toBe(1);
    expect(defaultWorkers(10_000)).toBeGreaterThanOrEqual(1);
  });
});
