// `dpa-lint policy check`: a pack's terms against the schema (core's reader) and every quote
// against the DPA text it cites.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import type { PathSegment } from "@dpa-lint/core";
import { readPackTerms, type PackTermsFile } from "@dpa-lint/core/policy";
import { withoutUnchosenOptions } from "./form-choices.js";

/** Every citation a pack's terms carry, with its JSON path: the quotes policy check verifies. */
export function citationsOf(terms: Record<string, unknown>): Array<{ path: PathSegment[]; clause: string; quote: string }> {
  const out: Array<{ path: PathSegment[]; clause: string; quote: string }> = [];
  const add = (path: PathSegment[], c: unknown): void => {
    const { clause, quote } = (c ?? {}) as { clause?: unknown; quote?: unknown };
    if (typeof quote === "string") out.push({ path: [...path, "quote"], clause: typeof clause === "string" ? clause : "", quote });
  };
  for (const [term, c] of Object.entries((terms.citations ?? {}) as Record<string, unknown>)) add(["terms", "citations", term], c);
  for (const [name, c] of Object.entries((terms.clauses ?? {}) as Record<string, unknown>)) add(["terms", "clauses", name], c);
  ((terms.retention ?? []) as unknown[]).forEach((r, i) => add(["terms", "retention", i], r));
  ((terms.subprocessors as { list?: unknown[] } | undefined)?.list ?? []).forEach((e, i) => add(["terms", "subprocessors", "list", i], e));
  add(["terms", "audit", "noticeRef"], (terms.audit as { noticeRef?: unknown } | undefined)?.noticeRef);
  return out;
}

/**
 * A text with its typographic ligatures (U+FB00-FB06: "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "ﬅ", "ﬆ") as the
 * letters they join: a text copied from a typeset PDF keeps them, and "noti\uFB01es" is no word to
 * a pattern looking for "notif". The draft reader reads the text so, and quotes are compared so.
 */
export function withoutLigatures(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize("NFKC"));
}

/**
 * A text as the draft reader reads it and quotes are compared: ligatures as their letters, and the
 * marks nobody sees left out (soft hyphens, which Word and German web pages put inside long words,
 * "Datenschutz\u00ADverletzung"; zero-width spaces and joiners; a byte-order mark inside the text).
 * Every character a reader sees stays as it is (a quote is the text's own), and line breaks are
 * kept: lines are cited.
 */
export function readableText(text: string): string {
  return withoutLigatures(text).replace(/[\u00AD\u200B\u2060\uFEFF]/g, "");
}

/**
 * The text with its HTML comments blanked ("<!-- TODO(legal): fijar el plazo de preaviso (p.ej.
 * 30 días) -->" in a Markdown DPA): no reader of the published page sees them. Each character
 * becomes a space and each line break stays, so lines and positions are the file's. An unclosed
 * comment is left as it is; the scan reads each character once.
 */
export function withoutComments(text: string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("<!--"); open >= 0; open = text.indexOf("<!--", from)) {
    const close = text.indexOf("-->", open + 4);
    if (close < 0) break;
    out += text.slice(from, open) + text.slice(open, close + 3).replace(/[^\n]/g, " ");
    from = close + 3;
  }
  return out + text.slice(from);
}

/**
 * The text with what no reader of the published DPA takes as its words blanked, positions and
 * lines kept: HTML comments, and a form's options left unticked (form-choices.ts). The draft
 * reader reads this, and quotes are compared against it.
 */
export function withoutUnread(text: string): string {
  return withoutUnchosenOptions(withoutComments(text));
}

/**
 * Text compared for quotes: whitespace runs as one space, typographic quote marks and apostrophes
 * as plain ones, the text as the reader reads it (readableText: ligatures, invisible marks; HTML
 * comments left out, as a Markdown page shows it; a form's options left unticked left out, as the
 * reader reads them: form-choices.ts), so a quote copied from a PDF's text matches
 * across line breaks, and a table row with a comment in a cell matches as the page shows it.
 */
export function normalizeQuoteText(text: string): string {
  return readableText(withoutUnread(text))
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Whether a quote appears verbatim in the source. An ellipsis ("..." or "…") marks an omission:
 * the parts around it must appear in that order.
 */
export function quoteAppearsIn(quote: string, source: string): boolean {
  const text = normalizeQuoteText(source);
  let from = 0;
  for (const part of normalizeQuoteText(quote)
    .split(/\s*(?:\.\.\.|…)\s*/)
    .filter(Boolean)) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * Problems, one line each, for the quotes of a pack's terms that its DPA text does not contain,
 * or that lie outside the lines their clause cites (`4.4 (L79)`, `Art. 2.1 (L18-L21)`): a
 * reviewer goes to those lines to check the quote.
 */
export function checkQuotes(pack: PackTermsFile, sourceText: string): string[] {
  const lines = sourceText.split(/\r?\n/);
  const problems: string[] = [];
  for (const c of citationsOf(pack.terms)) {
    if (!quoteAppearsIn(c.quote, sourceText)) {
      problems.push(pack.at(c.path, `the quote for ${c.clause || "this term"} is not in the DPA text verbatim`));
      continue;
    }
    // Every (Lx) or (Lx-Ly) of the clause; the quote must start on one of those lines (a quote may
    // run on past a one-line citation: a sentence wrapped over two lines).
    const ranges = [...c.clause.matchAll(/\(L(\d+)(?:\s*-\s*L?(\d+))?\)/g)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])] as const);
    if (ranges.length === 0) continue;
    const head = quoteHead(c.quote);
    // It starts on a line when the line (with the next, for a head wrapped over two) holds it,
    // and not the next line alone.
    const starts = (line: number): boolean =>
      quoteAppearsIn(head, lines[line - 1] ?? "") ||
      (quoteAppearsIn(head, `${lines[line - 1] ?? ""} ${lines[line] ?? ""}`) && !quoteAppearsIn(head, lines[line] ?? ""));
    if (ranges.some(([first, last]) => Array.from({ length: last - first + 1 }, (_, k) => first + k).some(starts))) continue;
    // Where it starts: the first line that does.
    const at = lines.findIndex((_, i) => starts(i + 1));
    problems.push(pack.at(c.path, `the quote for ${c.clause} is not on the lines it cites${at >= 0 ? ` (it is on L${at + 1})` : ""}`));
  }
  return problems;
}

/**
 * The start of a quote that a line must hold for the quote to start there: its first words up to
 * an omission, at most 40 characters, cut at a word.
 */
function quoteHead(quote: string): string {
  const first = normalizeQuoteText(quote).split(/\s*(?:\.\.\.|…)\s*/)[0] ?? "";
  if (first.length <= 40) return first;
  const cut = first.slice(0, 40);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), 20));
}

/** The result of `dpa-lint policy check`: one line per problem, and what was checked. */
export interface PackCheckReport {
  packs: string[];
  problems: string[];
  /** Packs whose quotes could not be verified: no DPA text named. */
  unverified: string[];
  /** The DPA texts named (`source:` or --source) that are not there: the check cannot be made. */
  missingSources: string[];
}

/**
 * `dpa-lint policy check`: every pack's terms against the schema, and every quote against the
 * DPA text the pack names (`source:`, relative to the pack's file) or `sourceOverride` (a file,
 * or a directory holding the file the pack names). Node alone: no OPA.
 */
export function checkPacks(location: string, cwd: string, sharedRules: readonly string[], sourceOverride?: string): PackCheckReport {
  const { packs, problems } = readPackTerms(location, cwd, sharedRules);
  const unverified: string[] = [];
  const missingSources: string[] = [];
  if (sourceOverride !== undefined && !existsSync(sourceOverride)) missingSources.push(relative(cwd, sourceOverride) || sourceOverride);
  for (const p of packs) {
    const source = sourceFor(p, sourceOverride);
    if (!source) {
      unverified.push(p.id);
      continue;
    }
    if (!existsSync(source) || statSync(source).isDirectory()) {
      const display = relative(cwd, source) || source;
      if (!missingSources.includes(display)) missingSources.push(display);
      continue;
    }
    problems.push(...checkQuotes(p, readFileSync(source, "utf8")));
  }
  return { packs: packs.map((p) => p.id), problems, unverified, missingSources };
}

function sourceFor(p: PackTermsFile, override: string | undefined): string | undefined {
  const named = typeof p.terms.source === "string" ? p.terms.source : undefined;
  if (override)
    return existsSync(override) && statSync(override).isDirectory() ? (named ? join(override, basename(named)) : undefined) : override;
  return named ? join(dirname(p.file), named) : undefined;
}
