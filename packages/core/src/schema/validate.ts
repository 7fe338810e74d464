import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { formatPath, type PathSegment } from "../findings/finding.js";
import schema from "./vendor-setup.schema.json" with { type: "json" };
import precompiledVendorSetup from "./generated/vendor-setup.validate.js";

/** A schema problem before it is located: the path and the rule id `schema/<keyword>`. */
export interface SchemaProblem {
  ruleId: string;
  message: string;
  path: PathSegment[];
  /** Point at the key (unknown field) rather than the value. */
  atKey: boolean;
}

// ajv ships CommonJS with `exports.default`; createRequire avoids the ESM default-interop trap.
const require = createRequire(import.meta.url);
type AjvCtor = new (options: Record<string, unknown>) => {
  addKeyword(def: { keyword: string; schemaType?: string }): unknown;
  compile(schema: unknown): ValidateFunction;
};

/**
 * A validator for one schema, returning every problem at once (ajv allErrors). The built-in
 * schemas come precompiled (scripts/compile-schemas.mjs); others compile on first use.
 */
export function schemaValidator(jsonSchema: unknown, precompiled?: ValidateFunction): (value: unknown) => SchemaProblem[] {
  let compiled: ValidateFunction | undefined = precompiled;
  return (value) => {
    if (!compiled) {
      const Ajv2020 = (require("ajv/dist/2020") as { default: AjvCtor }).default;
      const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
      // Our own annotation: the sentence shown when that subschema fails.
      ajv.addKeyword({ keyword: "x-message", schemaType: "string" });
      compiled = ajv.compile(jsonSchema);
    }
    return compiled(value) ? [] : toProblems(compiled.errors ?? []);
  };
}

export const vendorSetupSchema: unknown = schema;

/** Validates one vendor setup document. */
export const validateVendorSetup = schemaValidator(schema, precompiledVendorSetup as unknown as ValidateFunction);

function toProblems(errors: readonly ErrorObject[]): SchemaProblem[] {
  // An anyOf failure also reports each branch's errors (at its value or below); keep only the
  // anyOf's own sentence. Branches are $refs, so their schemaPaths do not share a prefix.
  const anyOfAt = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  const within = (path: string, parent: string): boolean => path === parent || path.startsWith(`${parent}/`);
  // An if/then failure reports the branch's own errors and "must match then schema": keep the former.
  const kept = errors.filter((e) => e.keyword !== "if" && (e.keyword === "anyOf" || !anyOfAt.some((p) => within(e.instancePath, p))));
  const problems = kept.map(toProblem);
  // The same key can fail twice (e.g. propertyNames reports the name and the key itself), and one
  // subschema's x-message can come from two of its keywords (a null where `type` and `not` both
  // fail): one problem each.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const where = JSON.stringify(p.path);
    const keys = [`${p.ruleId}\u0000${where}`, `${p.message}\u0000${where}`];
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}

function toProblem(error: ErrorObject): SchemaProblem {
  const path = pointerToPath(error.instancePath);
  const where = path.length === 0 ? "the document" : formatPath(path);
  const custom = (error.parentSchema as { "x-message"?: string } | undefined)?.["x-message"];
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      return {
        ruleId: "schema/required",
        message: `${where} is missing the required field "${missing}"`,
        path: [...path, missing],
        atKey: false,
      };
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      return {
        ruleId: "schema/additional-properties",
        message: `unknown field "${extra}" in ${where}`,
        path: [...path, extra],
        atKey: true,
      };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
      return { ruleId: "schema/enum", message: `${where} must be one of ${allowed}`, path, atKey: false };
    }
    case "propertyNames": {
      return {
        ruleId: "schema/property-names",
        message: `invalid key "${String(params.propertyName)}" in ${where}`,
        path: [...path, String(params.propertyName)],
        atKey: true,
      };
    }
    default: {
      const rule = `schema/${error.keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      return { ruleId: rule, message: `${where} ${custom ?? error.message ?? "is invalid"}`, path, atKey: false };
    }
  }
}

/** RFC 6901 JSON Pointer to path segments; array indices become numbers. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((seg) => (/^(0|[1-9][0-9]*)$/.test(seg) ? Number(seg) : seg));
}
