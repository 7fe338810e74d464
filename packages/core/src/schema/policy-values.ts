import type { PathSegment } from "../findings/finding.js";
import type { SchemaProblem } from "./validate.js";

/**
 * The values a document may hand to the policies: opa-wasm computes with 32-bit whole numbers and
 * floors fractions, so numbers outside that range fail the evaluation and rejected fractions would
 * be judged as something else.
 */
export const MAX_POLICY_INT = 2 ** 31 - 1;

/** Paths of numbers the policies cannot represent: beyond 32 bits, or not finite. */
export function numbersOutOfRange(value: unknown): PathSegment[][] {
  const out: PathSegment[][] = [];
  const stack: Array<[unknown, PathSegment[]]> = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, PathSegment[]];
    if (typeof v === "number" && (!Number.isFinite(v) || Math.abs(v) > MAX_POLICY_INT)) out.push(path);
    else if (Array.isArray(v)) v.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (v !== null && typeof v === "object") for (const [k, item] of Object.entries(v)) stack.push([item, [...path, k]]);
  }
  return out.reverse();
}

/** Schema keywords that reject a value itself (not a missing or unknown key). */
const VALUE_KEYWORDS = new Set(["schema/type", "schema/minimum", "schema/maximum", "schema/exclusive-minimum", "schema/multiple-of"]);

/**
 * The document without the numbers the schema rejected: a count of 1.5 is a schema finding, and a
 * policy must not judge it as 1 (opa-wasm floors it). Copies only the objects on the way to them.
 */
export function withoutRejectedValues(doc: Record<string, unknown>, problems: readonly SchemaProblem[]): Record<string, unknown> {
  const paths = problems.filter((p) => VALUE_KEYWORDS.has(p.ruleId) && !p.atKey && p.path.length > 0).map((p) => p.path);
  if (paths.length === 0) return doc;
  const root: Record<string, unknown> = { ...doc };
  for (const path of paths) {
    let parent: Record<string, unknown> | unknown[] = root;
    for (const segment of path.slice(0, -1)) {
      const child: unknown = (parent as Record<string | number, unknown>)[segment];
      if (child === null || typeof child !== "object") break;
      const copy: Record<string, unknown> | unknown[] = Array.isArray(child)
        ? [...(child as unknown[])]
        : { ...(child as Record<string, unknown>) };
      (parent as Record<string | number, unknown>)[segment] = copy;
      parent = copy;
    }
    const last = path[path.length - 1] as PathSegment;
    if (typeof (parent as Record<string | number, unknown>)[last] === "number") {
      if (Array.isArray(parent)) parent[last as number] = null;
      else delete parent[last as string];
    }
  }
  return root;
}
