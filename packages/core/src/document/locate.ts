import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";
import type { PathSegment, Position } from "../findings/finding.js";
import type { SourceLines } from "./source-lines.js";

/**
 * Where a JSON path lands in the YAML source: the single place that turns the paths returned by
 * schema checks, normalisation and Rego rules into source ranges (Spectral's document.ts does the
 * same for its rules). Offsets are [start, end) into the file text.
 */
export interface Located {
  /** Range of the value at the path, or of the closest existing parent's value. */
  valueRange: [number, number];
  /** Range of the key of the pair holding the value, when there is one. */
  keyRange?: [number, number];
  /** How many path segments were found; less than the path's length means a parent was used. */
  depth: number;
}

/**
 * Walks `path` from the document root. Aliases are followed, and merge keys (`<<`) are searched,
 * but the range reported is the use site in this document: the `*alias` or the `<<` line, never
 * the anchor's definition, which may be far away and shared by several vendors.
 */
export function locate(doc: Document.Parsed, path: readonly PathSegment[]): Located {
  const root = doc.contents;
  const docStart = root?.range?.[0] ?? doc.range[0];
  let here: Located = { valueRange: rangeOf(root) ?? [docStart, docStart + 1], depth: 0 };
  let node: unknown = root;
  /** Once an alias or merge is crossed, positions stay at the use site. */
  let pinned = false;

  for (const segment of path) {
    if (isAlias(node)) {
      node = node.resolve(doc);
      pinned = true;
    }
    const next = child(doc, node, segment);
    if (!next) break;
    if (next.viaMerge) pinned = true;
    if (!pinned) {
      here = {
        valueRange: rangeOf(next.value) ?? rangeOf(next.pair?.key) ?? here.valueRange,
        ...(next.pair?.key ? { keyRange: rangeOf(next.pair.key) } : {}),
        depth: here.depth + 1,
      };
    } else if (next.viaMerge && next.mergePair) {
      here = {
        valueRange: rangeOf(next.mergePair.value) ?? here.valueRange,
        ...(next.mergePair.key ? { keyRange: rangeOf(next.mergePair.key) } : {}),
        depth: here.depth + 1,
      };
    } else {
      here = { ...here, depth: here.depth + 1 };
    }
    if (isAlias(next.value) && !pinned) {
      // The alias itself is the use site; keep its range and stop moving.
      pinned = true;
    }
    node = next.value;
  }
  return here;
}

interface Step {
  value: unknown;
  pair?: Pair;
  viaMerge?: boolean;
  mergePair?: Pair;
}

function child(doc: Document.Parsed, node: unknown, segment: PathSegment): Step | undefined {
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (isPair(item) && keyMatches(item.key, segment)) return { value: item.value, pair: item };
  }
  // Later merge sources do not override earlier ones (YAML merge-key semantics); explicit keys,
  // searched above, override all of them.
  for (const item of node.items) {
    if (!isPair(item) || !isMergeKey(item.key)) continue;
    for (const source of mergeSources(doc, item.value)) {
      const found = child(doc, source, segment);
      if (found) return { value: found.value, viaMerge: true, mergePair: item };
    }
  }
  return undefined;
}

function mergeSources(doc: Document.Parsed, value: unknown): unknown[] {
  const resolve = (v: unknown): unknown => (isAlias(v) ? v.resolve(doc) : v);
  if (isSeq(value)) return value.items.map(resolve);
  return [resolve(value)];
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (key.value === "<<" || (typeof key.value === "symbol" && key.value.description === "<<"));
}

function keyMatches(key: unknown, segment: PathSegment): boolean {
  if (!isScalar(key)) return false;
  const k = key.value;
  return typeof k === "string" || typeof k === "number" || typeof k === "boolean" ? String(k) === String(segment) : false;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/**
 * The position a finding is reported at (docs/vendor-setup-v1.md, "What must be reported"): the value
 * at the path; the key when `atKey` (an unknown field); the closest existing parent's key when the
 * path does not exist (a missing field), and then only the parent's first line.
 */
export function positionOf(doc: Document.Parsed, lines: SourceLines, path: readonly PathSegment[], atKey = false): Position {
  const found = locate(doc, path);
  const complete = found.depth === path.length;
  if (complete) {
    const [start, end] = atKey && found.keyRange ? found.keyRange : found.valueRange;
    return lines.position(start, end);
  }
  const [start, end] = found.keyRange ?? found.valueRange;
  const pos = lines.position(start, end);
  if (pos.endLine === pos.line) return pos;
  // A missing field inside a multi-line parent: underline the parent's first line only.
  const nextLineStart = lines.lineStarts[pos.line] ?? end;
  return lines.position(start, Math.max(start + 1, nextLineStart - 1));
}
