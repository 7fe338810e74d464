import type { Position } from "../findings/finding.js";
import type { SourceLines } from "./source-lines.js";

/**
 * Converts a [start, end) offset range into 1-based line/column positions (end exclusive), clamped
 * to the file: the start is never past the end of its line's text and the end never past the end
 * of the file, whatever range the parser reported.
 */
export function rangeToPosition(lines: SourceLines, start: number, end: number): Position {
  const from = Math.max(0, Math.min(start, lines.length));
  const to = Math.max(from, Math.min(end, lines.length));
  const s = lines.linePos(from);
  const e = lines.linePos(to);
  // A "\r" before a line's "\n" is not a column of that line: clamp both ends to the line's text.
  const lastColumn = (line: number): number => lines.lineEnd(line) - (lines.lineStarts[line - 1] ?? 0) + 1;
  const startColumn = Math.min(s.col, lastColumn(s.line));
  const endColumn = Math.min(e.line === s.line ? Math.max(startColumn, e.col) : e.col, lastColumn(e.line));
  return { line: s.line, column: startColumn, endLine: e.line, endColumn };
}
