import { relative, resolve } from "node:path";
import { defaultConfig, policyData, type ResolvedConfig } from "./config/config.js";
import { checkRuleKeys } from "./config/rule-ids.js";
import { overBudgetMessage, PARSE_LIMITS, parseYamlText } from "./document/parse.js";
import type { SourceDocument, SourcePart } from "./document/source-document.js";
import type { Catalogue, PackMeta, RuleMeta } from "./engine/catalogue.js";
import { digestOf, foldTermsPacks, PolicyEngine, readBundle, sourcesOf, type PolicyBundle, type PolicySource } from "./engine/policy.js";
import type { RawFinding } from "./engine/result-contract.js";
import { describeThrown, InputError } from "./errors.js";
import { toPosix } from "./files/posix.js";
import { readVendorFile } from "./files/read.js";
import { valueHashAt } from "./findings/baseline.js";
import { engineRuleMeta } from "./findings/engine-rules.js";
import { finalize, type CheckedFile, type FinalizeContext } from "./findings/finalize.js";
import { formatPath, type Finding, type PathSegment, type Problem, type SuppressedFinding } from "./findings/finding.js";
import { parseSuppressions } from "./findings/suppressions.js";
import { parseDate } from "./normalize/date.js";
import { dpaIdOf, normalize, type Facts, type NormalizeContext } from "./normalize/facts.js";
import type { LegalData } from "./normalize/legal-data.js";
import type { WorkerSetup } from "./parallel/protocol.js";
import { MAX_POLICY_INT, numbersOutOfRange, withoutRejectedValues } from "./schema/policy-values.js";
import { validateVendorSetup } from "./schema/validate.js";
import { VERSION } from "./version.js";

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

/** One file linted on its own: findings configured, suppressed and sorted (lintText, lintFile). */
export interface FileResult {
  file: string;
  findings: Finding[];
  /** Findings silenced by inline dpa-lint-disable comments. */
  suppressed: SuppressedFinding[];
  /** Each document's metadata.name and where it is, for the repository-wide uniqueness check. */
  names: CheckedFile["names"];
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
    this.normalizeContext = { today, asOf, governingLaw: (id) => this.governingLaw(id) };
  }

  static async create(options: LinterOptions = {}): Promise<Linter> {
    const bundles = foldTermsPacks(options.bundles ?? [readBundle()]);
    const cwd = resolve(options.cwd ?? process.cwd());
    const config = options.config ?? defaultConfig(cwd);
    checkRuleKeys(
      config,
      bundles.flatMap((b) => b.catalogue.rules),
    );
    const engines = await Promise.all(bundles.map((b) => PolicyEngine.create(b, policyData(config))));
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const asOf = checkAsOf(options.asOf ?? config.asOf ?? today);
    return new Linter(cwd, engines, today, asOf, config, options.inlineSuppressions ?? true);
  }

  /** What a worker thread needs to build the same linter (parallel/pool.ts). */
  workerSetup(): Omit<WorkerSetup, "files"> {
    return {
      cwd: this.cwd,
      config: this.config,
      today: this.today,
      asOf: this.asOf,
      inlineSuppressions: this.inlineSuppressions,
      bundles: this.engines.map((e) => e.bundle),
    };
  }

  /**
   * What a file's checked result depends on besides its bytes (the key of `lint --cache`):
   * dpa-lint's version, each bundle's digest, the organisation's policy, the days and whether
   * inline suppressions are read. Undefined when a bundle has no digest (nothing is cached then).
   */
  resultKey(): string | undefined {
    const digests = this.engines.map((e) => e.bundle.digest);
    if (digests.some((d) => d === undefined)) return undefined;
    return digestOf(
      VERSION,
      this.today,
      this.asOf,
      String(this.inlineSuppressions),
      JSON.stringify(policyData(this.config)),
      ...(digests as string[]),
    );
  }

  /**
   * The problems of a document built from a deployment (infrastructure.ts): normalised and
   * evaluated like a vendor setup, with `infrastructure` beside it in the policies' input for the
   * infra rules. The schema is not checked: the document is dpa-lint's own.
   */
  checkDeployment(value: Record<string, unknown>, infrastructure: Record<string, unknown>): Problem[] {
    const problems: Problem[] = [];
    const { facts, problems: normalizeProblems } = normalize(value, this.normalizeContext);
    for (const p of normalizeProblems) problems.push({ ruleId: p.ruleId, severity: "error", message: p.message, path: p.path });
    const input = { ...policyInput(value, facts), infrastructure };
    for (const engine of this.engines) for (const raw of engine.evaluate(input)) problems.push(fromRaw(raw));
    return problems;
  }

  /**
   * The policies' input for each vendor setup document of a file's text, as a lint builds it: the
   * document with the facts this linter derives (its day, its packs' governing law). For tools
   * that evaluate the policies themselves (the differential test against opa eval, the bench).
   */
  policyInputsOf(file: string, text: string): Array<Record<string, unknown>> {
    return parseYamlText(file, text)
      .documents.map((d) => d.value)
      .filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v))
      .map((v) => policyInput(v, this.factsOf(v)));
  }

  /** The countries a vendor setup's hosting entries resolve to (what it declares). */
  hostingCountries(value: Record<string, unknown>): Array<string | undefined> {
    return this.factsOf(value).hosting.map((h) => h.country);
  }

  /** What the engine derives from a vendor setup (countries, durations, dates), as the policies read it. */
  factsOf(value: Record<string, unknown>): Facts {
    return normalize(value, this.normalizeContext).facts;
  }

  /** A DPA pack's terms as the checks read them (the first loaded bundle that has the pack). */
  packTerms(id: string): Record<string, unknown> | undefined {
    for (const e of this.engines) {
      const terms = ((e.bundle.data.dpa ?? {}) as Record<string, { terms?: Record<string, unknown> }>)[id]?.terms;
      if (terms) return terms;
    }
    return undefined;
  }

  /** The dated legal facts the policies read (policies/lib/legal/data.yaml), from the first bundle. */
  legalData(): LegalData {
    return (this.engines[0]?.bundle.data.lib as { legal?: LegalData } | undefined)?.legal ?? {};
  }

  /** The governing-law country of a loaded DPA pack (its working days skip that country's holidays). */
  governingLaw(dpaId: string): string | undefined {
    return this.dpaPacks.get(dpaId)?.governingLaw;
  }

  /** Every source of the packs this linter judges by, in evaluation order (reports' provenance). */
  get policySources(): PolicySource[] {
    return this.engines.flatMap((e) => sourcesOf(e.bundle));
  }

  /** The catalogue of each loaded bundle (their legal facts, rules and packs). */
  get catalogues(): Catalogue[] {
    return this.engines.map((e) => e.bundle.catalogue);
  }

  /** Reads and lints one file from disk: its findings configured, suppressed and sorted. */
  lintFile(path: string): FileResult {
    return this.finalizeOne(this.checkFile(path));
  }

  /** Lints text as if it were the file `path` (stdin and editors use this). */
  lintText(path: string, text: string): FileResult {
    return this.finalizeOne(this.check(path, text));
  }

  /** Reads and checks one file from disk; `finalize` does the rest (api.ts, workers). */
  checkFile(path: string): CheckedFile {
    const read = readVendorFile(resolve(this.cwd, path));
    if ("text" in read) return this.check(path, read.text);
    // One unreadable file is a finding for that file, never the end of the run.
    return unlintedFile(this.displayName(path), "parse-error", read.problem);
  }

  /**
   * The checks of one file, in pipeline order: parse, then per document the value budget, the
   * schema, the DPA pack, normalisation and the policies. Every check returns problems (rule and
   * JSON path); each document's are placed in the source in one call.
   */
  check(path: string, text: string): CheckedFile {
    const file = this.displayName(path);
    const source = parseYamlText(file, text, { budget: true });
    const result: CheckedFile = { file, findings: [...source.problems], suppressions: [], names: [] };
    if (source.unevaluated.length > 0) result.unevaluated = [...source.unevaluated];
    if (this.inlineSuppressions) result.suppressions = parseSuppressions(source);
    const live = source.documents.filter((d) => d.value !== null && d.value !== undefined);
    if (live.length === 0 && source.problems.length === 0)
      result.findings.push(atFileStart(file, "schema/empty", "file holds no vendor setup document"));
    let evaluated = 0;
    for (const doc of live) {
      // Documents too large to evaluate do not count against the file's budget: they cost nothing.
      const tooLarge = overBudget(doc.values, evaluated);
      const problems = tooLarge
        ? [{ ruleId: "parse-error", severity: "error" as const, message: tooLarge, path: [] }]
        : this.checkDocument(doc);
      if (!tooLarge) evaluated += doc.values;
      else (result.unevaluated ??= []).push(source.lines.lineSpan(...doc.range));
      for (const f of locateProblems(problems, source, doc)) result.findings.push(f);
      const name = (doc.value as { metadata?: { name?: unknown } } | null)?.metadata?.name;
      if (!tooLarge && typeof name === "string") {
        const position = doc.position(["metadata", "name"]);
        result.names.push({ name, position, ...(source.documents.length > 1 ? { document: doc.index } : {}) });
      }
    }
    return result;
  }

  /** How finalize applies this linter's configuration, today and catalogues (findings/finalize.ts). */
  finalizeContext(baseline?: FinalizeContext["baseline"]): FinalizeContext {
    return {
      settings: this.config,
      relativeToRoot: (f) => toPosix(relative(this.config.root, resolve(this.cwd, f))),
      inlineSuppressions: this.inlineSuppressions,
      today: this.today,
      ruleMeta: (id) => this.ruleMeta(id),
      isDpaPack: (id) => this.dpaPacks.has(id),
      ...(baseline ? { baseline } : {}),
      ...(this.config.docsBase ? { docsBase: this.config.docsBase } : {}),
    };
  }

  /** The catalogue entry of a rule: a policy rule of a loaded bundle, or one of the engine's own. */
  ruleMeta(ruleId: string): RuleMeta | undefined {
    for (const e of this.engines) {
      const meta = e.rule(ruleId);
      if (meta) return meta;
    }
    return engineRuleMeta(ruleId);
  }

  private finalizeOne(checked: CheckedFile): FileResult {
    const done = finalize([checked], this.finalizeContext());
    return { file: checked.file, findings: done.results, suppressed: done.suppressed, names: checked.names };
  }

  /** The problems of one document: format, pack, normalisation, then each bundle's policies. */
  private checkDocument(doc: SourcePart): Problem[] {
    const problems: Problem[] = [];
    const error = (ruleId: string, message: string, path: PathSegment[], atKey = false): void => {
      problems.push({ ruleId, severity: "error", message, path, ...(atKey ? { atKey } : {}) });
    };
    const outOfRange = numbersOutOfRange(doc.value);
    for (const path of outOfRange)
      error(
        "schema/number-range",
        `${formatPath(path)} is outside the whole numbers the policies compute with (${-MAX_POLICY_INT - 1} to ${MAX_POLICY_INT})`,
        path,
      );
    const schemaProblems = validateVendorSetup(doc.value);
    for (const p of schemaProblems) error(p.ruleId, p.message, p.path, p.atKey);
    // A number the policies cannot represent would fail the whole evaluation: such a document is
    // reported and not evaluated (its file still gets every other finding, the run goes on).
    if (outOfRange.length > 0 || typeof doc.value !== "object" || doc.value === null || Array.isArray(doc.value)) return problems;
    const value = doc.value as Record<string, unknown>;
    const unknownPack = this.unknownPack(value);
    if (unknownPack) problems.push(unknownPack);
    const { facts, problems: normalizeProblems } = normalize(value, this.normalizeContext);
    for (const p of normalizeProblems) error(p.ruleId, p.message, p.path);
    const input = policyInput(withoutRejectedValues(value, schemaProblems), facts);
    for (const engine of this.engines) {
      try {
        for (const raw of engine.evaluate(input)) problems.push(fromRaw(raw));
      } catch (thrown) {
        // A policy that fails on one document fails that document, never the whole run.
        error("file/evaluation-failed", `the policies could not evaluate this document: ${describeThrown(thrown)}`, []);
      }
    }
    return problems;
  }

  /** `schema/unknown-dpa` when the document names a pack no loaded bundle has. */
  private unknownPack(value: Record<string, unknown>): Problem | undefined {
    const dpaId = dpaIdOf(value);
    if (dpaId === undefined || !/^[a-z0-9][a-z0-9_-]*$/.test(dpaId) || this.dpaPacks.has(dpaId)) return undefined;
    const path: PathSegment[] = typeof value.dpa === "string" ? ["dpa"] : ["dpa", "id"];
    const list = [...this.dpaPacks.keys()].sort().join(", ");
    return { ruleId: "schema/unknown-dpa", severity: "error", message: `no policy pack "${dpaId}" is loaded (known: ${list})`, path };
  }

  /** A path as findings name it: relative to cwd, forward slashes. */
  displayName(path: string): string {
    const rel = relative(this.cwd, resolve(this.cwd, path));
    return toPosix(rel === "" ? path : rel);
  }
}

/** A policy result as a problem: the rule contract (policies/README.md) mapped field by field. */
function fromRaw(raw: RawFinding): Problem {
  return {
    ruleId: raw.rule,
    severity: raw.severity,
    message: raw.msg,
    path: raw.path,
    ...(raw.dpa ? { dpa: raw.dpa } : {}),
    ...(raw.clause ? { clause: raw.clause } : {}),
    ...(raw.quote ? { quote: raw.quote } : {}),
  };
}

/**
 * Places a document's problems in the source: the one call that turns JSON paths into lines and
 * columns (the document's `position`), with the hash of the value each is about (for the baseline).
 */
function locateProblems(problems: readonly Problem[], source: SourceDocument, doc: SourcePart): Finding[] {
  const multi = source.documents.length > 1;
  const hashes = new Map<string, string>();
  return problems.map(({ atKey, ...p }) => {
    const key = JSON.stringify(p.path);
    let valueHash = hashes.get(key);
    if (valueHash === undefined) hashes.set(key, (valueHash = valueHashAt(doc.value, p.path)));
    return {
      file: source.file,
      ...p,
      ...(multi ? { document: doc.index } : {}),
      ...doc.position(p.path, atKey),
      valueHash,
    };
  });
}

/** An error about a whole file, at its first character. */
function atFileStart(file: string, ruleId: string, message: string): Finding {
  return { file, ruleId, severity: "error", message, path: [], line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** The result for a file that could not be linted at all (unreadable, refused): that one finding. */
export function unlintedFile(file: string, ruleId: string, message: string): CheckedFile {
  return { file, findings: [atFileStart(file, ruleId, message)], suppressions: [], names: [] };
}

/** The budget message when a document would take the file past PARSE_LIMITS' values, else undefined. */
function overBudget(values: number, before: number): string | undefined {
  const { maxValuesPerDocument: perDoc, maxValuesPerFile: perFile } = PARSE_LIMITS;
  return values <= perDoc && before + values <= perFile ? undefined : overBudgetMessage(values);
}

/** The document with its derived facts beside it (normalize/facts.ts explains the layout). */
export function policyInput(doc: Record<string, unknown>, facts: Facts): Record<string, unknown> {
  return { ...doc, derived: facts };
}

/** The day legal facts are judged on must be a real YYYY-MM-DD date: a typo would judge by no law. */
function checkAsOf(day: string): string {
  const parsed = parseDate(day);
  if (typeof parsed !== "number")
    throw new InputError(`${parsed.error}; give the day whose legal facts apply as YYYY-MM-DD`, { field: "as-of" });
  return day;
}
