import { relative, resolve } from "node:path";
import { defaultConfig, policyData, type ResolvedConfig } from "./config/config.js";
import { applyRuleSettings } from "./findings/rule-settings.js";
import { checkRuleKeys } from "./config/rule-ids.js";
import { toPosix } from "./files/posix.js";
import type { WorkerSetup } from "./parallel/protocol.js";
import { docsUrl } from "./formatters/docs-url.js";
import { PARSE_LIMITS, parseYamlText, type ParsedDocument, type ParsedFile } from "./document/parse.js";
import { positionOf } from "./document/source-position.js";
import type { Catalogue, PackMeta, RuleMeta } from "./engine/catalogue.js";
import type { RawFinding } from "./engine/result-contract.js";
import { describeThrown, InputError } from "./engine/errors.js";
import { parseDate } from "./normalize/date.js";
import { readVendorFile } from "./files/read.js";
import { PolicyEngine, readBundle, type PolicyBundle } from "./engine/policy.js";
import { sortAndDedupe, type Finding, type PathSegment, type Position, type Severity, type SuppressedFinding } from "./findings/finding.js";
import { applySuppressions, parseSuppressions } from "./findings/suppressions.js";
import { valueHashAt } from "./findings/baseline.js";
import { dpaIdOf, normalize, type Facts, type NormalizeContext } from "./normalize/facts.js";
import { formatPath, validateVendorSetup, type SchemaProblem } from "./schema/validate.js";

export interface LinterOptions {
  /** Findings' file names are relative to this directory. Default: process.cwd(). */
  cwd?: string;
  /** Policy bundles to evaluate; default: the built-in bundle. */
  bundles?: PolicyBundle[];
  /** The configuration (.dpa-lint.yaml): org policy data, rule settings. Default: none. */
  config?: ResolvedConfig;
  /** Today's date (YYYY-MM-DD), for suppressions' expiry. Default: the current UTC date. */
  today?: string;
  /**
   * The day (YYYY-MM-DD) whose legal facts judge the setups: adequacy decisions, EEA membership,
   * transfer frameworks in force (`--as-of`). Default: the configuration's `asOf`, else `today`.
   */
  asOf?: string;
  /** Honour `# dpa-lint-disable-...` comments (default true; false is the audit mode). */
  inlineSuppressions?: boolean;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** Findings silenced by inline dpa-lint-disable comments. */
  suppressed: SuppressedFinding[];
  /** Each document's metadata.name and where it is, for the repository-wide uniqueness check. */
  names: Array<{ name: string; position: Position; document?: number }>;
}

/**
 * Lints vendor setups. Create it once per process and reuse it: loading the Wasm costs tens of
 * milliseconds, linting a file microseconds to a millisecond.
 */
export class Linter {
  /** The DPA packs of every loaded bundle, by id. */
  private readonly dpaPacks: Map<string, PackMeta>;
  private readonly normalizeContext: NormalizeContext;

  private constructor(
    readonly cwd: string,
    private readonly engines: PolicyEngine[],
    private readonly today: string,
    /** The day whose legal facts apply (LinterOptions.asOf). */
    readonly asOf: string,
    readonly config: ResolvedConfig,
    private readonly inlineSuppressions: boolean,
  ) {
    this.dpaPacks = new Map(engines.flatMap((e) => e.packs.filter((p) => p.kind === "dpa").map((p) => [p.id, p] as const)));
    this.normalizeContext = { today, asOf, governingLaw: (id) => this.dpaPacks.get(id)?.governingLaw };
  }

  static async create(options: LinterOptions = {}): Promise<Linter> {
    const bundles = options.bundles ?? [readBundle()];
    const cwd = resolve(options.cwd ?? process.cwd());
    const config = options.config ?? defaultConfig(cwd);
    checkRuleKeys(config, bundles.flatMap((b) => b.catalogue.rules));
    const engines = await Promise.all(bundles.map((b) => PolicyEngine.create(b, policyData(config))));
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const asOf = checkAsOf(options.asOf ?? config.asOf ?? today);
    return new Linter(cwd, engines, today, asOf, config, options.inlineSuppressions ?? true);
  }

  /** What a worker thread needs to build the same linter (parallel/pool.ts). */
  workerSetup(): Omit<WorkerSetup, "files"> {
    return { cwd: this.cwd, config: this.config, today: this.today, asOf: this.asOf, inlineSuppressions: this.inlineSuppressions, bundleDirs: this.engines.map((e) => e.bundle.source) };
  }

  /** Every rule of every loaded bundle. */
  get rules(): RuleMeta[] {
    return this.engines.flatMap((e) => e.bundle.catalogue.rules);
  }

  get catalogues(): Catalogue[] {
    return this.engines.map((e) => e.bundle.catalogue);
  }

  /** Reads and lints one file from disk. */
  lintFile(path: string): FileResult {
    const read = readVendorFile(resolve(this.cwd, path));
    if ("text" in read) return this.lintText(path, read.text);
    // One unreadable file is a finding for that file, never the end of the run.
    return unlintedFile(this.displayName(path), "parse-error", read.problem);
  }

  /** Lints text as if it were the file `path` (stdin uses this with --stdin-filename). */
  lintText(path: string, text: string): FileResult {
    const file = this.displayName(path);
    const parsed = parseYamlText(file, text);
    const findings = [...parsed.findings];
    const names: FileResult["names"] = [];
    const live = parsed.documents.filter((d) => d.value !== null && d.value !== undefined);
    if (live.length === 0 && parsed.findings.length === 0) {
      findings.push(atFileStart(file, "schema/empty", "file holds no vendor setup document"));
    }
    let evaluated = 0;
    for (const doc of live) {
      // Documents too large to evaluate do not count against the file's budget: they cost nothing.
      const tooLarge = overBudget(doc.values, evaluated);
      if (tooLarge) {
        findings.push({ file, ruleId: "parse-error", severity: "error", message: tooLarge, path: [], ...(parsed.documents.length > 1 ? { document: doc.index } : {}), ...positionOf(doc.node, parsed.lineCounter, []) });
        continue;
      }
      evaluated += doc.values;
      for (const f of this.lintDocument(parsed, doc)) findings.push(f);
      const name = (doc.value as { metadata?: { name?: unknown } } | null)?.metadata?.name;
      if (typeof name === "string") {
        const position = positionOf(doc.node, parsed.lineCounter, ["metadata", "name"]);
        names.push({ name, position, ...(parsed.documents.length > 1 ? { document: doc.index } : {}) });
      }
    }
    const configured = applyRuleSettings(findings, this.config, (f) => toPosix(relative(this.config.root, resolve(this.cwd, f))));
    for (const f of configured) f.docsUrl = docsUrl(f.ruleId);
    if (!this.inlineSuppressions) return { file, findings: sortAndDedupe(configured), suppressed: [], names };
    const split = applySuppressions(file, configured, parseSuppressions(parsed.comments, parsed.lineCounter), this.today);
    return { file, findings: sortAndDedupe(split.findings), suppressed: sortAndDedupe(split.suppressed), names };
  }

  private lintDocument(parsed: ParsedFile, doc: ParsedDocument): Finding[] {
    const findings: Finding[] = [];
    const multi = parsed.documents.length > 1;
    const hashes = new Map<string, string>();
    const hashOf = (path: PathSegment[]): string => {
      const key = JSON.stringify(path);
      let hash = hashes.get(key);
      if (hash === undefined) hashes.set(key, (hash = valueHashAt(doc.value, path)));
      return hash;
    };
    const at = (ruleId: string, severity: Severity, message: string, path: PathSegment[], atKey = false): Finding => ({
      file: parsed.file,
      ruleId,
      severity,
      message,
      path,
      ...(multi ? { document: doc.index } : {}),
      ...positionOf(doc.node, parsed.lineCounter, path, atKey),
      valueHash: hashOf(path),
    });

    const outOfRange = numbersOutOfRange(doc.value);
    for (const path of outOfRange) findings.push(at("schema/number-range", "error", `${formatPath(path)} is outside the whole numbers the policies compute with (${-MAX_POLICY_INT - 1} to ${MAX_POLICY_INT})`, path));
    const schemaProblems = validateVendorSetup(doc.value);
    for (const p of schemaProblems) findings.push(at(p.ruleId, "error", p.message, p.path, p.atKey));
    // A number the policies cannot represent would fail the whole evaluation: such a document is
    // reported and not evaluated (its file still gets every other finding, the run goes on).
    if (outOfRange.length > 0 || typeof doc.value !== "object" || doc.value === null || Array.isArray(doc.value)) return findings;

    const known = this.dpaPacks;
    const dpaId = dpaIdOf(doc.value as Record<string, unknown>);
    if (dpaId !== undefined && /^[a-z0-9][a-z0-9_-]*$/.test(dpaId) && !known.has(dpaId)) {
      const path: PathSegment[] = typeof (doc.value as { dpa?: unknown }).dpa === "string" ? ["dpa"] : ["dpa", "id"];
      const list = [...known.keys()].sort().join(", ");
      findings.push(at("schema/unknown-dpa", "error", `no policy pack "${dpaId}" is loaded (known: ${list})`, path));
    }

    const { facts, problems } = normalize(doc.value, this.normalizeContext);
    for (const p of problems) findings.push(at(p.ruleId, "error", p.message, p.path));

    const input = policyInput(withoutRejectedValues(doc.value as Record<string, unknown>, schemaProblems), facts);
    for (const engine of this.engines) {
      let raws: RawFinding[];
      try {
        raws = engine.evaluate(input);
      } catch (error) {
        // A policy that fails on one document fails that document, never the whole run.
        findings.push(at("file/evaluation-failed", "error", `the policies could not evaluate this document: ${describeThrown(error)}`, []));
        continue;
      }
      for (const raw of raws) {
        const meta = engine.rule(raw.rule);
        const f = at(raw.rule, raw.severity, raw.msg, raw.path);
        const dpa = raw.dpa ?? (meta?.pack !== undefined && known.has(meta.pack) ? meta.pack : undefined);
        if (dpa) f.dpa = dpa;
        const clause = raw.clause ?? meta?.clause;
        if (clause) f.clause = clause;
        const quote = raw.quote ?? meta?.quote;
        if (quote) f.quote = quote;
        findings.push(f);
      }
    }
    return findings;
  }

  /**
   * The inputs the policies see for a file, one per vendor setup document, without evaluating:
   * the differential test gives the same inputs to `opa eval`.
   */
  policyInputs(path: string, text: string): Array<Record<string, unknown>> {
    const parsed = parseYamlText(this.displayName(path), text);
    return parsed.documents
      .filter((d) => typeof d.value === "object" && d.value !== null && !Array.isArray(d.value))
      .map((d) => {
        const { facts } = normalize(d.value, this.normalizeContext);
        return policyInput(d.value as Record<string, unknown>, facts);
      });
  }

  /** Raw Wasm results for one input, per bundle, for the differential test. */
  evaluateRaw(input: unknown): RawFinding[] {
    return this.engines.flatMap((e) => e.evaluate(input));
  }

  /** A path as findings name it: relative to cwd, forward slashes. */
  displayName(path: string): string {
    const rel = relative(this.cwd, resolve(this.cwd, path));
    return toPosix(rel === "" ? path : rel);
  }
}

/** An error about a whole file, at its first character. */
function atFileStart(file: string, ruleId: string, message: string): Finding {
  return { file, ruleId, severity: "error", message, path: [], line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** The result for a file that could not be linted at all (unreadable, refused): that one finding. */
export function unlintedFile(file: string, ruleId: string, message: string): FileResult {
  return { file, findings: [{ ...atFileStart(file, ruleId, message), docsUrl: docsUrl(ruleId) }], suppressed: [], names: [] };
}

/** The largest whole number opa-wasm computes with: larger ones fail the evaluation. */
const MAX_POLICY_INT = 2 ** 31 - 1;

/** Paths of numbers the policies cannot represent: beyond 32 bits, or not finite. */
function numbersOutOfRange(value: unknown): PathSegment[][] {
  const out: PathSegment[][] = [];
  const stack: Array<[unknown, PathSegment[]]> = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, PathSegment[]];
    if (typeof v === "number" && (!Number.isFinite(v) || Math.abs(v) > MAX_POLICY_INT)) out.push(path);
    else if (Array.isArray(v)) v.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (v !== null && typeof v === "object") for (const [k, item] of Object.entries(v)) stack.push([item, [...path, k]]);
  }
  return out.reverse();
}

/** Schema keywords that reject a value itself (not a missing or unknown key). */
const VALUE_KEYWORDS = new Set(["schema/type", "schema/minimum", "schema/maximum", "schema/exclusive-minimum", "schema/multiple-of"]);

/**
 * The document without the numbers the schema rejected: a count of 1.5 is a schema finding, and a
 * policy must not judge it as 1 (opa-wasm floors it). Copies only the objects on the way to them.
 */
function withoutRejectedValues(doc: Record<string, unknown>, problems: readonly SchemaProblem[]): Record<string, unknown> {
  const paths = problems.filter((p) => VALUE_KEYWORDS.has(p.ruleId) && !p.atKey && p.path.length > 0).map((p) => p.path);
  if (paths.length === 0) return doc;
  const root: Record<string, unknown> = { ...doc };
  for (const path of paths) {
    let parent: Record<string, unknown> | unknown[] = root;
    for (const segment of path.slice(0, -1)) {
      const child: unknown = (parent as Record<string | number, unknown>)[segment];
      if (child === null || typeof child !== "object") break;
      const copy: Record<string, unknown> | unknown[] = Array.isArray(child) ? [...(child as unknown[])] : { ...(child as Record<string, unknown>) };
      (parent as Record<string | number, unknown>)[segment] = copy;
      parent = copy;
    }
    const last = path[path.length - 1] as PathSegment;
    if (typeof (parent as Record<string | number, unknown>)[last] === "number") {
      if (Array.isArray(parent)) parent[last as number] = null;
      else delete parent[last as string];
    }
  }
  return root;
}

/** The budget message when a document would take the file past PARSE_LIMITS' values, else undefined. */
function overBudget(values: number, before: number): string | undefined {
  const { maxValuesPerDocument: perDoc, maxValuesPerFile: perFile } = PARSE_LIMITS;
  if (values <= perDoc && before + values <= perFile) return undefined;
  const limit = `dpa-lint evaluates at most ${perDoc.toLocaleString("en")} values a document and ${perFile.toLocaleString("en")} a file`;
  return `this document holds ${values.toLocaleString("en")} values and is not evaluated: ${limit}; split it into several vendor files`;
}

/** The document with its derived facts beside it (normalize/facts.ts explains the layout). */
function policyInput(doc: Record<string, unknown>, facts: Facts): Record<string, unknown> {
  return { ...doc, derived: facts };
}

/** The day legal facts are judged on must be a real YYYY-MM-DD date: a typo would judge by no law. */
function checkAsOf(day: string): string {
  const parsed = parseDate(day);
  if (typeof parsed !== "number") throw new InputError(`${parsed.error}; give the day whose legal facts apply as YYYY-MM-DD`, { field: "as-of" });
  return day;
}
