import type { CST } from "yaml";

/** What one pass over the yaml parser's concrete syntax tree tells before composing. */
export interface CstScan {
  /** Deepest nesting of collections (block maps and sequences, flow collections). */
  depth: number;
  /** Offset of the first token nested deeper than the limit, when there is one. */
  tooDeepAt?: number;
  /** Every comment token: `# ...` text outside scalars, with its offset. */
  comments: Array<{ offset: number; source: string }>;
  /**
   * Per document token, in order: a lower bound of the values the document holds (the scalars,
   * aliases and collections outside keys; toPlain counts the same nodes, and aliases expand to
   * at least one), so a document far over the evaluation budget need not be composed.
   */
  documents: Array<{ token: CST.Document; values: number }>;
}

const COLLECTIONS = new Set(["block-map", "block-seq", "flow-collection"]);
const VALUES = new Set([...COLLECTIONS, "scalar", "single-quoted-scalar", "double-quoted-scalar", "block-scalar", "alias"]);

/** A node of the walk: the CST value, its nesting depth, its document (-1: none) and whether it is inside a key. */
type Visit = [value: unknown, depth: number, doc: number, inKey: boolean];

/**
 * Walks the CST iteratively (it must not overflow the stack on hostile nesting, which is why it
 * runs before the recursive composer): collection depth and comment tokens. Comments come from
 * the tokens, so a `# dpa-lint-disable` inside a quoted or block scalar is text, not a directive.
 */
export function scanCst(tokens: readonly CST.Token[], maxDepth: number): CstScan {
  const scan: CstScan = { depth: 0, comments: [], documents: [] };
  const stack: Visit[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as CST.Token;
    if (t.type === "document") {
      scan.documents.push({ token: t, values: 0 });
      stack.push([t, 0, -1, false]);
    } else stack.push([t, 0, -2, false]);
  }
  // Documents were pushed last-first: number them in order.
  scan.documents.reverse();
  let nextDoc = 0;
  while (stack.length > 0) {
    const [value, depth, docAt, inKey] = stack.pop() as Visit;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth, docAt, inKey]);
      continue;
    }
    const token = value as Record<string, unknown> & { type?: unknown; offset?: unknown; source?: unknown };
    // A top-level document token gets its number as it is reached (in order).
    const doc = docAt === -1 ? nextDoc++ : docAt;
    const type = token.type;
    if (type === "comment") {
      if (typeof token.offset === "number" && typeof token.source === "string")
        scan.comments.push({ offset: token.offset, source: token.source });
      continue;
    }
    let here = depth;
    if (typeof type === "string") {
      if (COLLECTIONS.has(type)) {
        here = depth + 1;
        if (here > scan.depth) scan.depth = here;
        if (here > maxDepth && scan.tooDeepAt === undefined) scan.tooDeepAt = typeof token.offset === "number" ? token.offset : 0;
      }
      const counted = scan.documents[doc];
      if (counted && !inKey && VALUES.has(type)) counted.values++;
    }
    // Children in reverse, so that the stack visits them in order (comments come out sorted).
    const keys = Object.keys(token);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child = token[key];
      if (key !== "source" && child !== null && typeof child === "object") stack.push([child, here, doc, inKey || key === "key"]);
    }
  }
  scan.comments.sort((a, b) => a.offset - b.offset);
  return scan;
}
