import type { LineCounter } from "yaml";
import type { Position } from "../findings/finding.js";

/** Converts a [start, end) offset range into 1-based line/column positions (end exclusive). */
export function rangeToPosition(lineCounter: LineCounter, start: number, end: number): Position {
  const s = lineCounter.linePos(start);
  const e = lineCounter.linePos(Math.max(start, end));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}
