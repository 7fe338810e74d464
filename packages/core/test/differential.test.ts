import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Linter } from "../src/index.js";
import { exampleFiles, opaBin, policiesDir, repoRoot } from "./helpers.js";

/**
 * Two independent engines must agree: the same policies and inputs evaluated by `opa eval`
 * (OPA's Go evaluator) and by the compiled Wasm through opa-wasm give the same findings.
 * All inputs go to a single `opa eval` run, so the check costs one OPA start.
 */
const canonical = (findings: unknown[]): string[] => findings.map((f) => JSON.stringify(sortKeys(f))).sort();

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

let linter: Linter;
beforeAll(async () => {
  linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22" });
});

describe("differential: opa eval and opa-wasm agree", () => {
  it("on every example document", () => {
    const inputs = exampleFiles().flatMap((file) => linter.policyInputs(file, readFileSync(join(repoRoot, file), "utf8")));
    expect(inputs.length).toBeGreaterThan(1);
    const query = "[fs | some inp in input.inputs; fs := data.main.findings with input as inp]";
    const out = execFileSync(
      opaBin,
      ["eval", "--format", "json", "--stdin-input", "-d", policiesDir, "--ignore", "capabilities.json", "--ignore", "*_test.rego", query],
      { input: JSON.stringify({ inputs }), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
    const opaResults = (JSON.parse(out) as { result: Array<{ expressions: Array<{ value: unknown[][] }> }> }).result[0]?.expressions[0]?.value ?? [];
    expect(opaResults.length).toBe(inputs.length);
    let findings = 0;
    inputs.forEach((input, i) => {
      const wasm = linter.evaluateRaw(input);
      findings += wasm.length;
      expect(canonical(wasm), `input ${i} (${JSON.stringify((input as { metadata?: unknown }).metadata)})`).toEqual(canonical(opaResults[i] ?? []));
    });
    // The check means something only if some inputs do produce findings.
    expect(findings).toBeGreaterThan(0);
  });
});
