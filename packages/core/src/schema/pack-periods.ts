import { parseDuration } from "../normalize/duration.js";
import schema from "./pack-terms.schema.json" with { type: "json" };

/**
 * Pack terms as the policies read them: every period a pack may write as text ("10 working days",
 * which the pack-terms schema admits beside {value, unit}) becomes {value, unit}, read by the one
 * period grammar (normalize/duration.ts, the vendor files' own). Which fields are periods is read
 * from the pack-terms schema: wherever it admits `periodText`. The policies therefore see only
 * {value, unit} and carry no grammar of their own. Returns new objects; the input is not changed.
 * A text that does not read as a period is left as written (the schema check reports it).
 */
export function packTermsForPolicies(terms: unknown): unknown {
  return walk(terms, schema.properties.terms as SchemaNode, 0);
}

/** Policy data (a bundle's `data`) with each DPA pack's terms read as above. */
export function policyDataForPolicies(data: Record<string, unknown>): Record<string, unknown> {
  const packs = data.dpa;
  if (!isObject(packs)) return data;
  const dpa = Object.fromEntries(
    Object.entries(packs).map(([id, pack]) => [
      id,
      isObject(pack) && "terms" in pack ? { ...pack, terms: packTermsForPolicies(pack.terms) } : pack,
    ]),
  );
  return { ...data, dpa };
}

interface SchemaNode {
  $ref?: string;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
}

const DEFS = schema.$defs as Record<string, SchemaNode>;
const PERIOD_TEXT = "#/$defs/periodText";
/** The schema nests pack terms a few levels deep; deeper data is not the schema's and is left alone. */
const MAX_DEPTH = 16;

function walk(value: unknown, node: SchemaNode, depth: number): unknown {
  if (depth > MAX_DEPTH) return value;
  if (node.$ref === PERIOD_TEXT) return typeof value === "string" ? asPeriod(value) : value;
  if (node.$ref) return walk(value, DEFS[node.$ref.replace("#/$defs/", "")] ?? {}, depth + 1);
  let out = value;
  // Each alternative reads what is its own (a string the periodText one, an object the others).
  for (const alternative of node.anyOf ?? []) out = walk(out, alternative, depth + 1);
  if (Array.isArray(out) && node.items) {
    const items = node.items;
    return out.map((item) => walk(item, items, depth + 1));
  }
  if (isObject(out) && (node.properties || typeof node.additionalProperties === "object")) {
    const extra = typeof node.additionalProperties === "object" ? node.additionalProperties : undefined;
    return Object.fromEntries(
      Object.entries(out).map(([key, v]) => {
        const child = node.properties?.[key] ?? extra;
        return [key, child ? walk(v, child, depth + 1) : v];
      }),
    );
  }
  return out;
}

function asPeriod(text: string): unknown {
  const period = parseDuration(text);
  return "error" in period ? text : { value: period.value, unit: period.unit };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
