import { collectFiles } from "./files/collect.js";
import { sortAndDedupe } from "./findings/finding.js";
import { Linter, type LinterOptions } from "./lint.js";
import { summarize, type LintResult } from "./result.js";

/**
 * Lints files and directories and returns the result; the one-call public API.
 *
 * ```ts
 * import { lint } from "@dpa-lint/core";
 * const result = await lint(["vendors/"]);
 * for (const f of result.results) console.log(`${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
 * ```
 */
export async function lint(paths: readonly string[], options: LinterOptions & { linter?: Linter } = {}): Promise<LintResult> {
  const linter = options.linter ?? (await Linter.create(options));
  const files = collectFiles(paths, linter.cwd);
  const results = sortAndDedupe(files.flatMap((f) => linter.lintFile(f).findings));
  return { results, suppressed: [], summary: summarize(files.length, results, []) };
}
