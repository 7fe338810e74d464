import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Linter, readBundle } from "../src/index.js";
import { exampleFiles, repoRoot } from "./helpers.js";

/**
 * Property-based tests: random and mutated vendor files never make the engine throw, and every
 * finding's position lies inside the file.
 */
let linter: Linter;
let seeds: string[];
/** The built-in DPA packs, from the catalogue: the one list of them. */
const dpaPacks = readBundle()
  .catalogue.packs.filter((p) => p.kind === "dpa")
  .map((p) => p.id);
beforeAll(async () => {
  linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22" });
  seeds = exampleFiles().map((f) => readFileSync(join(repoRoot, f), "utf8"));
});

function checkInvariants(text: string): void {
  const { findings } = linter.lintText("fuzz.yaml", text);
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(Math.max(1, lines.length));
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(f.endLine).toBeLessThanOrEqual(Math.max(1, lines.length));
    expect(f.message.length).toBeGreaterThan(0);
  }
}

const yamlish = fc
  .array(
    fc.constantFrom(
      "a",
      ":",
      " ",
      "\n",
      "-",
      "[",
      "]",
      "{",
      "}",
      ",",
      "&",
      "*",
      "<<",
      "#",
      "'",
      '"',
      "!",
      "|",
      ">",
      "?",
      "1",
      "\t",
      "\r",
      "---",
      "%YAML 1.1\n",
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(""));

describe("the engine never throws", () => {
  it("on random YAML-ish text", () => {
    fc.assert(
      fc.property(yamlish, (text) => checkInvariants(text)),
      { numRuns: 300 },
    );
  });

  it("on mutated examples", () => {
    const mutation = fc.record({
      seed: fc.nat(),
      at: fc.nat(),
      cut: fc.nat({ max: 20 }),
      insert: fc.oneof(
        yamlish,
        fc.string({ maxLength: 20 }),
        fc.constantFrom("  ", "\n", ": ", "- ", "us-east-1", "P1Y", "2026-02-30", "*a", "&a ", "<<: "),
      ),
    });
    fc.assert(
      fc.property(mutation, ({ seed, at, cut, insert }) => {
        const base = seeds[seed % seeds.length] ?? "";
        const pos = base.length === 0 ? 0 : at % base.length;
        checkInvariants(base.slice(0, pos) + insert + base.slice(pos + cut));
      }),
      { numRuns: 300 },
    );
  });

  it("on random JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => checkInvariants(JSON.stringify(value, null, 2))),
      { numRuns: 200 },
    );
  });

  it("on structurally valid setups with random field values", () => {
    const setup = fc.record({
      apiVersion: fc.constant("dpa-lint/v1"),
      kind: fc.constant("VendorSetup"),
      metadata: fc.record({ name: fc.constantFrom("a", "b-c") }),
      vendor: fc.record({ name: fc.string({ minLength: 1 }), country: fc.option(fc.string(), { nil: undefined }) }),
      dpa: fc.constantFrom(...dpaPacks, "nope"),
      hosting: fc.array(
        fc.record({
          region: fc.option(fc.constantFrom("eu-west-3", "us-east-1", "gra", "mars"), { nil: undefined }),
          country: fc.option(fc.constantFrom("FR", "US", "UK", "Narnia"), { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
      retention: fc.dictionary(fc.constantFrom("logs", "crm"), fc.oneof(fc.string(), fc.integer())),
      subprocessorChanges: fc.array(
        fc.record({
          subprocessor: fc.string({ minLength: 1 }),
          change: fc.constantFrom("add", "remove"),
          noticeReceived: fc.constantFrom("2026-01-01", "2026-02-30", "x"),
          effective: fc.constantFrom("2026-01-20", "2025-12-31"),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(setup, (doc) => checkInvariants(JSON.stringify(doc))),
      { numRuns: 200 },
    );
  });
});
