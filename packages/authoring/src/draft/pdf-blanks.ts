/**
 * A PDF form filled in and flattened: the values typed into its blanks ("governed by the laws of
 * _______________.", then "SPAIN") are drawn after the whole page, a little above the line of
 * underscores. Read in drawing order they would land at the page's end, cut off from the sentence
 * they complete; here each is written into the blank it sits on, in place of the underscores.
 */

/** What the PDF reader needs of a pdf.js text item. */
export interface PdfItem {
  str: string;
  transform: number[];
  width?: number;
}

/** A run of underscores long enough to be a blank to fill in. */
const BLANK = /_{5,}/;
/** How far above the blank's baseline a value may sit, in the blank's font sizes (less than the next line up). */
const ABOVE = 1;
/** How far below it, in points. */
const BELOW = 2;
/** An underscore's width, in font sizes (Helvetica's and Times's are 0.5 to 0.56). */
const UNDERSCORE = 0.55;
/** How far below a value a blank's baseline is looked for, in points (a blank set in up to 20 points). */
const LOWEST = 20;
/** How many blanks on one baseline a value is tried against: bounded, so hostile pages stay linear. */
const PER_BASELINE = 16;

interface Blank {
  item: number;
  y: number;
  size: number;
  from: number;
  to: number;
}

const baselineOf = (item: PdfItem): number => item.transform[5] ?? 0;
const sizeOf = (item: PdfItem): number => Math.abs(item.transform[3] ?? 0) || Math.abs(item.transform[0] ?? 0) || 10;

/** The items, each value drawn on a blank written into it; the same items when there are none. */
export function filledBlanks(items: readonly PdfItem[]): PdfItem[] {
  const byBaseline = new Map<number, Blank[]>();
  items.forEach((item, k) => {
    const m = BLANK.exec(item.str);
    if (!m || item.width === undefined || item.str.length === 0) return;
    // Where the underscores are: estimated from the item's start, in proportion to its
    // characters, and from its end, an underscore being about half a font size wide; the blank
    // spans both estimates (a line's words and its underscores differ in width).
    const x = item.transform[4] ?? 0;
    const size = sizeOf(item);
    const perChar = item.width / item.str.length;
    const toFromEnd = x + item.width - (item.str.length - m.index - m[0].length) * UNDERSCORE * size;
    const blank = {
      item: k,
      y: baselineOf(item),
      size,
      from: Math.min(x + m.index * perChar, toFromEnd - m[0].length * UNDERSCORE * size),
      to: Math.max(x + (m.index + m[0].length) * perChar, toFromEnd),
    };
    const key = Math.round(blank.y);
    const line = byBaseline.get(key) ?? [];
    if (line.length < PER_BASELINE) line.push(blank);
    byBaseline.set(key, line);
  });
  if (byBaseline.size === 0) return [...items];
  // Each blank's value, by the blank's item; the values' items, which are read there instead.
  const fills = new Map<number, string>();
  const used = new Set<number>();
  items.forEach((item, k) => {
    const value = item.str.trim();
    if (!value || item.str.includes("_")) return;
    const [x, y] = [item.transform[4] ?? 0, baselineOf(item)];
    const blank = blankUnder(byBaseline, (b) => b.item < k && !fills.has(b.item), x, y);
    if (!blank) return;
    fills.set(blank.item, value);
    used.add(k);
  });
  return items.flatMap((item, k) => {
    if (used.has(k)) return [];
    const value = fills.get(k);
    return value === undefined ? [item] : [{ ...item, str: item.str.replace(BLANK, value) }];
  });
}

/** The first blank that may take a value (`free`) whose underscores the point (x, y) sits on. */
function blankUnder(byBaseline: ReadonlyMap<number, Blank[]>, free: (b: Blank) => boolean, x: number, y: number): Blank | undefined {
  for (let key = Math.round(y + BELOW); key >= Math.round(y) - LOWEST; key--)
    for (const blank of byBaseline.get(key) ?? []) {
      const onIt = y >= blank.y - BELOW && y < blank.y + ABOVE * blank.size;
      if (onIt && x >= blank.from - blank.size && x < blank.to && free(blank)) return blank;
    }
  return undefined;
}
