import { basename } from "node:path";
import { stringify } from "yaml";
import { readableText } from "../check.js";
import { withoutChangeRecords } from "./change-records.js";
import { paragraphs, sentences } from "./document.js";
import type { Period } from "./periods.js";
import { readDpa, type DpaText } from "./source.js";
import { subprocessorList, type FoundSubprocessor } from "./subprocessors.js";
import * as find from "./terms.js";
import type { Context, Found } from "./terms.js";

/** What the reader made of a DPA: every term it found (or not), ready to write as a pack. */
export interface Draft {
  id: string;
  source: DpaText;
  terms: {
    title?: Found<string>;
    governingLaw?: Found<string>;
    hostingDeclared?: Found<string[]>;
    hostingAllowed?: Found<string[]>;
    subprocessors: FoundSubprocessor[];
    priorNotice?: Found<Period>;
    objectionWindow?: Found<Period>;
    breachNotification?: Found<Period | null>;
    auditMaxPerYear?: Found<number>;
    auditUncapped?: Found<boolean>;
    auditNotice?: Found<Period>;
    retention: Array<Found<Period> & { category: string }>;
    specialCategories?: Found<string[]>;
  };
}

/** The term names the summary reports, in the pack's order. */
export const DRAFT_TERMS = [
  "title",
  "governingLaw",
  "hostingAllowed",
  "hostingDeclared",
  "subprocessors",
  "priorNotice",
  "objectionWindow",
  "breachNotification",
  "auditMaxPerYear",
  "auditNotice",
  "retention",
  "specialCategories",
] as const;

/** Every term a draft found, each with its quote and line: the one list of them (the scorer and the tests read it). */
export function foundTerms(d: Draft): Array<Found<unknown>> {
  const t = d.terms;
  const all: Array<Found<unknown> | undefined> = [
    t.title,
    t.governingLaw,
    t.hostingAllowed,
    t.hostingDeclared,
    t.priorNotice,
    t.objectionWindow,
    t.breachNotification,
    t.auditMaxPerYear,
    t.auditUncapped,
    t.auditNotice,
    t.specialCategories,
    ...t.subprocessors,
    ...t.retention,
  ];
  return all.filter((f): f is Found<unknown> => f !== undefined);
}

export async function draftFromFile(path: string, id?: string, display = path, trace?: Context["trace"]): Promise<Draft> {
  const source = await readDpa(path, display);
  return draftFromText(source, id ?? packId(basename(path)), trace);
}

/** A pack id from a file name: "Acme DPA 2024.pdf" -> "acme-dpa-2024". */
export function packId(fileName: string): string {
  const id = fileName
    .replace(/\.[a-z0-9]+$/i, "")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return /^[a-z0-9]/.test(id) ? id : `dpa-${id || "draft"}`;
}

/**
 * The title a Markdown page's front matter gives (`---` / `title: Data Processing Agreement` /
 * `---` at the very top, as Jekyll and Hugo sites publish their DPAs): the page's own name for the
 * document, where its first paragraphs are often an introduction.
 */
function frontMatterTitle(text: string): { title: string; line: number } | undefined {
  const lines = text.split(/\r?\n/, 60);
  if (lines[0]?.trim() !== "---") return undefined;
  for (let i = 1; i < lines.length && lines[i]?.trim() !== "---"; i++) {
    const m = /^title:\s*(["']?)(.+?)\1\s*$/.exec(lines[i] ?? "");
    if (m?.[2] && m[2].length < 160) return { title: m[2], line: i + 1 };
  }
  return undefined;
}

export function draftFromText(source: DpaText, id: string, trace?: Context["trace"]): Draft {
  // Quotes are compared as the text is read (policy check's quoteAppearsIn).
  const paras = withoutChangeRecords(paragraphs(readableText(source.text)));
  const ctx: Context = { paragraphs: paras, sentences: paras.flatMap(sentences), ...(trace ? { trace } : {}) };
  const audit = find.auditLimit(ctx);
  // A question ("Are customers required to sign the DPA?", an FAQ heading) is never the title.
  const short = paras.filter((p) => p.text.length > 3 && p.text.length < 160 && !/\?\s*$/.test(p.text));
  const firstLine =
    // A web address is no title, whatever its path says ("https://.../legal/dpa/subprocessors").
    short.find(
      (p) =>
        !/:\/\//.test(p.text) &&
        /data processing|processing agreement|data protection|addendum|agreement|general (terms|conditions)|overeenkomst|voorwaarden|contrat|accord|conditions générales|auftrags(?:daten)?verarbeitung|vertrag\b|vereinbarung|\bdpa\b|\bavv\b/i.test(
          p.text,
        ),
    ) ?? short[0];
  const front = frontMatterTitle(source.text);
  const terms: Draft["terms"] = {
    subprocessors: subprocessorList(paras),
    retention: find.distinctRetention([...find.retentionTable(ctx), ...find.retention(ctx)]),
  };
  const set = <K extends keyof Draft["terms"]>(key: K, value: Draft["terms"][K] | undefined): void => {
    if (value !== undefined) terms[key] = value;
  };
  if (front)
    set("title", {
      value: front.title,
      quote: front.title,
      clause: `L${front.line}`,
      line: front.line,
      method: "the document's front matter (title:)",
    });
  else if (firstLine)
    set("title", {
      value: firstLine.text,
      quote: firstLine.text,
      clause: `L${firstLine.lines[0]}`,
      line: firstLine.lines[0],
      method: "the document's first line",
    });
  set("governingLaw", find.governingLaw(ctx));
  const hostingAllowed = find.hostingAllowed(ctx);
  set("hostingDeclared", find.hostingDeclared(ctx, hostingAllowed?.quote));
  set("hostingAllowed", hostingAllowed);
  const notice = find.priorNotice(ctx);
  set("priorNotice", notice);
  set("objectionWindow", find.objectionWindow(ctx, notice));
  set("breachNotification", find.breachNotification(ctx));
  set("auditMaxPerYear", audit.maxPerYear);
  set("auditUncapped", audit.uncapped);
  set("auditNotice", find.auditNotice(ctx));
  set("specialCategories", find.specialCategories(ctx));
  return { id, source, terms };
}

/** The draft as data for tooling (`--format json`): each found term with its quote, clause, line and method. */
export function draftJson(d: Draft): Record<string, unknown> {
  const rated = (f: unknown): unknown =>
    Array.isArray(f) ? f.map(rated) : f && typeof f === "object" ? { ...f, confidence: confidenceOf(f as Found<unknown>) } : f;
  return {
    id: d.id,
    source: {
      name: d.source.name,
      format: d.source.format,
      ...(d.source.decodedFrom ? { decodedFrom: d.source.decodedFrom } : {}),
      ...(d.source.rewritten ? { rewritten: d.source.rewritten } : {}),
    },
    terms: Object.fromEntries(Object.entries(d.terms).map(([k, v]) => [k, rated(v)])),
    summary: summarise(d),
  };
}

/**
 * How sure the reader is of a term, for the reviewer's order of work (docs/cli-and-output-v1.md):
 * low when the text is ambiguous (several readings, a placeholder); medium when the value is not
 * in the sentence that names its subject (the sentence after it, a limit under a heading about
 * audits); high when one sentence or table row states it in the words the reader looks for.
 */
export function confidenceOf(f: Found<unknown>): "high" | "medium" | "low" {
  if (f.ambiguity || f.readings) return "low";
  return /sentence after|under a heading/.test(f.method) ? "medium" : "high";
}

/** Found, ambiguous and missing terms, for the summary line and `--format json`. */
export function summarise(d: Draft): { found: string[]; ambiguous: string[]; missing: string[] } {
  const found: string[] = [];
  const ambiguous: string[] = [];
  const missing: string[] = [];
  for (const name of DRAFT_TERMS) {
    const t = d.terms[name] as Found<unknown> | Array<Found<unknown>> | undefined;
    const has = Array.isArray(t) ? t.length > 0 : t !== undefined || (name === "auditMaxPerYear" && d.terms.auditUncapped);
    (has ? found : missing).push(name);
    const items = Array.isArray(t) ? t : t ? [t] : [];
    if (items.some((x) => x.ambiguity)) ambiguous.push(name);
  }
  return { found, ambiguous, missing };
}

const flow = (value: unknown): string => stringify(value, { flow: true, lineWidth: 0 }).trim();
const quoted = (text: string): string => JSON.stringify(text);

function how(f: Found<unknown>): string {
  return `# ${f.method}, line ${f.line}${f.ambiguity ? `; AMBIGUOUS: ${f.ambiguity}` : ""}`;
}

function period(f: Found<Period | null> | undefined, todo: string): string {
  if (!f) return `TODO # not found: ${todo}`;
  if (f.value === null) return `null ${how(f)}`;
  const readings = f.readings && f.readings.length >= 2 ? `, readings: ${flow(f.readings)}` : "";
  const ambiguity = f.ambiguity ? `, ambiguity: ${quoted(`${f.ambiguity}; review what the signed DPA means`)}` : "";
  return `{value: ${f.value.value}, unit: ${f.value.unit}${readings}${ambiguity}} ${how(f)}`;
}

function citation(f: Found<unknown>, indent: string): string {
  return `\n${indent}  clause: ${quoted(f.clause)}\n${indent}  quote: ${quoted(f.quote)}`;
}

/** The draft as a pack-terms file: found terms with how they were found, TODO for the rest. */
export function draftYaml(d: Draft, inputName: string, sourceRef: string = d.source.name): string {
  const t = d.terms;
  const out: string[] = [
    `# Drafted by \`dpa-lint policy draft\` from ${inputName}. A draft, not a reviewed pack: check every`,
    "# term against the DPA (each says how it was found and on which line), resolve each AMBIGUOUS",
    "# one, replace each TODO (a term the reader did not find), then run `dpa-lint policy check`.",
    "terms:",
    `  title: ${t.title ? quoted(t.title.value) : "TODO the DPA's title"}`,
    `  source: ${quoted(sourceRef)}`,
    `  governingLaw: ${t.governingLaw ? `${t.governingLaw.value} ${how(t.governingLaw)}` : "TODO # not found: the governing law's country (ISO code), or null"}`,
    "  hosting:",
    `    allowed: ${t.hostingAllowed ? `${flow(t.hostingAllowed.value)} ${how(t.hostingAllowed)}` : "TODO # not found: where the vendor may host (ISO codes, EEA, adequacy), or null when unrestricted"}`,
    `    declared: ${t.hostingDeclared ? `${flow(t.hostingDeclared.value)} ${how(t.hostingDeclared)}` : "TODO # not found: what the DPA claims about where data stays, or null"}`,
    "  subprocessors:",
  ];
  if (t.subprocessors.length === 0)
    out.push("    listed: TODO # not found: true with the list when the DPA lists its sub-processors, else false", "    list: []");
  else {
    out.push("    listed: true", "    list:");
    for (const s of t.subprocessors)
      out.push(
        `      - name: ${quoted(s.value.name)} ${how(s)}${s.purpose ? `; purpose: ${s.purpose.replace(/\s+/g, " ")}` : ""}`,
        `        country: ${s.value.country ?? "null # no country named: confirm the server location"}`,
        `        mechanism: ${s.value.mechanism ?? "null # none named"}`,
      );
  }
  out.push(
    `  priorNotice: ${period(t.priorNotice, "the notice before a sub-processor change, or null")}`,
    `  objectionWindow: ${period(t.objectionWindow, "the time to object to a new sub-processor, or null")}`,
    `  breachNotification: ${period(t.breachNotification, "the breach-notification deadline, or null")}`,
    "  audit:",
    `    maxPerYear: ${t.auditMaxPerYear ? `${t.auditMaxPerYear.value} ${how(t.auditMaxPerYear)}` : t.auditUncapped ? `null ${how(t.auditUncapped)}` : "TODO # not found: audits allowed a year, or null"}`,
    ...(t.auditUncapped && !t.auditMaxPerYear ? ["    uncapped: true"] : []),
    `    notice: ${period(t.auditNotice, "the notice an audit needs, or null")}`,
  );
  if (t.retention.length === 0)
    out.push("  retention: [] # none found: add {category, max, clause, quote} per data category the DPA limits");
  else {
    out.push("  retention:");
    for (const r of t.retention)
      out.push(
        `    - category: ${r.category} ${how(r)}; name the category as your vendor files do`,
        `      max: ${flow(r.value)}`,
        `      clause: ${quoted(r.clause)}`,
        `      quote: ${quoted(r.quote)}`,
      );
  }
  out.push(
    `  specialCategories: ${t.specialCategories ? `[] ${how(t.specialCategories)}` : "TODO # not found: the Art. 9 categories the DPA declares, [] for none, null when silent"}`,
  );
  const cited = (["priorNotice", "objectionWindow", "breachNotification"] as const).filter((k) => t[k]);
  if (cited.length > 0) {
    out.push("  citations:");
    for (const k of cited) out.push(`    ${k}:${citation(t[k] as Found<unknown>, "    ")}`);
  }
  out.push("  clauses:");
  const first = t.subprocessors[0];
  out.push(
    first
      ? `    subprocessor-not-listed:${citation(first, "    ")}`
      : "    subprocessor-not-listed:\n      clause: TODO the clause that lists the sub-processors\n      quote: TODO its words, verbatim",
  );
  const audit = t.auditMaxPerYear ?? t.auditUncapped;
  if (audit) out.push(`    contract-audits:${citation(audit, "    ")}`);
  if (t.specialCategories) out.push(`    special-categories-not-declared:${citation(t.specialCategories, "    ")}`);
  return `${out.join("\n")}\n`;
}
