import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { nearest } from "../config/rule-ids.js";
import { positionOf } from "../document/locate.js";
import { parseYamlText } from "../document/parse.js";
import type { PathSegment, Position } from "../findings/finding.js";
import type { ValidateFunction } from "ajv";
import { schemaValidator } from "../schema/validate.js";
import schema from "../schema/pack-terms.schema.json" with { type: "json" };
import precompiledPackTerms from "../schema/generated/pack-terms.validate.js";

/**
 * A DPA pack's terms (policies/README.md, "Adding a DPA"), validated against the pack-terms schema
 * (schema/pack-terms.schema.json), the one definition of what a pack may say. Every problem is a
 * line `file:line:col: message`; an unknown key names the keys it may have meant.
 */
export interface PackTermsFile {
  /** The pack id: its directory under dpa/, or the file's name for a single terms file. */
  id: string;
  file: string;
  terms: Record<string, unknown>;
  /** Places a problem in the file, from the parse the check already made. */
  at: Locator;
}

const validatePackTerms = schemaValidator(schema, precompiledPackTerms as unknown as ValidateFunction);

/** Every key the schema defines anywhere: the candidates for a misspelt key. */
const KNOWN_KEYS = [...new Set(collectKeys(schema))].sort();

function collectKeys(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(collectKeys);
  if (node === null || typeof node !== "object") return [];
  const o = node as Record<string, unknown>;
  const own = o.properties && typeof o.properties === "object" ? Object.keys(o.properties) : [];
  return [...own, ...Object.values(o).flatMap(collectKeys)];
}

/**
 * The terms files of a pack location: a single YAML file of terms, a pack directory holding
 * data.yaml, or a policy directory with dpa/<id>/data.yaml entries.
 */
export function findPackTermsFiles(location: string): Array<{ id: string; file: string }> {
  if (statSync(location).isFile()) {
    // A pack's own data.yaml (dpa/<id>/data.yaml) is named by its directory, like the directory itself.
    const stem = basename(location, extname(location));
    return [{ id: stem === "data" ? basename(dirname(resolve(location))) : stem, file: location }];
  }
  if (existsSync(join(location, "data.yaml"))) return [{ id: basename(location), file: join(location, "data.yaml") }];
  const dpa = join(location, "dpa");
  if (!existsSync(dpa)) return [];
  return readdirSync(dpa)
    .sort()
    .filter((id) => existsSync(join(dpa, id, "data.yaml")))
    .map((id) => ({ id, file: join(dpa, id, "data.yaml") }));
}

/**
 * Reads and checks one terms file. `sharedRules` are the names of the rules every pack shares:
 * the only keys `clauses` may have. `display` names the file in problems.
 */
export function checkPackTerms(
  file: string,
  display: string,
  sharedRules: readonly string[],
): { terms?: Record<string, unknown>; at?: Locator; problems: string[] } {
  const checked = checkPackTermsText(readFileSync(file, "utf8"), display, sharedRules);
  const problems = checked.problems.map((p) => `${display}:${p.line}:${p.column}: ${p.message}`);
  if (problems.length > 0 || !checked.terms) return { problems };
  const at: Locator = (path, message, atKey) => {
    const { line, column } = checked.position(path, atKey);
    return `${display}:${line}:${column}: ${message}`;
  };
  return { terms: checked.terms, at, problems };
}

/** A problem of a terms file at its place (1-based), for `policy check` and the editor alike. */
export interface PlacedProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** Checks the text of a terms file (an editor's buffer or a file read): its problems, placed. */
export function checkPackTermsText(
  text: string,
  display: string,
  sharedRules: readonly string[],
): { terms?: Record<string, unknown>; position: (path: readonly PathSegment[], atKey?: boolean) => Position; problems: PlacedProblem[] } {
  const parsed = parseYamlText(display, text);
  const problems: PlacedProblem[] = parsed.findings.map((f) => ({ ...positionFields(f), message: f.message }));
  const doc = parsed.documents.find((d) => d.value !== null && d.value !== undefined);
  const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (!doc || problems.length > 0)
    return { position: () => start, problems: problems.length > 0 ? problems : [{ ...start, message: "holds no terms" }] };
  const position = (path: readonly PathSegment[], atKey = false): Position => positionOf(doc.node, parsed.lineCounter, path, atKey);
  const at = (path: readonly PathSegment[], message: string, atKey = false): void => {
    problems.push({ ...positionFields(position(path, atKey)), message });
  };
  for (const p of validatePackTerms(doc.value)) {
    const key = p.path[p.path.length - 1];
    const hint = p.ruleId === "schema/additional-properties" && typeof key === "string" ? didYouMean(key, KNOWN_KEYS) : "";
    at(p.path, `${p.message}${hint}`, p.atKey);
  }
  const terms = (doc.value as { terms?: Record<string, unknown> }).terms;
  const clauses = terms?.clauses;
  if (clauses && typeof clauses === "object" && sharedRules.length > 0) {
    for (const name of Object.keys(clauses)) {
      if (!sharedRules.includes(name))
        at(["terms", "clauses", name], `no shared rule "${name}" cites a clause${didYouMean(name, sharedRules)}`, true);
    }
  }
  return { ...(problems.length === 0 ? { terms: terms ?? {} } : {}), position, problems };
}

function positionFields(p: Position): Position {
  return { line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
}

/** A problem at a JSON path of a terms file, as one line `file:line:col: message`. */
export type Locator = (path: readonly PathSegment[], message: string, atKey?: boolean) => string;

function didYouMean(word: string, candidates: readonly string[]): string {
  const near = nearest(word, candidates);
  return near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : "";
}

/** Reads every terms file of a location; throws nothing, returns the problems of all of them. */
export function readPackTerms(
  location: string,
  cwd: string,
  sharedRules: readonly string[],
): { packs: PackTermsFile[]; problems: string[] } {
  const packs: PackTermsFile[] = [];
  const problems: string[] = [];
  for (const { id, file } of findPackTermsFiles(location)) {
    const checked = checkPackTerms(file, relative(cwd, file) || file, sharedRules);
    problems.push(...checked.problems);
    if (checked.terms && checked.at) packs.push({ id, file, terms: checked.terms, at: checked.at });
  }
  return { packs, problems };
}

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
 * Text compared for quotes: whitespace runs as one space, typographic quote marks and apostrophes
 * as plain ones, so a quote copied from a PDF's text matches across line breaks.
 */
export function normalizeQuoteText(text: string): string {
  return text
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
