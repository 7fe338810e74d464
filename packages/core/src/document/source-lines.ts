import { LineCounter } from "yaml";

/**
 * Line starts computed from the text itself, not from the yaml parser's newline callback: the
 * parser does not report the newlines inside an error token, so after a syntax error that spans
 * lines every later position came out one line early. Knowing the text also lets positions be
 * clamped to the file (yaml reports some error ranges past its end).
 */
export class SourceLines extends LineCounter {
  constructor(readonly text: string) {
    super();
    this.addNewLine(0);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.addNewLine(i + 1);
  }

  get length(): number {
    return this.text.length;
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
}
