// The engine's own call into the Wasm (src/engine/evaluate.ts) must give exactly what opa-wasm's
// LoadedPolicy.evaluate gives: same input bytes, same result, whatever the text and size.
import { createRequire } from "node:module";
import type * as OpaWasm from "@open-policy-agent/opa-wasm";
import { describe, expect, it } from "vitest";
import { evaluatePolicy } from "../src/engine/evaluate.js";
import { readBundle } from "../src/index.js";

const { loadPolicySync } = createRequire(import.meta.url)("@open-policy-agent/opa-wasm") as typeof OpaWasm;

function setup(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: "dpa-lint/v1",
    kind: "VendorSetup",
    metadata: { name },
    dpa: "quicktalk",
    hosting: [{ provider: "aws", region: "us-east-1" }],
    subprocessors: [{ name: `${name} GmbH`, country: "US" }],
    derived: { hosting: [{ country: "US" }], subprocessors: [{ country: "US" }], asOf: "2026-11-30" },
    ...extra,
  };
}

describe("evaluatePolicy", () => {
  const bundle = readBundle();
  const policy = loadPolicySync(bundle.module);
  policy.setData(bundle.data);

  it("equals opa-wasm's evaluate on ASCII, non-ASCII and memory-growing inputs, call after call", () => {
    const inputs = [
      setup("Acme"),
      setup("Zürich Café 東京 🚀"),
      // Several megabytes of input: the Wasm memory must grow to take it.
      setup("Big", { notes: "é".repeat(3_000_000) }),
      setup("Acme"),
    ];
    for (const input of inputs) {
      const ours = evaluatePolicy(policy, input, "main/findings");
      expect(ours).toEqual(policy.evaluate(input, "main/findings"));
      expect(JSON.stringify(ours)).toContain("rule");
    }
    expect(JSON.stringify(evaluatePolicy(policy, inputs[1], "main/findings"))).toContain("Zürich Café 東京 🚀");
  });

  it("takes opa-wasm's own path for an input that is not a value", () => {
    expect(evaluatePolicy(policy, undefined, "main/findings")).toEqual(policy.evaluate(undefined, "main/findings"));
  });
});
