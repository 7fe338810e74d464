import type { CST } from "yaml";
import type { CommentToken } from "./source-document.js";

/** What one pass over the yaml parser's concrete syntax tree tells before composing. */
export interface CstScan {
  /** Deepest nesting of collections (block maps and sequences, flow collections). */
  depth: number;
  /** Offset of the first token nested deeper than the limit, when there is one. */
  tooDeepAt?: number;
  /** Every comment token: `# ...` text outside scalars, with its offset. */
  comments: CommentToken[];
  /**
   * Per document token, in order: a lower bound of the values the document holds (the scalars,
   * aliases and collections outside keys; toPlain counts the same nodes, and aliases expand to
   * at least one), so a document far over the evaluation budget need not be composed.
   */
  documents: Array<{ token: CST.Document; values: number }>;
}

const COLLECTIONS = new Set(["block-map", "block-seq", "flow-collection"]);
/**
 * The yaml CST's source tokens but comments (CST.SourceToken): one piece of text each, never with
 * tokens below it, and most of the nodes of a file, so the walk steps over them without looking
 * inside.
 */
const LEAVES = new Set([
  "byte-order-mark",
  "doc-mode",
  "doc-start",
  "space",
  "newline",
  "directive-line",
  "anchor",
  "tag",
  "seq-item-ind",
  "explicit-key-ind",
  "map-value-ind",
  "flow-map-start",
  "flow-map-end",
  "flow-seq-start",
  "flow-seq-end",
  "flow-error-end",
  "comma",
  "block-scalar-header",
]);
const VALUES = new Set([...COLLECTIONS, "scalar", "single-quoted-scalar", "double-quoted-scalar", "block-scalar", "alias"]);

/**
 * Walks the CST iteratively (it must not overflow the stack on hostile nesting, which is why it
 * runs before the recursive composer): collection depth and comment tokens. Comments come from
 * the tokens, so a `# dpa-lint-disable` inside a quoted or block scalar is text, not a directive.
 * Any object below a token is walked, whatever its shape, so no token type can hide a comment.
 * The walk allocates nothing per node (four parallel stacks, `for...in` over the keys): it runs
 * on every file, and was a tenth of the parse.
 */
export function scanCst(tokens: readonly CST.Token[], maxDepth: number): CstScan {
  const scan: CstScan = { depth: 0, comments: [], documents: [] };
  // Per pending node: the value, its collection depth, its document (-1: none) and whether it lies inside a key.
  const values: unknown[] = [];
  const depths: number[] = [];
  const docs: number[] = [];
  const inKeys: boolean[] = [];
  const push = (value: unknown, depth: number, doc: number, inKey: boolean): void => {
    values.push(value);
    depths.push(depth);
    docs.push(doc);
    inKeys.push(inKey);
  };
  for (const t of tokens) {
    if (t.type === "document") {
      push(t, 0, scan.documents.length, false);
      scan.documents.push({ token: t, values: 0 });
    } else push(t, 0, -1, false);
  }
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    const doc = docs.pop() as number;
    const inKey = inKeys.pop() as boolean;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) push(item, depth, doc, inKey);
      continue;
    }
    const token = value as Record<string, unknown> & { type?: unknown; offset?: unknown; source?: unknown };
    const type = token.type;
    if (type === "comment") {
      if (typeof token.offset === "number" && typeof token.source === "string")
        scan.comments.push({ offset: token.offset, source: token.source });
      continue;
    }
    if (typeof type === "string" && LEAVES.has(type) && typeof token.source === "string") continue;
    let here = depth;
    if (typeof type === "string") {
      if (COLLECTIONS.has(type)) {
        here = depth + 1;
        if (here > scan.depth) scan.depth = here;
        if (here > maxDepth && (scan.tooDeepAt === undefined || (typeof token.offset === "number" && token.offset < scan.tooDeepAt)))
          scan.tooDeepAt = typeof token.offset === "number" ? token.offset : 0;
      }
      const counted = doc >= 0 ? scan.documents[doc] : undefined;
      if (counted && !inKey && VALUES.has(type)) counted.values++;
    }
    for (const key in token) {
      const child = token[key];
      if (key !== "source" && child !== null && typeof child === "object") push(child, here, doc, inKey || key === "key");
    }
  }
  scan.comments.sort((a, b) => a.offset - b.offset);
  return scan;
}
