import type { Paragraph } from "./document.js";
import { europeIn, KEYWORDS } from "./language.js";
import type { FoundSubprocessor } from "./subprocessor-entry.js";
import { coverCell, cellParagraphs, gluedRows, headerlessTable, pipeTable, recordTables } from "./subprocessor-tables.js";
import {
  announcedList,
  categorySections,
  engagedInProse,
  entryBlocks,
  headedEntries,
  labelledEntries,
  NOT_SUBPROCESSORS,
  numberedList,
  sentenceList,
} from "./subprocessor-lists.js";
import { hostsNamed } from "./subprocessor-hosts.js";
import { kindsWithTheirNames } from "./subprocessor-kinds.js";
import { appendAll } from "@dpa-lint/core";

export type { FoundSubprocessor, ListedSubprocessor } from "./subprocessor-entry.js";

/**
 * The sub-processor list, from whichever layout the DPA uses, each tried in turn at every
 * paragraph about sub-processors: the tables of subprocessor-tables.ts (a key-terms cell, one
 * table per sub-processor, rows of cells with or without a header, cells as paragraphs, cells run
 * together) and the lists of subprocessor-lists.ts (labelled lines as the SCCs' Annex III has them,
 * numbered, headings of categories over their providers, one block or one heading per company,
 * names announced by a heading or an introduction, a list inside a sentence, a company engaged as one in a sentence)
 * subprocessor-kinds.ts (companies in brackets after their kind: "network partners (Cogent, Telia)") and
 * subprocessor-hosts.ts (a host named with its country: "hosting is provided on DigitalOcean (US)").
 */
export function subprocessorList(paras: readonly Paragraph[]): FoundSubprocessor[] {
  const out: FoundSubprocessor[] = [];
  for (let i = 0; i < paras.length; i++) {
    const context = paras
      .slice(Math.max(0, i - 4), i + 1)
      .map((p) => `${p.text} ${p.clause}`)
      .join(" ");
    if (!KEYWORDS.subprocessor.test(context) && !KEYWORDS.processors.test(paras[i]?.text ?? "")) continue;
    // A section titled as not sub-processors ("## Infrastructure-Only Services (Not Subprocessors)") lists none.
    if (NOT_SUBPROCESSORS.test(paras[i]?.heading ?? "")) continue;
    const taken =
      coverCell(paras, i) ??
      recordTables(paras, i) ??
      pipeTable(paras, i) ??
      headerlessTable(paras, i) ??
      cellParagraphs(paras, i) ??
      gluedRows(paras, i) ??
      labelledEntries(paras, i) ??
      numberedList(paras, i) ??
      categorySections(paras, i) ??
      entryBlocks(paras, i) ??
      announcedList(paras, i) ??
      headedEntries(paras, i) ??
      sentenceList(paras, i) ??
      engagedInProse(paras, i) ??
      kindsWithTheirNames(paras, i) ??
      hostsNamed(paras, i);
    if (taken) {
      appendAll(out, taken.rows);
      i = taken.next - 1;
    }
  }
  return dedupe(out);
}

/**
 * The same entry found twice (a list and its repetition); one company in two places stays twice.
 * A company named again without a place after it was listed with one ("- **Render / PostgreSQL:**
 * Stores only aggregate metadata" below the table that lists Render in the US) is that entry again;
 * one whose row names a region ("Amazon Web Services, Inc | European Union") is another.
 */
function dedupe(rows: FoundSubprocessor[]): FoundSubprocessor[] {
  const seen = new Set<string>();
  const placed = rows.filter((r) => r.value.country !== null).map((r) => company(r.value.name));
  // "Hetzner" after "Hetzner Online GmbH": the shorter name, word for word the longer's start, is the same company.
  const named = (name: string): boolean => placed.some((p) => p === name || p.startsWith(`${name} `) || name.startsWith(`${p} `));
  return rows.filter((r) => {
    const key = `${r.value.name.toLowerCase()} ${r.value.country ?? ""}`;
    const again = r.value.country === null && named(company(r.value.name)) && europeIn(r.quote) === undefined;
    if (seen.has(key) || again) return false;
    seen.add(key);
    return true;
  });
}

/** A company's name without what a list adds to it: "Render / PostgreSQL" and "SendGrid (Twilio)" are Render and SendGrid. */
function company(name: string): string {
  return (name.split(/\s+[/(]/)[0] ?? name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
