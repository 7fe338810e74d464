/**
 * The DPA text as the finders see it: paragraphs (runs of non-blank lines) with their line
 * range and the clause they belong to, and each paragraph's sentences. Quotes are taken from
 * sentences, so they are the text verbatim (line breaks inside a paragraph read as spaces, as
 * `policy check` compares quotes).
 */

import { numberValue } from "./periods.js";
import { withoutUnread } from "../check.js";

export interface Paragraph {
  index: number;
  text: string;
  /** 1-based first and last line. */
  lines: [number, number];
  /** The clause heading in force ("4.3", "Article 6", "Annex IV 1"), or "" before any. */
  clause: string;
  /**
   * The words of the headings in force: the section's ("### § 6 Unterauftragsverhältnisse") and
   * the numbered sub-heading under it ("3. Notification of Changes:"), or "" before any. What a
   * paragraph deep in a section is about, when the paragraphs just before it do not say.
   */
  heading: string;
  /** The numbered sub-heading part of `heading` ("3. Notification of Changes:"), or "" when none. */
  subheading: string;
  /** Offsets in `text` where each of its lines starts, to give a sentence its line. */
  lineStarts: number[];
  /** How far each line was indented (its text is trimmed): a nested list's items are its parent's details. */
  indents: number[];
  /**
   * A heading by its markup: Markdown's "#", or a line underlined with "=" or "-" (Markdown's
   * setext headings, reStructuredText's titles), the underline not part of the text.
   */
  marked: boolean;
}

export interface Sentence {
  text: string;
  paragraph: Paragraph;
  /** 1-based line the sentence starts on. */
  line: number;
}

const HEADING =
  /^(?:(article|art\.|artikel|clause|cl\.|section|§|bijlage|annex|annexe|anlage|anhang|appendix|schedule|artículo|cláusula|anexo|articolo|clausola|allegato)\s*)?((?:\d+(?:\.\d+)*\.?)|[IVXLC]+\b|[A-Z]\b)\s*[.):–-]?\s+(.*)$/i;
const LETTERED = /^\(?([a-z]|[ivx]+)\)\s+\S/;

/**
 * Whether a paragraph's first line is a heading over its text: no stop at its end, and the next
 * line opens a sentence or a numbered part ("§ 7 weitere Auftragsverarbeiter (Subunternehmer)" over
 * "(1) Ein ..."), however the heading's own words begin ("Annex A sets out the subject matter" over
 * "of the processing." is a sentence).
 */
function headingOverItsText(lines: readonly string[]): boolean {
  const [first = "", second = ""] = lines;
  return lines.length > 1 && first.length <= 80 && !/[.;:,]$/.test(first) && /^(?:\(\w{1,3}\)|\d|\p{Lu})/u.test(second);
}

/** A numbered section heading: its number without a final stop ("4.1"), its words. */
interface NumberedSection {
  number: string;
  text: string;
}

/** Splits the text into paragraphs and tracks the clause heading each one falls under. */
export function paragraphs(text: string): Paragraph[] {
  const lines = withoutUnread(text).split(/\r?\n/);
  const out: Paragraph[] = [];
  let annex = "";
  let numbered = "";
  // The last clause named by its word ("§ 9", "Article 4"): its numbered sentences are its parts.
  let worded = "";
  let section = "";
  let sub = "";
  // The numbered section headings the current one is nested in ("4." over "4.1."), outermost first.
  const outer: NumberedSection[] = [];
  for (const { start, end, underlined } of paragraphBounds(lines)) {
    const raw = lines.slice(start, end);
    const own = raw.map((l) => l.trim());
    const indents = raw.map((l) => l.length - l.trimStart().length);
    const lineStarts: number[] = [];
    let offset = 0;
    for (const l of own) {
      lineStarts.push(offset);
      offset += l.length + 1;
    }
    const paragraphText = own.join(" ");
    const marked = underlined || MARKDOWN_HEADING.test(paragraphText);
    // Markdown marks headings and emphasis ("## 5. Sub-processors", "**Article 4**"): not part of the label.
    const plain = paragraphText.replace(/^#{1,6}\s+/, "").replace(/^(\*\*|__)(.*?)\1/, "$2");
    const heading = HEADING.exec(plain);
    const lettered = LETTERED.exec(plain);
    let clause = [annex, numbered].filter(Boolean).join(" ");
    // A heading: "Article 4", "Annex IV", or a short numbered line whose text starts with a
    // capital ("4.4 Recht van de Klant ..."), not "3 jaar na ..." nor a numbered paragraph.
    const numberedHeading = /^\d/.test(heading?.[2] ?? "") && /^\p{Lu}/u.test(heading?.[3] ?? "") && plain.length <= 150;
    // A paragraph numbered with a clause's number of two levels or more ("7.3 Chef Data informeert
    // Klant minimaal 14 dagen voorafgaand aan ...", however long): that clause, no heading.
    const numberedClause = /^\d+\.\d+/.test(heading?.[2] ?? "") && !heading?.[1] && /^\p{Lu}/u.test(heading?.[3] ?? "");
    // "Annex A sets out the subject matter ... ." names an annex in a sentence: not its heading
    // (a Markdown heading is one, whatever follows it in its paragraph).
    const wordedSentence = /^\p{Ll}/u.test(heading?.[3] ?? "") && /[.;]\s*$/.test(plain) && !marked && !headingOverItsText(own);
    // "§ 9 Meldepflichten", then "1. Der Auftragsverarbeiter meldet ... ." is § 9(1), not clause 1.
    const partOfWorded = worded !== "" && !heading?.[1] && /^\d+\.?$/.test(heading?.[2] ?? "") && !headingLike(plain);
    if (heading && partOfWorded) {
      numbered = `${worded}(${(heading[2] ?? "").replace(/\.$/, "")})`;
      clause = [annex, numbered].filter(Boolean).join(" ");
    } else if (heading && ((heading[1] && !wordedSentence) || numberedHeading || numberedClause)) {
      const word = heading[1]?.toLowerCase().replace(/\.$/, "");
      const label = (heading[2] ?? "").replace(/\.$/, "");
      if (word && /^(bijlage|annex|annexe|anlage|anhang|appendix|schedule|anexo|allegato)$/.test(word)) {
        annex = `${capitalise(word)} ${label}`;
        numbered = "";
        worded = "";
      } else if (word) numbered = worded = `${capitalise(word)} ${label}`;
      else [numbered, worded] = [label, ""];
      clause = [annex, numbered].filter(Boolean).join(" ");
    } else if (lettered) clause = `${clause}(${lettered[1]})`;
    // A heading's words: a Markdown heading or a worded one ("§ 6", "Article 4") opens a section,
    // a short numbered line under it is its sub-heading; a numbered sentence is neither.
    if (headingLike(plain) && (marked || (heading?.[1] && !wordedSentence))) {
      // A numbered section's sub-sections keep its words ("## 4. Durées de conservation", then
      // "### 4.1. Données de compte", "**Logs d'accès :** 6 mois maximum"): what 4.1 is about is
      // 4's subject too. Only a number that extends the one above: a document's title has none.
      const number = heading && !heading[1] ? (heading[2] ?? "").replace(/\.$/, "") : "";
      while (outer.length > 0 && !number.startsWith(`${(outer.at(-1) as NumberedSection).number}.`)) outer.pop();
      section = [...outer.map((o) => o.text), plain].join(" ");
      if (number) outer.push({ number, text: plain });
      sub = "";
    } else if (headingLike(plain) && numberedHeading) sub = plain;
    out.push({
      index: out.length,
      text: paragraphText,
      lines: [start + 1, end],
      clause,
      heading: [section, sub].filter(Boolean).join(" "),
      subheading: sub,
      lineStarts,
      indents,
      marked,
    });
  }
  return out;
}

/**
 * Where each paragraph of the lines starts and ends (its end excluded): blank lines end one; a
 * line underlined with "---" or "===" is a heading of its own ("Sub-processors" over
 * "---------------"), and so is a Markdown heading, whatever comes right before or after it
 * without a blank line ("### 3.4 Durata" over "Il presente DPA resta in vigore ...").
 */
function paragraphBounds(lines: readonly string[]): Array<{ start: number; end: number; underlined: boolean }> {
  const out: Array<{ start: number; end: number; underlined: boolean }> = [];
  let start = -1;
  const close = (end: number, underlined = false): void => {
    if (start >= 0) out.push({ start, end, underlined });
    start = -1;
  };
  lines.forEach((line, i) => {
    if (line.trim() === "") close(i);
    else if (start === i - 1 && UNDERLINE.test(line) && !UNDERLINE.test(lines[start] ?? "")) close(i, true);
    else if (start >= 0 && NUMBERED_CLAUSE_LINE.test(line) && endsALine(lines[i - 1] ?? "")) {
      close(i);
      start = i;
    } else if (ATX_HEADING.test(line)) {
      close(i);
      start = i;
      close(i + 1);
    } else if (start < 0) start = i;
  });
  close(lines.length);
  return out;
}

/**
 * A line that opens a clause numbered on two levels or more ("7.1. Upon becoming aware ...", "9.2
 * Upon termination ..."): after a line that ends one (`endsALine`), a paragraph of its own, so
 * that its terms cite it. Clauses written one a line, with Markdown's hard breaks between them
 * and no blank line, were one paragraph cited by the clause before them all.
 */
const NUMBERED_CLAUSE_LINE = /^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+\p{Lu}/u;

/**
 * Whether a line ends what it says: a stop, a colon or a semicolon, Markdown's hard break (two
 * spaces, or a backslash), or a bold line (a heading: "**7. Personal Data Breach**"). A table's
 * row is none (its cells go on).
 */
function endsALine(line: string): boolean {
  if (line.includes("|")) return false;
  return / {2}$|\\$/.test(line) || /[.:;][*_]*\s*$/.test(line) || BOLD_LINE.test(line);
}

/** A line all in bold ("**7. Personal Data Breach**", "**Retention Period**"): a heading or a label over what follows. */
export const BOLD_LINE = /^\s*(\*\*|__)[^*_]+\1\s*$/;

/**
 * A line that opens with Markdown's heading marks ("## 5. Sub-processors"); not a table row whose
 * first cell is "#" ("# | Vendor | Purpose", as a web page's or Word file's table is read).
 */
export const MARKDOWN_HEADING = /^#{1,6}\s(?!\s*\|)/;
/** A Markdown heading's line as written: up to three spaces, then one to six "#" and a space. */
const ATX_HEADING = /^ {0,3}#{1,6}\s+(?!\|)\S/;

/** A heading's underline: a line of only "=", "-", "~" or "^", three or more. */
const UNDERLINE = /^\s*(?:={3,}|-{3,}|~{3,}|\^{3,})\s*$/;

function capitalise(word: string): string {
  const canonical: Record<string, string> = { art: "Article", cl: "Clause", annexe: "Annex" };
  const w = canonical[word] ?? word;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * Words that end with a full stop inside a sentence: "Art. 28", "No. 3", "Acme Inc. shall",
 * "e.g.", "z.B.", "EE. UU.", and numbers ("clause 4.3. The"). Any other word ends the sentence at its full stop ("... this DPA. The
 * Processor ..."): an acronym is a word too.
 */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:\p{L}|art|arts|no|nos|nr|cf|ca|vs|etc|inc|ltd|co|corp|llc|bv|nv|sa|sas|sarl|ag|gmbh|st|dr|mr|mrs|ms|prof|abs|ziff|bzw|ggf|lit|sec|para|pp|al|vol|ch|approx|incl|resp|gem|vgl|evtl|inkl|zzgl|sog|usw|ecc|pag|núm|pág|ee|uu)\.$|\d\.$/iu;

/**
 * The characters a list item's bullet is written with, as one pattern ("•", "▪", "●", "➢",
 * Markdown's "*" and "-", a dash, a form's boxes "☐ 24 hours", "☒ 48 hours": a choice's options
 * are a list's items), or a mark a web page's list opens its items with ("✅ Supprime les données",
 * "❌ Vente à tiers", "✔️", "➤"; an emoji's variation selector after it): the one list every reader of
 * lists takes them from.
 */
export const BULLET = "(?:[*•·▪◦●○■□►➢➤▶✓✔✅❌✗✘☐☒☑–-]\\uFE0F?)";

/**
 * A line ending in a colon, bold closing after it or not ("Within 24 hours:", "**Sub-processors:**"):
 * it introduces what follows.
 */
export const ENDS_IN_COLON = /:[*_]*\s*$/;

/** A line opening with a bullet and a space ("• Nature of the breach", "- Retention: ..."); a number is none. */
export const BULLET_ITEM = new RegExp(`^\\s*${BULLET}\\s`);

/** A Markdown table's separator row ("|---|:---:|"). */
export const SEPARATOR_ROW = /^\|?[\s:|-]+\|?$/;

/** A table row's cells as written, without the pipes at its ends ("| a | b |" is " a ", " b "). */
export function rowCells(line: string): string[] {
  return line
    .replace(/^\s*\|/, "")
    .replace(/\|\s*$/, "")
    .split("|");
}

/**
 * Each cell of a row with where it starts in the row's text: a row written with bars at its ends
 * ("| a | b |") or only between them, as HTML, Word and PDF tables are read ("a | b").
 */
export function cellSpans(line: string): Array<{ cell: string; from: number }> {
  let at = /^\s*\|/.test(line) ? line.indexOf("|") + 1 : 0;
  return rowCells(line).map((cell) => {
    const span = { cell, from: at };
    at += cell.length + 1;
    return span;
  });
}

/** A line that starts a list item: a bullet, or "(a)", "a)", "1." and alike. */
export const LIST_ITEM = new RegExp(`^\\s*(?:${BULLET}(?:\\s|$)|\\(?(?:[a-z]|[ivx]{1,4}|\\d{1,2})\\)\\s|\\d{1,2}\\.\\s)`, "i");

/** A line of a key-terms list: a short label, a colon, its value ("Objection period: 14 days"), bulleted or not. */
export const KEY_TERMS_LINE = new RegExp(`^\\s*(?:${BULLET}\\s+)?[^:|]{2,60}:\\s*\\S`);

/**
 * Whether a paragraph is a key-terms list: two lines or more, each a label and its value
 * ("Objection period: Within 30 days of notice", "Breach notification: 48 hours").
 */
export function keyTermsList(p: Paragraph): boolean {
  let list = KEY_TERMS.get(p);
  if (list === undefined) {
    const lines = paragraphLines(p);
    list = lines.length >= 2 && lines.every((l) => !l.trimStart().startsWith("|") && KEY_TERMS_LINE.test(withoutMarkup(l)));
    KEY_TERMS.set(p, list);
  }
  return list;
}

const KEY_TERMS = new WeakMap<Paragraph, boolean>();

/**
 * Whether a paragraph is a key-terms table: two rows or more of two to four cells, a short label
 * first ("| Objection period | 15 days from the notice |", a PDF's "Governing law | The laws of
 * France", a service-level table's "| Personal data breach | Notify the Customer | 24 hours |").
 * Each row is a term of its own, as each line of a key-terms list is.
 */
export function keyTermsTable(p: Paragraph): boolean {
  let table = KEY_TERMS_TABLE.get(p);
  if (table === undefined) {
    const rows = tableRows(p) ?? [];
    const width = rowCells(rows[0] ?? "").length;
    table =
      rows.length >= 2 &&
      width >= 2 &&
      width <= 4 &&
      rows.every((l) => {
        const cells = rowCells(l);
        return cells.length === width && cells.every((c) => c.trim() !== "") && (cells[0] ?? "").trim().length <= 60;
      });
    KEY_TERMS_TABLE.set(p, table);
  }
  return table;
}

const KEY_TERMS_TABLE = new WeakMap<Paragraph, boolean>();

/**
 * A paragraph's rows when it is a table: two lines or more (separator rows aside), each of cells
 * between pipes, with pipes at their ends (Markdown) or only between cells (HTML, Word, PDF).
 * Asked once per paragraph: every row of a large table asks for its table.
 */
export function tableRows(p: Paragraph): readonly string[] | undefined {
  if (!TABLE_ROWS.has(p)) {
    const rows = paragraphLines(p).filter((l) => !SEPARATOR_ROW.test(l.trim()));
    TABLE_ROWS.set(p, rows.length >= 2 && rows.every((l) => l.includes("|")) ? rows : undefined);
  }
  return TABLE_ROWS.get(p);
}

const TABLE_ROWS = new WeakMap<Paragraph, readonly string[] | undefined>();

/**
 * The sentences of a paragraph: they end at . ; : ! ? followed by space and a capital or an
 * opening mark (not after an abbreviation), and each list item on its own line is one, with or
 * without a full stop (a list without them was one sentence of a thousand characters). So is each
 * line of a key-terms list, its label's colon no end ("Breach notification: Within 48 hours" is
 * one sentence, not a label and a value apart), and each row of a key-terms table.
 */
export function sentences(p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  const keyTerms = keyTermsList(p) || keyTermsTable(p);
  // A sentence may open with inline markup ("... Applicable Laws. <span class=...>Customer</span> acknowledges").
  // The ends are gathered in one array, in order, without copies: a line of a hundred thousand
  // labels makes as many ends, and every copy of them is work for the garbage collector.
  const punctuation: number[] = [];
  // test() and lastIndex, not matchAll: where each run of marks ends is all that is read, and no
  // match array is made per mark.
  const marks = keyTerms ? KEY_TERMS_ENDS : SENTENCE_ENDS;
  marks.lastIndex = 0;
  while (marks.test(p.text)) {
    const end = marks.lastIndex;
    if (p.text[end - 1] === "." && ABBREVIATION.test(p.text.slice(Math.max(0, end - 12), end))) continue;
    // A line's short label keeps its value ("- Diagnostic metadata: Subject to 365-day retention"),
    // as it does in bold ("**Diagnostic metadata:** Subject to ..."), the way HTML and Word give it.
    if (p.text[end - 1] === ":" && LINE_LABEL.test(lineSoFar(p, end))) continue;
    punctuation.push(end);
  }
  // Each row of a table is a sentence of its own too: a cell's last sentence does not run on into
  // the next row's cells (a quote of three rows, its period in the third).
  const table = keyTerms || tableRows(p) !== undefined;
  const items = p.lineStarts.filter(
    (start, k) => k > 0 && (table || (LIST_ITEM.test(p.text.slice(start, start + 8)) && !digitsOfTheWordBefore(p.text, start))),
  );
  const ends = items.length === 0 ? punctuation : [...new Set([...punctuation, ...items])].sort((a, b) => a - b);
  ends.push(p.text.length);
  let from = 0;
  let line = 0;
  for (const end of ends) {
    // The piece's bounds without its spaces, found in place: one string made per sentence, not
    // three (a line of a hundred thousand labels makes as many sentences, each copy the garbage
    // collector's work).
    let at = from;
    let to = end;
    while (at < to && SPACE.test(p.text.charAt(at))) at++;
    while (to > at && SPACE.test(p.text.charAt(to - 1))) to--;
    from = end;
    if (at === to) continue;
    const text = p.text.slice(at, to);
    if (SEPARATOR_ROW.test(text)) continue;
    // Sentences come in order: the line only moves forward (linear in the paragraph's lines).
    while (line + 1 < p.lineStarts.length && (p.lineStarts[line + 1] ?? Infinity) <= at) line++;
    out.push({ text, paragraph: p, line: p.lines[0] + line });
  }
  return out;
}

/** Where a sentence may end: a run of stops before a space and a capital, a bracket, a quote or a bullet. */
const SENTENCE_ENDS = /[.;:!?]+(?=\s+[\p{Lu}("“‘•<-])/gu;
/** The same in a key-terms list or table, where a colon joins a label to its value. */
const KEY_TERMS_ENDS = /[.;!?]+(?=\s+[\p{Lu}("“‘•<-])/gu;

/** White space, the very set String.prototype.trim removes. */
const SPACE = /\s/;

/**
 * Whether the line at `start` opens with the digits in brackets of the number word that ends the
 * line before ("... within forty-eight" / "(48) hours of becoming aware"): a sentence wrapped there,
 * as a PDF's lines are, not a list item "(48)".
 */
function digitsOfTheWordBefore(text: string, start: number): boolean {
  const digits = /^\s*\((\d{1,4})\)/.exec(text.slice(start, start + 10))?.[1];
  if (digits === undefined) return false;
  const words = text
    .slice(Math.max(0, start - 40), start)
    .trim()
    .split(/\s+/);
  return [words.slice(-1), words.slice(-2)].some((w) => numberValue(w.join(" ")) === Number(digits));
}

/** A line that is only a short label so far ("- Retention of logs:", "Data location:", "3. **Nach 30 Tagen**:"). */
const LINE_LABEL = new RegExp(`^\\s*(?:${BULLET}\\s+|\\d+(?:\\.\\d+)*[.)]\\s+)?[^:.;!?]{1,60}:$`, "u");

/** How far back a label's line may start: its 60 characters, a bullet and spaces. */
const LABEL_REACH = 120;

/**
 * The text of the line `end` is on, up to `end`, when that line starts at most LABEL_REACH
 * characters back, else "" (no label): a line of thousands of colons is not searched back to its
 * start for each. The paragraph's lines are joined by spaces; where each starts is known.
 */
function lineSoFar(p: Paragraph, end: number): string {
  const start = lineStartBefore(p.lineStarts, end);
  return end - start <= LABEL_REACH ? p.text.slice(start, end) : "";
}

/** The last of the (ascending) line starts at or before `at`: a binary search, the lines being many. */
function lineStartBefore(starts: readonly number[], at: number): number {
  return starts[lastLineAtOrBefore(starts, at)] ?? 0;
}

/** The index of the last of the (ascending) line starts at or before `at` (0 when none is). */
function lastLineAtOrBefore(starts: readonly number[], at: number): number {
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The starts of a paragraph's lines after `from` and at or before `to`, found by binary search. */
export function lineStartsBetween(p: Paragraph, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = lastLineAtOrBefore(p.lineStarts, from) + 1; k < p.lineStarts.length && (p.lineStarts[k] ?? Infinity) <= to; k++)
    out.push(p.lineStarts[k] ?? 0);
  return out;
}

/** Whether a paragraph's text reads as a heading: a short line without a full stop ("## 8. Breach Notification"). */
export function headingLike(text: string): boolean {
  return text.length <= 100 && !/[.;]\s*$/.test(text);
}

/**
 * A paragraph that opens a new section: a Markdown heading ("### § 8 Audits") or a short line
 * naming a clause by its word ("§ 8 Kontrollrechte", "Article 9 - Audits"). What a list before
 * it held ends there.
 */
export function sectionHeading(text: string, marked = false): boolean {
  if (marked || MARKDOWN_HEADING.test(text)) return true;
  const plain = withoutMarkup(text);
  const heading = HEADING.exec(plain);
  return headingLike(plain) && Boolean(heading?.[1]) && /^\p{Lu}/u.test(heading?.[3] ?? "");
}

/**
 * A heading's own words: its Markdown marks, its clause's word and number left out ("## Article
 * 9 : Gestion des violations" is "Gestion des violations", "§ 9 Vorfälle" is "Vorfälle").
 */
export function headingWords(text: string): string {
  const plain = withoutMarkup(text)
    .replace(/^#{1,6}\s+/, "")
    .trim();
  return HEADING.exec(plain)?.[3]?.trim() ?? plain;
}

/**
 * A line without Markdown's bold markers and links ("**Telephony:** Twilio" is "Telephony:
 * Twilio", "[Stripe](https://stripe.com) (USA)" is "Stripe (USA)"): a linked name reads as the name.
 */
export function withoutMarkup(text: string): string {
  return text.replace(MARKDOWN_LINK, "$1").replace(/\*\*|__/g, "");
}

/** A Markdown link, its text kept: "[Stripe](https://stripe.com)". A bracket alone is a placeholder ("[Cloud Provider]"). */
const MARKDOWN_LINK = /\[([^[\]\n]{1,200})\]\([^()\s]{1,2000}\)/g;

/** A paragraph's lines as the text has them (tables and lists keep one row or entry a line). */
export function paragraphLines(p: Paragraph): readonly string[] {
  // Kept per paragraph: the finders ask for a sentence's lines once per sentence, and a paragraph
  // of thousands of sentences (one huge list) must not be split thousands of times.
  let lines = LINES.get(p);
  if (!lines) {
    lines = p.lineStarts.map((start, k) => p.text.slice(start, (p.lineStarts[k + 1] ?? p.text.length + 1) - 1));
    LINES.set(p, lines);
  }
  return lines;
}

/** The whole line a sentence starts on (a table row, a list item), or undefined past the paragraph's lines. */
export function lineOf(s: Sentence): string | undefined {
  return paragraphLines(s.paragraph)[s.line - s.paragraph.lines[0]];
}

/** Each paragraph's lines, split once. */
const LINES = new WeakMap<Paragraph, readonly string[]>();

/** "4.3 (L75)": the clause and the line, as the built-in packs cite. */
export function citeClause(s: { paragraph: Paragraph; line: number }): string {
  return s.paragraph.clause ? `${s.paragraph.clause} (L${s.line})` : `L${s.line}`;
}
