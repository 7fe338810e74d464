/**
 * A PDF's pages, each as the lines pdf-lines.ts rebuilt, made into the text the reader reads: the
 * running headers and footers every page repeats taken out, a paragraph that runs on to the next
 * page joined across the break, words broken at a line's end joined again, Word's bullets as "•"
 * and glyphs without a character dropped (plainGlyphs).
 */

import { appendAll } from "@dpa-lint/core";
import { BULLET_ITEM } from "./document.js";

/** Lines at a page's top or bottom looked at as a possible running header or footer. */
const EDGE_LINES = 3;

/** A line as it repeats from page to page: its numbers ("Page 3 of 12", "v2.1 – 03/2024") stand for any. */
function runningForm(line: string): string {
  return line.replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/**
 * The pages without their running headers and footers: a line among a page's first or last
 * three that, numbers aside, stands at the top or bottom of at least three pages (of both pages,
 * in a document of two) and of at least two in five, is the document's, not the page's ("Data
 * Processing Agreement – Acme GmbH", "Page 3 of 12"). It cut the page's last sentence or table
 * row off from the next page's first. On the first page only the footer goes.
 */
export function withoutRunningLines(pages: readonly string[][]): string[][] {
  const edges = (page: readonly string[], top = true): number[] => {
    const at = page.flatMap((l, k) => (l.trim() ? [k] : []));
    const head = at.slice(0, EDGE_LINES);
    return top ? [...new Set([...head, ...at.slice(-EDGE_LINES)])] : at.slice(-EDGE_LINES).filter((k) => !head.includes(k));
  };
  const count = new Map<string, number>();
  for (const page of pages)
    for (const form of new Set(edges(page).map((k) => runningForm(page[k] ?? "")))) count.set(form, (count.get(form) ?? 0) + 1);
  const running = (form: string): boolean => {
    const n = count.get(form) ?? 0;
    return form.length > 0 && n >= Math.min(3, Math.max(2, pages.length)) && n * 5 >= pages.length * 2;
  };
  // The first page's header is kept: it is as often the document's title.
  return pages.map((page, n) => {
    const drop = new Set(edges(page, n > 0).filter((k) => running(runningForm(page[k] ?? ""))));
    return page.filter((_, k) => !drop.has(k));
  });
}

/** A line ending as a sentence ends: what may close a paragraph, or come before a new clause. */
const SENTENCE_ENDED = /[.:;!?]\s*$/;

/**
 * Whether a line's sentence has ended: it ends with a stop, outside any parenthesis it opened ("...
 * notifications of a breach (≤" then "72 h).": the stop a font drew as "?" is inside one).
 */
function sentenceEnded(line: string): boolean {
  if (!SENTENCE_ENDED.test(line)) return false;
  let depth = 0;
  for (const c of line) depth += c === "(" ? 1 : c === ")" && depth > 0 ? -1 : 0;
  return depth === 0;
}

/** The pages as one text: a page that ends a paragraph ends it; one that does not runs on. */
export function pdfPagesText(pages: readonly string[][]): string {
  const lines: string[] = [];
  let headingLast = false;
  let itemLast = false;
  for (const page of withoutRunningLines(pages)) {
    // The gap a running header or footer left is no paragraph break.
    let [from, to] = [0, page.length];
    while (from < to && !page[from]?.trim()) from++;
    while (to > from && !page[to - 1]?.trim()) to--;
    // A heading last on the page before is no sentence the page break cut: its text, starting on
    // this page with a capital or a number, is a paragraph of its own ("Article 5 — Transferts
    // hors UE", then "Les données sont traitées ..."; "§ 8 Kontrollrechte", then "1. Der ...").
    const first = page[from] ?? "";
    if (headingLast && /^\s*[\p{Lu}\d§(]/u.test(first)) lines.push("");
    // A short bulleted item the page before ended with ends its list when this page opens with
    // a sentence, not another item ("• Amazon Web Services EMEA SARL", then "In addition, ...").
    else if (itemLast && !BULLET_ITEM.test(first) && /^\s*\p{Lu}/u.test(first)) lines.push("");
    // A table the page opens with is a paragraph of its own, after a line introducing it too; and
    // a table the page before ended with ends where this page opens with a line of one cell
    // ("Sub-Processor 5" over the next sub-processor's table).
    else if (lines.length > 0 && first.includes(" | ") !== (lines[lines.length - 1] ?? "").includes(" | ")) lines.push("");
    const body = page.slice(from, to);
    appendAll(lines, body);
    // A page ending in a list's introduction goes on with the list on the next.
    const last = lines[lines.length - 1] ?? "";
    const ended = sentenceEnded(last);
    if (ended && !LIST_INTRODUCED.test(last)) lines.push("");
    headingLast = !ended && shortHeadingLine(last, body);
    itemLast = BULLET_ITEM.test(last) && shortLine(last, body);
  }
  return `${clausesApart(withoutHyphenation(lines.map(plainGlyphs)))
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim()}\n`;
}

/**
 * Whether a page's last line, unended, reads as a heading: it opens with a capital or a number
 * ("7. Suppression et restitution des données"), is no bulleted item (its list may go on) nor
 * table row, and is short beside the page's longest line of text (a sentence the page break cuts
 * runs to the line's full width).
 */
function shortHeadingLine(line: string, page: readonly string[]): boolean {
  if (!/^\s*[\p{Lu}\d§]/u.test(line) || BULLET_ITEM.test(line) || line.includes(" | ")) return false;
  return shortLine(line, page);
}

/** Whether a line is short beside the page's longest line of text: no line a break cut. */
function shortLine(line: string, page: readonly string[]): boolean {
  // A table's rows, their cells joined on one line, are no measure of the page's width.
  let longest = 0;
  for (const l of page) if (!l.includes(" | ")) longest = Math.max(longest, l.trim().length);
  return page.length >= SHORT_HEADING_PAGE && line.trim().length <= longest * SHORT_HEADING;
}

/** How short beside the page's longest line a heading is, and how many lines a page needs to tell. */
const SHORT_HEADING = 0.6;
const SHORT_HEADING_PAGE = 3;

/** A line ending with a word that a number follows in a citation ("Art.", "Abs.", "No.", "§"). */
const CITES_A_NUMBER = /(?:^|[\s(])(?:art|abs|nr|no|lit|para|sec|cl|s|p|pp|ziff|al|n°)\.\s*$|§\s*$/i;

/** A line ending in a colon: a list's introduction, its items after it. */
const LIST_INTRODUCED = /:\s*$/;

/** A line that opens a numbered clause: "8.1 The Processor ...", "§ 9 Final provisions", "Article 4 ...". */
const CLAUSE_START = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|§\s*\d{1,3}[a-z]?|(?:art(?:icle|ikel|ículo|icolo)?\.?)\s*\d{1,3})\s+\S/i;

/**
 * A paragraph break before each numbered clause that starts after a finished sentence: a PDF
 * sets clauses apart by their numbers, often with no more space than between lines, and the text
 * had them as one paragraph (each clause cited as the first one's, and read as its neighbour's
 * context).
 */
export function clausesApart(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    // A table's row ("1 | Hetzner Online GmbH | Germany") is no clause.
    // "... gemäß Art." / "42 DS-GVO": a number after a word that cites one goes on with the citation.
    // "Within 24 hours:" over "1. Notify Customer ...": a list's introduction keeps its numbered items.
    if (
      previous &&
      sentenceEnded(previous) &&
      !LIST_INTRODUCED.test(previous) &&
      !CITES_A_NUMBER.test(previous) &&
      CLAUSE_START.test(line) &&
      !line.includes(" | ")
    )
      out.push("");
    out.push(line);
  }
  return out;
}

/**
 * Word's bullets as a PDF keeps them: characters of the Symbol and Wingdings fonts, in Unicode's
 * private use area ("\uf0b7 Amazon Web Services"), which no list reader knows. They become "•".
 */
const PRIVATE_BULLETS = /[\uf0a7\uf0a8\uf0b7\uf06e\uf076\uf0d8\uf0fc]/g;

/**
 * The private use area's other characters: glyphs a PDF's font gives no character for (pdf.js
 * passes their codes on). What they show cannot be known ("within three \ue0813\ue082 business
 * days" shows "three (3)"); left in, they glued a number to its neighbours. They are dropped.
 */
const PRIVATE_USE = /[\ue000-\uf8ff]/g;

/**
 * Modifier letters a PDF's font maps its apostrophe and closing quote mark to (Google Docs' PDFs:
 * "the partiesʼ agreement", "(“DPAˮ)"): they look the same, but no pattern knows them ("30 daysʼ
 * prior written notice" read no notice). They become the marks they show.
 */
const MODIFIER_MARKS: Readonly<Record<string, string>> = { "\u02bc": "’", "\u02ee": "”" };

/** A line's glyphs as the reader reads them: Word's bullets as "•", codes without a character dropped, modifier marks as marks. */
export function plainGlyphs(line: string): string {
  return line
    .replace(PRIVATE_BULLETS, "•")
    .replace(PRIVATE_USE, "")
    .replace(/[\u02bc\u02ee]/g, (c) => MODIFIER_MARKS[c] ?? c);
}

/**
 * A PDF's lines with the words its typesetting broke at a line's end joined again: "Verletzun-" /
 * "gen des Schutzes" reads "Verletzungen" / "des Schutzes" (a word split so was no word to the
 * reader). Only where the next line goes on in lower case ("E-" / "Mail" keeps its hyphen); the
 * word's tail moves up, so the lines stay where they were. Soft hyphens, invisible in the PDF,
 * are dropped.
 */
export function withoutHyphenation(lines: readonly string[]): string[] {
  const out = lines.map((l) => l.replace(/\u00ad(?!$)/g, ""));
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i] as string;
    const next = out[i + 1] as string;
    if (!/\p{L}[-\u00ad]$/u.test(line) || !/^\p{Ll}/u.test(next)) continue;
    const tail = /^\S+/.exec(next)?.[0] ?? "";
    out[i] = line.slice(0, -1) + tail;
    out[i + 1] = next.slice(tail.length).trimStart();
    // A line that was only the word's tail is gone, not a blank line (which would end the paragraph).
    if (out[i + 1] === "") {
      out.splice(i + 1, 1);
      i--;
    }
  }
  return out.map((l) => l.replace(/\u00ad$/, ""));
}
