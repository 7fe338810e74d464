/**
 * Where a sentence's punctuation marks are, found once a sentence: the finders ask for the part or
 * clause each period is in, and a sentence of thousands of periods (a hostile or a very long one)
 * must not be searched back to its start for each of them.
 */

import type { Sentence } from "./document.js";

interface Mark {
  at: number;
  end: number;
}

const MARKS = new WeakMap<Sentence, Map<RegExp, Mark[]>>();

/** The marks `pattern` (global) finds in a sentence, in order. */
function marksIn(s: Sentence, pattern: RegExp): Mark[] {
  let byPattern = MARKS.get(s);
  if (!byPattern) MARKS.set(s, (byPattern = new Map<RegExp, Mark[]>()));
  let marks = byPattern.get(pattern);
  if (!marks) {
    marks = [...s.text.matchAll(pattern)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
    byPattern.set(pattern, marks);
  }
  return marks;
}

/** How many marks before the last one may end later than it (marks of different lengths). */
const OVERLAP = 3;

/** Where the text after the last mark starting at or before `index` begins, or 0 when there is none. */
export function afterLastMark(s: Sentence, pattern: RegExp, index: number): number {
  const marks = marksIn(s, pattern);
  const past = countWhile(marks, (at) => at <= index);
  let end = 0;
  for (let k = Math.max(0, past - OVERLAP); k < past; k++) end = Math.max(end, (marks[k] as Mark).end);
  return end;
}

/** Where the first mark starting at or after `from` is, or the sentence's length when there is none. */
export function firstMarkFrom(s: Sentence, pattern: RegExp, from: number): number {
  const marks = marksIn(s, pattern);
  return marks[countWhile(marks, (at) => at < from)]?.at ?? s.text.length;
}

/** How many marks start before `index` (a table row's bars before a period: its column). */
export function marksBefore(s: Sentence, pattern: RegExp, index: number): number {
  return countWhile(marksIn(s, pattern), (at) => at < index);
}

/** How many marks, from the first, start where `before` holds (they are in order: a binary search). */
function countWhile(marks: readonly Mark[], before: (at: number) => boolean): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before((marks[mid] as Mark).at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
