import type { RuleMeta } from "../engine/catalogue.js";
import type { LintResult } from "../result.js";

/** What a formatter may know beyond the result: pure data, so every formatter is a pure function. */
export interface FormatContext {
  color: boolean;
  /** The catalogue's rules, for SARIF rule help and titles. */
  rules: readonly RuleMeta[];
  toolVersion: string;
}

export interface Formatter {
  description: string;
  format(result: LintResult, context: FormatContext): string;
}
