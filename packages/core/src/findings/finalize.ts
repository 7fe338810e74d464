import type { RuleMeta } from "../engine/catalogue.js";
import { applyBaseline, type Baseline } from "./baseline.js";
import { ruleDocsUrl } from "./docs-url.js";
import { sortAndDedupe, type Finding, type Position, type SuppressedFinding } from "./finding.js";
import { applyRuleSettings, type RuleSettings } from "./rule-settings.js";
import { applySuppressions, type InlineSuppression } from "./suppressions.js";
import { appendAll } from "../arrays.js";

/**
 * One file's findings as the checks produced them: located, but not yet configured, suppressed,
 * enriched or sorted. Plain data, so worker threads can send it back.
 */
export interface CheckedFile {
  file: string;
  findings: Finding[];
  /** The file's `# dpa-lint-disable` comments; finalize applies them. */
  suppressions: InlineSuppression[];
  /** Each document's metadata.name and where it is, for the repository-wide uniqueness check. */
  names: Array<{ name: string; position: Position; document?: number }>;
  /**
   * Line ranges (1-based, inclusive) of documents the policies never saw (too large to
   * evaluate): a suppression there cannot be known to be unused.
   */
  unevaluated?: Array<[number, number]>;
}

/** What finalize needs to know besides the findings. */
export interface FinalizeContext {
  settings: RuleSettings;
  /** A finding's file relative to the configuration's directory, for `overrides` globs. */
  relativeToRoot: (file: string) => string;
  /** Honour `# dpa-lint-disable` comments (false: the audit mode). */
  inlineSuppressions: boolean;
  /** Today, for suppressions' (until ...) dates. */
  today: string;
  /** The catalogue entry of a policy rule, for the clause and quote a finding does not carry. */
  ruleMeta: (ruleId: string) => RuleMeta | undefined;
  /** Whether a pack id names a DPA pack (a finding of one names its `dpa`). */
  isDpaPack: (id: string) => boolean;
  baseline?: { baseline: Baseline; file: string };
  /** Where dpa-lint's own rule pages are published (the configuration's `docsBase`). */
  docsBase?: string;
}

export interface Finalized {
  results: Finding[];
  suppressed: SuppressedFinding[];
  /** Baseline entries no finding used (fixed or changed findings). */
  staleBaselineEntries: number;
}

/**
 * The single post-processing step, run once after every check, for every entry point (lint(),
 * lintFile, lintText), in this order: the checks across files (unique names); the configuration's
 * rule settings; inline suppressions, whose own problems then get
 * the settings too; docs URLs and the clause and quote from the catalogue; the baseline; one sort.
 */
export function finalize(files: readonly CheckedFile[], ctx: FinalizeContext): Finalized {
  let results: Finding[] = [];
  let suppressed: SuppressedFinding[] = [];
  const duplicates = duplicateNames(files);
  for (const [i, file] of files.entries()) {
    const configured = applyRuleSettings([...file.findings, ...(duplicates.get(i) ?? [])], ctx.settings, ctx.relativeToRoot);
    if (!ctx.inlineSuppressions) {
      appendAll(results, configured);
      continue;
    }
    const split = applySuppressions(file.file, configured, file.suppressions, ctx.today, file.unevaluated);
    const problems = applyRuleSettings(split.problems, ctx.settings, ctx.relativeToRoot);
    appendAll(results, split.findings);
    appendAll(results, problems);
    appendAll(suppressed, split.suppressed);
  }
  results = results.map((f) => enrich(f, ctx));
  suppressed = suppressed.map((f) => enrich(f, ctx));
  let staleBaselineEntries = 0;
  if (ctx.baseline) {
    const split = applyBaseline(results, ctx.baseline.baseline, ctx.baseline.file);
    results = split.findings;
    appendAll(suppressed, split.suppressed);
    staleBaselineEntries = split.stale;
  }
  return { results: sortAndDedupe(results), suppressed: sortAndDedupe(suppressed), staleBaselineEntries };
}

/** The docs URL, and the pack, clause and quote a policy finding did not carry, from the catalogue. */
function enrich<T extends Finding>(f: T, ctx: FinalizeContext): T {
  const meta = ctx.ruleMeta(f.ruleId);
  const out: T = { ...f, docsUrl: ruleDocsUrl(f.ruleId, meta?.docsUrl, ctx.docsBase) };
  if (!meta) return out;
  const dpa = f.dpa ?? (ctx.isDpaPack(meta.pack) ? meta.pack : undefined);
  if (dpa) out.dpa = dpa;
  const clause = f.clause ?? meta.clause;
  if (clause) out.clause = clause;
  const quote = f.quote ?? meta.quote;
  if (quote) out.quote = quote;
  return out;
}

/**
 * metadata.name is unique in the repository (docs/vendor-setup-v1.md): every use after the first,
 * in file order, is a finding in that file that names the first. By index of the file; the files
 * themselves are not changed (a cached result must not carry another run's duplicates).
 */
function duplicateNames(files: readonly CheckedFile[]): Map<number, Finding[]> {
  const first = new Map<string, { file: string; line: number }>();
  const out = new Map<number, Finding[]>();
  for (const [i, r] of files.entries()) {
    for (const n of r.names) {
      const seen = first.get(n.name);
      if (!seen) {
        first.set(n.name, { file: r.file, line: n.position.line });
        continue;
      }
      const list = out.get(i) ?? [];
      list.push({
        file: r.file,
        ruleId: "schema/duplicate-name",
        severity: "error",
        message: `metadata.name "${n.name}" is already used in ${seen.file}:${seen.line}; names are unique in the repository`,
        path: ["metadata", "name"],
        ...(n.document !== undefined ? { document: n.document } : {}),
        ...n.position,
      });
      out.set(i, list);
    }
  }
  return out;
}
