import type { Document } from "yaml";
import type { PathSegment, Position } from "../findings/finding.js";
import { locate } from "./locate.js";
import { rangeToPosition } from "./position.js";
import type { SourceLines } from "./source-lines.js";

/**
 * The position a finding is reported at (vendor-setup-v1.md, "What must be reported"): the value
 * at the path; the key when `atKey` (an unknown field); the closest existing parent's key when the
 * path does not exist (a missing field), and then only the parent's first line.
 */
export function positionOf(doc: Document.Parsed, lineCounter: SourceLines, path: readonly PathSegment[], atKey = false): Position {
  const found = locate(doc, path);
  const complete = found.depth === path.length;
  if (complete) {
    const [start, end] = atKey && found.keyRange ? found.keyRange : found.valueRange;
    return rangeToPosition(lineCounter, start, end);
  }
  const [start, end] = found.keyRange ?? found.valueRange;
  const pos = rangeToPosition(lineCounter, start, end);
  if (pos.endLine === pos.line) return pos;
  // A missing field inside a multi-line parent: underline the parent's first line only.
  const nextLineStart = lineCounter.lineStarts[pos.line] ?? end;
  return rangeToPosition(lineCounter, start, Math.max(start + 1, nextLineStart - 1));
}
