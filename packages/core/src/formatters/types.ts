import type { RuleMeta } from "../engine/catalogue.js";
import type { PolicyBundle } from "../engine/policy.js";
import type { LintResult } from "../result.js";

/** What a formatter may know beyond the result: pure data, so every formatter is a pure function. */
export interface FormatContext {
  color: boolean;
  /** The catalogue's rules, for SARIF rule help and titles. */
  rules: readonly RuleMeta[];
  toolVersion: string;
  /** The exit code the run ends with, when the adapter knows it before writing (SARIF invocations). */
  exitCode?: number;
  /** Where dpa-lint's own rule pages are published (the configuration's `docsBase`). */
  docsBase?: string;
  /** The run's code-scanning category (`--sarif-category`), instead of the result's default. */
  sarifCategory?: string;
}

/** The context every adapter gives the formatters: the loaded bundles' rules and its version. */
export function formatContext(bundles: readonly PolicyBundle[], toolVersion: string, color = false, docsBase?: string): FormatContext {
  return { color, rules: bundles.flatMap((b) => b.catalogue.rules), toolVersion, ...(docsBase ? { docsBase } : {}) };
}

export interface Formatter {
  description: string;
  format(result: LintResult, context: FormatContext): string;
}
