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

describe("the schemas for editors (schemas/)", () => {
  it("are the draft-07 form of each schema, with a description on every field of all three (run node scripts/compile-schemas.mjs)", async () => {
    const { editorSchema, EDITOR_SCHEMAS } = (await import(join(repoRoot, "scripts", "compile-schemas.mjs"))) as {
      editorSchema: (path: string) => string;
      EDITOR_SCHEMAS: Array<[string, string]>;
    };
    for (const [schema, out] of EDITOR_SCHEMAS) {
      const text = readFileSync(join(repoRoot, out), "utf8");
      expect(text, out).toBe(editorSchema(join(repoRoot, schema)));
      expect(text).not.toContain("$defs");
    }
    const undocumented = (node: unknown, path: string): string[] => {
      if (Array.isArray(node)) return node.flatMap((n) => undocumented(n, path));
      if (node === null || typeof node !== "object") return [];
      const o = node as Record<string, unknown>;
      const props = Object.entries((o.properties ?? {}) as Record<string, Record<string, unknown>>);
      return [
        ...props.filter(([, v]) => typeof v.description !== "string").map(([k]) => `${path}.${k}`),
        ...Object.entries(o).flatMap(([k, v]) => undocumented(v, k === "properties" ? path : `${path}/${k}`)),
      ];
    };
    for (const file of ["schemas/vendor-setup.schema.json", "schemas/config.schema.json", "schemas/pack-terms.schema.json"]) {
      expect(undocumented(JSON.parse(readFileSync(join(repoRoot, file), "utf8")), file)).toEqual([]);
    }
  });
});

describe("the public-holiday table (normalize/public-holidays.json)", () => {
  it("equals a fresh generation from date-holidays (run node scripts/gen-holidays.mjs)", async () => {
    const { holidayTable, TABLE } = (await import(join(repoRoot, "scripts", "gen-holidays.mjs"))) as {
      holidayTable: () => string;
      TABLE: string;
    };
    expect(readFileSync(join(repoRoot, TABLE), "utf8") === holidayTable()).toBe(true);
  });
});
