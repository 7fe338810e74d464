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
  const stack: Visit[] = tokens.map((t) => {
    if (t.type !== "document") return [t, 0, -1, false];
    scan.documents.push({ token: t, values: 0 });
    return [t, 0, scan.documents.length - 1, false];
  });
  while (stack.length > 0) {
    const [value, depth, doc, inKey] = stack.pop() as Visit;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth, doc, inKey]);
      continue;
    }
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    let here = depth;
    if (typeof token.type === "string" && COLLECTIONS.has(token.type)) {
      here = depth + 1;
      if (here > scan.depth) scan.depth = here;
      if (here > maxDepth && scan.tooDeepAt === undefined) scan.tooDeepAt = typeof token.offset === "number" ? token.offset : 0;
    }
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      scan.comments.push({ offset: token.offset, source: token.source });
      continue;
    }
    const counted = scan.documents[doc];
    if (counted && !inKey && typeof token.type === "string" && VALUES.has(token.type)) counted.values++;
    for (const [key, child] of Object.entries(token))
      if (key !== "source" && typeof child === "object") stack.push([child, here, doc, inKey || key === "key"]);
  }
  scan.comments.sort((a, b) => a.offset - b.offset);
  return scan;
}
