/**
 * What every term finder shares: the term found (value, quote, clause, method), the context of
 * sentences it reads, a sentence's periods found once, and the guards on the words around a period
 * (in advance, about something else, an example, a list's introduction, a table's row).
 */

import {
  BULLET,
  citeClause,
  ENDS_IN_COLON,
  headingLike,
  keyTermsList,
  lineOf,
  LIST_ITEM,
  MARKDOWN_HEADING,
  type Paragraph,
  paragraphLines,
  type Sentence,
  withoutMarkup,
} from "./document.js";
import { periodsByTheirUnit } from "./header-units.js";
import { KEYWORDS, phrase } from "./language.js";
import { opensWithBox } from "../form-choices.js";
import { findPeriods, type FoundPeriod, type Period } from "./periods.js";
import { afterLastMark, firstMarkFrom } from "./sentence-marks.js";

/** A line's bullet or a table row's opening bar, before its text. */
export const LINE_OPENING = new RegExp(`^\\s*(?:${BULLET}\\s+|\\|\\s*)`);
/**
 * Only a label (bulleted or not) before a period: "- Backups: 30 days", "- History of completed
 * on-site consultations: 12 months" (up to 60 characters).
 */
export const LABEL_BEFORE = new RegExp(`^\\s*(?:${BULLET}\\s+)?[^:;.]{1,60}:[*_]*\\s*$`);
/** A line opening with a bullet. */
export const BULLET_FIRST = new RegExp(`^${BULLET}`);
/** A line that is a bulleted item: a bullet, then a space ("**Retention Period:**" is bold, no bullet). */
export const BULLETED = new RegExp(`^${BULLET}\\s`);

/** One term the reader found: its value, the verbatim quote and clause, and how it was found. */
export interface Found<T> {
  value: T;
  quote: string;
  clause: string;
  /** 1-based line of the quote. */
  line: number;
  /** How it was found, for the reviewer: "sentence pattern: ...", "table row", "list entry". */
  method: string;
  /** Every reading when the text is ambiguous (the value is the cautious one). */
  readings?: T[];
  ambiguity?: string;
}

/** The sentences of the DPA with what surrounds them: their paragraph and the few before it. */
export interface Context {
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /**
   * `policy draft --explain`: told, for each sentence a term's keywords brought up, whether it was
   * taken and why not when it was not.
   */
  trace?: (term: string, s: Sentence, verdict: string) => void;
}

export function found<T>(s: Sentence, value: T, method: string, p?: FoundPeriod): Found<T> {
  const out: Found<T> = { value, quote: s.text, clause: citeClause(s), line: s.line, method };
  if (p?.ambiguity) out.ambiguity = p.ambiguity;
  if (p?.readings) out.readings = p.readings as T[];
  return out;
}

/**
 * The heading right above a sentence's paragraph: the paragraph before it when that is a short
 * line without a full stop ("## 8. Breach Notification", "**Sub-processors**"), else "".
 */
export function headingAbove(ctx: Context, s: Sentence): string {
  // "### 12.1 Data Breach" with its items on the next lines: the first line is their heading.
  const first = paragraphLines(s.paragraph)[0] ?? "";
  if (MARKDOWN_HEADING.test(first) && s.line > s.paragraph.lines[0]) return first;
  // A paragraph of one line reads as a heading; a short list of several lines does not. The items
  // of a list written one paragraph each (HTML's <li>, Word's lines) and the line introducing them
  // are passed over, as a text file's one paragraph of them is: the heading is above the list.
  let k = s.paragraph.index - 1;
  if (oneLineItem(s.paragraph)) {
    const stop = Math.max(0, k - NEAR_ITEMS);
    while (k > stop && oneLineItem(ctx.paragraphs[k])) k--;
    // "Il presente Accordo è disciplinato ... in conformità a:" under "11.1 Legge applicabile": the
    // heading above the introduction, when there is one, else the introduction as a label.
    const intro = ctx.paragraphs[k];
    const introduces = intro !== undefined && ENDS_IN_COLON.test(intro.text) && !MARKDOWN_HEADING.test(intro.text);
    if (introduces && oneLineHeading(ctx.paragraphs[k - 1])) k--;
  }
  const above = ctx.paragraphs[k];
  return oneLineHeading(above) ? above.text : "";
}

/** A paragraph of one line that reads as a heading (short, no full stop). */
function oneLineHeading(p: Paragraph | undefined): p is Paragraph {
  return p !== undefined && p.lineStarts.length === 1 && headingLike(p.text);
}

/** A paragraph that is one list item on one line ("- La legge italiana ...", "2. Notify ..."). */
function oneLineItem(p: Paragraph | undefined): boolean {
  return p !== undefined && p.lineStarts.length === 1 && LIST_ITEM.test(p.text);
}

/** Whether a word is in the text around a sentence: its paragraph, the three before it and the clause heading (label and words). */
export function nearHas(ctx: Context, s: Sentence, word: RegExp): boolean {
  // Asked once per paragraph and word: a paragraph of thousands of sentences must not be joined
  // and searched again for each of them.
  let known = NEAR.get(s.paragraph);
  if (!known) NEAR.set(s.paragraph, (known = new Map<RegExp, boolean>()));
  let has = known.get(word);
  if (has === undefined) {
    has = word.test([...nearParagraphs(ctx, s.paragraph.index), s.paragraph.clause, s.paragraph.heading].join(" "));
    known.set(word, has);
  }
  return has;
}

/**
 * The texts of paragraph i and the three before it, the items of a list one paragraph each (as
 * Word writes a list: "1. Paciolus publishes ...", "2. The Customer may object ...") counting as
 * the one paragraph a text file makes of them: up to NEAR_ITEMS such items are passed over. An
 * item's own list goes on after it too, as in that one paragraph ("1. ... ten hoogste eenmaal per
 * jaar ...", then "2. ... een audit of inspectie ..."): up to NEAR_ITEMS items more.
 */
function nearParagraphs(ctx: Context, i: number): string[] {
  const out: string[] = [];
  let counted = 0;
  let items = 0;
  for (let k = i; k >= 0 && counted < NEAR_PARAGRAPHS; k--) {
    const p = ctx.paragraphs[k] as Paragraph;
    out.push(p.text);
    const item = k < i && oneLineItem(p) && items < NEAR_ITEMS;
    if (item) items++;
    else if (k < i) counted++;
  }
  out.reverse();
  if (LIST_ITEM.test((ctx.paragraphs[i] as Paragraph).text))
    for (let k = i + 1; k < ctx.paragraphs.length && k <= i + NEAR_ITEMS && LIST_ITEM.test((ctx.paragraphs[k] as Paragraph).text); k++)
      out.push((ctx.paragraphs[k] as Paragraph).text);
  return out;
}

/** How many paragraphs before a sentence's own are near it, and how many list items more. */
const NEAR_PARAGRAPHS = 3;
const NEAR_ITEMS = 8;

const NEAR = new WeakMap<Paragraph, Map<RegExp, boolean>>();

export const asPeriod = (p: FoundPeriod): Period => ({ value: p.value, unit: p.unit });

/**
 * A sentence's periods, found once per draft: every finder reads the same sentences, and the
 * period pattern (every language's numbers and units) is the reader's costliest.
 */
const periodsFound = new WeakMap<Sentence, FoundPeriod[]>();
export function periodsOf(s: Sentence): FoundPeriod[] {
  const known = periodsFound.get(s);
  if (known) return known;
  const written = findPeriods(s.text);
  // "(propuesta: **sin dilación indebida y en todo caso ≤ 48 h**)": a draft's proposal, no term.
  const found = (written.length > 0 ? written : periodsByTheirUnit(s)).filter(
    (x) => !PROPOSED_RIGHT_BEFORE.test(textBefore(s, x, PROPOSAL_REACH)),
  );
  periodsFound.set(s, found);
  return found;
}

/** The `reach` characters of a sentence right before a period: what the words just before it say. */
export function textBefore(s: Sentence, x: FoundPeriod, reach: number): string {
  return s.text.slice(Math.max(0, x.index - reach), x.index);
}

/** The `reach` characters of a sentence right after a period: what the words just after it say. */
export function textAfter(s: Sentence, x: FoundPeriod, reach: number): string {
  const end = x.index + x.text.length;
  return s.text.slice(end, end + reach);
}

/** How far before a period the word proposing it may be. */
const PROPOSAL_REACH = 80;
/** A proposal's word and its colon before a period, in the same clause ("Termine operativo proposto: entro "). */
const PROPOSED_RIGHT_BEFORE = phrase("proposal", "(?<![\\p{L}])(?:", ")(?![\\p{L}])[*_]*\\s*:[^.;()]{0,60}$", "iu");

/** Right after a period, a word for before ("in advance", "vooraf", "à l'avance", "im Voraus"...). */
export const RIGHT_AFTER_BEFORE = phrase("beforeIt", "^[\\s,]*(?:", ")\\b");
/** Right after a period, its notice ("30 days' notice", "30 days prior written notice"). */
const NOTICE_RIGHT_AFTER = phrase("noticeAfterPeriod", "^(?:", ")");
/** Right before a period, the notice it is ("antelación mínima de", "préavis de", "notice of"). */
const NOTICE_RIGHT_BEFORE = phrase("noticeBefore", "(?:", ")\\s*$");
/** Right before a period, "no later than" ("uiterlijk", "au plus tard", "spätestens"...). */
const NO_LATER_THAN = phrase("noLaterThan", "(?:", ")\\s*$");
/** Right before a count, "at least" ("au moins", "mindestens", "minstens"...): a minimum. */
export const AT_LEAST_RIGHT_BEFORE = phrase("atLeast", "\\b(?:", ")\\s*$");
/** Right after a count, "at least" or "minimum" ("5 ans minimum", "90 days at least", "12 Monate mindestens"): a minimum too. */
const AT_LEAST_RIGHT_AFTER = phrase("atLeast", "^[\\s,(]*(?:at |as a )?(?:", ")(?![\\p{L}])", "iu");

/**
 * Whether "at least" or "minimum" stands right before or after a period of a text (a sentence's,
 * a table row's): "mindestens 30 Tage", "5 ans minimum". A least time kept is no limit.
 */
export function aLeastTime(text: string, x: FoundPeriod): boolean {
  const end = x.index + x.text.length;
  return AT_LEAST_RIGHT_BEFORE.test(text.slice(Math.max(0, x.index - 40), x.index)) || AT_LEAST_RIGHT_AFTER.test(text.slice(end, end + 24));
}
/** Right before a period, "only after" ("solo dopo ulteriori", "erst nach"): a deleting's least wait. */
export const ONLY_AFTER_RIGHT_BEFORE = phrase("onlyAfter", "(?<![\\p{L}])(?:", ")\\s*$", "iu");

/** Whether the words right after a period make it a time before an event ("one month in advance"). */
export function beforeSomething(s: Sentence, p: FoundPeriod): boolean {
  // Emphasis before the period ("con un preavviso di almeno **15 giorni**") is no word.
  const before = textBefore(s, p, 34).replace(/[*_]+/g, "");
  return inAdvance(s, p) || NO_LATER_THAN.test(before) || NOTICE_RIGHT_BEFORE.test(before);
}

/** Whether a period is a notice given ahead, by the words right after it ("30 days' prior written notice", "in advance"). */
export function inAdvance(s: Sentence, p: FoundPeriod): boolean {
  // Emphasis around the period ("**30 days'** prior written notice") is no word.
  const after = textAfter(s, p, 34).replace(/[*_]+/g, "");
  return NOTICE_RIGHT_AFTER.test(after) || RIGHT_AFTER_BEFORE.test(after);
}

/**
 * Whether a period is about something other than the term being read: ending the contract,
 * paying, or the alternative offered after an objection ("may terminate with 30 days' notice",
 * "a refund within 30 days"). Such a period is never a notice or objection term.
 */
export function aboutSomethingElse(s: Sentence, p: FoundPeriod): boolean {
  return KEYWORDS.otherAct.test(clauseOf(s, p));
}

/** Right before a period, "e.g." ("p. ej.", "z. B.", "bijv.", "bv. **30 dagen**"...): an example, not a term. */
const FOR_EXAMPLE_RIGHT_BEFORE = phrase("forExample", "(?:", ")[\\s,:(*_]*$", "iu");

/** Right before a period, what is typical ("typically up to 7 years"): the period of no commitment. */
const HEDGED_RIGHT_BEFORE = phrase(
  "hedge",
  "(?<![\\p{L}])(?:",
  ")[\\s,:(]*(?:(?:up to|about|around|approximately|bis zu|jusqu'à|tot|hasta|fino a)\\s+)?$",
  "iu",
);

/**
 * Whether a period is given as an example ("retention is set by the expert (e.g., 10 years)") or
 * as what is typical ("a retention period required by law (typically up to 7 years ...)").
 */
export function anExample(s: Sentence, p: FoundPeriod): boolean {
  return forExample(s, p) || HEDGED_RIGHT_BEFORE.test(textBefore(s, p, 40)) || inExampleBracket(s, p);
}

/**
 * Whether a period is inside a bracket that opens with "for example" ("unless EU or Member State law
 * requires retention (for example invoices, kept 10 years under Italian tax law)"): the example's.
 */
function inExampleBracket(s: Sentence, p: FoundPeriod): boolean {
  const before = textBefore(s, p, EXAMPLE_BRACKET_REACH);
  const open = before.lastIndexOf("(");
  return open >= 0 && !before.slice(open).includes(")") && FOR_EXAMPLE_OPENING.test(before.slice(open + 1));
}

/** How far before a period the bracket of its example may open. */
const EXAMPLE_BRACKET_REACH = 80;

/** "for example", "e.g." opening a bracket's words. */
const FOR_EXAMPLE_OPENING = phrase("forExample", "^[\\s*_]*(?:", ")", "iu");

/** Whether "e.g." stands right before a period ("entro `[es. 48 ore]`", "(e.g., 10 years)"). */
export function forExample(s: Sentence, p: FoundPeriod): boolean {
  return FOR_EXAMPLE_RIGHT_BEFORE.test(textBefore(s, p, 40));
}

/** The clause of a sentence a period is in: from the punctuation before it to the one after. */
export function clauseOf(s: Sentence, p: FoundPeriod): string {
  const start = afterLastMark(s, CLAUSE_MARK_BEFORE, p.index);
  return s.text.slice(start, firstMarkFrom(s, CLAUSE_MARK_AFTER, p.index + p.text.length));
}

/** The marks a clause starts after, and those it ends at (a stop only before a space there). */
const CLAUSE_MARK_BEFORE = /[;:.,]/g;
const CLAUSE_MARK_AFTER = /[;:,]|\. /g;

/**
 * The first statement of a term, or, when the DPA states it again with another value, that first
 * one marked ambiguous with every value the text gives and where: a contradiction is for the
 * reviewer to resolve, never a silent choice.
 */
export function firstOrContradiction<T>(
  all: Array<Found<T>>,
  key: (value: T) => string = (p) => `${(p as Period).value} ${(p as Period).unit}`,
): Found<T> | undefined {
  const [first] = all;
  if (!first) return undefined;
  const others = all.filter((f) => key(f.value) !== key(first.value));
  if (others.length === 0 || first.readings) return first;
  const readings = [first.value, ...others.map((o) => o.value)].filter((p, i, list) => list.findIndex((q) => key(q) === key(p)) === i);
  const places = [first, ...others].map((f) => `${key(f.value).replace("working_days", "working days")} (line ${f.line})`).join(", ");
  return { ...first, readings, ambiguity: `the DPA states different values: ${places}; the first is kept until a reviewer decides` };
}

/** A line's label: "Retention of logs" in "Retention of logs: Up to 90 days" (bulleted or not), else "". */
export function labelOf(s: Sentence): string {
  return LABEL.exec(s.text)?.[0] ?? "";
}

// A key-terms table's row labels its value with its first cell ("| Objection period | 15 days |").
const LABEL = new RegExp(`^\\s*(?:(?:${BULLET}\\s+)?(?:\\*\\*)?[^:|.;]{2,60}:(?=\\s*\\S)|\\|?\\s*[^:|]{2,60}\\|(?=\\s*\\S))`, "u");

/**
 * Where in a sentence the row naming a word is, when the sentence is rows of a table ("| Notice
 * period | 30 days | | Objection period | 14 days |") or the lines of a key-terms list ("Notice
 * period: 30 days", "Objection period: 14 days"): the row's start and end offsets.
 */
export function rowWith(s: Sentence, word: RegExp): { from: number; to: number } | undefined {
  if (!rowsParagraph(s.paragraph)) return undefined;
  const lines = paragraphLines(s.paragraph);
  // The sentence's own lines only: a key-terms list whose lines end in full stops is a sentence
  // per line, and each must not scan the whole list.
  let from = 0;
  for (let k = s.line - s.paragraph.lines[0]; k < lines.length; k++) {
    const line = (lines[k] ?? "").trim();
    const at = s.text.indexOf(line, from);
    if (at < 0) return undefined;
    if (word.test(line)) return { from: at, to: at + line.length };
    from = at + line.length;
  }
  return undefined;
}

/** Whether a paragraph is rows: a table's, or a key-terms list's label lines (asked once per paragraph). */
function rowsParagraph(p: Paragraph): boolean {
  let rows = ROWS.get(p);
  if (rows === undefined) {
    const lines = paragraphLines(p);
    // Rows with pipes at their ends (Markdown) or only between cells (tables read from HTML, Word, PDF).
    rows = (lines.length >= 2 && lines.every((l) => l.includes("|"))) || keyTermsList(p);
    ROWS.set(p, rows);
  }
  return rows;
}

const ROWS = new WeakMap<Paragraph, boolean>();

/**
 * Whether every part of a sentence that says where data is (its hosting words, or `also`'s) is a
 * wish or a best effort ("We aim to store data in the EU", "Nach Möglichkeit werden die Daten in
 * der EU gespeichert"): no commitment. A wish in another part ("...; we aim to respond within 30
 * days") leaves the hosting standing. `hosts`: whether the whole text has hosting words.
 */
export function onlyWished(text: string, also: RegExp, hosts: boolean): boolean {
  // A sentence of one part: whether it speaks of hosting is known (`hosts`), not asked again.
  if (!text.includes(";")) return (hosts || also.test(text)) && KEYWORDS.aspiration.test(text);
  const parts = text.split(/;/).filter((part) => KEYWORDS.hosting.test(part) || also.test(part));
  return parts.length > 0 && parts.every((part) => KEYWORDS.aspiration.test(part));
}

/**
 * The sentence that introduces the list item i is in ("Such audits shall be subject to:" over "-
 * Prior written notice of at least 30 days."), or "" when sentence i is no list item: the nearest
 * sentence ending in a colon above it, with only items between.
 */
export function listIntroOf(sentences: readonly Sentence[], i: number): string {
  return listIntroSentence(sentences, i)?.text ?? "";
}

/**
 * The sentence that introduces the list item i is in (see listIntroOf), if it is one: the nearest
 * above it that `introduces` ("Retention Period:", also in bold, by default), the list's items
 * passed over, none past the first sentence off the list.
 */
export function listIntroSentence(
  sentences: readonly Sentence[],
  i: number,
  introduces: (s: Sentence) => boolean = endsInColon,
): Sentence | undefined {
  if (!onListLine(sentences[i] as Sentence)) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - LIST_ITEMS); k--) {
    const above = sentences[k] as Sentence;
    if (introduces(above)) return above;
    if (!onListLine(above)) return undefined;
  }
  return undefined;
}

/**
 * Whether a text ends in the words a period comes after and a colon ("... notify the Controller
 * within:", "... toute violation de données dans un délai de :", "... löscht ... innerhalb von:",
 * in bold or not): its period is in the lines after it (a form's options, a list), whatever its
 * length.
 */
export function periodFollows(text: string): boolean {
  return PERIOD_FOLLOWS.test(withoutMarkup(text));
}

const PERIOD_FOLLOWS = phrase("periodFollows", "(?<![\\p{L}])(?:", ")\\s*:\\s*$", "iu");

/**
 * The period of the list after sentence i, when the sentence ends in the words a period comes
 * after ("... may object to a new sub-processor within:", then "- ☐ 10 days", "- ☒ 30 days", the
 * empty option blanked): the first item on the list with a period, and that period.
 */
export function periodInListAfter(sentences: readonly Sentence[], i: number): { s: Sentence; p: FoundPeriod } | undefined {
  if (!periodFollows((sentences[i] as Sentence).text)) return undefined;
  for (const item of sentences.slice(i + 1, i + 1 + LIST_ITEMS)) {
    if (!onListLine(item)) return undefined;
    const [p] = periodsOf(item);
    if (p) return { s: item, p };
  }
  return undefined;
}

/** "Retention Period:", also in bold ("**Retention Period:**"). */
const endsInColon = (s: Sentence): boolean => /:\s*$/.test(withoutMarkup(s.text));

/** How many items after a sentence ending in a colon are read as its list. */
export const LIST_ITEMS = 6;

/** Whether a sentence is on a list item's line ("- **Timeline**: Within 24 hours" gives "Within 24 hours"). */
export function onListLine(s: Sentence): boolean {
  const line = lineOf(s) ?? "";
  // A form's option is an item too ("[x] 30 Tage").
  return LIST_ITEM.test(s.text) || LIST_ITEM.test(line) || opensWithBox(line);
}

/** Whether sentence `next` is in the paragraph right after `here`'s, and that paragraph no Markdown heading. */
export function paragraphRightAfter(next: Sentence, here: Sentence): boolean {
  return next.paragraph.index === here.paragraph.index + 1 && !next.paragraph.marked;
}

/**
 * A key term written as a label line with its value on the next line and nothing else ("Data
 * location", then "Germany"; "Sub-processor notice", then "30 days": an HTML description list, a
 * PDF's cover page), or undefined. The label ends in no punctuation; both lines are short.
 */
export function labelOverValue(p: Paragraph): { label: string; value: string } | undefined {
  const lines = paragraphLines(p).map((l) => l.trim());
  const [label = "", value = ""] = lines;
  const short = label.length <= LABEL_LINE && value.length <= LABEL_LINE && !/[.:;!?,]$/.test(label);
  return lines.length === 2 && label !== "" && value !== "" && short ? { label, value } : undefined;
}

/** The label of the key term a sentence is, when it is one written over two lines (labelOverValue), else "". */
export function pairLabelOf(s: Sentence): string {
  const pair = labelOverValue(s.paragraph);
  return pair !== undefined && s.line === s.paragraph.lines[0] && s.text.startsWith(pair.label) ? pair.label : "";
}

/** The longest label line, and value line, of a key term written over two lines. */
const LABEL_LINE = 60;

/**
 * A clause named by its number ("clause 4.6", "l'article 4.6", "Ziffer 9.1", "§ 9"): the number.
 * One the act after it owns ("Article 33 GDPR", "article 33 (3) du RGPD") is the law's, not a clause.
 */
export const CLAUSE_REFERENCE = new RegExp(
  `(?<![\\p{L}])(?:${KEYWORDS.crossReference.source}|§)\\s*(\\d{1,3}(?:\\.\\d{1,3})*)(?![\\d.]*\\d)(?!(?:\\s*\\(\\d+\\))*[\\s,]*(?:${KEYWORDS.actCited.source})(?![\\p{L}]))`,
  "giu",
);

/** A clause's number as a reference gives it: "4.6" for the clause "4.6", "Article 4.6" or "Annex II 4.6". */
export const clauseNumber = (clause: string): string => /(\d{1,3}(?:\.\d{1,3})*)\.?$/.exec(clause)?.[1] ?? "";
