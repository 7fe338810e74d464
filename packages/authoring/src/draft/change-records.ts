/**
 * A document's record of its own versions ("Revision history", "Historial de revisiones",
 * "Änderungshistorie"): its rows tell what changed ("Añadido Docplanner Tech S.L. como
 * sub-encargado", "Log retention changed from 30 to 90 days"), not what is in force; and a
 * template's notes on how to use it ("Hinweise zur Verwendung dieser Vorlage": "Aufbewahren → 10
 * Jahre (Vertragsunterlage)" is the signed copy's keeping). The finders never see either. Under
 * such a heading, or under such a label in its own first line or on a line of its own right above
 * it, a paragraph is left out; the others keep their order, numbered anew.
 */

import { paragraphLines, tableRows, withoutMarkup, type Paragraph } from "./document.js";
import { KEYWORDS } from "./language.js";

/** A label line is short: "**Historial de revisiones:**", "Change log", "## Versionshistorie". */
const LABEL_LENGTH = 60;

export function withoutChangeRecords(paras: readonly Paragraph[]): Paragraph[] {
  // A label on a line of its own ("**Historial de revisiones:**") is the record's with the table after it.
  const kept = paras.filter((p, i) => !changeRecord(p) && !(tableRows(p) && labelAlone(paras[i - 1])));
  return kept.length === paras.length ? [...paras] : kept.map((p, index) => ({ ...p, index }));
}

function labelAlone(p: Paragraph | undefined): boolean {
  return p !== undefined && p.lineStarts.length === 1 && changeRecord(p);
}

function changeRecord(p: Paragraph): boolean {
  if (aboutTheDocument(p.heading)) return true;
  const first = withoutMarkup(paragraphLines(p)[0] ?? "")
    .replace(/^#{1,6}\s+/, "")
    .trim();
  return first.length <= LABEL_LENGTH && aboutTheDocument(first);
}

/** A label or heading about the document itself: its versions, or how to fill it in. */
function aboutTheDocument(text: string): boolean {
  return KEYWORDS.changeRecord.test(text) || KEYWORDS.templateNotes.test(text);
}
