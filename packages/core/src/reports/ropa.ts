import type { Finding, PathSegment } from "../findings/finding.js";
import type { Linter } from "../lint.js";
import type { Facts } from "../normalize/facts.js";
import { inEea, type LegalData } from "../normalize/legal-data.js";
import type { SetupDoc } from "../vendor-setups.js";

/** A cell of the record: its text and the file and line it comes from, or MISSING. */
export interface Cell {
  text: string;
  source?: { file: string; line: number };
}

/** The text of a cell the vendor setups cannot fill: never guessed. */
export const MISSING = "MISSING";

/** The rule id of the findings that say which cells are MISSING (findings/engine-rules.ts). */
export const ROPA_INCOMPLETE = "org/ropa-incomplete";

/**
 * The columns of the record, for the controller (GDPR Art. 30(1)) and for each processor as the
 * controller records it (Art. 30(2)), with the point of the article each fills.
 */
export const CONTROLLER_COLUMNS = [
  ["activity", "Processing activity", "30(1)"],
  ["purposes", "Purposes", "30(1)(b)"],
  ["dataSubjects", "Categories of data subjects", "30(1)(c)"],
  ["dataCategories", "Categories of personal data", "30(1)(c)"],
  ["recipients", "Recipients (vendor and sub-processors, with countries)", "30(1)(d)"],
  ["transfers", "Transfers outside the EEA and their safeguards", "30(1)(e)"],
  ["retention", "Time limits for erasure", "30(1)(f)"],
  ["security", "Technical and organisational security measures", "30(1)(g)"],
] as const;

export const PROCESSOR_COLUMNS = [
  ["processor", "Processor", "30(2)(a)"],
  ["dpa", "Processing agreement", "28(3)"],
  ["processing", "Categories of processing carried out", "30(2)(b)"],
  ["transfers", "Transfers outside the EEA and their safeguards", "30(2)(c)"],
  ["security", "Technical and organisational security measures", "30(2)(d)"],
] as const;

type ControllerRow = Record<(typeof CONTROLLER_COLUMNS)[number][0], Cell>;
type ProcessorRow = Record<(typeof PROCESSOR_COLUMNS)[number][0], Cell>;

export interface Ropa {
  asOf: string;
  legalFacts: { version?: string; reviewed?: string };
  controller: ControllerRow[];
  processor: ProcessorRow[];
  /** One info finding per MISSING cell, at the setup it is about. */
  findings: Finding[];
  /** Files that could not be read or parsed: the record leaves them out and says so. */
  unreadable: string[];
}

/**
 * The Art. 30 record built from the vendor setups: one row per setup (a processing activity
 * entrusted to a vendor), every cell traced to the file and line it comes from; a cell the files
 * cannot fill is MISSING with an info finding, never filled by a guess.
 */
export function buildRopa(linter: Linter, setups: readonly SetupDoc[], unreadable: readonly string[] = []): Ropa {
  const legal = linter.legalData();
  const findings: Finding[] = [];
  const controller: ControllerRow[] = [];
  const processor: ProcessorRow[] = [];
  for (const s of setups) {
    const facts = linter.factsOf(s.value);
    const cell = (path: PathSegment[], text: string | undefined, column: string): Cell => {
      if (text !== undefined && text !== "") return { text, source: { file: s.file, line: s.lineOf(path) } };
      const line = s.lineOf(path);
      findings.push({
        file: s.file,
        ruleId: ROPA_INCOMPLETE,
        severity: "info",
        message: `the record of processing (Art. 30) has no ${column} for ${nameOf(s)}: ${hint(path)}`,
        path,
        line,
        column: 1,
        endLine: line,
        endColumn: 1,
      });
      return { text: MISSING };
    };
    const processing = (s.value.processing ?? {}) as Record<string, unknown>;
    const transfers = transfersOf(s, facts, linter.asOf, legal);
    const security = cell(["processing", "securityMeasures"], str(processing.securityMeasures), "security measures");
    controller.push({
      activity: cell(["metadata", "name"], nameOf(s), "activity"),
      purposes: cell(
        processing.purposes !== undefined ? ["processing", "purposes"] : ["metadata", "description"],
        list(processing.purposes) ?? str((s.value.metadata as Record<string, unknown> | undefined)?.description),
        "purposes",
      ),
      dataSubjects: cell(["processing", "dataSubjects"], list(processing.dataSubjects), "categories of data subjects"),
      dataCategories: cell(["processing", "dataCategories"], categoriesOf(processing), "categories of personal data"),
      recipients: cell(["vendor"], recipientsOf(s, facts), "recipients"),
      transfers: { text: transfers, source: { file: s.file, line: s.lineOf(["subprocessors"]) } },
      retention: cell(["retention"], retentionOf(s.value.retention), "time limits for erasure"),
      security,
    });
    const dpa = s.value.dpa;
    const dpaText =
      typeof dpa === "string" ? dpa : dpa && typeof dpa === "object" ? describeDpa(dpa as Record<string, unknown>) : undefined;
    processor.push({
      processor: cell(["vendor", "name"], vendorText(s, facts), "processor"),
      dpa: cell(["dpa"], dpaText, "processing agreement"),
      processing: cell(["hosting"], processingOf(s), "categories of processing"),
      transfers: { text: transfers, source: { file: s.file, line: s.lineOf(["subprocessors"]) } },
      security: { ...security },
    });
  }
  const { version, reviewed } = legal;
  return {
    asOf: linter.asOf,
    legalFacts: { ...(version ? { version } : {}), ...(reviewed ? { reviewed } : {}) },
    controller,
    processor,
    findings: findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.message < b.message ? -1 : 1))),
    unreadable: [...unreadable],
  };
}

function nameOf(s: SetupDoc): string | undefined {
  return str((s.value.metadata as Record<string, unknown> | undefined)?.name);
}

/** A scalar value as written; anything else (a mapping where a value was expected) as "?". */
export function scalar(v: unknown): string {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "?";
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

function list(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  return v.map((x) => String(x)).join(", ");
}

/** How to fill a MISSING cell: the field that holds it. */
function hint(path: readonly PathSegment[]): string {
  const field = path.join(".");
  return field === "metadata.description" ? "add metadata.description (or processing.purposes)" : `add ${field}`;
}

function categoriesOf(processing: Record<string, unknown>): string | undefined {
  const data = list(processing.dataCategories);
  const special =
    Array.isArray(processing.specialCategories) && processing.specialCategories.length > 0 ? list(processing.specialCategories) : undefined;
  if (!data) return undefined;
  return special ? `${data}; special categories (Art. 9): ${special}` : data;
}

function vendorText(s: SetupDoc, facts: Facts): string | undefined {
  const vendor = (s.value.vendor ?? {}) as Record<string, unknown>;
  const name = str(vendor.name);
  if (!name) return undefined;
  const legalName = str(vendor.legalName);
  const country = facts.vendor.country;
  return `${name}${legalName ? ` (${legalName})` : ""}${country ? `, ${country}` : ""}`;
}

function recipientsOf(s: SetupDoc, facts: Facts): string | undefined {
  const vendor = vendorText(s, facts);
  if (!vendor) return undefined;
  const subs = (Array.isArray(s.value.subprocessors) ? s.value.subprocessors : []) as Array<Record<string, unknown>>;
  const parts = subs.map((sub, i) => `${str(sub.name) ?? "?"} (${facts.subprocessors[i]?.country ?? "?"})`);
  return parts.length > 0 ? `${vendor}; sub-processors: ${parts.join(", ")}` : vendor;
}

/** Every place outside the EEA on the day judged, with its mechanism ("none" when the file gives none). */
function transfersOf(s: SetupDoc, facts: Facts, asOf: string, legal: LegalData): string {
  const out: string[] = [];
  const hosting = (Array.isArray(s.value.hosting) ? s.value.hosting : []) as Array<Record<string, unknown>>;
  hosting.forEach((h, i) => {
    const country = facts.hosting[i]?.country;
    if (country && !inEea(country, asOf, legal)) out.push(`hosting in ${country}: ${safeguard(h)}`);
  });
  const subs = (Array.isArray(s.value.subprocessors) ? s.value.subprocessors : []) as Array<Record<string, unknown>>;
  subs.forEach((sub, i) => {
    const country = facts.subprocessors[i]?.country;
    if (country && !inEea(country, asOf, legal)) out.push(`${str(sub.name) ?? "?"} in ${country}: ${safeguard(sub)}`);
  });
  return out.length > 0 ? out.join("; ") : "none outside the EEA";
}

/** A location's transfer mechanism as the record states it: the clauses' decision and module, and the TIA (format 1.1). */
function safeguard(entry: Record<string, unknown>): string {
  const mechanism = str(entry.transferMechanism) ?? "none";
  const scc = (entry.scc ?? {}) as Record<string, unknown>;
  const clauses =
    mechanism === "scc" && entry.scc !== undefined
      ? ` ${scalar(scc.version)}${scc.module !== undefined ? ` module ${scalar(scc.module)}` : ""}`
      : "";
  const tia = str(entry.tia);
  return `${mechanism}${clauses}${tia ? `, transfer impact assessment ${tia}` : ""}`;
}

function retentionOf(retention: unknown): string | undefined {
  if (!retention || typeof retention !== "object" || Array.isArray(retention)) return undefined;
  const entries = Object.entries(retention as Record<string, unknown>).map(([category, v]) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return `${category}: ${scalar(o.max)}${o.from !== undefined ? ` from ${scalar(o.from)}` : ""}`;
    }
    return `${category}: ${scalar(v)}`;
  });
  return entries.length > 0 ? entries.join(", ") : undefined;
}

function describeDpa(dpa: Record<string, unknown>): string | undefined {
  const id = str(dpa.id);
  if (!id) return undefined;
  const version = str(dpa.version);
  const signed = dpa.signedOn === undefined ? undefined : scalar(dpa.signedOn);
  return `${id}${version ? ` version ${version}` : ""}${signed ? `, signed ${signed}` : ""}`;
}

function processingOf(s: SetupDoc): string | undefined {
  const hosting = (Array.isArray(s.value.hosting) ? s.value.hosting : []) as Array<Record<string, unknown>>;
  const purposes = hosting.map((h) => str(h.purpose)).filter((p): p is string => p !== undefined);
  const description = str((s.value.metadata as Record<string, unknown> | undefined)?.description);
  const all = [...(description ? [description] : []), ...purposes];
  return all.length > 0 ? all.join("; ") : undefined;
}
