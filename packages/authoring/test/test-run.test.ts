// `policy test` (testPolicies): a pack's Rego unit tests see its terms as a lint does.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_POLICY_PARTS } from "@dpa-lint/core/policy";
import { repoRoot } from "../../../test/support/repo-root.js";
import { testPolicies } from "../src/index.js";

const opa = join(repoRoot, ".tools", "bin", "opa");

describe("policy test on a pack whose data.yaml writes periods as text", () => {
  it("reads them as {value, unit}, as the engine gives them to a lint, and names the pack's own files", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "dpa-lint-policy-test-")), "acme-pack");
    mkdirSync(join(dir, "dpa", "acme"), { recursive: true });
    writeFileSync(join(dir, "dpa", "acme", "data.yaml"), "terms:\n  priorNotice: 20 working days\n  breachNotification: 36 hours\n");
    const test = (expected: number): string =>
      `package acme_test\n\nimport data.lib.pack\n\ntest_notice if {\n\tpack.term("priorNotice") == {"value": ${expected}, "unit": "working_days"} with input as {"dpa": "acme"}\n}\n`;
    writeFileSync(join(dir, "acme_test.rego"), test(20));
    const passed = testPolicies(opa, dir, SHARED_POLICY_PARTS);
    expect(passed.output).toContain("PASS: 1/1");
    expect(passed.passed).toBe(true);
    expect(passed.files.map((f) => f.file)).toEqual([join(dir, "acme_test.rego")]);

    writeFileSync(join(dir, "acme_test.rego"), test(10));
    const failed = testPolicies(opa, dir, SHARED_POLICY_PARTS);
    expect(failed.passed).toBe(false);
    expect(failed.output).toContain(join(dir, "acme_test.rego"));
    expect(failed.output).not.toContain("dpa-lint-test-");
  });
});
