import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { nearest } from "../config/rule-ids.js";
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
  const problems: PlacedProblem[] = parsed.problems.map((f) => ({ ...positionFields(f), message: f.message }));
  const doc = parsed.documents.find((d) => d.value !== null && d.value !== undefined);
  const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (!doc || problems.length > 0)
    return { position: () => start, problems: problems.length > 0 ? problems : [{ ...start, message: "holds no terms" }] };
  const position = (path: readonly PathSegment[], atKey = false): Position => doc.position(path, atKey);
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
