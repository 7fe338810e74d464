import { parseDuration } from "@dpa-lint/core";
import { quoteAppearsIn } from "../check.js";
import { foundTerms, type Draft } from "./draft.js";
import type { Found } from "./terms.js";

/**
 * How well a draft reads a DPA, against a hand annotation of it in the pack-terms shape (the
 * `terms:` of a pack's data.yaml): per term family, the terms found right (true positives), the
 * terms found wrong or invented (false positives) and the terms missed (false negatives).
 *
 * The matching rules:
 * - Periods (objection window, prior notice, breach notification) match when value and unit are
 *   equal; units are compared as the pack-terms schema writes them, so business days and working
 *   days are one unit, days and calendar days another. A term the annotation reads as ambiguous
 *   matches when the draft gives one of its readings; a draft that flags ambiguity matches when
 *   one of its readings is the annotation's value.
 * - A value where the annotation says the text gives no number (`null`) is a false positive; a
 *   wrong value is a false positive and a false negative; no value where one is annotated is a
 *   false negative. A term the annotation leaves out is not scored.
 * - Governing law and audits per year are single values compared the same way (`uncapped: true`
 *   counts as the annotation's `null`).
 * - Hosting: the codes of `hosting.allowed` and `hosting.declared` as one set, compared element
 *   by element.
 * - Retention: the periods of `retention[]`, as a multiset (the draft's category names are the
 *   DPA's words, which the annotation may have shortened).
 * - Sub-processors: matched by name (an annotated name or alias, compared without case,
 *   punctuation or legal form, on its first word); a match with the annotated country, or `null`
 *   on both sides, is right; a match with another country is a false positive and a false negative.
 * - Every quote the draft prints must be in the DPA's text, verbatim up to whitespace, quote marks,
 *   ligatures and invisible marks (policy check's own test, readableText): counted
 *   apart, as quotes checked and quotes not found.
 */
export const SCORED_FAMILIES = [
  "objectionWindow",
  "priorNotice",
  "breachNotification",
  "governingLaw",
  "hosting",
  "auditsPerYear",
  "retention",
  "subprocessors",
] as const;

export type Family = (typeof SCORED_FAMILIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DraftScore {
  families: Record<Family, Counts>;
  quotes: { checked: number; notFound: string[] };
}

type Annotation = Record<string, unknown>;
interface Period {
  value: number;
  unit: string;
}

/** Scores one draft against the annotated terms of the same DPA (`terms:` of a pack). */
export function scoreDraft(draft: Draft, terms: Annotation): DraftScore {
  const t = draft.terms;
  const families = noCounts();
  for (const field of ["objectionWindow", "priorNotice", "breachNotification"] as const)
    if (field in terms) single(families[field], periodOf(terms[field]), readingsOf(terms[field]), t[field], samePeriod);
  if ("governingLaw" in terms) single(families.governingLaw, terms.governingLaw as string | null, [], t.governingLaw, (a, b) => a === b);
  const audit = terms.audit as { maxPerYear?: number | null; uncapped?: boolean; absent?: boolean } | undefined;
  if (audit && "maxPerYear" in audit) {
    const uncapped = t.auditUncapped && {
      quote: t.auditUncapped.quote,
      clause: t.auditUncapped.clause,
      line: t.auditUncapped.line,
      method: t.auditUncapped.method,
    };
    const found: Found<number | null> | undefined = t.auditMaxPerYear ?? (uncapped && { ...uncapped, value: null });
    single(families.auditsPerYear, audit.maxPerYear ?? null, [], found, (a, b) => a === b);
  }
  const hosting = terms.hosting as { allowed?: string[] | null; declared?: string[] | null } | undefined;
  if (hosting)
    sets(
      families.hosting,
      [...new Set([...(hosting.allowed ?? []), ...(hosting.declared ?? [])])],
      [...new Set([...(t.hostingAllowed?.value ?? []), ...(t.hostingDeclared?.value ?? [])])],
    );
  const retention = terms.retention as Array<{ max?: unknown }> | undefined;
  if (retention)
    sets(
      families.retention,
      retention.map((r) => periodKey(periodOf(r.max))),
      t.retention.map((r) => periodKey(r.value)),
    );
  const subprocessors = terms.subprocessors as { list?: Array<{ name: string; aliases?: string[]; country: string | null }> } | undefined;
  if (subprocessors?.list) scoreSubprocessors(families.subprocessors, subprocessors.list, t.subprocessors);
  return { families, quotes: quotesOf(draft) };
}

/** Every family at zero. */
function noCounts(): Record<Family, Counts> {
  return Object.fromEntries(SCORED_FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Family, Counts>;
}

/** Sums scores (a set of DPAs, or several sets). */
export function sumScores(scores: readonly DraftScore[]): DraftScore {
  const total: DraftScore = {
    families: noCounts(),
    quotes: { checked: 0, notFound: [] },
  };
  for (const s of scores) {
    for (const f of SCORED_FAMILIES) {
      total.families[f].tp += s.families[f].tp;
      total.families[f].fp += s.families[f].fp;
      total.families[f].fn += s.families[f].fn;
    }
    total.quotes.checked += s.quotes.checked;
    total.quotes.notFound.push(...s.quotes.notFound);
  }
  return total;
}

/** All families' counts added up. */
export function overall(score: DraftScore): Counts {
  return SCORED_FAMILIES.reduce(
    (a, f) => ({ tp: a.tp + score.families[f].tp, fp: a.fp + score.families[f].fp, fn: a.fn + score.families[f].fn }),
    {
      tp: 0,
      fp: 0,
      fn: 0,
    },
  );
}

/** Precision and recall in percent; undefined where nothing was found or nothing was there to find. */
export function rates(c: Counts): { precision?: number; recall?: number } {
  return {
    ...(c.tp + c.fp > 0 ? { precision: (100 * c.tp) / (c.tp + c.fp) } : {}),
    ...(c.tp + c.fn > 0 ? { recall: (100 * c.tp) / (c.tp + c.fn) } : {}),
  };
}

function single<T>(
  counts: Counts,
  expected: T | null,
  readings: T[],
  found: Found<T | null> | undefined,
  same: (a: T, b: T) => boolean,
): void {
  const value = found?.value ?? null;
  if (expected === null) {
    if (value !== null) counts.fp++;
    return;
  }
  if (value === null) {
    counts.fn++;
    return;
  }
  const annotated = [expected, ...readings];
  const drafted = [value, ...((found?.readings ?? []).filter((r) => r !== null) as T[])];
  if (annotated.some((a) => drafted.some((d) => same(a, d)))) counts.tp++;
  else {
    counts.fp++;
    counts.fn++;
  }
}

function sets(counts: Counts, expected: readonly string[], found: readonly string[]): void {
  const left = [...expected];
  for (const f of found) {
    const i = left.indexOf(f);
    if (i >= 0) {
      counts.tp++;
      left.splice(i, 1);
    } else counts.fp++;
  }
  counts.fn += left.length;
}

function scoreSubprocessors(
  counts: Counts,
  expected: ReadonlyArray<{ name: string; aliases?: string[]; country: string | null }>,
  found: Draft["terms"]["subprocessors"],
): void {
  const left = [...expected];
  for (const f of found) {
    const key = nameKey(f.value.name);
    const named = (e: (typeof left)[number]): boolean => [e.name, ...(e.aliases ?? [])].some((n) => nameKey(n) === key);
    // A company listed twice (one entity per region) matches the entry with its country first.
    const sameCountry = left.findIndex((e) => named(e) && (e.country ?? null) === (f.value.country ?? null));
    const i = sameCountry >= 0 ? sameCountry : left.findIndex(named);
    if (i < 0) {
      counts.fp++;
      continue;
    }
    const [e] = left.splice(i, 1);
    if ((e?.country ?? null) === (f.value.country ?? null)) counts.tp++;
    else {
      counts.fp++;
      counts.fn++;
    }
  }
  counts.fn += left.length;
}

/** A company's name reduced to its first word: "Amazon Web Services EMEA SARL" and "Amazon (AWS)" are both "amazon". */
function nameKey(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  return words[0] ?? "";
}

/** A period as a pack writes it, {value, unit} or text ("10 business days"), read as the engine reads pack terms. */
function periodOf(v: unknown): Period | null {
  if (v && typeof v === "object" && "value" in v && "unit" in v) return { value: Number(v.value), unit: String(v.unit) };
  if (typeof v !== "string") return null;
  const period = parseDuration(v);
  return "error" in period ? null : period;
}

function readingsOf(v: unknown): Period[] {
  const readings = v && typeof v === "object" && "readings" in v && Array.isArray(v.readings) ? (v.readings as unknown[]) : [];
  return readings.map(periodOf).filter((p): p is Period => p !== null);
}

function samePeriod(a: Period, b: Period): boolean {
  return a.value === b.value && a.unit === b.unit;
}

function periodKey(p: Period | null): string {
  return p ? `${p.value} ${p.unit}` : "none";
}

/** Every quote the draft prints, checked against the text it read. */
function quotesOf(draft: Draft): DraftScore["quotes"] {
  const quotes = foundTerms(draft)
    .map((f) => f.quote)
    .filter((q) => q.length > 0);
  return { checked: quotes.length, notFound: quotes.filter((q) => !quoteAppearsIn(q, draft.source.text)) };
}
