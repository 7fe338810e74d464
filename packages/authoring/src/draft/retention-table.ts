/**
 * Retention tables (a header with a retention column, then rows; a row's recovery objective, least
 * time or, in a table of the law's keepings, the law's period is no term), and the category a
 * keeping is about.
 */

import { citeClause, LIST_ITEM, type Paragraph, paragraphLines, SEPARATOR_ROW } from "./document.js";
import { periodsByTheirUnit } from "./header-units.js";
import { KEYWORDS, phrase } from "./language.js";
import { findPeriods, type Period } from "./periods.js";
import { citationsOf } from "./retention-restated.js";
import type { Context, Found } from "./term-reading.js";
import { aLeastTime, asPeriod, BULLET_FIRST, BULLETED } from "./term-reading.js";

/**
 * A recovery objective's words, and no more than a label's after them, right before a period
 * ("RPO target: 24 ore", "Recovery Time Objective (RTO): 4 hours"): no keeping.
 */
const RECOVERY_BEFORE = phrase("recoveryObjective", "(?:", ")[^.;|]{0,30}$", "iu");

/** Whether the words right before a period (at `at` in `text`) name a recovery objective. */
export function aRecoveryObjective(text: string, at: number): boolean {
  return RECOVERY_BEFORE.test(text.slice(Math.max(0, at - 50), at));
}

/** The line of a paragraph that heads a retention table ("| Activity | Retention |"), or -1 when it is none. */
export function retentionHeader(p: Paragraph): number {
  const lines = paragraphLines(p);
  if (lines.length < 3) return -1;
  // A list's item is no header ("- Backup: ..., retention 30 backup, RPO ≤ 24h"): the items after
  // it are other measures, not rows under a retention column.
  // A table's header is its first row of cells ("| Backups | Diario, retencion 30 dias |" is a row
  // under another header); a column's word is no code's ("`lib/rgpd/retencion.ts`").
  const firstRow = lines.findIndex((l) => l.includes("|"));
  const header = lines.findIndex(
    (l, k) =>
      l.length < 200 &&
      KEYWORDS.retentionColumn.test(l.replace(CODE_SPAN, "")) &&
      !BULLETED.test(l.trim()) &&
      (l.includes("|") ? k === firstRow : !prose(l, lines[k + 1], k > 0)),
  );
  // "**Aufbewahrungspflichten des SV (außerhalb dieses AVV):**": the controller's own keepings.
  return header >= 0 && KEYWORDS.outsideAgreement.test(lines[header] ?? "") ? -1 : header;
}

/**
 * Whether a line without cell bars is prose, not a table's header: a list's item ("4. **Retención
 * configurable** por el Cliente (conversaciones/mensajes y"), many words that go on in the next
 * line ("**Bewaartermijnen:** gegevens worden bewaard zolang het lidmaatschap of de rol dat" /
 * "vereist en ten hoogste 7 jaar ..."), or a line after another opening in lower case, the one
 * before going on in it (a PDF's wrapped item: "... salvo obblighi" / "di conservazione fiscale
 * (10 anni ...)"). A table's header is a few words.
 */
function prose(line: string, next: string | undefined, after: boolean): boolean {
  if (LIST_ITEM.test(line) || (after && /^\s*\p{Ll}/u.test(line))) return true;
  const words = line.trim().split(/\s+/).length;
  return words > HEADER_WORDS && (/\p{L}$/u.test(line.trim()) || /^\s*\p{Ll}/u.test(next ?? ""));
}

/** Inline code ("`lib/rgpd/retencion.ts`"). */
const CODE_SPAN = /`[^`]*`/g;

/** The most words a retention table's header line written without cell bars has. */
const HEADER_WORDS = 8;

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
    const lawsTable = ofTheLawsKeepings(ctx, p);
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
      if (period && aRecoveryObjective(line, period.index)) return;
      // "| Logs | 90 days minimum |": a least time kept is no limit.
      if (period && aLeastTime(line, period)) return;
      // "| Fatture e documenti contabili | 10 anni | Art. 2220 c.c. |" under "Eccezioni per obbligo
      // normativo": the law's keeping.
      if (period && lawsTable && citesALaw(line)) return;
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

/** Words too common to name a category ("shall", "data", "gegevens", "données", "Daten"...). */
const CATEGORY_STOP_WORD = phrase("categoryStopWord", "^(?:", ")$", "");

/**
 * A category id: what a deleting verb deletes, when its object follows it ("permanently deletes all
 * Personal Data" is personal-data), else the sentence's subject, its first nouns; lower case,
 * hyphenated. One deleting restated in other words ("After 30 days, Processor permanently deletes
 * all Personal Data") so gets the one category, whatever the sentence opens with.
 */
export function categoryOf(text: string): string {
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

/**
 * Whether a retention table is one of the keepings the law imposes: its heading, or the paragraph
 * that introduces it, says so ("### 10.2 Eccezioni per obbligo normativo", "... sono conservati per
 * il periodo di obbligo normativo"). A table of the agreement's keepings that cites the law for
 * some (IO BILL's annex, "Factures émises : 10 ans (art. L123-22 ...)") is none.
 */
function ofTheLawsKeepings(ctx: Context, p: Paragraph): boolean {
  const intro = ctx.paragraphs[p.index - 1];
  return KEYWORDS.lawsKeepings.test(p.heading) || (intro !== undefined && KEYWORDS.lawsKeepings.test(intro.text));
}

/** Whether a row cites a law: a provision ("Art. 2220 c.c.", "§ 147 AO"), a decree's number ("D.P.R. 128/1969") or the word. */
function citesALaw(line: string): boolean {
  return citationsOf(line).length > 0 || DECREE.test(line) || KEYWORDS.lawNoun.test(line);
}

/** A statute cited by its number and year ("D.P.R. 633/1972", "D.Lgs. 196/2003", "L. 675/1996"). */
const DECREE = /\b\p{Lu}[\p{L}.]{0,8}\.?\s*(?:n\.\s*)?\d{1,4}\/(?:19|20)\d{2}\b/u;
