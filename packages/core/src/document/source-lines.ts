import type { Position } from "../findings/finding.js";

/**
 * A text's lines: offsets to 1-based lines and columns, for every format (YAML, HCL, JSON). Line
 * starts are computed from the text itself, not from a parser's newline callback: yaml's parser
 * does not report the newlines inside an error token, so after a syntax error that spans lines
 * every later position came out one line early. Knowing the text also lets positions be clamped to
 * the file (parsers report some error ranges past its end).
 */
export class SourceLines {
  /** The offset each line starts at; `lineStarts[0]` is 0. */
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  get length(): number {
    return this.text.length;
  }

  /** The 1-based line and column of an offset (binary search over the line starts). */
  linePos(offset: number): { line: number; col: number } {
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offset < (this.lineStarts[mid] as number)) high = mid;
      else low = mid + 1;
    }
    // `low` is the count of line starts at or before the offset: the 1-based line.
    const line = Math.max(1, low);
    return { line, col: offset - (this.lineStarts[line - 1] ?? 0) + 1 };
  }

  /** The 1-based lines, first and last, that the text from `start` up to `end` spans. */
  lineSpan(start: number, end: number): [number, number] {
    return [this.linePos(start).line, this.linePos(Math.max(start, end - 1)).line];
  }

  /** The offset just after the last character of the 1-based line `line` (before "\n" or "\r\n"). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return end >= 1 && this.text[end - 1] === "\r" ? end - 1 : end;
  }

  /**
   * The position of a [start, end) offset range (1-based, end exclusive), clamped to the file: the
   * start is never past the end of its line's text and the end never past the end of the file,
   * whatever range the parser reported.
   */
  position(start: number, end: number): Position {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    const s = this.linePos(from);
    const e = this.linePos(to);
    // A "\r" before a line's "\n" is not a column of that line: clamp both ends to the line's text.
    const lastColumn = (line: number): number => this.lineEnd(line) - (this.lineStarts[line - 1] ?? 0) + 1;
    const startColumn = Math.min(s.col, lastColumn(s.line));
    const endColumn = Math.min(e.line === s.line ? Math.max(startColumn, e.col) : e.col, lastColumn(e.line));
    return { line: s.line, column: startColumn, endLine: e.line, endColumn };
  }

  /**
   * From an offset to the end of its line's text, on that line: where a line-level finding is
   * underlined (an HCL attribute and its value, `region = "us-east-1"`).
   */
  restOfLine(offset: number): Position {
    const { line, col } = this.linePos(offset);
    const endColumn = Math.max(col + 1, this.lineEnd(line) - (this.lineStarts[line - 1] ?? 0) + 1);
    return { line, column: col, endLine: line, endColumn };
  }
}
