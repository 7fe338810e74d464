import { cellSpans, rowCells, tableRows, type Sentence } from "./document.js";
import { countIn, type FoundPeriod } from "./periods.js";

/**
 * Counts whose unit is named once for them rather than after each: a table column headed with its
 * unit ("| Événement | Délai (heures) |" over "| Violation de données | 24 |") and a label that
 * names it ("Breach notification period (hours): 36"). Service-level annexes write their
 * deadlines so; the bare number alone is no period.
 */
export function periodsByTheirUnit(s: Sentence): FoundPeriod[] {
  const labelled = LABELLED_COUNT.exec(s.text);
  if (labelled?.groups) {
    const { unit = "", count = "" } = labelled.groups;
    const found = countIn(Number(count), unit, labelled.index + labelled[0].length - count.length, count);
    return found ? [found] : [];
  }
  if (!s.text.includes("|")) return [];
  const header = tableHeader(s);
  if (!header) return [];
  const out: FoundPeriod[] = [];
  for (const [k, { cell, from }] of cellSpans(s.text).entries()) {
    const count = /^\s*(\d{1,4})\s*$/.exec(cell);
    const unit = count ? UNIT_IN_HEADER.exec(header[k] ?? "")?.groups?.unit : undefined;
    const found = count && unit ? countIn(Number(count[1]), unit, from + cell.indexOf(count[1] ?? ""), count[1] ?? "") : undefined;
    if (found) out.push(found);
  }
  return out;
}

/** A unit in brackets: "(hours)", "(in days)", "(en heures)", "(in den Stunden)". */
const UNIT_IN_BRACKETS = String.raw`\((?:(?:in|en)(?: de| den| las?)? )?(?<unit>[^()\d]{1,20})\)`;

/** "Breach notification period (hours): 36", "- Délai de notification (en heures) : 24". */
const LABELLED_COUNT = new RegExp(String.raw`${UNIT_IN_BRACKETS}\s*:\s*(?<count>\d{1,4})\s*$`, "iu");

/** A header cell's unit: the words in its brackets ("Délai (heures)", "Notice (in days)"). */
const UNIT_IN_HEADER = new RegExp(String.raw`${UNIT_IN_BRACKETS}\s*$`, "iu");

/**
 * The header row's cells of the table a row sentence is in, when the row is not the header: the
 * paragraph is the table (every line a row of cells), its first row the header.
 */
export function tableHeader(s: Sentence): string[] | undefined {
  const header = tableRows(s.paragraph)?.[0];
  if (header === undefined || s.text.trim() === header.trim()) return undefined;
  return rowCells(header).map((c) => c.trim());
}
