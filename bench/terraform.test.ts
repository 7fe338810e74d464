// The hostile Terraform shapes bench/terraform.mjs measures (bench/RESULTS.md, "Terraform, hostile
// shapes"): each must be what its row says, judged to findings in a real run, never a failed run.
// Their time is measured by the script, not here.
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lint } from "../packages/core/src/index.js";
import { HOSTILE_TERRAFORM } from "./terraform.mjs";

describe("the hostile Terraform shapes of bench/terraform.mjs", () => {
  it("each, at a small size, lints to the errors its row describes", async () => {
    const plan = (args: string[] | undefined): string[] => (args ? [args[args.indexOf("--terraform-plan") + 1] as string] : []);
    const seen: Record<string, string[]> = {};
    for (const shape of HOSTILE_TERRAFORM) {
      const dir = shape.repo(shape.unit === "levels" ? (shape.sizes[0] ?? 8) : 12);
      try {
        const r = await lint([], { cwd: dir, today: "2026-11-22", terraformPlans: plan(shape.args) });
        seen[shape.name] = [...new Set(r.results.filter((f) => f.severity === "error").map((f) => f.ruleId))].sort();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const [forEach, moduleForEach, replicas, conditions, oneRegion, fanOut] = HOSTILE_TERRAFORM.map((s) => seen[s.name]);
    const usEast = ["gdpr/transfer-without-mechanism", "infra/location-not-declared"];
    for (const found of [forEach, moduleForEach, replicas, conditions, oneRegion]) expect(found).toEqual(usEast);
    expect(fanOut).toEqual([...usEast, "file/module-not-judged"].sort());
  }, 60_000);
});
