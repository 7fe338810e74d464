import { vendorSetupSchema } from "@dpa-lint/core";

type Schema = Record<string, unknown>;

/**
 * The values the vendor-setup schema allows at a JSON path, when it lists them (`enum`, `const`):
 * transfer mechanisms, change kinds, special categories, lawful bases, clause versions... The
 * schema is the one source: a value added there is offered here. Array items are read at their
 * index, `$ref`s followed, and every branch of `anyOf`/`oneOf` looked in.
 */
export function allowedValues(path: ReadonlyArray<string | number>): Array<{ value: string; description?: string }> {
  const root = vendorSetupSchema as Schema;
  let here: Schema[] = [root];
  for (const seg of path) here = here.flatMap((s) => expand(root, s)).flatMap((s) => child(s, seg));
  const out = new Map<string, string | undefined>();
  for (const s of here.flatMap((x) => expand(root, x))) {
    const description = typeof s.description === "string" ? s.description : undefined;
    for (const v of Array.isArray(s.enum) ? s.enum : "const" in s ? [s.const] : [])
      if (typeof v === "string" && !out.has(v)) out.set(v, description);
  }
  return [...out].map(([value, description]) => ({ value, ...(description ? { description } : {}) }));
}

/** A schema with its `$ref` resolved and its `anyOf`/`oneOf` branches listed. */
function expand(root: Schema, s: Schema, depth = 0): Schema[] {
  if (depth > 8) return [];
  if (typeof s.$ref === "string") {
    const name = /^#\/\$defs\/(.+)$/.exec(s.$ref)?.[1];
    const target = name ? ((root.$defs as Record<string, Schema> | undefined)?.[name] ?? undefined) : undefined;
    return target
      ? expand(root, { ...target, ...(typeof s.description === "string" ? { description: s.description } : {}) }, depth + 1)
      : [];
  }
  const list = (v: unknown): Schema[] => (Array.isArray(v) ? (v as Schema[]) : []);
  const branches = [...list(s.anyOf), ...list(s.oneOf)];
  return branches.length > 0 ? [s, ...branches.flatMap((b) => expand(root, b, depth + 1))] : [s];
}

function child(s: Schema, seg: string | number): Schema[] {
  if (typeof seg === "number") return s.items && typeof s.items === "object" ? [s.items as Schema] : [];
  const props = s.properties as Record<string, Schema> | undefined;
  return props?.[seg] ? [props[seg]] : [];
}
