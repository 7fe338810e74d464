import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Linter, PolicyEngine, readBundle, type ResolvedConfig } from "../src/index.js";
import { exampleConfig, exampleFiles, opaBin, policiesDir, repoRoot } from "./helpers.js";

/**
 * Two independent engines must agree: the same policies and inputs evaluated by `opa eval`
 * (OPA's Go evaluator) and by the compiled Wasm through opa-wasm give the same findings.
 * All inputs go to a single `opa eval` run, so the check costs one OPA start.
 */
const canonical = (findings: unknown[]): string[] => findings.map((f) => JSON.stringify(sortKeys(f))).sort();

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/** Examples grouped by the configuration they are linted with (its org policy is policy data). */
function groups(): Array<{ config: ReturnType<typeof exampleConfig>; files: string[] }> {
  const byConfig = new Map<string, { config: ReturnType<typeof exampleConfig>; files: string[] }>();
  for (const file of exampleFiles()) {
    const config = exampleConfig(file);
    const entry = byConfig.get(config.file ?? "") ?? { config, files: [] };
    entry.files.push(file);
    byConfig.set(config.file ?? "", entry);
  }
  return [...byConfig.values()];
}

describe("differential: opa eval and opa-wasm agree", () => {
  let total = 0;
  for (const { config, files } of groups()) {
    it(`on every example document (${config.file ? "with " + config.file.slice(repoRoot.length + 1) : "no configuration"})`, async () => {
      const data = { config: { org: config.org } };
      total += check(await PolicyEngine.create(readBundle(), data), await policyInputs(files, config), data);
    });
  }
  it("and the check found findings to compare", () => {
    expect(total).toBeGreaterThan(0);
  });
});

/** The inputs a lint gives the policies for the files: each document with its derived facts. */
async function policyInputs(files: string[], config: ResolvedConfig): Promise<Array<Record<string, unknown>>> {
  const linter = await Linter.create({ cwd: repoRoot, config, today: "2026-11-22" });
  return files.flatMap((file) => linter.policyInputsOf(file, readFileSync(join(repoRoot, file), "utf8")));
}

function check(engine: PolicyEngine, inputs: Array<Record<string, unknown>>, data: unknown): number {
  expect(inputs.length).toBeGreaterThan(0);
  const dataFile = join(mkdtempSync(join(tmpdir(), "dpa-lint-diff-")), "config.json");
  writeFileSync(dataFile, JSON.stringify(data));
  const query = "[fs | some inp in input.inputs; fs := data.main.findings with input as inp]";
  const out = execFileSync(
    opaBin,
    [
      "eval",
      "--format",
      "json",
      "--stdin-input",
      "-d",
      policiesDir,
      "-d",
      dataFile,
      "--ignore",
      "capabilities.json",
      "--ignore",
      "*_test.rego",
      query,
    ],
    { input: JSON.stringify({ inputs }), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  const opaResults =
    (JSON.parse(out) as { result: Array<{ expressions: Array<{ value: unknown[][] }> }> }).result[0]?.expressions[0]?.value ?? [];
  expect(opaResults.length).toBe(inputs.length);
  let findings = 0;
  inputs.forEach((input, i) => {
    const wasm = engine.evaluate(input);
    findings += wasm.length;
    expect(canonical(wasm), `input ${i} (${JSON.stringify((input as { metadata?: unknown }).metadata)})`).toEqual(
      canonical(opaResults[i] ?? []),
    );
  });
  return findings;
}

describe("the sub-processor index changes no finding", () => {
  it("a document evaluated first (index computed inline), second (index computed and loaded) and third (index read) gives the same findings", async () => {
    let compared = 0;
    for (const { config, files } of groups()) {
      const data = { config: { org: config.org } };
      for (const input of await policyInputs(files, config)) {
        const engine = await PolicyEngine.create(readBundle(), data);
        const [first, second, third] = [1, 2, 3].map(() => canonical(engine.evaluate(input)));
        expect(second, JSON.stringify((input as { metadata?: unknown }).metadata)).toEqual(first);
        expect(third).toEqual(first);
        if (first.some((f) => f.includes("subprocessor"))) compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});
