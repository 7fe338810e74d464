import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

/** The precompiled validators must be what the schemas compile to today. */
describe("precompiled schema validators", () => {
  it("equal a fresh compilation of each schema (run node scripts/compile-schemas.mjs)", async () => {
    const { compileSchema, SCHEMAS } = (await import(join(repoRoot, "scripts", "compile-schemas.mjs"))) as {
      compileSchema: (path: string) => string;
      SCHEMAS: Array<[string, string]>;
    };
    for (const [schema, out] of SCHEMAS) {
      expect(readFileSync(join(repoRoot, out), "utf8"), out).toBe(compileSchema(join(repoRoot, schema)));
    }
  });
});
