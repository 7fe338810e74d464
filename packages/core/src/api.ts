import { relative, resolve } from "node:path";
import { DEFAULT_INCLUDE, defaultConfig, findConfig, loadConfig, type ResolvedConfig } from "./config/config.js";
import { collectFiles } from "./files/collect.js";
import { docsUrl } from "./formatters/docs-url.js";
import { sortAndDedupe, type Finding } from "./findings/finding.js";
import { Linter, type FileResult, type LinterOptions } from "./lint.js";
import { summarize, type LintResult } from "./result.js";

/**
 * Lints files, directories and globs (default: the config's `include`, else `vendors/`) and
 * returns the result; the one-call public API. Throws typed errors (ConfigError, InputError,
 * PolicyError); never prints.
 *
 * ```ts
 * import { lint } from "@dpa-lint/core";
 * const result = await lint(["vendors/"]);
 * for (const f of result.results) console.log(`${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
 * ```
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = options.config ?? resolveConfig(cwd, options.configFile);
  const linter = options.linter ?? (await Linter.create({ ...options, cwd, config }));
  const targets = paths.length > 0 ? paths : config.include.length > 0 ? config.include.map((g) => relative(cwd, resolve(config.root, g)) || ".") : DEFAULT_INCLUDE;
  const files = options.stdin ? [] : collectFiles(targets, cwd, { exclude: config.exclude, root: config.root });
  const perFile = options.stdin ? [linter.lintText(options.stdin.filename, options.stdin.text)] : files.map((f) => linter.lintFile(f));
  const results = sortAndDedupe([...perFile.flatMap((r) => r.findings), ...duplicateNames(perFile)]);
  const suppressed = sortAndDedupe(perFile.flatMap((r) => r.suppressed));
  return { files: perFile.map((r) => r.file), results, suppressed, summary: summarize(perFile.length, results, suppressed) };
}

export interface LintOptions extends LinterOptions {
  /** A linter created earlier (reuses its loaded Wasm). */
  linter?: Linter;
  /** A configuration file to use instead of looking for .dpa-lint.yaml upwards from cwd. */
  configFile?: string;
  /** Lint this text as the file `filename` instead of paths (the CLI's `-` with --stdin-filename). */
  stdin?: { filename: string; text: string };
}

/** The explicit config file, else the nearest .dpa-lint.yaml above cwd, else the defaults. */
export function resolveConfig(cwd: string, configFile?: string): ResolvedConfig {
  const file = configFile ?? findConfig(cwd);
  return file ? loadConfig(file, cwd) : defaultConfig(cwd);
}

/**
 * metadata.name is unique in the repository (vendor-setup-v1.md): every use after the first, in
 * file order, is a finding that names the first.
 */
function duplicateNames(results: readonly FileResult[]): Finding[] {
  const first = new Map<string, { file: string; line: number }>();
  const findings: Finding[] = [];
  for (const r of results) {
    for (const n of r.names) {
      const seen = first.get(n.name);
      if (!seen) {
        first.set(n.name, { file: r.file, line: n.position.line });
        continue;
      }
      findings.push({
        file: r.file,
        ruleId: "schema/duplicate-name",
        severity: "error",
        message: `metadata.name "${n.name}" is already used in ${seen.file}:${seen.line}; names are unique in the repository`,
        path: ["metadata", "name"],
        ...(n.document !== undefined ? { document: n.document } : {}),
        ...n.position,
        docsUrl: docsUrl("schema/duplicate-name"),
      });
    }
  }
  return findings;
}
