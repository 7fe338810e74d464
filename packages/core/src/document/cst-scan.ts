import type { CST } from "yaml";

/** What one pass over the yaml parser's concrete syntax tree tells before composing. */
export interface CstScan {
  /** Deepest nesting of collections (block maps and sequences, flow collections). */
  depth: number;
  /** Offset of the first token nested deeper than the limit, when there is one. */
  tooDeepAt?: number;
  /** Every comment token: `# ...` text outside scalars, with its offset. */
  comments: Array<{ offset: number; source: string }>;
}

const COLLECTIONS = new Set(["block-map", "block-seq", "flow-collection"]);

/**
 * Walks the CST iteratively (it must not overflow the stack on hostile nesting, which is why it
 * runs before the recursive composer): collection depth and comment tokens. Comments come from
 * the tokens, so a `# dpa-lint-disable` inside a quoted or block scalar is text, not a directive.
 */
export function scanCst(tokens: readonly CST.Token[], maxDepth: number): CstScan {
  const scan: CstScan = { depth: 0, comments: [] };
  const stack: Array<[unknown, number]> = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth]);
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
    for (const [key, child] of Object.entries(token)) if (key !== "source" && typeof child === "object") stack.push([child, here]);
  }
  scan.comments.sort((a, b) => a.offset - b.offset);
  return scan;
}
