import { isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { PathSegment } from "../findings/finding.js";

/** What is under a text offset of a YAML document: the JSON path of the value, and whether on a key. */
export interface PathAt {
  path: PathSegment[];
  /** The offset is on the key of the last segment (`region` in `region: eu-west-3`). */
  onKey: boolean;
  /** The scalar under the offset and its [start, end) range, when the offset is on one. */
  scalar?: { value: unknown; range: [number, number] };
}

/**
 * The reverse of locate.ts: from an offset to the JSON path an editor's hover, completion and
 * go-to-definition ask about. An offset in the gap after `key: ` (nothing typed yet) is the
 * value of that key. Aliases are not followed: the path is where the cursor is.
 */
export function pathAt(doc: Document.Parsed, offset: number): PathAt {
  const path: PathSegment[] = [];
  let node: Node | null = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const keyRange = (p.key as Node | null)?.range;
        const start = keyRange?.[0] ?? Number.POSITIVE_INFINITY;
        const end = (p.value as Node | null)?.range?.[1] ?? keyRange?.[2] ?? start;
        return offset >= start && offset <= end;
      });
      if (!pair || !isPair(pair) || !isScalar(pair.key)) return { path, onKey: false };
      path.push(String(pair.key.value));
      const keyRange = pair.key.range;
      if (keyRange && offset <= keyRange[1])
        return { path, onKey: true, scalar: { value: pair.key.value, range: [keyRange[0], keyRange[1]] } };
      node = pair.value as Node | null;
      if (!node || !node.range || offset < node.range[0]) return { path, onKey: false };
      continue;
    }
    if (isSeq(node)) {
      const index = node.items.findIndex((item) => {
        const r = (item as Node | null)?.range;
        return r !== undefined && r !== null && offset >= r[0] && offset <= r[2];
      });
      if (index < 0) return { path, onKey: false };
      path.push(index);
      node = node.items[index] as Node;
      continue;
    }
    if (isScalar(node) && node.range) return { path, onKey: false, scalar: { value: node.value, range: [node.range[0], node.range[1]] } };
    return { path, onKey: false };
  }
}
