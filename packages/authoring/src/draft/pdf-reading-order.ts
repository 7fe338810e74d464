/**
 * A PDF page's lines put back in reading order where the PDF drew them out of it.
 *
 * Most PDFs draw a page's text top to bottom, column by column, and the reader keeps the order
 * they are drawn in: a page of two columns reads its left column whole, then its right one. Some
 * generators draw a page's headings first and the paragraphs under them after (WeasyPrint: "3.
 * Technical measures", "4. Correction and deletion", then section 3's text, then section 4's): read
 * as drawn, section 3's text stood under section 4's heading, and its clauses were that section's.
 *
 * A line drawn above the line before it, over a line already placed below it in its column (their
 * extents across the page overlap), goes before that line; each line drawn after it goes on after
 * the one before, past the lines placed after that one but set above it (a short last line of a
 * paragraph overlaps little, yet is read before what is below it). A page drawn in reading order
 * keeps its order, and a column drawn after the one beside it (no overlap) stays after it.
 */

/** What a line needs to be placed: its baseline, its font size and where its pieces lie. */
export interface DrawnLine {
  y: number;
  size: number;
  gapBefore: boolean;
  pieces: readonly { x: number; end: number | undefined }[];
}

/**
 * A page of more lines than this is read in the order drawn: no typeset page holds as many, and
 * placing each line looks back over the lines placed (a page of many would cost their square).
 */
const MAX_LINES = 1500;

/**
 * The lines in reading order; `paragraphGap` (in font sizes) sets each moved page's paragraph
 * breaks again, between the lines as they now follow each other.
 */
export function inReadingOrder<L extends DrawnLine>(lines: readonly L[], paragraphGap: number): readonly L[] {
  if (lines.length > MAX_LINES) return lines;
  const out: { line: L; span: Span }[] = [];
  let moved = false;
  let previousAt = -1;
  // The highest baseline placed so far.
  let highest = -Infinity;
  for (const line of lines) {
    const placed = { line, span: spanOf(line) };
    const previous = out[previousAt];
    let at: number;
    if (previous && line.y > previous.line.y + line.size / 2) {
      // A paragraph's gap above every line placed: the page's top (a running header drawn last,
      // right-aligned over headings that end left of it). A column beside another starts about
      // as high: it is no header.
      if (highest < line.y - line.size * paragraphGap) at = 0;
      else {
        const first = out.findIndex((o) => o.line.y < line.y - line.size / 2 && overlap(o.span, placed.span));
        at = first === -1 ? out.length : first;
      }
    } else {
      at = previousAt + 1;
      while (at < out.length && (out[at] as { line: L }).line.y > line.y + line.size / 2) at++;
    }
    if (at !== out.length) moved = true;
    out.splice(at, 0, placed);
    previousAt = at;
    highest = Math.max(highest, line.y);
  }
  if (!moved) return lines;
  return out.map(({ line }, i) => {
    const before = out[i - 1]?.line;
    return { ...line, gapBefore: before !== undefined && Math.abs(line.y - before.y) > line.size * paragraphGap };
  });
}

interface Span {
  start: number;
  end: number;
}

function spanOf(line: DrawnLine): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const p of line.pieces) {
    start = Math.min(start, p.x);
    end = Math.max(end, p.end ?? p.x);
  }
  return { start, end };
}

/** Whether two lines' extents across the page overlap: they are in one column. */
function overlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
