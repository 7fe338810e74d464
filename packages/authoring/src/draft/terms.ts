import {
  BULLET,
  citeClause,
  headingLike,
  keyTermsList,
  LIST_ITEM,
  MARKDOWN_HEADING,
  paragraphLines,
  rowCells,
  SEPARATOR_ROW,
  tableRows,
  withoutMarkup,
  type Paragraph,
  type Sentence,
} from "./document.js";
import { columnWords, CROSS_REFERENCE_FIRST, europeIn, everywhere, KEYWORDS, LAW_WORDS, phrase } from "./language.js";
import { countryIn, placeIn } from "./countries.js";
import { periodsByTheirUnit } from "./header-units.js";
import { countIn, findPeriods, numberValue, type FoundPeriod, type Period } from "./periods.js";
import { afterLastMark, firstMarkFrom, marksBefore } from "./sentence-marks.js";
import { definedPeriods, periodDefinedIn, type DefinedPeriod } from "./defined-periods.js";

/** A line's bullet or a table row's opening bar, before its text. */
const LINE_OPENING = new RegExp(`^\\s*(?:${BULLET}\\s+|\\|\\s*)`);
/**
 * Only a label (bulleted or not) before a period: "- Backups: 30 days", "- History of completed
 * on-site consultations: 12 months" (up to 60 characters).
 */
const LABEL_BEFORE = new RegExp(`^\\s*(?:${BULLET}\\s+)?[^:;.]{1,60}:\\s*$`);
/** A line opening with a bullet. */
const BULLET_FIRST = new RegExp(`^${BULLET}`);
/** A line that is a bulleted item: a bullet, then a space ("**Retention Period:**" is bold, no bullet). */
const BULLETED = new RegExp(`^${BULLET}\\s`);

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

function found<T>(s: Sentence, value: T, method: string, p?: FoundPeriod): Found<T> {
  const out: Found<T> = { value, quote: s.text, clause: citeClause(s), line: s.line, method };
  if (p?.ambiguity) out.ambiguity = p.ambiguity;
  if (p?.readings) out.readings = p.readings as T[];
  return out;
}

/**
 * The heading right above a sentence's paragraph: the paragraph before it when that is a short
 * line without a full stop ("## 8. Breach Notification", "**Sub-processors**"), else "".
 */
function headingAbove(ctx: Context, s: Sentence): string {
  // "### 12.1 Data Breach" with its items on the next lines: the first line is their heading.
  const first = paragraphLines(s.paragraph)[0] ?? "";
  if (MARKDOWN_HEADING.test(first) && s.line > s.paragraph.lines[0]) return first;
  // A paragraph of one line reads as a heading; a short list of several lines does not.
  const above = ctx.paragraphs[s.paragraph.index - 1];
  return above && above.lineStarts.length === 1 && headingLike(above.text) ? above.text : "";
}

/** Whether a word is in the text around a sentence: its paragraph, the three before it and the clause heading (label and words). */
function nearHas(ctx: Context, s: Sentence, word: RegExp): boolean {
  // Asked once per paragraph and word: a paragraph of thousands of sentences must not be joined
  // and searched again for each of them.
  let known = NEAR.get(s.paragraph);
  if (!known) NEAR.set(s.paragraph, (known = new Map<RegExp, boolean>()));
  let has = known.get(word);
  if (has === undefined) {
    const i = s.paragraph.index;
    const text = [...ctx.paragraphs.slice(Math.max(0, i - 3), i + 1).map((p) => p.text), s.paragraph.clause, s.paragraph.heading].join(" ");
    has = word.test(text);
    known.set(word, has);
  }
  return has;
}

const NEAR = new WeakMap<Paragraph, Map<RegExp, boolean>>();

const asPeriod = (p: FoundPeriod): Period => ({ value: p.value, unit: p.unit });

/**
 * A sentence's periods, found once per draft: every finder reads the same sentences, and the
 * period pattern (every language's numbers and units) is the reader's costliest.
 */
const periodsFound = new WeakMap<Sentence, FoundPeriod[]>();
function periodsOf(s: Sentence): FoundPeriod[] {
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
function textBefore(s: Sentence, x: FoundPeriod, reach: number): string {
  return s.text.slice(Math.max(0, x.index - reach), x.index);
}

/** The `reach` characters of a sentence right after a period: what the words just after it say. */
function textAfter(s: Sentence, x: FoundPeriod, reach: number): string {
  const end = x.index + x.text.length;
  return s.text.slice(end, end + reach);
}

/** How far before a period the word proposing it may be. */
const PROPOSAL_REACH = 80;
/** A proposal's word and its colon before a period, in the same clause ("Termine operativo proposto: entro "). */
const PROPOSED_RIGHT_BEFORE = phrase("proposal", "(?<![\\p{L}])(?:", ")(?![\\p{L}])[*_]*\\s*:[^.;()]{0,60}$", "iu");

/** Right after a period, a word for before ("in advance", "vooraf", "à l'avance", "im Voraus"...). */
const RIGHT_AFTER_BEFORE = phrase("beforeIt", "^[\\s,]*(?:", ")\\b");
/** Right after a period, its notice ("30 days' notice", "30 days prior written notice"). */
const NOTICE_RIGHT_AFTER = phrase("noticeAfterPeriod", "^(?:", ")");
/** Right before a period, the notice it is ("antelación mínima de", "préavis de", "notice of"). */
const NOTICE_RIGHT_BEFORE = phrase("noticeBefore", "(?:", ")\\s*$");
/** Right before a period, "no later than" ("uiterlijk", "au plus tard", "spätestens"...). */
const NO_LATER_THAN = phrase("noLaterThan", "(?:", ")\\s*$");
/** Right before a count, "at least" ("au moins", "mindestens", "minstens"...): a minimum. */
const AT_LEAST_RIGHT_BEFORE = phrase("atLeast", "\\b(?:", ")\\s*$");
/** Right before a period, "only after" ("solo dopo ulteriori", "erst nach"): a deleting's least wait. */
const ONLY_AFTER_RIGHT_BEFORE = phrase("onlyAfter", "(?<![\\p{L}])(?:", ")\\s*$", "iu");

/** Whether the words right after a period make it a time before an event ("one month in advance"). */
function beforeSomething(s: Sentence, p: FoundPeriod): boolean {
  // Emphasis before the period ("con un preavviso di almeno **15 giorni**") is no word.
  const before = textBefore(s, p, 34).replace(/[*_]+/g, "");
  return inAdvance(s, p) || NO_LATER_THAN.test(before) || NOTICE_RIGHT_BEFORE.test(before);
}

/** Whether a period is a notice given ahead, by the words right after it ("30 days' prior written notice", "in advance"). */
function inAdvance(s: Sentence, p: FoundPeriod): boolean {
  // Emphasis around the period ("**30 days'** prior written notice") is no word.
  const after = textAfter(s, p, 34).replace(/[*_]+/g, "");
  return NOTICE_RIGHT_AFTER.test(after) || RIGHT_AFTER_BEFORE.test(after);
}

/**
 * Whether a period is about something other than the term being read: ending the contract,
 * paying, or the alternative offered after an objection ("may terminate with 30 days' notice",
 * "a refund within 30 days"). Such a period is never a notice or objection term.
 */
function aboutSomethingElse(s: Sentence, p: FoundPeriod): boolean {
  return KEYWORDS.otherAct.test(clauseOf(s, p));
}

/** Right before a period, "e.g." ("p. ej.", "z. B.", "bijv."...): an example, not a term. */
const FOR_EXAMPLE_RIGHT_BEFORE = phrase("forExample", "(?:", ")[\\s,:(]*$", "iu");

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
function anExample(s: Sentence, p: FoundPeriod): boolean {
  return forExample(s, p) || HEDGED_RIGHT_BEFORE.test(textBefore(s, p, 40));
}

/** Whether "e.g." stands right before a period ("entro `[es. 48 ore]`", "(e.g., 10 years)"). */
function forExample(s: Sentence, p: FoundPeriod): boolean {
  return FOR_EXAMPLE_RIGHT_BEFORE.test(textBefore(s, p, 40));
}

/** Right after a period, what it counts from ("of", "after", "nach", "dalla"...). */
const COUNTED_FROM = phrase("countedFrom", "^\\s*(?:", ")\\b", "iu");

/**
 * Whether a period counts from the objection ("unable to reach an agreement within 90 days of
 * receipt of the objection"): a time after the objection was made, not the time to make it.
 */
function fromTheObjection(s: Sentence, p: FoundPeriod): boolean {
  // A defined term in brackets names the period itself ("within fourteen (14) days after having
  // received such notice (“Objection Period”)"), no objection it counts from.
  const after = textAfter(s, p, 80).replace(DEFINED_TERM, "").slice(0, 50);
  // "... innerhalb von 14 Tagen nach Zugang der Mitteilung widersprechen": the verb at the end is
  // the objecting itself, the period counts from the notice.
  const rest = s.text.slice(p.index + p.text.length);
  // "14 days from receipt of the notice to object": the objecting is what the days are for.
  const objection = KEYWORDS.objection.exec(after);
  const forIt = objection !== null && PURPOSE_RIGHT_BEFORE.test(after.slice(0, objection.index));
  return (
    COUNTED_FROM.test(after) &&
    objection !== null &&
    !forIt &&
    !fromTheNotice(after) &&
    !(rest.length <= 140 && KEYWORDS.objectAtEnd.test(rest))
  );
}

/**
 * Whether the words right after a period name the notice it counts from ("binnen 30 dagen na
 * kennisgeving schriftelijk bezwaar maken op redelijke gronden", "within 30 days after
 * notification"): the objection after it is what the days are for, however the sentence ends. A
 * notice of the objection ("after the notification of the objection") is the objection's.
 */
function fromTheNotice(after: string): boolean {
  const m = FROM_THE_NOTICE.exec(after);
  return m !== null && !OF_THE_OBJECTION.test(after.slice(m[0].length));
}

/** Right after a notice's word, that it is the objection's ("of the objection", "van het bezwaar"). */
const OF_THE_OBJECTION = new RegExp(`^\\p{L}*\\s+(?:${KEYWORDS.ofWord.source})\\s*(?:\\p{L}+\\s+)?(?:${KEYWORDS.objection.source})`, "iu");

const FROM_THE_NOTICE = new RegExp(
  `^\\s*(?:${KEYWORDS.countedFrom.source})\\s+(?:\\p{L}+\\s+){0,2}?(?:${KEYWORDS.notice.source}|${KEYWORDS.notify.source})`,
  "iu",
);

/** A defined term in brackets and quotes: ("Objection Period"), (« Période d'opposition »). */
const DEFINED_TERM = /\(\s*[“"‘'«„][^)]{0,60}\)/gu;

/** Right before the objection, what says it is the purpose ("to object", "pour s'opposer", "om bezwaar te maken"). */
const PURPOSE_RIGHT_BEFORE = phrase("purposeWord", "\\b(?:", ")\\s+(?:\\S+\\s+){0,1}$", "iu");

/** Right after a period, a deleting it counts from ("nach Löschung", "after deletion"), its phrase's last word. */
const FROM_THE_DELETING = new RegExp(
  `^\\s*(?:${KEYWORDS.countedFrom.source})\\s+(?:\\p{L}+\\s+){0,2}?(?:${KEYWORDS.deleting.source})\\p{L}*(?=\\s*(?:$|[.,;:/)]))`,
  "iu",
);

/**
 * Whether a period counts from the deleting ("Certificate issued within 14 days after deletion"):
 * the time of another act once the data is gone, not how long the data is kept. "Within 30 days
 * after a deletion request" is the deleting's own deadline, and so is "purged from backups within
 * 90 days of deletion" (a deleting before the period): both stay.
 */
function fromTheDeleting(s: Sentence, p: FoundPeriod): boolean {
  return FROM_THE_DELETING.test(textAfter(s, p, 60));
}

/** The clause of a sentence a period is in: from the punctuation before it to the one after. */
function clauseOf(s: Sentence, p: FoundPeriod): string {
  const start = afterLastMark(s, CLAUSE_MARK_BEFORE, p.index);
  return s.text.slice(start, firstMarkFrom(s, CLAUSE_MARK_AFTER, p.index + p.text.length));
}

/** The marks a clause starts after, and those it ends at (a stop only before a space there). */
const CLAUSE_MARK_BEFORE = /[;:.,]/g;
const CLAUSE_MARK_AFTER = /[;:,]|\. /g;

/** The period a sub-processor change must be announced before. */
export function priorNotice(ctx: Context): Found<Period> | undefined {
  const all: Array<Found<Period>> = [];
  const why = (s: Sentence, verdict: string): void => ctx.trace?.("priorNotice", s, verdict);
  for (const [i, s] of ctx.sentences.entries()) {
    const labelled = noticeOfChangesLabel(s);
    if (!KEYWORDS.advance.test(s.text) && !labelled) continue;
    if (!labelled && !nearHas(ctx, s, KEYWORDS.subprocessor)) {
      why(s, "skipped: no sub-processor in it or the paragraphs before it");
      continue;
    }
    // "Such audits shall be subject to:", then "- Prior written notice of at least 30 days.".
    if (KEYWORDS.audit.test(s.text) || KEYWORDS.audit.test(listIntroOf(ctx.sentences, i))) {
      why(s, "skipped: about audits");
      continue;
    }
    // In a table or key-terms list read as one sentence, the period is the notice's own row's.
    const row = rowWith(s, KEYWORDS.advance);
    const text = row ? s.text.slice(row.from, row.to) : s.text;
    const p = periodsOf(s).find(
      (x) =>
        (!row || (x.index >= row.from && x.index < row.to)) &&
        (beforeSomething(s, x) || !KEYWORDS.objection.test(text)) &&
        !aboutSomethingElse(s, x),
    );
    if (p && p.unit !== "hours") {
      all.push(found(s, asPeriod(p), "sentence pattern: sub-processor change announced in advance, with a period", p));
      why(s, `taken: ${p.text}`);
    } else why(s, "skipped: no period of notice (none, in hours, or about termination, payment or an alternative)");
  }
  return firstOrContradiction(all);
}

/**
 * Whether a key-terms line or row is labelled as the notice of sub-processor changes ("Sub-processor
 * change notice: 30 days", "| Notice of new sub-processors | 30 days |", "Frist für die Ankündigung
 * neuer Unterauftragnehmer: 4 Wochen"): the label says what the period is, in advance or not. A
 * label about objecting is the objection window's.
 */
function noticeOfChangesLabel(s: Sentence): boolean {
  const label = labelOf(s);
  return (
    label !== "" &&
    KEYWORDS.subprocessor.test(label) &&
    (KEYWORDS.notice.test(label) || KEYWORDS.notify.test(label)) &&
    !KEYWORDS.objection.test(label)
  );
}

/**
 * The first statement of a term, or, when the DPA states it again with another value, that first
 * one marked ambiguous with every value the text gives and where: a contradiction is for the
 * reviewer to resolve, never a silent choice.
 */
function firstOrContradiction<T>(
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

/** A defined period's name that says it is an objection's or a notice's ("Objection Period", "Notice Period"). */
const OBJECTION_OR_NOTICE = new RegExp(`${KEYWORDS.objection.source}|${KEYWORDS.notify.source}`, "i");

/**
 * The period the controller has to object to a new sub-processor. `notice` is the prior notice
 * the caller found (priorNotice): an objection due "within the notice period" takes its length,
 * and one due within a period the DPA defines by name ("the Objection Period") takes the definition's.
 */
export function objectionWindow(ctx: Context, notice?: Found<Period>): Found<Period> | undefined {
  const all: Array<Found<Period>> = [];
  // Read only when an objection gives no number of its own.
  let defined: DefinedPeriod[] | undefined;
  for (const s of ctx.sentences) {
    if (!KEYWORDS.objection.test(s.text)) continue;
    // "Process objections to legitimate interest-based processing within 10 business days": a data
    // subject's objection (Art. 21 GDPR), unless the sentence names the sub-processor itself.
    if (KEYWORDS.dataSubject.test(s.text) && !KEYWORDS.subprocessor.test(s.text)) {
      ctx.trace?.("objectionWindow", s, "skipped: a data subject's objection to processing, not the controller's to a sub-processor");
      continue;
    }
    if (!nearHas(ctx, s, KEYWORDS.subprocessor)) {
      ctx.trace?.("objectionWindow", s, "skipped: no sub-processor in it or the paragraphs before it");
      continue;
    }
    // A notice given so that the controller can object is the objection window too.
    const toObject = KEYWORDS.noticeToObject.test(s.text);
    // In a table read as one sentence, the period is the objection's own row's ("| Objection period | 14 days |").
    const row = rowWith(s, KEYWORDS.objection);
    const p = periodsOf(s).find(
      (x) =>
        x.unit !== "hours" &&
        (!row || (x.index >= row.from && x.index < row.to)) &&
        (toObject || !beforeSomething(s, x)) &&
        !aboutSomethingElse(s, x) &&
        !fromTheObjection(s, x),
    );
    const how = toObject
      ? "sentence pattern: a notice period given to object to a sub-processor"
      : "sentence pattern: objection to a sub-processor, with a period";
    if (p) all.push(found(s, asPeriod(p), how, p));
    // "within the Objection Period", where "'Objection Period' means fourteen (14) days".
    const named = p ? undefined : periodDefinedIn(s, (defined ??= definedPeriods(ctx.sentences, OBJECTION_OR_NOTICE)));
    if (named && named.p.unit !== "hours")
      all.push(
        found(
          named.s,
          asPeriod(named.p),
          `sentence pattern: objection within "${named.term}", a period the DPA defines (line ${s.line})`,
          named.p,
        ),
      );
    ctx.trace?.(
      "objectionWindow",
      s,
      p
        ? `taken: ${p.text}`
        : "skipped: no window (no period, a notice before the change, or one about termination, payment or an alternative)",
    );
  }
  return firstOrContradiction(all) ?? withinTheNotice(ctx, notice);
}

/** A line's label: "Retention of logs" in "Retention of logs: Up to 90 days" (bulleted or not), else "". */
function labelOf(s: Sentence): string {
  return LABEL.exec(s.text)?.[0] ?? "";
}

// A key-terms table's row labels its value with its first cell ("| Objection period | 15 days |").
const LABEL = new RegExp(`^\\s*(?:(?:${BULLET}\\s+)?(?:\\*\\*)?[^:|.;]{2,60}:(?=\\s*\\S)|\\|?\\s*[^:|]{2,60}\\|(?=\\s*\\S))`, "u");

/**
 * Where in a sentence the row naming a word is, when the sentence is rows of a table ("| Notice
 * period | 30 days | | Objection period | 14 days |") or the lines of a key-terms list ("Notice
 * period: 30 days", "Objection period: 14 days"): the row's start and end offsets.
 */
function rowWith(s: Sentence, word: RegExp): { from: number; to: number } | undefined {
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
 * "The Client shall notify the Supplier of such objections within the notice period": an
 * objection due within the notice of the change has the notice's length as its window. So has one
 * "within that period" in the sentence right after the notice's ("... at least ten (10) days
 * before the new Sub-processor begins Processing. Customer may object ... within that period").
 */
function withinTheNotice(ctx: Context, notice: Found<Period> | undefined): Found<Period> | undefined {
  if (!notice || notice.readings) return undefined;
  const s = ctx.sentences.find(
    (x, i) =>
      KEYWORDS.objection.test(x.text) &&
      (KEYWORDS.withinTheNotice.test(x.text) || (KEYWORDS.withinThatPeriod.test(x.text) && ctx.sentences[i - 1]?.text === notice.quote)),
  );
  if (!s || !nearHas(ctx, s, KEYWORDS.subprocessor)) return undefined;
  ctx.trace?.(
    "objectionWindow",
    s,
    `taken: ${notice.value.value} ${notice.value.unit}, the notice period it refers to (line ${notice.line})`,
  );
  return { ...notice, method: `sentence pattern: an objection due within the notice period (the notice: line ${notice.line})` };
}

/** The breach-notification deadline: a period, or null for "without undue delay" (not numeric). */
export function breachNotification(ctx: Context): Found<Period | null> | undefined {
  let undated: Found<Period | null> | undefined;
  // Every deadline the DPA states: a second, different one makes the term ambiguous.
  const all: Array<Found<Period>> = [];
  const why = (s: Sentence, verdict: string): void => ctx.trace?.("breachNotification", s, verdict);
  const defined = definedPeriods(ctx.sentences, KEYWORDS.notify);
  for (const [i, s] of ctx.sentences.entries()) {
    // A short item under a breach heading names no breach itself ("## Breach Notification",
    // "- Notification within 72 hours"), nor does a short sentence deep in a section about breaches.
    // The heading right above, when there is one, is the nearer ("Audits" under "## Breaches").
    const above = headingAbove(ctx, s);
    // A longer sentence in a section about breaches is its notice when it gives notice within
    // hours or a few days ("## 9. Personal Data Breaches", then "The Processor shall notify the
    // Controller ... within 48 hours after becoming aware of it, ...").
    const underHeading = aboutBreaches(above, s.paragraph) && (s.text.length <= 100 || (KEYWORDS.notify.test(s.text) && soonAfter(s)));
    // The bare word ("incident", "Vorfall") is a breach when notified so.
    const named = KEYWORDS.breach.test(s.text) || KEYWORDS.definedBreach.test(s.text) || (KEYWORDS.violation.test(s.text) && soonAfter(s));
    if (!named && !underHeading) continue;
    if (CONTROLLER_NOTIFIES.test(withoutMarkup(s.text))) {
      why(s, "skipped: the controller notifies the processor (a notice the other way)");
      continue;
    }
    // "In case of a personal data breach, the Processor shall:" and the duties as a list.
    // A label that is the notice itself ("Initial Notification:") lets its items omit the word.
    const label = s.text.length <= 80 && KEYWORDS.notify.test(s.text);
    const item = /:\s*$/.test(s.text) ? noticeWithDeadline(listAfter(ctx.sentences, i), label, label ? s : undefined) : undefined;
    if (item) {
      all.push(found(item.s, asPeriod(item.p), "sentence pattern: breach notified, the period in an item of the list after", item.p));
      why(s, `taken: ${item.p.text}, from an item of the list it introduces`);
      continue;
    }
    // "The Processor shall notify the Controller ... within 24 hours, of:", then "(a) any Personal
    // Data Breach;": the notice the list's items are the objects of.
    const intro = named && !KEYWORDS.notify.test(s.text) ? noticeIntroducing(ctx.sentences, i) : undefined;
    if (intro) {
      all.push(
        found(
          intro.s,
          asPeriod(intro.p),
          "sentence pattern: a breach in a list, notified within the period of the notice introducing it",
          intro.p,
        ),
      );
      why(s, `taken: ${intro.p.text}, from the notice introducing the list`);
      continue;
    }
    // A short line under a heading about notice ("Délais de notification", then "Violation de
    // données : 24 heures") is that notice's.
    const underNotice = s.text.length <= 100 && KEYWORDS.notify.test(above);
    if (!KEYWORDS.notify.test(s.text) && !underNotice && !keyTermsRow(s)) {
      const next = named ? noticeNext(ctx.sentences, i) : undefined;
      if (next) {
        all.push(found(next.s, asPeriod(next.p), "sentence pattern: a breach, its notice within a period in the sentence after", next.p));
        why(s, `taken: ${next.p.text}, from the notice in the sentence after`);
      } else why(s, "skipped: a breach, but no notice to the controller");
      continue;
    }
    const p = breachPeriod(s);
    if (p) {
      const how = named
        ? "sentence pattern: breach notified within a period"
        : "sentence pattern: notified within a period, under a heading about breaches";
      all.push(found(s, asPeriod(p), how, p));
      why(s, `taken: ${p.text}`);
      continue;
    }
    const after = deadlineElsewhere(ctx, i, underNotice, defined);
    if (after) {
      all.push(found(after.s, asPeriod(after.p), after.how, after.p));
      why(s, `taken: ${after.p.text}, ${after.why}`);
    } else if (!undated && KEYWORDS.noDelay.test(s.text)) {
      undated = found(s, null, 'sentence pattern: breach notified without a number ("without undue delay" or alike): not numeric');
      why(s, "taken as not numeric (without undue delay), unless a period is found elsewhere");
    } else why(s, "skipped: no deadline in hours or days (or the supervisory authority's, Art. 33)");
  }
  return firstOrContradiction(all) ?? undated;
}

/**
 * A breach notice's deadline given outside its own sentence: in the sentences after it (under a
 * heading about notice, the items after the breach's own heading need no notice word: "### 12.1
 * Data Breach", "- **Timeline**: Within 24 hours"), or by the name of a period the DPA defines
 * ("within the Breach Notification Period", where "'Breach Notification Period' means 48 hours").
 */
function deadlineElsewhere(
  ctx: Context,
  i: number,
  underNotice: boolean,
  defined: readonly DefinedPeriod[],
): { s: Sentence; p: FoundPeriod; how: string; why: string } | undefined {
  const after = underNotice ? noticeWithDeadline(listAfter(ctx.sentences, i), true) : noticeWithDeadline(sentencesAfter(ctx.sentences, i));
  if (after)
    return { ...after, how: "sentence pattern: breach notified, the period in the sentence after", why: "from the sentence after" };
  const s = ctx.sentences[i] as Sentence;
  const named = periodDefinedIn(s, defined);
  // definedPeriods keeps only names that say they are a notice's ("Breach Notification Period",
  // "Meldefrist"), not another act's ("the Controller shall respond within the Response Period").
  if (!named || !BREACH_UNITS.has(named.p.unit) || !KEYWORDS.notify.test(s.text)) return undefined;
  return {
    s: named.s,
    p: named.p,
    how: `sentence pattern: breach notified within "${named.term}", a period the DPA defines (the notice: line ${s.line})`,
    why: `the period "${named.term}" is defined as (line ${named.s.line})`,
  };
}

/** The units a breach deadline is given in. */
const BREACH_UNITS: ReadonlySet<string> = new Set(["hours", "days", "working_days"]);

/**
 * Whether every part of a sentence that says where data is (its hosting words, or `also`'s) is a
 * wish or a best effort ("We aim to store data in the EU", "Nach Möglichkeit werden die Daten in
 * der EU gespeichert"): no commitment. A wish in another part ("...; we aim to respond within 30
 * days") leaves the hosting standing. `hosts`: whether the whole text has hosting words.
 */
function onlyWished(text: string, also: RegExp, hosts: boolean): boolean {
  // A sentence of one part: whether it speaks of hosting is known (`hosts`), not asked again.
  if (!text.includes(";")) return (hosts || also.test(text)) && KEYWORDS.aspiration.test(text);
  const parts = text.split(/;/).filter((part) => KEYWORDS.hosting.test(part) || also.test(part));
  return parts.length > 0 && parts.every((part) => KEYWORDS.aspiration.test(part));
}

/**
 * Whether the heading a sentence is under is about breaches: the one right above it, else its
 * section's, unless a numbered sub-heading between says it is about something else ("8. Security
 * Incidents and Regulatory Cooperation", then "8.5 Regulatory Inquiries": the inquiries' notice
 * is not the breach's; "9.1 Notification" under "9. Personal Data Breaches" is the breach's).
 */
function aboutBreaches(above: string, p: Paragraph): boolean {
  if (above) return namesBreaches(above);
  const sub = p.subheading;
  return namesBreaches(sub) || (namesBreaches(p.heading) && (sub === "" || KEYWORDS.notify.test(sub)));
}

/**
 * Whether a heading names breaches: in the words of a breach, or the bare word alone ("##
 * Breaches", "7. Incidents", "§ 9 Vorfälle"), which a DPA's own section can only mean as its breaches.
 */
function namesBreaches(heading: string): boolean {
  const words = withoutMarkup(heading)
    .replace(/^#+\s*/, "")
    .replace(/^(?:§\s*)?\d+(?:\.\d+)*\.?\s*/, "")
    .trim();
  return KEYWORDS.breach.test(heading) || BARE_VIOLATION.test(words);
}

/** The bare word of a breach as a whole heading. */
const BARE_VIOLATION = new RegExp(`^(?:${KEYWORDS.violation.source})$`, "i");

/** How many sentences after a breach's own are read for its deadline. */
const SENTENCES_AFTER = 3;

/**
 * The sentences that go on about a breach: the deadline is often a sentence or two later ("...
 * unverzüglich mit. Auch begründete Verdachtsfälle hierauf sind mitzuteilen. Die Mitteilung hat
 * spätestens innerhalb von 24 Stunden ... zu erfolgen."), in the same paragraph, or the next
 * paragraph's first ("7.2 The notification ... within 24 hours"). They end at a sentence about
 * another subject (a sub-processor, an audit, an objection): its periods are its own.
 */
function sentencesAfter(sentences: readonly Sentence[], i: number): Sentence[] {
  const s = sentences[i] as Sentence;
  const out: Sentence[] = [];
  for (const next of sentences.slice(i + 1, i + 1 + SENTENCES_AFTER)) {
    // After a sentence that is no heading, a short paragraph that gives a period is no heading
    // either ("**Termine operativo proposto: entro 24 ore** dalla conoscenza. ⚖️-14" ends in a
    // mark, not a stop).
    const nextParagraph =
      paragraphRightAfter(next, s) &&
      (!headingLike(next.paragraph.text) || (periodsOf(next).length > 0 && !s.paragraph.marked && !headingLike(s.paragraph.text))) &&
      out.every((x) => x.paragraph === s.paragraph);
    if (next.paragraph !== s.paragraph && !nextParagraph) break;
    if ([KEYWORDS.subprocessor, KEYWORDS.audit, KEYWORDS.objection].some((k) => k.test(next.text))) break;
    out.push(next);
    if (next.paragraph !== s.paragraph) break;
  }
  return out;
}

/**
 * A breach named without a notice, and the next sentence of its paragraph the notice within hours
 * or a few days ("... a process for managing security incidents. The Customer is informed within
 * 24 hours."): that notice is the breach's.
 */
function noticeNext(sentences: readonly Sentence[], i: number): { s: Sentence; p: FoundPeriod } | undefined {
  // The first of the sentences that go on about the breach, in its own paragraph only.
  const [next] = sentencesAfter(sentences, i);
  if (!next || next.paragraph !== sentences[i]?.paragraph || !soonAfter(next)) return undefined;
  return noticeWithDeadline([next]);
}

/**
 * The sentence that introduces the list item i is in ("Such audits shall be subject to:" over "-
 * Prior written notice of at least 30 days."), or "" when sentence i is no list item: the nearest
 * sentence ending in a colon above it, with only items between.
 */
function listIntroOf(sentences: readonly Sentence[], i: number): string {
  return listIntroSentence(sentences, i)?.text ?? "";
}

/** The sentence that introduces the list item i is in (see listIntroOf), if it is one. */
function listIntroSentence(sentences: readonly Sentence[], i: number): Sentence | undefined {
  if (!onListLine(sentences[i] as Sentence)) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - LIST_ITEMS); k--) {
    const above = sentences[k] as Sentence;
    // "Retention Period:", also in bold ("**Retention Period:**").
    if (/:\s*$/.test(withoutMarkup(above.text))) return above;
    if (!onListLine(above)) return undefined;
  }
  return undefined;
}

/**
 * The notice with a deadline that introduces the list item i is in, when the item is short, as an
 * object of that notice is ("... within 24 hours, of:", then "(a) any Personal Data Breach;").
 */
function noticeIntroducing(sentences: readonly Sentence[], i: number): { s: Sentence; p: FoundPeriod } | undefined {
  const s = sentences[i] as Sentence;
  const intro = listIntroSentence(sentences, i);
  if (!intro || s.text.length > LIST_OBJECT_LENGTH || !KEYWORDS.notify.test(intro.text)) return undefined;
  const p = breachPeriod(intro);
  return p ? { s: intro, p } : undefined;
}

/** The most characters of a list item that is an object of its list's notice ("(a) any Personal Data Breach;"). */
const LIST_OBJECT_LENGTH = 160;

/** How many items after a sentence ending in a colon are read as its list. */
const LIST_ITEMS = 6;

/**
 * The items of the list after sentence i: the next few sentences, a paragraph or line each. The
 * list ends at the next heading ("### Audits", or a short line with no item marker in a paragraph
 * of its own): what follows belongs to another clause.
 */
function listAfter(sentences: readonly Sentence[], i: number): Sentence[] {
  const intro = sentences[i] as Sentence;
  const items: Sentence[] = [];
  for (const s of sentences.slice(i + 1, i + 1 + LIST_ITEMS)) {
    if (s.paragraph.index - intro.paragraph.index > LIST_ITEMS) break;
    const heading =
      s.text.startsWith("#") ||
      (s.paragraph !== intro.paragraph && s.paragraph.text === s.text && headingLike(s.text) && !LIST_ITEM.test(s.text));
    if (heading) break;
    items.push(s);
  }
  return items;
}

/**
 * The first of these sentences that gives notice within a period, and the period. Under a label
 * that is itself the notice ("Initial Notification:", then "- Within 12 hours of becoming
 * aware"), a list item's period is the notice's without the word again, and so is the rest of the
 * label's own line ("Data Breach Notification: Within 48 hours of discovery").
 */
function noticeWithDeadline(
  sentences: readonly Sentence[],
  underNoticeLabel = false,
  label?: Sentence,
): { s: Sentence; p: FoundPeriod } | undefined {
  let underLabel = underNoticeLabel;
  // "**Within 24 hours:**", then "1. Notify Customer via email": a deadline as the label of the
  // steps it sets, the notice among them.
  let timeLabel: { s: Sentence; p: FoundPeriod } | undefined;
  for (const s of sentences) {
    const labelsValue = label !== undefined && s.paragraph === label.paragraph && s.line === label.line;
    const notice = KEYWORDS.notify.test(s.text) || DEADLINE_LABEL.test(withoutMarkup(s.text));
    if (timeLabel && notice && onListLine(s)) return timeLabel;
    const p = notice || (underLabel && (onListLine(s) || labelsValue)) ? breachPeriod(s) : undefined;
    if (p) return { s, p };
    // "... shall notify the Controller. The notification shall:", then "(a) be made within 24
    // hours ...": the items after a notice ending in a colon are that notice's.
    if (/:\s*$/.test(s.text) && KEYWORDS.notify.test(s.text)) underLabel = true;
    const alone = withoutMarkup(s.text).trim();
    const period = alone.length <= TIME_LABEL_LENGTH && /:$/.test(alone) ? breachPeriod(s) : undefined;
    timeLabel = period ? { s, p: period } : onListLine(s) ? timeLabel : undefined;
  }
  return undefined;
}

/** The most characters of a deadline set as a label over steps ("Within 24 hours:", "Dentro de 24 horas:"). */
const TIME_LABEL_LENGTH = 40;

/** A line labelled as a deadline ("Termine operativo proposto: entro 24 ore", "Deadline: 48 hours"). */
const DEADLINE_LABEL = phrase("deadlineWord", "^[\\s\\-*•]*(?:\\p{L}+\\s+)?(?:", ")(?![\\p{L}])[^.;:]{0,40}:", "iu");

/** Whether a sentence is on a list item's line ("- **Timeline**: Within 24 hours" gives "Within 24 hours"). */
function onListLine(s: Sentence): boolean {
  return LIST_ITEM.test(s.text) || LIST_ITEM.test(paragraphLines(s.paragraph)[s.line - s.paragraph.lines[0]] ?? "");
}

/**
 * A breach sentence's period in hours or days. "... so that the Controller can notify the
 * supervisory authority within 72 hours" is the controller's own deadline under Art. 33(1) GDPR
 * (Regulation (EU) 2016/679: "not later than 72 hours after having become aware of it"), not the
 * processor's; a period of another length near the authority ("..., to meet its obligations
 * towards the supervisory authority, within 24 hours") is the processor's.
 */
function breachPeriod(s: Sentence): FoundPeriod | undefined {
  // In a table read as one sentence, the period is the breach's own row's ("| Objection period |
  // 30 days | | Breach notification | 48 hours |").
  const row = rowWith(s, KEYWORDS.breach);
  return periodsOf(s).find(
    (x) =>
      BREACH_UNITS.has(x.unit) &&
      (!row || (x.index >= row.from && x.index < row.to)) &&
      // "upon at least 30 days' prior written notice (shorter notice in case of a Security
      // Incident)": a notice ahead of something (an audit) is never a breach's deadline.
      !inAdvance(s, x) &&
      // "(e comunque entro `[es. 48 ore]`)": a template's example, not its deadline.
      !forExample(s, x) &&
      // "de eerste 24 uur nadat hij ... heeft geïnformeerd ... beschikbaar": a span, not a deadline.
      !FIRST_RIGHT_BEFORE.test(textBefore(s, x, 16)) &&
      !(
        theAuthoritysDeadline(x) &&
        (authorityRightBefore(s.text.slice(0, x.index)) || AUTHORITY_RIGHT_AFTER.test(textAfter(s, x, AUTHORITY_AFTER)))
      ),
  );
}

/** How many characters after a period the authority it is owed to is named in. */
const AUTHORITY_AFTER = 120;

/**
 * The authority named right after a period, as whom it is owed to ("notificación en 72h a la
 * AEPD", "il proprio termine di 72 ore verso l'autorità di controllo"): the controller's deadline.
 */
const AUTHORITY_RIGHT_AFTER = new RegExp(`^[^.;,]{0,25}?(?:${KEYWORDS.supervisoryAuthority.source})`, "iu");

/** "the first" right before a period ("for the first 24 hours"). */
const FIRST_RIGHT_BEFORE = phrase("firstWord", "(?<![\\p{L}])(?:", ")\\s*$", "iu");

/**
 * "The Customer shall notify the Processor of any incident within 48 hours", "Le Client doit
 * informer le Prestataire ...": the controller, the sentence's subject, notifies the processor (no
 * passive between them: "The Customer will be notified by the Processor" is the processor's).
 */
const CONTROLLER_NOTIFIES = new RegExp(
  `^\\W*(?:\\p{L}+\\s+)?(?:${KEYWORDS.controllerParty.source})(?:(?!${KEYWORDS.passive.source})[^.;:,]){0,30}?(?:${KEYWORDS.notify.source})[^.;]{0,40}?(?:${KEYWORDS.processorParty.source})`,
  "iu",
);

/**
 * Whether the text right before a period names the supervisory authority as who is notified in
 * it ("... to notify the supervisory authority within 72 hours"). A notice to the controller
 * after the authority is named is the processor's own ("To let the Customer meet its duties to
 * the supervisory authority, the Processor notifies the Customer ... within 72 hours").
 */
function authorityRightBefore(before: string): boolean {
  const last = [...before.slice(-AUTHORITY_BEFORE).matchAll(everywhere("supervisoryAuthority"))].at(-1);
  if (last === undefined) return false;
  const at = Math.max(0, before.length - AUTHORITY_BEFORE) + (last.index ?? 0);
  const after = before.slice(at + last[0].length);
  // "..., the Processor notifies the Customer within 72 hours": a notice to the controller after
  // the authority is named; "The supervisory authority must be notified within 72 hours": none.
  if ((KEYWORDS.notify.test(after) && KEYWORDS.controllerParty.test(after)) || CONTROLLER_TOO.test(after)) return false;
  // The words just before the authority: a notice's verb and its recipients are close by, and a
  // sentence of many deadlines is not searched from its start again for each.
  return !ALONGSIDE.test(before.slice(Math.max(0, at - ALONGSIDE_WINDOW), at));
}

/**
 * The controller joined to the authority right after it ("notificará a la autoridad de control y
 * al Responsable ... en un plazo de 72 horas"): the controller is notified in the same notice.
 */
const CONTROLLER_TOO = new RegExp(
  `^[^.;]{0,20}?(?<![\\p{L}])(?:${KEYWORDS.andOr.source})(?![\\p{L}])[^.;]{0,20}?(?:${KEYWORDS.controllerParty.source})`,
  "iu",
);

/** How many characters before the authority ALONGSIDE reads: its bounded parts and a verb. */
const ALONGSIDE_WINDOW = 160;

/** How many characters before a period the authority it is the deadline of is named in. */
const AUTHORITY_BEFORE = 90;

/**
 * A notice whose recipients the authority joins, after the controller ("notify the Controller and,
 * where applicable, the competent supervisory authority ... within 72 hours"): the deadline is the
 * processor's own notice's, the controller notified in it too ("notification of breaches to the
 * supervisory authority" names no controller: the authority's deadline).
 */
const ALONGSIDE = new RegExp(
  `(?:${KEYWORDS.notify.source})[^.;]{0,30}?(?:${KEYWORDS.controllerParty.source})[^.;]{0,20}?(?<![\\p{L}])(?:${KEYWORDS.andOr.source})(?![\\p{L}])[^.;]{0,50}$`,
  "iu",
);

/**
 * Whether a sentence is a key-terms table whose row naming the breach gives a deadline of hours
 * or a few days ("| Personal Data Breach | Without undue delay and within 48 hours |"): the row is
 * the notice term without the word "notify". Longer periods in such a row are something else (how
 * long incident logs are kept), as for the bare word "incident".
 */
function keyTermsRow(s: Sentence): boolean {
  const p = rowWith(s, KEYWORDS.breach) || breachLabelled(s) ? breachPeriod(s) : undefined;
  return p !== undefined && (p.unit === "hours" || p.value <= 3);
}

/**
 * Whether a sentence is one line labelled as the breach whose value opens on its deadline ("|
 * Data breach | Within 48 hours of discovery |", "- **Data breach:** within 48 hours"): a key term
 * on a line of its own, outside a key-terms table or list (whose rows rowWith finds). A value
 * that keeps something ("Security incidents: logs kept for 72 hours") is no notice.
 */
function breachLabelled(s: Sentence): boolean {
  const label = labelOf(s);
  if (!label || !KEYWORDS.breach.test(label)) return false;
  const value = s.text.slice(s.text.indexOf(label) + label.length);
  const first = findPeriods(value)[0];
  return first !== undefined && first.index <= LABELLED_DEADLINE_AT && !KEYWORDS.retention.test(value);
}

/** How far into a breach line's value its deadline may start ("Without undue delay, and within 48 hours"). */
const LABELLED_DEADLINE_AT = 45;

/**
 * Whether a sentence gives a period of hours, or a notice within a few days: beyond the 72 hours
 * Art. 33(1) GDPR gives the controller, a notice cannot serve it and is another one (a report, a
 * review).
 */
function soonAfter(s: Sentence): boolean {
  return periodsOf(s).some(
    (x) => x.unit === "hours" || (KEYWORDS.notify.test(s.text) && x.unit !== "months" && x.unit !== "years" && x.value <= 3),
  );
}

/** Whether a period is the 72 hours (three days) Art. 33(1) GDPR gives the controller. */
function theAuthoritysDeadline(x: Period): boolean {
  return (x.unit === "hours" && x.value === 72) || (x.unit === "days" && x.value === 3);
}

/** The most audits a year a DPA's cap allows: one a month. */
const MAX_AUDITS_A_YEAR = 12;

/**
 * Whether the text at `at` is inside square brackets that say it is still to be decided ("[una
 * volta l'anno — DA VALIDARE]", "[once a year — TBD]").
 */
function undecidedInBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf("[", at);
  if (open < 0 || text.lastIndexOf("]", at) > open) return false;
  const close = text.indexOf("]", at);
  return close > 0 && KEYWORDS.toBeDecided.test(text.slice(open, close));
}

/** How many audits a year the DPA allows, or that it sets no cap ("at reasonable intervals"). */
export function auditLimit(ctx: Context): { maxPerYear?: Found<number>; uncapped?: Found<boolean> } {
  const why = (s: Sentence, verdict: string): void => ctx.trace?.("auditMaxPerYear", s, verdict);
  for (const s of ctx.sentences) {
    // A line labelled as audits ("Audits: Once per year") limits them as a word of permission would.
    if (!KEYWORDS.permission.test(s.text) && !KEYWORDS.audit.test(labelOf(s))) continue;
    const once = KEYWORDS.onceAYear.exec(s.text);
    const times = KEYWORDS.timesAYear.exec(s.text);
    // The count is whichever language's group matched ("twice", "zwei", "2x").
    const said = Object.values(times?.groups ?? {}).find((v) => v !== undefined);
    const count = once ? 1 : (numberValue((said ?? "").replace(/^(\d+)\s*x$/i, "$1")) ?? countUnderYearLabel(s));
    // More than one a month is no audit cap ("EUR 1,500 per year" in an audit clause is a price).
    if (count === undefined || count <= 0 || count > MAX_AUDITS_A_YEAR) {
      if (KEYWORDS.audit.test(s.text)) why(s, "skipped: no number of audits a year");
      continue;
    }
    // "updated at least once a year" is a floor, never a cap.
    const at = (once ?? times)?.index ?? 0;
    // "massimo **[una volta l'anno — DA VALIDARE]**": a placeholder still to be decided.
    if (undecidedInBrackets(s.text, at)) {
      why(s, "skipped: a placeholder in brackets, still to be decided");
      continue;
    }
    if (AT_LEAST_RIGHT_BEFORE.test(s.text.slice(Math.max(0, at - 20), at))) {
      why(s, "skipped: a minimum (at least so often a year), not a cap");
      continue;
    }
    // The word audit may be in the clause's heading only ("9. Audits ... no more than once a year").
    if (KEYWORDS.audit.test(s.text)) {
      why(s, `taken: ${count} a year`);
      return { maxPerYear: found(s, count, "sentence pattern: audits limited per year") };
    }
    if (nearHas(ctx, s, KEYWORDS.audit)) {
      why(s, `taken: ${count} a year (under a heading or paragraph about audits)`);
      return { maxPerYear: found(s, count, "sentence pattern: a yearly limit under a heading or paragraph about audits") };
    }
    why(s, "skipped: a yearly limit, but nothing here or around it is about audits");
  }
  for (const s of ctx.sentences)
    if (KEYWORDS.audit.test(s.text) && KEYWORDS.auditUncapped.test(s.text)) {
      why(s, "taken: uncapped (reasonable intervals, at any time)");
      return { uncapped: found(s, true, "sentence pattern: audits at reasonable intervals or at any time (no yearly cap)") };
    }
  return {};
}

/**
 * The count a label of audits a year gives ("Audits per year: 1", "| Maximum number of audits per
 * year | 1 |"): the label says what is counted and over what, the value is only the number.
 */
function countUnderYearLabel(s: Sentence): number | undefined {
  const label = labelOf(s);
  if (!KEYWORDS.audit.test(label) || !KEYWORDS.perYear.test(label)) return undefined;
  const value = s.text.slice(label.length).replace(/[|*]/g, "").trim();
  return /^\S+(?: \(\d+\))?$/.test(value) ? numberValue(value.replace(/ \(\d+\)$/, "")) : undefined;
}

/** The notice an audit needs: a period before the audit in an audit clause. */
export function auditNotice(ctx: Context): Found<Period> | undefined {
  for (const s of ctx.sentences) {
    if (!KEYWORDS.auditClause.test(`${s.text} ${s.paragraph.clause}`)) continue;
    if (KEYWORDS.subprocessor.test(s.text) && !/audit/i.test(s.text)) continue;
    const p = periodsOf(s).find((x) => {
      const after = textAfter(s, x, 40);
      const before = textBefore(s, x, 40);
      return RIGHT_AFTER_BEFORE.test(after) || KEYWORDS.noticeWord.test(before + after);
    });
    if (p) {
      ctx.trace?.("auditNotice", s, `taken: ${p.text}`);
      return found(s, asPeriod(p), "sentence pattern: audit requested a period before it takes place", p);
    }
    if (periodsOf(s).length > 0) ctx.trace?.("auditNotice", s, "skipped: a period, but not one of notice before the audit");
  }
  return undefined;
}

/**
 * The law that governs the agreement, as a country code: every statement of it (the DPA body, the
 * SCCs' Clause 17 option, a UK addendum, a key-terms row), the first kept and any other law
 * flagged as a reading for the reviewer.
 */
export function governingLaw(ctx: Context): Found<string> | undefined {
  const all: Array<Found<string>> = [];
  for (const [i, s] of ctx.sentences.entries()) {
    // Each mention of the law in turn: "(Governing Law) of the SCCs: ... are governed by the laws of France".
    const mentions = [...s.text.matchAll(LAW_MENTIONS)];
    // The sentence without its statutes, blanked once for every reading below.
    const text = withoutStatutes(s.text);
    if (mentions.length === 0) {
      const withCourts = lawWithItsCourts(text);
      if (withCourts) {
        all.push(found(s, withCourts, "sentence pattern: a country's law named with its courts"));
        ctx.trace?.("governingLaw", s, `taken: ${withCourts}, a law named with its courts`);
        continue;
      }
      const named = lawUnderItsHeading(ctx, s, text);
      if (named) {
        all.push(found(s, named, "a country's law named under a heading about the governing law"));
        ctx.trace?.("governingLaw", s, `taken: ${named}, under a heading about the governing law`);
      }
      continue;
    }
    // What is governed by a law names the law ("governed by the laws of Ireland", "English law"):
    // "not governed by an adequacy decision made by the United Kingdom" chooses none.
    const code =
      mentions
        .map((m) => ({ label: /state|jurisdiction/i.test(m[0]), window: text.slice(m.index, m.index + m[0].length + 80) }))
        // A label that is no law noun names the law by its place ("Governing state | Delaware").
        .map(({ label, window }) => (label || KEYWORDS.lawNoun.test(window) ? lawIn(window) : undefined))
        .find((c) => c !== undefined) ??
      mentions.map((m) => lawAfterItsNoun(text.slice(m.index, m.index + m[0].length + LAW_LIST_REACH))).find((c) => c !== undefined);
    if (code) all.push(found(s, code, "sentence pattern: agreement governed by a country's law"));
    // "Governing law: Portugal": a colon before a capital ends a sentence; the value is the next one.
    const next = ctx.sentences[i + 1];
    const after =
      !code && /:$/.test(s.text) && next?.paragraph === s.paragraph ? lawIn(withoutStatutes(next.text.slice(0, 60))) : undefined;
    if (after && next) {
      const from = s.paragraph.text.indexOf(s.text);
      const to = s.paragraph.text.indexOf(next.text, from) + next.text.length;
      all.push(found({ ...s, text: s.paragraph.text.slice(from, to) }, after, "a label about the governing law and its country"));
    }
    ctx.trace?.("governingLaw", s, code || after ? `taken: ${code ?? after}` : "skipped: no country named after the words about the law");
  }
  return firstOrContradiction(all, (c) => c);
}

/**
 * "### 12.2 Governing Law", then "The law specified in the Principal Agreement, or if none,
 * California law.": a country's law named in the first paragraph under a heading about the
 * governing law, the country right beside the word "law"; else a line of the section naming the
 * courts' country ("## Legislación aplicable", "- Jurisdicción: España"), which the section
 * gives as its choice. `text` is the sentence's with its statutes blanked out.
 */
function lawUnderItsHeading(ctx: Context, s: Sentence, text: string): string | undefined {
  if (!KEYWORDS.law.test(headingAbove(ctx, s))) return undefined;
  for (const m of text.matchAll(LAW_NOUNS)) {
    const code = lawIn(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30));
    if (code) return code;
  }
  // "- **Jurisdicción:** España": the section's courts' country, where it names no law's ("governed
  // by the law of the Principal Agreement. Jurisdiction: Ireland" chooses the law otherwise).
  const court = JURISDICTION_LINE.exec(withoutMarkup(text))?.groups?.value;
  return court && !namesALaw(s.paragraph) ? countryIn(court) : undefined;
}

/**
 * A country's law named with the courts, the way a clause of miscellany gives the governing law
 * ("Legislación española y jurisdicción según las Condiciones", "Spanish law and jurisdiction",
 * "droit français et juridiction de Paris"): the law's country, beside its noun. The text comes
 * with its statutes blanked out (withoutStatutes).
 */
function lawWithItsCourts(text: string): string | undefined {
  const m = LAW_AND_COURTS.exec(text);
  return m ? lawIn(text.slice(Math.max(0, m.index - 25), m.index + m[0].length)) : undefined;
}

const LAW_AND_COURTS = new RegExp(
  `(?:${KEYWORDS.lawNoun.source})[^.;]{0,25}?(?<![\\p{L}])(?:${KEYWORDS.andOr.source})(?![\\p{L}])\\s+(?:\\p{L}+\\s+){0,2}?(?:${KEYWORDS.jurisdiction.source})`,
  "iu",
);

/**
 * Whether a paragraph speaks of a governing law anywhere, asked once per paragraph: a paragraph of
 * thousands of sentences under a law heading must not be read again for each of them.
 */
function namesALaw(p: Paragraph): boolean {
  let known = NAMES_A_LAW.get(p);
  if (known === undefined) NAMES_A_LAW.set(p, (known = KEYWORDS.law.test(p.text)));
  return known;
}

const NAMES_A_LAW = new WeakMap<Paragraph, boolean>();

/** A line labelled with the courts' place and a short value ("Jurisdiction: Ireland"). */
const JURISDICTION_LINE = phrase("jurisdiction", "^[\\s\\-*•]*(?:", ")\\s*:\\s*(?<value>[^.;:]{1,40}?)\\s*\\.?$", "iu");

/**
 * How far a list of laws may run after "governed by" ("se rige por el Reglamento (UE) 2016/679
 * (RGPD), la Ley Orgánica 3/2018 (LOPDGDD) y demás normativa española aplicable"), its country
 * then right after a law noun.
 */
const LAW_LIST_REACH = 200;

/** The country a law noun names right after it ("normativa española", "law of Ireland"), anywhere in a window. */
function lawAfterItsNoun(window: string): string | undefined {
  for (const m of window.matchAll(LAW_NOUNS)) {
    const code = lawIn(window.slice(m.index + m[0].length, m.index + m[0].length + 25));
    if (code) return code;
  }
  return undefined;
}

const LAW_MENTIONS = everywhere("law");
const LAW_NOUNS = everywhere("lawNoun");

/**
 * A statute named after its country ("the California Consumer Privacy Act", "the UK Data
 * Protection Act 2018"): legislation a DPA refers to, not the law it chooses to govern it.
 */
const STATUTE = /\b(?:\p{Lu}[\p{L}.]*\s+){1,6}(?:Act|Code|Regulation|Directive|Ordinance|Statute)\b/gu;

/** A text with its statutes blanked out, each character a space (the offsets stay). */
function withoutStatutes(text: string): string {
  return text.replace(STATUTE, (m) => " ".repeat(m.length));
}

/**
 * The country whose law a text names first: an adjective or phrase ("Belgian law", "the laws of
 * the State of New York"), else a country name. The text comes with its statutes blanked out
 * (withoutStatutes), by the caller, before any slicing could cut a statute's name in two.
 */
function lawIn(text: string): string | undefined {
  let best: { at: number; code: string } | undefined;
  for (const [re, code] of LAW_WORDS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, code };
  }
  return best?.code ?? countryIn(text);
}

/** "(if applicable)" after a question of a form, in each language: not an answer. */
const IF_APPLICABLE = phrase("ifApplicable", "(?:", ")", "gi");

/** Special categories of data: an explicit "not applicable" becomes [] (none are processed). */
export function specialCategories(ctx: Context): Found<string[]> | undefined {
  for (const [i, s] of ctx.sentences.entries()) {
    if (!KEYWORDS.special.test(s.text)) continue;
    // The answer often follows the question: "Sensitive data transferred (if applicable): Not applicable."
    const next = ctx.sentences[i + 1];
    const answer = KEYWORDS.none.test(s.text.replace(IF_APPLICABLE, ""))
      ? s
      : next && next.paragraph.index - s.paragraph.index <= 1 && next.text.length < 120 && KEYWORDS.none.test(next.text)
        ? next
        : undefined;
    if (answer) {
      ctx.trace?.("specialCategories", s, "taken: none (declared not applicable)");
      return found(answer, [], "sentence pattern: special categories declared not applicable");
    }
    ctx.trace?.("specialCategories", s, "skipped: special categories named, but not declared absent (write them in by hand)");
  }
  return undefined;
}

/**
 * Hosting commitments: data kept within the EU/EEA, or none taken outside it, becomes declared:
 * [EEA]. A sentence hostingAllowed read countries from (`countriesRead`) is theirs, unless it
 * also says no data leaves Europe: in "stores ... in the United States and ... in the European
 * Union (Germany)" the EU is where one of them is, not a promise that data stays there.
 */
export function hostingDeclared(ctx: Context, countriesRead?: string): Found<string[]> | undefined {
  const why = (s: Sentence, verdict: string): void => ctx.trace?.("hostingDeclared", s, verdict);
  for (const s of ctx.sentences) {
    // Emphasis is no word ("stored in the **European Union**").
    const text = withoutMarkup(s.text);
    const hosts = KEYWORDS.hosting.test(text);
    if (onlyWished(text, KEYWORDS.noneOutsideEurope, hosts)) {
      why(s, "skipped: a wish or a best effort (we aim, where possible), not a commitment");
      continue;
    }
    if (KEYWORDS.processesNone.test(text)) {
      why(s, "skipped: about a party that processes no personal data");
      continue;
    }
    if (rowOfSubprocessorTable(s)) {
      why(s, "skipped: a row of the sub-processors' table (where that company keeps data, not the DPA's commitment)");
      continue;
    }
    const none = KEYWORDS.noneOutsideEurope.exec(text);
    // "... not outside the EEA without the Controller's consent" allows what it seems to forbid.
    if (none && voidingCondition(text.slice(none.index))) {
      why(s, "skipped: data may leave the EU/EEA on a condition (without, unless, except)");
      continue;
    }
    if (none) {
      why(s, "taken: EEA (no data leaves it)");
      return found(s, ["EEA"], "sentence pattern: no data leaves the EU/EEA");
    }
    if (!hosts || !(KEYWORDS.withinEurope.test(text) || orInEurope(text))) continue;
    if (s.text === countriesRead && !europeFirst(text)) {
      why(s, "skipped: it names the countries where data is hosted, the EU or EEA as where one of them is");
      continue;
    }
    if (KEYWORDS.outside.test(statementBeforeDetails(text))) {
      why(s, "skipped: it speaks of outside the EU/EEA too (a transfer clause, not a commitment)");
      continue;
    }
    why(s, "taken: EEA (hosted within it)");
    return found(s, ["EEA"], "sentence pattern: data hosted within the EU/EEA");
  }
  // "Localisation des données : Union européenne": a hosting line naming the EU or EEA, no country.
  // "Server location: EU (Frankfurt)": the EU itself first, where in it after, as in a sentence
  // ("AWS EU (Frankfurt, Germany)" names a provider's region).
  for (const { s, place } of hostingLines(ctx)) {
    const europe = europeIn(place.trim());
    // "Sauvegardes : France et/ou autre État membre UE": a country, or anywhere in the EU.
    if (europe !== undefined && (countriesOf(place).length === 0 || europe === 0 || orInEurope(place))) {
      why(s, "taken: EEA (a hosting line naming the EU/EEA)");
      return found(s, ["EEA"], "a line naming the EU/EEA as where data is hosted");
    }
  }
  return undefined;
}

/**
 * A hosting statement whole before a colon, its details after ("Compute, database and media storage
 * are in the EU: functions in Stockholm, ..., media in an EU-jurisdiction bucket that the non-EU
 * endpoint cannot reach"): the statement alone, the places in it being no transfer. Else the text.
 */
function statementBeforeDetails(text: string): string {
  const colon = text.indexOf(":");
  if (colon < 0) return text;
  const before = text.slice(0, colon);
  return KEYWORDS.hosting.test(before) && KEYWORDS.withinEurope.test(before) ? before : text;
}

/**
 * Whether a sentence is a row of a table whose header names sub-processors ("| Sub-encargado |
 * Servicio | País | Garantía RGPD |"): "Irlanda (UE) | DPA firmado, datos en UE" is that company's.
 */
function rowOfSubprocessorTable(s: Sentence): boolean {
  const rows = tableRows(s.paragraph);
  if (!rows || !s.text.trimStart().startsWith("|") || s.text.trim() === rows[0]?.trim()) return false;
  return rowCells(rows[0] ?? "").some((cell) => KEYWORDS.subprocessor.test(cell));
}

/**
 * Whether the place a sentence first names for data is the EU or EEA itself, the countries it
 * names after it details within it ("stored and processed within the European Union, primarily in
 * Germany and France", "hébergée dans des centres de données situés en Union Européenne (France
 * ou Allemagne)", "hosting within the EU (Frankfurt)"): the commitment stands beside the
 * countries. No country or city comes before it.
 */
function europeFirst(text: string): boolean {
  const m = KEYWORDS.locatedIn.exec(text);
  // "hosting within the European Union (Render, Frankfurt region)": the EU, then where in it.
  if (!m && inEuropeWhere(text) !== "") return true;
  const place = m ? text.slice(m.index + m[0].length, m.index + m[0].length + EUROPE_FIRST_WITHIN) : "";
  const europe = europeIn(place);
  return europe !== undefined && placeIn(place.slice(0, europe)) === undefined;
}

/** How far after the words about where data is the EU or EEA may be named first. */
const EUROPE_FIRST_WITHIN = 80;

/** Where the clause naming a place ends: a stop, or a relative clause ("which", "zodat", "ce qui"...). */
const CLAUSE_END = phrase("relativeWord", "[;:]|\\.(?:\\s|$)|\\b(?:", ")\\b", "");
/** What separates the places of a list ("Germany/Finland", "France and Belgium", "Frankrijk en België"...). */
const PLACE_LIST = phrase("andOr", "[,/()]|\\s+(?:", ")\\s+", "");

/** "... in Rechenzentren in Deutschland gespeichert", "... in Nederland opgeslagen": the place before the verb. */
const PLACED_BEFORE = new RegExp(`\\b(?:in|im)\\s+(?<place>[^.;:]{2,80}?)\\s+(?:${KEYWORDS.placedBefore.source})\\b`, "iu");

/**
 * "Server location: Germany", "Hosting | Frankfurt, Germany", "Primary data centre: Amsterdam",
 * "Serverstandort ist Nürnberg (Deutschland).": a label about where data is (a word or two before
 * it, "Primary", "The"; a compound's tail after it, "Rechenzentrumsstandorte"; up to three words
 * naming whose place it is, "Serverstandort der Datenbank:"), and the place.
 */
const HOSTING_LINE = hostingLineOf(KEYWORDS.hostingLabel.source);
/**
 * A line of where the backups are ("**Sauvegardes** : France et/ou autre État membre UE"): hosting
 * too, beside a hosting line of its paragraph (alone, it says nothing of the data itself).
 */
const BACKUP_LINE = hostingLineOf(KEYWORDS.backup.source);

/** A line labelled with `label`'s words (a pattern's source) and the place it names. */
function hostingLineOf(label: string): RegExp {
  return new RegExp(
    `^(?:[\\p{L}-]+\\s+){0,2}?(?:${label})[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?\\s*(?:\\([^)]*\\))?\\s*(?:[:|]|\\s(?:${KEYWORDS.copula.source})\\s)\\s*(?<place>[^|]{2,80})$`,
    "iu",
  );
}

/**
 * A part of the world named as a place, not as a provider's region with its place in brackets
 * after it ("AWS Europe (Frankfurt)", "West Europe region (Netherlands)"), nor as part of a
 * region's code ("europe-west1" is Belgium, "gcp-europe-west3" Germany).
 */
const REGION_ALONE = new RegExp(
  `(?<!-)(?:${KEYWORDS.region.source})(?!\\s*(?:(?:${KEYWORDS.cloudRegion.source})(?![\\p{L}])\\s*)?\\(|-\\w)`,
  "iu",
);

/**
 * The word for a territory in a place, and the space after it ("territorio francés" after "tratados
 * en"): the land's word before the country's adjective.
 */
const TERRITORY_IN = phrase("territory", "(?<![\\p{L}])(?:", ")\\s+", "iu");

/**
 * The countries a place names ("Germany/Finland", "France and Belgium", "the EU (Hetzner, Germany)"),
 * or the one its first word is the adjective of ("français" after "sur le territoire").
 */
function countriesOf(place: string): string[] {
  // "primarily in Europe and the United States": a part of the world no codes can give; the
  // countries named beside it would be read as all the places there are.
  // A region whose place follows in brackets ("AWS Europe (Frankfurt)", "West Europe (Netherlands)")
  // is a provider's region name: the bracket names the place.
  if (REGION_ALONE.test(place)) return [];
  const named = [
    ...new Set(
      place
        .split(PLACE_LIST)
        .map((p) => placeIn(p))
        .filter((c): c is string => c !== undefined),
    ),
  ];
  if (named.length > 0) return named;
  // "sur le territoire français", also further in ("in data center situati sul territorio
  // francese"): the country by its adjective after the word for a territory.
  const territory = TERRITORY_IN.exec(place);
  const bare = territory ? place.slice(territory.index + territory[0].length) : place.trim();
  const adjective = LAW_WORDS.find(([re]) => re.exec(bare)?.index === 0);
  return adjective ? [adjective[1]] : [];
}

/**
 * Whether a commitment's exceptions undo it: "without the Controller's consent", "unless
 * appropriate safeguards are in place" let data go where the words forbid (the corpus reads a
 * commitment on a condition as none); "unless required to do so by Union or Member State law" is the
 * law's exception, which any processor has, and leaves it standing.
 */
function voidingCondition(text: string): boolean {
  const m = KEYWORDS.exceptWord.exec(text);
  return m !== null && !KEYWORDS.requiredByLaw.test(text.slice(m.index, m.index + 100));
}

/** "deutschen Rechenzentren", "German data centres", "serveurs français": a country's adjective beside what hosts data. */
const ADJECTIVE_HOSTS: ReadonlyArray<[RegExp, string]> = LAW_WORDS.map(([re, code]) => [
  new RegExp(
    `(?<!\\p{L})(?:${re.source})\\p{L}*\\s+(?:${KEYWORDS.dataCentre.source})(?!\\p{L})|(?<!\\p{L})(?:${KEYWORDS.dataCentre.source})\\s+(?:${re.source})`,
    "iu",
  ),
  code,
]);

/**
 * "in Germany or within the European Union", "auf dem Gebiet der Bundesrepublik Deutschland oder
 * innerhalb der EU": Europe as another place allowed, which holds the countries named beside it.
 */
function orInEurope(text: string): boolean {
  return [...text.matchAll(OR_WORDS)].some((m) => {
    // Europe named within 60 characters of the "or", in the same part of the sentence.
    const from = m.index + m[0].length;
    const at = europeIn(text.slice(from, from + OR_REACH + 40).split(/[,.;]/)[0] ?? "");
    return at !== undefined && at <= OR_REACH;
  });
}

const OR_WORDS = new RegExp(`\\b(?:${KEYWORDS.orWord.source})\\s+`, "gi");
const OR_REACH = 60;

/** "physically" and a space after it, where the place patterns read past it. */
const PHYSICALLY = new RegExp(`(?:${KEYWORDS.physically.source})\\s+`, "gi");

/**
 * Where the data is hosted, when the DPA names the countries: "all centres ... are located in
 * France", "... in Deutschland gespeichert", or a line of its own ("Server location: Germany").
 */
export function hostingAllowed(ctx: Context): Found<string[]> | undefined {
  for (const [i, s] of ctx.sentences.entries()) {
    // Emphasis is no word ("is **processed exclusively in Germany**"), nor is "physically" between
    // the verb and the place ("risiedono fisicamente in Italia"); the quote keeps both.
    const plain: Sentence = { ...s, text: withoutMarkup(s.text).replace(PHYSICALLY, "") };
    // "Codeberg (static frontend hosting) ... does not process personal data": no data is there.
    if (KEYWORDS.processesNone.test(plain.text)) continue;
    const hosts = KEYWORDS.hosting.test(plain.text);
    // "We aim to host data in Germany": a wish or a best effort is no commitment.
    if (onlyWished(plain.text, KEYWORDS.staysIn, hosts)) {
      ctx.trace?.("hostingAllowed", s, "skipped: a wish or a best effort (we aim, where possible), not a commitment");
      continue;
    }
    const stays = stayingIn(plain);
    if (stays.length > 0) {
      ctx.trace?.("hostingAllowed", s, `taken: ${stays.join(", ")} (no data leaves)`);
      return found(s, stays, "sentence pattern: no data leaves the named countries");
    }
    if (!hosts) continue;
    const place = placeNamed(plain);
    if (KEYWORDS.officeWord.test(place)) {
      ctx.trace?.("hostingAllowed", s, "skipped: a place of offices or staff, not of the data");
      continue;
    }
    const codes = place ? countriesOf(place) : [];
    // "Einsatz von deutschen Rechenzentren", "en centros de datos españoles": no country's name,
    // its adjective beside what hosts the data.
    const adjective = codes.length === 0 ? ADJECTIVE_HOSTS.filter(([re]) => re.test(plain.text)).map(([, code]) => code) : [];
    if (adjective.length > 0 && !KEYWORDS.outside.test(plain.text) && !KEYWORDS.region.test(plain.text)) {
      ctx.trace?.("hostingAllowed", s, `taken: ${adjective.join(", ")} (a country's data centres or servers)`);
      return found(s, adjective, "sentence pattern: the data centres of named countries");
    }
    if (!place) continue;
    if (codes.length > 0 && orInEurope(place)) {
      ctx.trace?.("hostingAllowed", s, "skipped: the countries are one choice beside the EU/EEA (its commitment, not theirs)");
      continue;
    }
    if (codes.length > 0) {
      ctx.trace?.("hostingAllowed", s, `taken: ${codes.join(", ")}`);
      return withBackups(ctx, i, found(s, codes, "sentence pattern: data hosted in named countries"));
    }
    ctx.trace?.("hostingAllowed", s, "skipped: no country named after the words about where data is");
  }
  return hostingLine(ctx);
}

/**
 * The place a sentence about hosting names: the words right after "located in", up to the end of
 * that clause, those in parentheses included ("hosted in the European Union (Hetzner,
 * Germany/Finland)"); in German and Dutch the place may come before its verb. "" when none.
 */
function placeNamed(s: Sentence): string {
  const m = KEYWORDS.locatedIn.exec(s.text);
  if (m) {
    const rest = s.text.slice(m.index + m[0].length);
    const first = rest.split(CLAUSE_END)[0] ?? "";
    // "... are in the EU: functions in Stockholm, the database in `eu-north-1`": the EU, then
    // where in it after the colon, as in parentheses.
    const details = rest[first.length] === ":" && europeIn(first) !== undefined && countriesOf(first).length === 0;
    return details ? `${first} (${rest.slice(first.length + 1).split(/[;.](?:\s|$)/)[0] ?? ""})` : first;
  }
  return PLACED_BEFORE.exec(s.text)?.groups?.place ?? inEuropeWhere(s.text);
}

/**
 * The places in parentheses right after "within the EU" in a sentence about hosting that has no
 * verb of place ("hosting within the European Union (Render, Frankfurt region)", "l'hébergement au
 * sein de l'Union européenne (Render, région Frankfurt)"): where in the EU. "" when none.
 */
function inEuropeWhere(text: string): string {
  const eu = KEYWORDS.withinEurope.exec(text);
  if (!eu) return "";
  return /^\s*\(([^()]*)\)/.exec(text.slice(eu.index + eu[0].length))?.[1] ?? "";
}

/** How many sentences after the hosting sentence are read for where its backups are. */
const BACKUP_SENTENCES = 4;

/**
 * The hosting sentence i with the countries its backups are kept in, when a sentence of the same
 * section after it says so ("Customer Data is hosted in Germany. Encrypted backups are stored in
 * Finland."): a copy of the data is hosted there too. Not a sub-processor's place, nor a
 * sentence after the next heading.
 */
function withBackups(ctx: Context, i: number, hosting: Found<string[]>): Found<string[]> {
  const s = ctx.sentences[i] as Sentence;
  const codes = [...hosting.value];
  const quotes = [s.text];
  for (const next of ctx.sentences.slice(i + 1, i + 1 + BACKUP_SENTENCES)) {
    if (next.paragraph.heading !== s.paragraph.heading || next.paragraph.index - s.paragraph.index > 2) break;
    if (!KEYWORDS.backup.test(next.text) || !KEYWORDS.hosting.test(next.text) || KEYWORDS.subprocessor.test(next.text)) continue;
    const added = countriesOf(placeNamed(next)).filter((c) => !codes.includes(c));
    if (added.length === 0) continue;
    ctx.trace?.("hostingAllowed", next, `taken: ${added.join(", ")}, where the backups of the data hosted on line ${s.line} are`);
    codes.push(...added);
    quotes.push(next.text);
  }
  if (quotes.length === 1) return hosting;
  // The sentences as they stand in the text, an omission between them marked (policy check reads "..." so).
  return { ...hosting, value: codes, quote: quotes.join(" ... "), method: `${hosting.method}, and where its backups are` };
}

/**
 * The countries a sentence says data never leaves ("will not be transferred outside Germany", "Die
 * Daten verlassen Deutschland nicht", "ne quittent jamais le territoire français"). The EU or EEA
 * is hostingDeclared's; a leaving allowed on a condition ("without the Customer's consent") is none.
 */
function stayingIn(s: Sentence): string[] {
  const m = KEYWORDS.staysIn.exec(s.text);
  if (!m) return [];
  const place = s.text.slice(m.index + m[0].length).split(CLAUSE_END)[0] ?? "";
  if (europeIn(place) !== undefined || voidingCondition(s.text.slice(m.index))) return [];
  return countriesOf(place);
}

/**
 * A line of a key-terms list or table naming where data is: "Server location: Frankfurt, Germany",
 * with the places the other such lines of its paragraph name ("Backup location: Finland").
 */
function hostingLine(ctx: Context): Found<string[]> | undefined {
  let first: { s: Sentence; codes: string[] } | undefined;
  for (const { s, place } of hostingLines(ctx)) {
    if (first && s.paragraph !== first.s.paragraph) break;
    const codes = countriesOf(place);
    if (codes.length === 0) continue;
    ctx.trace?.("hostingAllowed", s, `taken: ${codes.join(", ")}`);
    if (first) first.codes.push(...codes.filter((c) => !first?.codes.includes(c)));
    else first = { s, codes };
  }
  return first ? found(first.s, first.codes, "a line naming where data is hosted") : undefined;
}

/** The words that label a company's name in a list or table ("Name", "Sous-traitant", "Provider"). */
const NAME_LABEL = new RegExp(`(?:${columnWords("name").source}|${KEYWORDS.subprocessor.source})`, "i");

/**
 * Whether a paragraph describes one sub-processor ("Sous-traitant : Scaleway SAS", "Lieu de
 * traitement : France"), or falls under the heading of their list: the place its lines give is
 * that company's, not a commitment of the DPA's own. A key-terms line pointing to the list
 * ("Sub-processors: see Annex 3") names none.
 */
function aboutOneSubprocessor(p: Paragraph): boolean {
  // A line in a section about sub-processors ("## Sub-processors", "Hosting: Scaleway SAS (France)"),
  // unless the section is about where data is hosted too ("## 6. Sub-processors and data location").
  if (KEYWORDS.subprocessor.test(p.heading) && !KEYWORDS.hostingLabel.test(p.heading)) return true;
  return paragraphLines(p).some((line) => {
    const m = /^\s*([^:|]{2,40}?)\s*:\s*(\S.*)$/.exec(withoutMarkup(line.replace(LINE_OPENING, "")));
    const value = m?.[2] ?? "";
    // A value that is a period ("Advance notice of new sub-processors: At least 14 days") names no company.
    return (
      m !== null &&
      NAME_LABEL.test(m[1] ?? "") &&
      /^\p{Lu}/u.test(value) &&
      !KEYWORDS.listWord.test(value) &&
      !CROSS_REFERENCE_FIRST.test(value) &&
      !/https?:/.test(value) &&
      findPeriods(value).length === 0
    );
  });
}

/**
 * Each line that names where data is hosted ("Data location: Germany"), with the place it gives;
 * under a heading about hosting, each row of a table with a location column and no company's
 * ("## Hosting location", "| Service | Location |", "| Backups | Finland |").
 */
function* hostingLines(ctx: Context): Generator<{ s: Sentence; place: string }> {
  const aboutOne = new Set<Paragraph>();
  for (const p of ctx.paragraphs) {
    if (aboutOneSubprocessor(p)) {
      aboutOne.add(p);
      continue;
    }
    const column = hostingTableColumn(p);
    if (column !== undefined) {
      for (const [n, raw] of paragraphLines(p).entries()) {
        const place = n === 0 || SEPARATOR_ROW.test(raw) ? "" : withoutMarkup(rowCells(raw)[column] ?? "").trim();
        if (place) yield { s: { text: raw.trim(), paragraph: p, line: p.lines[0] + n }, place };
      }
      continue;
    }
    const backups: Array<{ s: Sentence; place: string }> = [];
    let hosted = false;
    for (const [n, raw] of paragraphLines(p).entries()) {
      if (raw.length > 160) continue;
      const line = raw.replace(LINE_OPENING, "").replace(/\s*\|\s*$/, "");
      const plain = withoutMarkup(line);
      const m = HOSTING_LINE.exec(plain) ?? HOSTED_ON_LINE.exec(plain);
      const at = { text: raw.trim(), paragraph: p, line: p.lines[0] + n };
      const backup = m ? null : BACKUP_LINE.exec(plain);
      if (backup) backups.push({ s: at, place: backup.groups?.place ?? "" });
      else if (m) {
        hosted = true;
        yield { s: at, place: m.groups?.place ?? "" };
      } else {
        // "EU-Region" as "EU Region": the acronym is the EU's, not "EU-US"'s.
        const region = plain.replace(/^(\p{Lu}{2,3})-(?=\p{L})/u, "$1 ");
        if (EU_REGION_LINE.test(region)) yield { s: at, place: region };
      }
    }
    if (hosted) yield* backups;
  }
  // A sentence that reads as such a line, inside a paragraph ("... where possible. The primary
  // data processing location is AWS EU (Frankfurt, Germany)."), after every line.
  for (const s of ctx.sentences) {
    if (s.text.length > 160 || aboutOne.has(s.paragraph)) continue;
    const m = HOSTING_LINE.exec(withoutMarkup(s.text).replace(/\.$/, ""));
    if (m) yield { s, place: m.groups?.place ?? "" };
  }
}

/**
 * "Hosting auf AWS (Region eu-central-1, Frankfurt)", "Hébergement chez OVHcloud (Roubaix,
 * France)": a line of hosting on a provider, the place in parentheses at its end.
 */
const HOSTED_ON_LINE = phrase("hostingOn", "^(?:", ")\\s+[^()|:]{1,40}?\\s*\\((?<place>[^()]{2,80})\\)\\s*[.;]?$", "iu");

/**
 * "EU-Region (Supabase Frankfurt, Sentry EU)", "EU region": a line (a list of measures' item) that
 * is only the EU's region, where in it in parentheses.
 */
const EU_REGION_LINE = new RegExp(
  `^(?:${KEYWORDS.europeName.source})\\s+(?:${KEYWORDS.cloudRegion.source})(?![\\p{L}])\\s*(?:\\([^()]{2,80}\\))?\\s*[.;]?$`,
  "iu",
);

/** The location column of a table about hosting (its rows are where the data is), else undefined. */
function hostingTableColumn(p: Paragraph): number | undefined {
  if (!KEYWORDS.hostingLabel.test(p.heading)) return undefined;
  const lines = paragraphLines(p);
  if (lines.length < 2 || !lines.every((l) => l.includes("|"))) return undefined;
  const header = rowCells(lines[0] ?? "").map((c) => withoutMarkup(c).trim());
  // A column of companies makes it a list of providers, each with its own place.
  if (header.some((c) => NAME_LABEL.test(c))) return undefined;
  const at = header.findIndex((c) => columnWords("location").test(c));
  return at < 0 ? undefined : at;
}

/**
 * Whether a period is when a deleting begins ("| **30 days** | Automated deletion from production
 * systems begins |", "Deletion begins after 30 days and completes within 90 days": the 30 days),
 * or a table's answer time ("| **Erasure** | Provide deletion functionality | 48 hours |" under
 * "| Right | Action | Response Time |"): neither is how long data is kept.
 */
function whenADeletingBeginsOrAnAnswer(s: Sentence, x: FoundPeriod): boolean {
  const after = textAfter(s, x, BEGINS_REACH);
  const near = `${textBefore(s, x, BEGINS_BEFORE)} ${after.slice(0, findPeriods(after)[0]?.index ?? after.length)}`;
  return KEYWORDS.begins.test(near) || KEYWORDS.answerTime.test(columnHeaderOf(s, x));
}

/** How far after a period, and before it, a deleting's beginning is looked for. */
const BEGINS_REACH = 80;
const BEGINS_BEFORE = 30;

/**
 * The header of the table column a period is in, when its sentence is a table row ("| Right |
 * Action | Response Time |" over "| Erasure | ... | 48 hours |"), else "". Rows and header are
 * split at their bars alike, with or without bars at their ends.
 */
function columnHeaderOf(s: Sentence, x: FoundPeriod): string {
  if (!s.text.includes("|")) return "";
  const header = headerCells(s.paragraph);
  if (header.length === 0 || s.line === s.paragraph.lines[0]) return "";
  // The bars before the period, found once a sentence: a row of many periods stays linear.
  return header[marksBefore(s, BAR, x.index)] ?? "";
}

const BAR = /\|/g;

/** A table paragraph's header cells split at their bars (kept per paragraph), or none when it is no table. */
function headerCells(p: Paragraph): readonly string[] {
  let cells = HEADER_CELLS.get(p);
  if (!cells) {
    const lines = paragraphLines(p);
    cells = lines.length >= 3 && SEPARATOR_ROW.test((lines[1] ?? "").trim()) ? (lines[0] ?? "").split("|") : [];
    HEADER_CELLS.set(p, cells);
  }
  return cells;
}

const HEADER_CELLS = new WeakMap<Paragraph, readonly string[]>();

/**
 * Whether a period is the law's keeping, not the agreement's: a statute's period in a clause that
 * reserves the law's duties (`reserved`, see lawsOwnKeeping), or a period the law imposes where it
 * applies ("l'audit log conservato per la durata di 10 anni ove imposto da normativa di settore").
 */
function theLawsKeeping(s: Sentence, x: FoundPeriod, reserved: boolean): boolean {
  return (reserved && lawsOwnKeeping(s, x)) || LAW_REQUIRES_RIGHT_AFTER.test(textAfter(s, x, LAW_REQUIRES_REACH));
}

/**
 * "where required by law" right after a period, or after the one verb that ends its clause ("10
 * Jahre aufbewahrt, soweit gesetzlich vorgeschrieben"), and how far it is read.
 */
const LAW_REQUIRES_RIGHT_AFTER = phrase("lawRequires", "^[\\s,]*(?:\\p{L}+[\\s,]+)?(?:", ")(?![\\p{L}])", "iu");
const LAW_REQUIRES_REACH = 80;

/** Retention periods: a period in a sentence about keeping or deleting data, with the words it is about. */
export function retention(ctx: Context): Array<Found<Period> & { category: string }> {
  const out: Array<Found<Period> & { category: string }> = [];
  for (const [i, s] of ctx.sentences.entries()) {
    // A sentence about keeping data, or a retention cell.
    const label = retentionLabelOver(ctx.sentences, i);
    const underHeading = retentionCell(ctx, s) || label !== "";
    const backups = backupsLine(s);
    if (!KEYWORDS.retention.test(s.text) && !underHeading && !backups) continue;
    const other = notAKeeping(ctx.sentences, i, underHeading || backups !== undefined);
    if (other) {
      ctx.trace?.("retention", s, `skipped: ${other}`);
      continue;
    }
    // A retention table's rows are the table reader's (each row once).
    if (s.text.includes("|") && retentionHeader(s.paragraph) >= 0) continue;
    // A period after words about sub-processors, breaches, objections, audits or secrecy is theirs
    // ("notify of the removal of sub-processors at least ten working days before"); a deleting
    // that names sub-processors after its period ("delete ... the data Processed by Vendor and its
    // Subprocessors") is still a deleting.
    const periods = periodsOf(s);
    if (periods.length > 0 && periods.every((x) => anotherActsPeriod(s, x))) {
      ctx.trace?.("retention", s, "skipped: about sub-processors, breaches, objections, audits or confidentiality");
      continue;
    }
    // Hours are a retention period only for deleting ("deleted within 72 hours"), not for keeping;
    // a list's items are deletings when its label is one ("Data is deleted automatically:").
    const deletes = KEYWORDS.deleting.test(s.text) || KEYWORDS.deleting.test(label);
    // The period must be the keeping's or the deleting's, not another act's in the same sentence
    // ("shall inform ... of its choice within 30 days, otherwise the data are destroyed").
    // Asked once a sentence, not once a period (a sentence of thousands of periods).
    const reserved = KEYWORDS.lawReserved.test(s.text);
    const eligible = periods.filter(
      (x) =>
        !anotherActsPeriod(s, x) &&
        !anExample(s, x) &&
        // "Aufbewahrung ... von mindestens drei Jahren": a least time kept is no limit.
        !AT_LEAST_RIGHT_BEFORE.test(textBefore(s, x, 40)) &&
        !ONLY_AFTER_RIGHT_BEFORE.test(textBefore(s, x, 40)) &&
        !theLawsKeeping(s, x, reserved) &&
        !whenADeletingBeginsOrAnAnswer(s, x) &&
        // "Les données anonymisées ... peuvent être conservées 3 ans": no personal data is kept.
        !KEYWORDS.anonymousData.test(partAround(s, x).before.slice(-ANONYMOUS_REACH)) &&
        !(fromTheDeleting(s, x) && !keptOrDeletedBefore(s, x)) &&
        !aConfirmationDeadline(s, x) &&
        // "Si el Cliente no responde en los 15 días, se aplicará por defecto la supresión", "In the
        // absence of any expression within 30 days, deletion applies": the days are the answer's,
        // the deleting what follows when none comes.
        !KEYWORDS.noReply.test(partAround(s, x).before) &&
        !anAnswersTime(s, x) &&
        (x.unit !== "hours" || deletes) &&
        (underHeading ||
          x === backups ||
          KEYWORDS.retention.test(clauseOf(s, x)) ||
          labelledKeeping(s, x) ||
          keptOrDeletedBefore(s, x) ||
          deletedAfter(s, x) ||
          detailOfADeleting(s, x)),
    );
    // A total after the periods it sums ("... deletion within 60 days; 90 days total") is the keeping's too.
    const total = periods.find((x) => aTotal(s, x) && !anotherActsPeriod(s, x));
    // Each keeping the sentence gives ("from active systems within 30 days and from backups within
    // 180 days"), unless one is their total.
    const taken = eligible.length === 0 ? [] : total ? [total] : eligible;
    // The sentence's category, read once for all its keepings (a sentence of thousands of them).
    const category = taken.length > 0 ? categoryOf(s.text) : "";
    for (const x of taken) {
      ctx.trace?.("retention", s, `taken: ${x.text}`);
      out.push({ ...found(s, asPeriod(x), "sentence pattern: data kept or deleted within a period", x), category });
    }
    if (taken.length > 0) continue;
    const elsewhere = deletingAtTimelinePoint(ctx, s, periods, deletes) ?? periodReferredTo(ctx, i, periods, deletes);
    if (elsewhere) {
      out.push({ ...elsewhere, category: categoryOf(s.text) });
      continue;
    }
    ctx.trace?.("retention", s, "skipped: no period of keeping or deleting in the clause that speaks of it");
  }
  return out;
}

/**
 * A retention period sentence i refers to without giving it in its own words: "that period" after
 * the period it names ("The Customer has 30 days to retrieve its data; after that period, the data
 * is deleted"), or the period of the sentence before ("After said period, the Processor shall
 * delete ..."), or, for a deleting without a period, the next sentence's going on with it
 * ("Processor shall delete all Customer Data. It shall do so within 30 days.").
 */
function periodReferredTo(ctx: Context, i: number, periods: readonly FoundPeriod[], deletes: boolean): Found<Period> | undefined {
  const s = ctx.sentences[i] as Sentence;
  const that = KEYWORDS.thatPeriod.exec(s.text);
  const named = that ? periods.filter((x) => x.index < that.index && x.unit !== "hours").at(-1) : undefined;
  if (that && named && KEYWORDS.deleting.test(s.text.slice(that.index))) {
    ctx.trace?.("retention", s, `taken: ${named.text}, the period "${that[0]}" refers to`);
    return found(s, asPeriod(named), "sentence pattern: data deleted after a period named before it", named);
  }
  const earlier = that && periods.length === 0 ? periodBefore(ctx, s) : undefined;
  if (earlier) {
    ctx.trace?.("retention", s, `taken: ${earlier.period.text}, the period the sentence on line ${earlier.sentence.line} names`);
    return found(
      earlier.sentence,
      asPeriod(earlier.period),
      `sentence pattern: data deleted after a period named before it (line ${s.line})`,
      earlier.period,
    );
  }
  const broken = deletes && periods.length === 0 ? periodAfterTheList(ctx.sentences, i) : undefined;
  if (broken) {
    ctx.trace?.("retention", s, `taken: ${broken.text}, from the words after the list, which end this item's sentence`);
    return found(
      ctx.sentences[i + 1] as Sentence,
      asPeriod(broken),
      `sentence pattern: data deleted, its period after the list that broke its sentence (the deleting: line ${s.line})`,
      broken,
    );
  }
  const after = deletes && periods.length === 0 ? periodOfTheSameAct(ctx.sentences, i) : undefined;
  if (after) {
    ctx.trace?.("retention", s, `taken: ${after.text}, from the sentence after, which goes on with this deleting`);
    const next = ctx.sentences[i + 1] as Sentence;
    return found(
      next,
      asPeriod(after),
      `sentence pattern: data deleted, its period in the sentence after (the deleting: line ${s.line})`,
      after,
    );
  }
  return undefined;
}

/**
 * The period of the sentence after sentence i, in its paragraph or opening the next one, when that
 * sentence goes on with sentence i's act ("It shall do so within 30 days", "Processor will comply
 * with such request within 14 days", "Dies erfolgt innerhalb von 4 Wochen", "**4.g.2** Le
 * operazioni di cui al comma 4.g.1 vengono eseguite entro trenta (30) giorni") and speaks of
 * nothing else: a sentence with words of its own about keeping or deleting is read for itself, one
 * about a sub-processor, a breach, an objection or an audit is theirs.
 */
function periodOfTheSameAct(sentences: readonly Sentence[], i: number): FoundPeriod | undefined {
  const next = sentences[i + 1];
  const here = sentences[i] as Sentence;
  if (!next || (next.paragraph !== here.paragraph && !paragraphRightAfter(next, here)) || KEYWORDS.retention.test(next.text))
    return undefined;
  if (!KEYWORDS.sameAct.test(withoutMarkup(next.text.replace(LINE_OPENING, "")).replace(CLAUSE_NUMBER, "").slice(0, 80))) return undefined;
  return ownPeriodOf(next);
}

/** Whether sentence `next` is in the paragraph right after `here`'s, and that paragraph no Markdown heading. */
function paragraphRightAfter(next: Sentence, here: Sentence): boolean {
  return next.paragraph.index === here.paragraph.index + 1 && !next.paragraph.marked;
}

/** A clause's number opening a sentence ("4.g.2 ", "7.1. "): no word of it. */
const CLAUSE_NUMBER = /^\s*\d+(?:\.[\da-z]+)*\.?\s+/i;

/** A sentence's first period that is neither another term's nor an example's. */
function ownPeriodOf(s: Sentence): FoundPeriod | undefined {
  return periodsOf(s).find((x) => !anotherActsPeriod(s, x) && !anExample(s, x));
}

/**
 * The period of a sentence a list broke: the list's last item deletes and does not end the
 * sentence ("- Suprimirá los datos personales y las copias existentes,"), and the words after the
 * list go on with it in lower case ("en un plazo máximo de 60 días, salvo que ..."): their period
 * is the deleting's.
 */
function periodAfterTheList(sentences: readonly Sentence[], i: number): FoundPeriod | undefined {
  const s = sentences[i] as Sentence;
  const next = sentences[i + 1];
  if (!next || !onListLine(s) || onListLine(next) || /[.!?:]\s*$/.test(withoutMarkup(s.text))) return undefined;
  if (next.paragraph.index - s.paragraph.index > 1 || !/^\p{Ll}/u.test(withoutMarkup(next.text).trimStart())) return undefined;
  return ownPeriodOf(next);
}

/**
 * Whether the words right before a period make it the time to answer ("El plazo de respuesta es de
 * 30 días", "Response time: 5 days"), with no keeping or deleting between them and the period.
 */
function anAnswersTime(s: Sentence, x: FoundPeriod): boolean {
  const near = partAround(s, x).before.slice(-ANSWER_WORDS_REACH);
  const answer = [...near.matchAll(ANSWER_WORDS)].at(-1);
  return answer !== undefined && !KEYWORDS.retention.test(near.slice(answer.index));
}

/** How far before a period the words of a time to answer are read. */
const ANSWER_WORDS_REACH = 50;

/** Words of other terms: a period after them is theirs, not a keeping's. */
const OTHER_TERMS = (["subprocessor", "breach", "objection", "audit", "confidential"] as const).map(everywhere);
const SUBPROCESSOR_WORDS = everywhere("subprocessor");
/** Every word of a deleting, of a time to answer, of rectification, in a text: built once, not for each period. */
const DELETING_WORDS = everywhere("deleting");
const ANSWER_WORDS = everywhere("answerTime");
const RECTIFICATION_WORDS = everywhere("rectification");

/**
 * Whether a period follows words about sub-processors, breaches, objections, audits or secrecy in
 * its part of the sentence (up to the semicolon or colon before it): theirs ("notify of the
 * removal of sub-processors at least ten working days before"). Not when a keeping or deleting
 * verb comes after those words, right before the period: "Les journaux d'incidents de sécurité
 * sont conservés 1 an" keeps the incidents' logs.
 */
function anotherActsPeriod(s: Sentence, x: FoundPeriod): boolean {
  const before = partAround(s, x).before;
  // Where the last of those words ends ("accidental ... destruction, loss" is one breach).
  const other = Math.max(
    -1,
    ...OTHER_TERMS.map((re) => {
      const last = [...before.matchAll(re)].at(-1);
      return last ? last.index + last[0].length : -1;
    }),
  );
  if (other < 0) return false;
  const keeping = [...before.matchAll(KEEPING_WORDS)].at(-1)?.index ?? -1;
  if (keeping >= other && keptOrDeletedBefore(s, x)) return false;
  return !deletedAtTheSubprocessors(before, other);
}

/**
 * Whether the last words about other terms before a period are the sub-processors a deleting
 * before them reaches ("cancellerà tutti i Dati Personali dai propri sistemi e da quelli dei
 * Sub-responsabili entro 30 giorni", "delete all data from its systems and those of its
 * sub-processors within 30 days"): where the data is deleted, the period the deleting's. Not when
 * a notice comes between ("delete the data and notify its sub-processors within 10 days").
 */
function deletedAtTheSubprocessors(before: string, otherEnd: number): boolean {
  const subprocessor = [...before.matchAll(SUBPROCESSOR_WORDS)].at(-1);
  if (!subprocessor || subprocessor.index + subprocessor[0].length !== otherEnd) return false;
  const deleting = [...before.slice(0, subprocessor.index).matchAll(DELETING_WORDS)].at(-1);
  if (!deleting) return false;
  const between = before.slice(deleting.index, subprocessor.index);
  return !KEYWORDS.notify.test(between) && !KEYWORDS.objection.test(between);
}

const TOTAL_AFTER = new RegExp(`^\\s*(?:${KEYWORDS.totalWord.source})`, "iu");
const TOTAL_BEFORE = new RegExp(`(?:${KEYWORDS.totalWord.source})(?:\\s+\\p{L}{1,3})?\\s*$`, "iu");

/**
 * Whether a period is the sum of the others its sentence gives ("30-day export window followed
 * by deletion within 60 days; 90 days total", "a total of 90 days", "insgesamt 90 Tage"): the
 * longest the data is kept, so the one taken.
 */
function aTotal(s: Sentence, x: FoundPeriod): boolean {
  return TOTAL_AFTER.test(textAfter(s, x, 16)) || TOTAL_BEFORE.test(textBefore(s, x, 16));
}

/**
 * Whether a period is the deadline of a written confirmation that names the deleting only as its
 * object ("shall certify in writing the completion of return or deletion within 30 days of
 * termination"): how soon the confirmation comes, not how long data is kept. A deleting before the
 * confirmation ("shall delete and certify the deletion within 30 days") keeps the period its own.
 */
function aConfirmationDeadline(s: Sentence, x: FoundPeriod): boolean {
  const { before, after } = partAround(s, x);
  const confirms = KEYWORDS.certifying.exec(before);
  if (confirms !== null && !KEYWORDS.deleting.test(before.slice(0, confirms.index))) return true;
  // "Après l'opération de restitution ou de destruction, le ST délivre au RT, dans les 15 jours
  // calendaires suivants, une attestation écrite certifiant ...": what is given within the period
  // is the confirmation, when no deleting before it is timed by it ("deletes all data within 30
  // days and provides a certificate" keeps its period); a deleting it counts from is none.
  // "within 5 business days ... certifiably delete": a deleting right after the word is the act.
  const next = KEYWORDS.certifying.exec(after.slice(0, CONFIRMATION_AFTER));
  if (next === null || KEYWORDS.deleting.test(after.slice(0, next.index + next[0].length + 20))) return false;
  return [...before.matchAll(DELETING_WORDS)].every((d) =>
    COUNTED_FROM_BEFORE.test(before.slice(Math.max(0, d.index - COUNTED_FROM_REACH), d.index)),
  );
}

/** A word a period counts from, shortly before a deleting ("Après l'opération de restitution ou de destruction"). */
const COUNTED_FROM_BEFORE = new RegExp(`(?<![\\p{L}])(?:${KEYWORDS.countedFrom.source})(?![\\p{L}])`, "iu");
const COUNTED_FROM_REACH = 40;

/** How far after a period the confirmation given within it may be named. */
const CONFIRMATION_AFTER = 60;

/**
 * A line labelled as the backups ("- **Sauvegardes chiffrées** : Backups quotidiens (3 copies, 3
 * sites, 90 jours)"), whose one period of days or more is how long they are kept (that period, or
 * undefined): none said how often ("restore tested every 6 months").
 */
function backupsLine(s: Sentence): FoundPeriod | undefined {
  const label = labelOf(s);
  return label !== "" && KEYWORDS.backup.test(label) ? backupsPeriod(s) : undefined;
}

function backupsPeriod(s: Sentence): FoundPeriod | undefined {
  const long = periodsOf(s).filter((x) => x.unit !== "hours");
  const [only] = long;
  return long.length === 1 && only && !EVERY_RIGHT_BEFORE.test(textBefore(s, only, 16)) ? only : undefined;
}

/** Right before a period, how often ("every", "tous les", "alle"). */
const EVERY_RIGHT_BEFORE = phrase("everyWord", "(?<![\\p{L}])(?:", ")\\s*$", "iu");

/** "3. **Tag 30** — Operative Daten werden aus aktiver Datenbank entfernt": a deleting at a timeline's point. */
function deletingAtTimelinePoint(ctx: Context, s: Sentence, periods: readonly FoundPeriod[], deletes: boolean): Found<Period> | undefined {
  const point = deletes && periods.length === 0 ? timelinePoint(s) : undefined;
  if (!point) return undefined;
  ctx.trace?.("retention", s, `taken: ${point.text}, a point of the timeline after the end`);
  return found(s, asPeriod(point), "a deleting at a point of a timeline (day N after the end)", point);
}

/**
 * A timeline's point opening a line ("3. **Tag 30** — ...", "- Day 30: ...", "**Nach Jahr 10** —
 * ..."): day N counted from the timeline's start, as a period. Undefined when the word is no unit.
 */
function timelinePoint(s: Sentence): FoundPeriod | undefined {
  const m = TIMELINE_POINT.exec(s.text);
  const word = m?.groups?.unit;
  const count = Number(m?.groups?.count);
  if (!m || !word || !(count > 0)) return undefined;
  return countIn(count, word, m.index, m[0]);
}

const TIMELINE_POINT = new RegExp(
  `^\\s*(?:${BULLET}\\s+|\\d{1,2}\\.\\s+)?[*_]*(?:(?:${KEYWORDS.countedFrom.source})\\s+)?(?<unit>\\p{L}{3,8})\\s+(?<count>\\d{1,4})[*_]*\\s*(?:[—–:]|-\\s)`,
  "iu",
);

/** "Retention of logs: Up to 90 days": a period after a label about keeping, the label its clause. */
function labelledKeeping(s: Sentence, x: FoundPeriod): boolean {
  const label = labelOf(s);
  return x.index > label.length && KEYWORDS.retention.test(label);
}

/**
 * A short line that starts with its period under a retention heading or column ("3 jaar na de
 * laatste actieve uitwisseling"): a keeping's period without the keeping's word.
 */
function retentionCell(ctx: Context, s: Sentence): boolean {
  return (
    s.text.length < 160 &&
    /^\s*\S+\s+\S+/.test(s.text) &&
    periodOpens(s) &&
    // "Response time for assistance: 5 business days", beside "Erasure: ... within 30 days": a
    // time to answer, not a keeping.
    !KEYWORDS.answerTime.test(labelOf(s)) &&
    (nearHas(ctx, s, KEYWORDS.retention) || underRetentionColumn(ctx, s))
  );
}

/**
 * Whether every word about keeping or deleting in a sentence names a data subject's right, in a
 * list with rectification ("Anfragen betroffener Personen (Auskunft, Berichtigung, Löschung) ...
 * innerhalb von 72 Stunden", "toute demande d'accès, de rectification ou d'effacement dans un
 * délai de 5 jours"): the period is a request's, not how long data is kept.
 */
function rightsNamedOnly(s: Sentence): boolean {
  if (!KEYWORDS.rectification.test(s.text)) return false;
  const rectifications = [...s.text.matchAll(RECTIFICATION_WORDS)].map((m) => m.index ?? 0);
  return [...s.text.matchAll(KEEPING_WORDS)].every((m) => rectifications.some((at) => Math.abs(at - (m.index ?? 0)) <= RIGHTS_LIST_SPAN));
}

/** How far apart the rights of one list are named ("d'accès, de rectification ou d'effacement"). */
const RIGHTS_LIST_SPAN = 40;

/**
 * The label about keeping that introduces the list a sentence is an item of ("Retention Period:",
 * then "- Duration of Service subscription + 30 days"; "La cancellazione è automatica e non richiede
 * alcuna richiesta:", then "- 48 ore dall'ultima mossa"), when the item gives a period: the
 * period is a keeping's without the word. "" when there is none.
 */
function retentionLabelOver(sentences: readonly Sentence[], i: number): string {
  const intro = listIntroOf(sentences, i);
  return intro.length > 0 &&
    intro.length <= RETENTION_LABEL &&
    KEYWORDS.retention.test(intro) &&
    periodsOf(sentences[i] as Sentence).length > 0
    ? intro
    : "";
}

/**
 * Why a sentence with keeping or deleting words keeps nothing, or undefined: the destruction it
 * names is a breach's ("notify ... within 24 hours of a breach of security leading to the
 * destruction, loss ..."), its list is put outside the agreement, or the erasure is a data
 * subject's right named beside rectification.
 */
function notAKeeping(sentences: readonly Sentence[], i: number, underHeading: boolean): string | undefined {
  const s = sentences[i] as Sentence;
  if (!underHeading && !KEYWORDS.retention.test(s.text.replace(BREACH_WORDS, (m) => " ".repeat(m.length))))
    return "its destruction or loss is a breach's, not a deleting";
  if (outsideTheAgreement(sentences, i)) return "an item of a list its introduction puts outside the agreement (another party's keeping)";
  if (TO_FILL_IN.test(s.text)) return "a clause still to be written (a placeholder to fill in), its periods a note's";
  if (rightsNamedOnly(s)) return "the erasure is a data subject's right named beside rectification (a request's time, not a keeping)";
  return undefined;
}

/** A template's placeholder to fill in, in brackets: "`[COMPILARE: termine entro cui ...]`", "[INSERT PERIOD]". */
const TO_FILL_IN = phrase("fillIn", "\\[\\s*(?:", ")(?![\\p{L}])[^\\]]{0,200}\\]", "iu");

/** A breach's words, everywhere in a text ("destruction, loss, alteration ... of personal data"). */
const BREACH_WORDS = everywhere("breach");

/** Whether a sentence is an item of a list its introduction puts outside the agreement ("... (außerhalb dieses AVV):"). */
function outsideTheAgreement(sentences: readonly Sentence[], i: number): boolean {
  return KEYWORDS.outsideAgreement.test(listIntroOf(sentences, i));
}

/** How long a list's introduction may be and still label its items' periods as keepings. */
const RETENTION_LABEL = 80;

/** How many paragraphs back a flattened table's column header is looked for. */
const COLUMN_HEADER_REACH = 12;

/**
 * Whether a sentence is a cell under a retention column of a two-column table written out one
 * cell a paragraph ("GEGEVENSBEWARINGSPERIODE", then "CRM-contact", "3 jaar na ..."): a short
 * heading-like line with a keeping word, in the same section, a few paragraphs above.
 */
function underRetentionColumn(ctx: Context, s: Sentence): boolean {
  for (let i = s.paragraph.index - 1; i >= Math.max(0, s.paragraph.index - COLUMN_HEADER_REACH); i--) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (p.heading !== s.paragraph.heading) return false;
    if (p.lineStarts.length === 1 && p.text.length <= 60 && headingLike(p.text) && KEYWORDS.retention.test(p.text)) return true;
  }
  return false;
}

function periodOpens(s: Sentence): boolean {
  const first = periodsOf(s)[0];
  if (!first) return false;
  return first.index === 0 || LABEL_BEFORE.test(s.text.slice(0, first.index));
}

/**
 * The period a sentence refers back to ("after said period"): the last one, in days, months or
 * years, of the sentences before it in its paragraph and the two paragraphs before that are about
 * the data at the end (keeping it, retrieving it, the end of the contract).
 */
function periodBefore(ctx: Context, s: Sentence): { sentence: Sentence; period: FoundPeriod } | undefined {
  const at = ctx.sentences.indexOf(s);
  for (let i = at - 1; i >= 0; i--) {
    const before = ctx.sentences[i] as Sentence;
    if (s.paragraph.index - before.paragraph.index > 2) return undefined;
    const period = periodsOf(before)
      .filter((x) => x.unit !== "hours")
      .at(-1);
    if (period && (KEYWORDS.retention.test(before.text) || KEYWORDS.dataAtTheEnd.test(before.text))) return { sentence: before, period };
  }
  return undefined;
}

/** A clause that opens with "or" after a period's own ("30 days from termination, or, where ..."). */
const ALTERNATIVE_NEXT = phrase("orWord", "(?:^|,)\\s*(?:", ")(?=[\\s,])", "iu");

/**
 * Whether the deleting a period sets the time of comes right after it in the same part of the
 * sentence: "shall without delay and in any event within 5 business days, at Company's written
 * request, either certifiably delete or destroy ...". Not when something else is to be done within
 * the period and the deleting is what follows otherwise ("shall inform the Processor within 30
 * days, otherwise the data are destroyed").
 */
function deletedAfter(s: Sentence, p: FoundPeriod): boolean {
  const { before, after } = partAround(s, p);
  const verb = KEYWORDS.deleting.exec(after);
  if (!verb) return false;
  const between = after.slice(0, verb.index);
  const next = findPeriods(between)[0];
  return (
    between.length <= DELETING_AFTER &&
    // A deleting with a period of its own ("..., Tale supprime toutes les données dans les 90 jours") is that period's.
    findPeriods(after.slice(verb.index)).length === 0 &&
    // Another period between is the deleting's, unless the two are alternatives ("Decorsi 30 giorni
    // dalla cessazione, ovvero, qualora ..., decorsi 90 giorni dalla cessazione, ... procede alla
    // cancellazione": each case's period).
    (next === undefined || ALTERNATIVE_NEXT.test(between.slice(0, next.index))) &&
    !KEYWORDS.otherwise.test(between) &&
    ![before, between].some((t) => KEYWORDS.notify.test(t) || KEYWORDS.objection.test(t))
  );
}

/**
 * How far after a period its deleting may come: what is deleted may be named between at length,
 * and more so in French or Spanish than in English ("30 jours après la désactivation du compte,
 * toutes les données personnelles du Responsable et de ses clients finaux sont définitivement
 * supprimées" has 125 characters between).
 */
const DELETING_AFTER = 180;

/**
 * The part of a sentence a period is in, up to the semicolon, colon or spaced slash on either
 * side: the words before the period and those after it.
 */
function partAround(s: Sentence, p: FoundPeriod): { before: string; after: string } {
  // " / " parts too: a bilingual line gives its translation after one ("Löschfrist: 30 Tage / Deletion period: 30 days").
  // At most PART_REACH characters either side: a part of thousands of periods is not read whole
  // for each of them.
  const start = Math.max(afterLastMark(s, PART_MARK, p.index), p.index - PART_REACH);
  const from = p.index + p.text.length;
  return {
    before: s.text.slice(start, p.index),
    after: s.text.slice(from, Math.min(firstMarkFrom(s, PART_MARK, from), from + PART_REACH)),
  };
}

/** How far a part of a sentence reaches either side of a period (every corpus text drafts the same with it). */
const PART_REACH = 400;

/** The marks a sentence's parts end at: a semicolon, a colon, a spaced slash. */
const PART_MARK = /[;:]| \/ /g;

/**
 * Whether a period details a deleting announced before a colon: "löscht nihito die Daten ...: die
 * planner-Instanz nach 30 Tagen, Backups spätestens 7 Tage später" (the part before the colon
 * deletes, no other period or notice comes between).
 */
function detailOfADeleting(s: Sentence, p: FoundPeriod): boolean {
  const colon = s.text.lastIndexOf(":", p.index);
  if (colon < 0) return false;
  const announced = s.text.slice(Math.max(0, s.text.lastIndexOf(";", colon) + 1), colon);
  const between = s.text.slice(colon + 1, p.index);
  return (
    KEYWORDS.deleting.test(announced) &&
    !KEYWORDS.notify.test(announced + between) &&
    !KEYWORDS.objection.test(announced + between) &&
    findPeriods(between).length === 0
  );
}

/** Whether two lines each open with a label of their own ("- Read notifications: 90 days"), and the labels differ. */
function labelledApart(a: string, b: string): boolean {
  const [x, y] = [lineLabelOf(a), lineLabelOf(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/** A line's label, trimmed and in lower case ("read notifications"), or undefined when it has none. */
function lineLabelOf(quote: string): string | undefined {
  return LINE_LABEL_OF.exec(withoutMarkup(quote))?.[1]?.trim().toLowerCase();
}

/** A line's label: the words before its colon, after a bullet or an item's number (as LABEL_BEFORE reads them). */
const LINE_LABEL_OF = new RegExp(`^\\s*(?:${BULLET}\\s+|\\d+(?:\\.\\d+)*\\.?\\s+)?([^:;.]{1,60}):`);

/**
 * Each retention term once: a DPA that states a keeping twice (a table of processing activities,
 * a table of data categories, a deletion clause: "Diagnostic history | 365 days", "Diagnostic
 * metadata | 365-day retention") gives one term, the first. Two terms are one when their periods
 * are equal, their categories start with the same word and their words differ: one sentence
 * found again word for word is about the data of its own section ("Bij beëindiging worden deze
 * gegevens gedurende één (1) jaar bewaard" under fax, then under company information).
 */
export function distinctRetention<T extends Found<Period> & { category: string }>(terms: readonly T[]): T[] {
  const quotes = new Map<string, string>();
  const lines = new Set<string>();
  const citations = new Set<string>();
  const kept = new Restatements();
  // Per kind of data often said again (backups, logs), each period's first quote.
  const restatedKinds = new Map<RegExp, Map<string, string>>(RESTATED_KINDS.map((k) => [k, new Map()]));
  return terms.filter((t) => {
    // One line read by two finders (a table's and the sentences') is one term.
    const at = `${t.line} ${t.value.value} ${t.value.unit}`;
    if (lines.has(at)) return false;
    lines.add(at);
    const key = `${t.value.value} ${t.value.unit} ${t.category.split("-")[0] ?? ""}`;
    const first = quotes.get(key);
    // Lines labelled each with its own data are two terms, however alike their labels' first
    // words ("History of completed reservations: 12 months", then "History of completed on-site
    // consultations: 12 months"); a restatement in other words is one.
    if (first !== undefined && first !== t.quote && !labelledApart(first, t.quote)) return false;
    const period = `${t.value.value} ${t.value.unit}`;
    if (kept.saysAgain(period, t)) return false;
    // The backups' or the logs' keeping said again in other words ("Persoonsgegevens in
    // geautomatiseerde back-ups worden uiterlijk 90 dagen na beëindiging verwijderd", then "Back-up
    // retentie: 90 dagen"; "Standard server logs ... retained for 14 days", then "- Server logs:
    // rotated, retained 14 days"), unless their lines are labelled apart ("Access logs: 30 days",
    // "Audit logs: 30 days") or say the same words (each about its own section's data, as two
    // sub-processors' rows "temporary transaction logs (max 30 days)").
    for (const [kind, firsts] of restatedKinds) {
      if (!kind.test(t.quote)) continue;
      const first = firsts.get(period);
      if (first !== undefined && first !== t.quote && !labelledApart(first, t.quote)) return false;
      if (first === undefined) firsts.set(period, t.quote);
    }
    kept.add(period, t);
    quotes.set(key, t.quote);
    // One period the same provision of law sets, said in the body and again in an annex
    // ("factures ... : 10 ans, art. L123-22 du Code de commerce", "Factures émises : 10 ans (art.
    // L123-22"), is one term.
    const cited = citationsOf(t.quote);
    if (cited.some((c) => citations.has(`${period} ${c}`))) return false;
    for (const c of cited) citations.add(`${period} ${c}`);
    return true;
  });
}

/** The kinds of data whose keeping a DPA often says again in other words: its backups, its logs. */
const RESTATED_KINDS: readonly RegExp[] = [KEYWORDS.backup, KEYWORDS.logWord];

/** Quotes under the label of their line (undefined: none), and all of them. */
interface QuotesByLabel {
  all: Set<string>;
  byLabel: Map<string | undefined, Set<string>>;
}

/**
 * A kind of data named in one word, and named so in another term's words with the same period
 * ("automated deletion of old logs (90 days)" in a table of measures, "- Logs: 90 days" in a
 * list): one term, said twice. A category of several words may be part of a wider one
 * ("Engagement metadata, follow-up narratives | 365 days", then "Follow-up narratives | 365-day
 * retention"): two terms. The same words in two places are two terms (two kinds of data, each
 * "kept one year"), and so are two lines labelled apart. The terms kept so far are indexed by
 * period, by their one-word categories and by the words of their quotes, so that each new term is
 * looked up, not compared with every term before it.
 */
class Restatements {
  private readonly periods = new Map<string, { byCategory: Map<string, QuotesByLabel>; byWord: Map<string, QuotesByLabel> }>();

  saysAgain(period: string, t: { quote: string; category: string }): boolean {
    const bucket = this.periods.get(period);
    if (!bucket) return false;
    const label = lineLabelOf(t.quote);
    const groups = [
      oneWordCategory(t.category) ? bucket.byWord.get(t.category) : undefined,
      ...[...wordsOf(t.quote)].map((w) => bucket.byCategory.get(w)),
    ];
    // Another quote than this one, on a line not labelled apart from it.
    const other = (set: Set<string> | undefined): boolean => set !== undefined && (set.size > 1 || (set.size === 1 && !set.has(t.quote)));
    return groups.some(
      (g) => g !== undefined && (label === undefined ? other(g.all) : other(g.byLabel.get(undefined)) || other(g.byLabel.get(label))),
    );
  }

  add(period: string, t: { quote: string; category: string }): void {
    let bucket = this.periods.get(period);
    if (!bucket) this.periods.set(period, (bucket = { byCategory: new Map(), byWord: new Map() }));
    const label = lineLabelOf(t.quote);
    for (const w of wordsOf(t.quote)) addQuote(bucket.byWord, w, t.quote, label);
    if (oneWordCategory(t.category)) addQuote(bucket.byCategory, t.category, t.quote, label);
  }
}

function addQuote(index: Map<string, QuotesByLabel>, key: string, quote: string, label: string | undefined): void {
  let group = index.get(key);
  if (!group) index.set(key, (group = { all: new Set(), byLabel: new Map() }));
  group.all.add(quote);
  let labelled = group.byLabel.get(label);
  if (!labelled) group.byLabel.set(label, (labelled = new Set()));
  labelled.add(quote);
}

/** A category of one word, of four letters or more, a quote can name ("logs"; not "follow-up-narratives"). */
function oneWordCategory(category: string): boolean {
  return !category.includes("-") && category.length >= 4;
}

/** A quote's words, in lower case, without its emphasis marks: the letters between other characters. */
function wordsOf(quote: string): Set<string> {
  return new Set(
    withoutMarkup(quote)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
  );
}

/** The provisions of law a text cites ("art. L123-22", "§ 147 AO", "Article 17"), each as one token. */
function citationsOf(text: string): string[] {
  return [...text.matchAll(CITATION)].map((m) => m[0].toLowerCase().replace(/[\s.]+/g, ""));
}

// A code's letters after a paragraph sign are capitals ("§ 147 AO"), so case counts but for "Art".
const CITATION = /(?:\b[Aa]rt(?:icle|ikel|ículo|icolo)?\.?|§{1,2})\s*[A-Z]?\d+(?:-\d+)*[a-z]?(?:\s+[A-ZÄÖÜ]{2,5}\b)?/gu;

/**
 * Whether a period is the one a statute sets, in a clause reserving the law's keeping duties
 * ("Restano salvi gli obblighi di conservazione imposti dalla legge ...: la documentazione contabile
 * va conservata 10 anni (art. 2220 Cod. Civ.)", "wobei gesetzliche Aufbewahrungspflichten (§ 147 AO,
 * 10 Jahre) beachtet werden"): the law's keeping, not the agreement's. A keeping the DPA sets itself
 * and cites the law for ("conservati per dieci (10) anni ai sensi del D.P.R. 600/1973") stays one.
 * The caller has found the reservation in the sentence.
 */
function lawsOwnKeeping(s: Sentence, x: FoundPeriod): boolean {
  const near = s.text.slice(Math.max(0, x.index - CITATION_REACH), x.index + x.text.length + CITATION_REACH);
  return citationsOf(near).length > 0;
}

/** How far before a period the anonymised data it keeps may be named ("Les données anonymisées ... conservées"). */
const ANONYMOUS_REACH = 120;

/** How far from a period the provision of law setting it may be cited. */
const CITATION_REACH = 40;

/** Every keeping or deleting word of a text, in order. */
const KEEPING_WORDS = new RegExp(KEYWORDS.retention.source, "gi");

/** The line of a paragraph that heads a retention table ("| Activity | Retention |"), or -1 when it is none. */
function retentionHeader(p: Paragraph): number {
  const lines = paragraphLines(p);
  if (lines.length < 3) return -1;
  // A list's item is no header ("- Backup: ..., retention 30 backup, RPO ≤ 24h"): the items after
  // it are other measures, not rows under a retention column.
  const header = lines.findIndex((l) => l.length < 200 && KEYWORDS.retentionColumn.test(l) && !BULLETED.test(l.trim()));
  // "**Aufbewahrungspflichten des SV (außerhalb dieses AVV):**": the controller's own keepings.
  return header >= 0 && KEYWORDS.outsideAgreement.test(lines[header] ?? "") ? -1 : header;
}

/**
 * Retention tables: a header with a retention column ("Retention Period", "Bewaartermijn",
 * "Durée de conservation", "Speicherdauer"), then rows whose period sits on one of their lines.
 * The category is the row's first line (the purpose or data it is about).
 */
export function retentionTable(ctx: Context): Array<Found<Period> & { category: string }> {
  const out: Array<Found<Period> & { category: string }> = [];
  for (const p of ctx.paragraphs) {
    const lines = paragraphLines(p);
    const header = retentionHeader(p);
    if (header < 0) continue;
    let rowStart = "";
    lines.slice(header + 1).forEach((line, k) => {
      if (SEPARATOR_ROW.test(line.trim())) return;
      // A row of cells ("| a | b |", or "a | b" as HTML, Word and PDF tables are read) is a whole
      // row; a row of another table may run over lines, its first naming what it is about.
      const pipeRow = line.includes("|");
      // Hours too: "24 hours (tokens)" in the retention column is how long the tokens are kept.
      // A bare count takes its unit from its column's header ("Retention (months)").
      const at = p.lines[0] + header + 1 + k;
      const period =
        findPeriods(line)[0] ?? (line.includes("|") ? periodsByTheirUnit({ text: line, paragraph: p, line: at })[0] : undefined);
      if (!period) {
        if (!pipeRow && !BULLET_FIRST.test(line.trim()) && rowStart === "") rowStart = line;
        return;
      }
      out.push({
        value: asPeriod(period),
        quote: line.trim(),
        clause: citeClause({ paragraph: p, line: at }),
        line: at,
        method: "table row: a retention column",
        category: categoryOf(rowStart || line),
      });
      rowStart = "";
    });
  }
  return out;
}

/**
 * Whether the keeping or deleting a period belongs to comes before it in the same part of the
 * sentence, with nothing else done in between: "will ... delete all Customer Content from the
 * Services, including ..., within sixty (60) days of termination". A notice, an objection or a
 * report between the two makes the period theirs ("deleted after use; you are informed within 30 days").
 */
function keptOrDeletedBefore(s: Sentence, p: FoundPeriod): boolean {
  const span = partAround(s, p).before;
  const verbs = [...span.matchAll(KEEPING_WORDS)];
  const last = verbs.at(-1);
  if (last === undefined) return false;
  const between = span.slice((last.index ?? 0) + last[0].length);
  return !KEYWORDS.notify.test(between) && !KEYWORDS.objection.test(between) && findPeriods(between).length === 0;
}

/** Words too common to name a category ("shall", "data", "gegevens", "données", "Daten"...). */
const CATEGORY_STOP_WORD = phrase("categoryStopWord", "^(?:", ")$", "");

/**
 * A category id: what a deleting verb deletes, when its object follows it ("permanently deletes all
 * Personal Data" is personal-data), else the sentence's subject, its first nouns; lower case,
 * hyphenated. One deleting restated in other words ("After 30 days, Processor permanently deletes
 * all Personal Data") so gets the one category, whatever the sentence opens with.
 */
function categoryOf(text: string): string {
  // The object's words as they are: "Personal Data" is personal-data, though "personal" and "data"
  // say nothing as a sentence's first nouns.
  const object = DELETED_OBJECT.exec(text)?.groups?.object;
  const words =
    object
      ?.toLowerCase()
      .replace(/[^\p{L}\s-]/gu, " ")
      .trim()
      .split(/\s+/) ?? [];
  // "Personal Data" is two words of a name; "backups within" is one.
  const named = (words.some((w) => DATA_WORD.test(w)) ? words : words.slice(0, 1)).join("-");
  return named || nounsOf(text) || "data";
}

const DATA_WORD = phrase("dataWord", "^(?:", ")$", "iu");

/** A deleting verb, the determiners after it, then its object's first words. */
const DELETED_OBJECT = new RegExp(
  `(?:${KEYWORDS.deleting.source})\\p{L}*\\s+(?:(?:${KEYWORDS.determiner.source})\\s+)+(?<object>\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*)?)`,
  "iu",
);

/** A text's first two nouns (words of four letters or more, not stop words), hyphenated. */
function nounsOf(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\s-]/gu, " ")
      .split(/\s+/)
      // "30-day" without its digits is "day", not "-day".
      .map((w) => w.replace(/^-+|-+$/g, "").replace(/-{2,}/g, "-"))
      .filter((w) => w.length > 3 && !CATEGORY_STOP_WORD.test(w))
      .slice(0, 2)
      .join("-")
  );
}
