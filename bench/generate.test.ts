import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../packages/core/src/index.js";
import { generate } from "./generate.mjs";

describe("the benchmark corpus generator", () => {
  it("writes the known share of violating files, the same files every time, and each violating file fails", async () => {
    const a = mkdtempSync(join(tmpdir(), "dpa-lint-bench-"));
    const b = mkdtempSync(join(tmpdir(), "dpa-lint-bench-"));
    expect(generate(50, a)).toEqual({ files: 50, violating: 10 });
    generate(50, b);
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f), "utf8")).toBe(readFileSync(join(a, f), "utf8"));
    const result = await lint([a], { cwd: a, today: "2026-11-22" });
    expect(new Set(result.results.filter((f) => f.severity === "error").map((f) => f.file)).size).toBe(10);
    expect(result.results.filter((f) => f.ruleId.startsWith("schema/") || f.ruleId === "parse-error")).toEqual([]);
  });
});
