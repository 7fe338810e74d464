import { statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { DEFAULT_INCLUDE, defaultConfig, findConfig, loadConfig, type ResolvedConfig } from "./config/config.js";
import { collectFiles, findRepositoryRoot, GLOB_CHARS, isInside, selectIncluded } from "./files/collect.js";
import type { PolicySource } from "./engine/policy.js";
import { changedSince } from "./files/git.js";
import { isTerraformFile, isTerraformPath, terraformFilesIn } from "./files/terraform-files.js";
import { checkInfrastructure } from "./infrastructure.js";
import { InputError } from "./errors.js";
import { resolutionChain } from "./files/link-chain.js";
import type { Baseline } from "./findings/baseline.js";
import { finalize, type CheckedFile } from "./findings/finalize.js";
import { Linter, unlintedFile, type LinterOptions } from "./lint.js";
import { LintCache } from "./lint-cache.js";
import { vendorSetupsOf } from "./vendor-setups.js";
import { defaultWorkers, lintInWorkers } from "./parallel/pool.js";
import { summarize, type LintResult } from "./result.js";
import { runCategory } from "./run-category.js";
import { appendAll } from "./arrays.js";

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
  // Looked up once: the walk refuses symlinks leaving it, and SARIF locates findings from it.
  const repository = findRepositoryRoot(cwd);
  // The config's include is relative to the config file; the default vendors/ to the working directory.
  const [include, includeRoot] = config.include.length > 0 ? [config.include, config.root] : [DEFAULT_INCLUDE, cwd];
  const named = options.onlyIncluded
    ? [
        ...selectIncluded(expandDirectories(paths, cwd, config, repository), cwd, {
          include,
          root: includeRoot,
          exclude: config.exclude,
          excludeRoot: config.root,
        }),
        // Staged .tf files under the configuration's `infrastructure`.
        ...infrastructureOf(
          paths.filter((p) => isTerraformFile(p)),
          cwd,
          config,
        ),
      ]
    : paths;
  const targets = paths.length > 0 ? named : include.map((g) => relative(cwd, resolve(includeRoot, g)) || ".");
  const notices: string[] = [];
  if (options.onlyIncluded && paths.length > 0 && named.length === 0) {
    const which = paths.length === 1 ? "the named file is not" : `none of the ${paths.length} named files is`;
    notices.push(`${which} a vendor file the configuration includes; nothing to lint`);
  }
  // Terraform: .tf files and directories holding them among the targets, and the configuration's
  // `infrastructure` on a default run; the other targets are vendor setups as before.
  const split = options.stdin
    ? { terraform: [], vendorTargets: [] }
    : splitTerraform(targets, cwd, paths.length === 0 ? config : undefined);
  const collected =
    options.stdin || (options.onlyIncluded && named.length === 0) || split.vendorTargets.length === 0
      ? { files: [], refused: new Map<string, string>() }
      : collectFiles(split.vendorTargets, cwd, { exclude: config.exclude, root: config.root, repository: repository ?? cwd });
  const changed = options.changedSince === undefined ? undefined : changedSince(options.changedSince, cwd);
  // Changed through any name it is reached by: git names an edit behind a symlink by the target's path.
  const isChanged = (f: string): boolean => !changed || resolutionChain(f).some((p) => changed.has(p));
  const files = collected.files.filter(isChanged);
  // A file the collection refused to read (a symlink leaving the repository): one finding for it.
  const refused = [...collected.refused]
    .filter(([f]) => isChanged(f))
    .map(([f, why]) => unlintedFile(linter.displayName(f), "file/outside-repository", why));
  const checked = options.stdin
    ? [linter.check(options.stdin.filename, options.stdin.text)]
    : await checkFiles(linter, files, options, repository ?? cwd);
  const terraform = split.terraform.filter(isChanged);
  const plans = (options.terraformPlans ?? []).map((p) => ({ path: resolve(cwd, p), display: linter.displayName(p) }));
  if (terraform.length > 0 || plans.length > 0) {
    // All of the repository's Terraform was read: a default run of the configured infrastructure.
    const complete = paths.length === 0 && !changed && (config.infrastructure?.length ?? 0) > 0;
    const run = { config, cwd, repository, complete, ...(options.sources ? { sources: options.sources } : {}) };
    appendAll(checked, await lintTerraform(linter, terraform, plans, collected.files, run));
    options.onProgress?.(checked.length, checked.length);
  }
  appendAll(checked, refused);
  checked.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const done = finalize(checked, linter.finalizeContext(options.baseline));
  if (options.baseline && done.staleBaselineEntries > 0) {
    const n = done.staleBaselineEntries;
    notices.push(
      `${options.baseline.file}: ${n} baselined ${n === 1 ? "finding no longer occurs" : "findings no longer occur"} (fixed or changed); --write-baseline drops them`,
    );
  }
  const legalFacts = { asOf: linter.asOf, ...linter.catalogues.find((c) => c.legalFacts)?.legalFacts };
  return {
    files: checked.map((r) => r.file),
    results: done.results,
    suppressed: done.suppressed,
    summary: summarize(checked.length, done.results, done.suppressed),
    ...(notices.length > 0 ? { notices } : {}),
    legalFacts,
    ...provenance(linter, cwd, repository ?? config.root, config.file, paths.length > 0 ? paths : targets),
    location: { cwd, root: repository ?? config.root },
  };
}

export interface LintOptions extends LinterOptions {
  /** A linter created earlier (reuses its loaded Wasm). */
  linter?: Linter;
  /** A configuration file to use instead of looking for .dpa-lint.yaml upwards from cwd. */
  configFile?: string;
  /** Lint this text as the file `filename` instead of paths (the CLI's `-` with --stdin-filename). */
  stdin?: { filename: string; text: string };
  /**
   * Of the named paths, lint only the files the configuration includes (pre-commit and lint-staged
   * name every staged file); without it a named file is linted whatever its name.
   */
  onlyIncluded?: boolean;
  /** Lint only the files changed since this git ref (among those the paths select). */
  changedSince?: string;
  /** Called after each file with the count done and the total: a progress line for long runs. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads (default: one per core for large runs, PARALLEL_THRESHOLD files each at least). */
  workers?: number;
  /**
   * Skip files unchanged since an earlier run with the same policies, configuration and day (see
   * lint-cache.ts); `location` is the cache file (default: in the user's cache directory).
   */
  cache?: { location?: string; env?: NodeJS.ProcessEnv };
  /**
   * Terraform plans in JSON (`terraform show -json PLAN`): what they deploy is judged like the
   * Terraform files, with the values only a plan knows (docs/infrastructure.md).
   */
  terraformPlans?: readonly string[];
  /**
   * Texts that stand for Terraform files on disk, by absolute path: an editor's unsaved buffers
   * are judged as typed, the files around them as saved.
   */
  sources?: ReadonlyMap<string, string>;
  /** Findings this baseline records are suppressed (kind "baseline"). */
  baseline?: { baseline: Baseline; file: string };
}

/**
 * With --only-included, a named directory stands for the files under it (then filtered by the
 * include like any named file): `lint --only-included vendors` lints what the include selects there.
 */
function expandDirectories(paths: readonly string[], cwd: string, config: ResolvedConfig, repository: string | undefined): string[] {
  return paths.flatMap((p) => {
    if (!statSync(resolve(cwd, p), { throwIfNoEntry: false })?.isDirectory()) return [p];
    try {
      const { files, refused } = collectFiles([p], cwd, { exclude: config.exclude, root: config.root, repository: repository ?? cwd });
      return [...files, ...refused.keys()];
    } catch {
      return []; // No vendor file in it: the notice below says nothing was linted.
    }
  });
}

/**
 * The targets split into Terraform (.tf files, globs of them, and the .tf files of a named
 * directory) and vendor-setup targets. A directory holding only Terraform is not a vendor target
 * (it would be "no vendor file in this directory"). With `config` (a default run), the
 * configuration's `infrastructure` is read too.
 */
function splitTerraform(
  targets: readonly string[],
  cwd: string,
  config: ResolvedConfig | undefined,
): { terraform: string[]; vendorTargets: string[] } {
  const terraform = new Set<string>();
  const vendorTargets: string[] = [];
  for (const t of targets) {
    if (isTerraformPath(t)) {
      const found = GLOB_CHARS.test(t) ? terraformFilesIn(t, cwd) : [resolve(cwd, t)];
      if (found.length === 0) throw new InputError("no Terraform file matches this glob", { file: t });
      for (const f of found) terraform.add(f);
      continue;
    }
    const isDir = statSync(resolve(cwd, t), { throwIfNoEntry: false })?.isDirectory() === true;
    const tf = isDir ? terraformFilesIn(t, cwd) : [];
    for (const f of tf) terraform.add(f);
    if (tf.length === 0 || holdsVendorFiles(t, cwd)) vendorTargets.push(t);
  }
  for (const g of config?.infrastructure ?? []) for (const f of terraformFilesIn(resolve(config?.root ?? cwd, g), cwd)) terraform.add(f);
  return { terraform: [...terraform].sort(), vendorTargets };
}

/** Of the named .tf files, those the configuration's `infrastructure` reads (its files listed once). */
function infrastructureOf(tf: readonly string[], cwd: string, config: ResolvedConfig): string[] {
  if (tf.length === 0) return [];
  const read = new Set((config.infrastructure ?? []).flatMap((g) => terraformFilesIn(resolve(config.root, g), config.root)));
  return tf.filter((p) => read.has(resolve(cwd, p)));
}

function holdsVendorFiles(dir: string, cwd: string): boolean {
  try {
    return collectFiles([dir], cwd).files.length > 0;
  } catch {
    return false;
  }
}

/**
 * The vendor files checked, in file order: those --cache has unchanged come from it, the rest are
 * linted (on worker threads for large runs) and recorded in it.
 */
async function checkFiles(linter: Linter, files: readonly string[], options: LintOptions, repository: string): Promise<CheckedFile[]> {
  const cwd = linter.cwd;
  const key = options.cache ? linter.resultKey() : undefined;
  const cache = key ? LintCache.open({ ...options.cache, key, repository, cwd }) : undefined;
  const { hits, misses: toLint } = cache ? cache.split(files, (f) => linter.displayName(f)) : { hits: [], misses: [...files] };
  const workers = options.workers ?? defaultWorkers(toLint.length);
  const checked =
    workers > 1
      ? await lintInWorkers(linter.workerSetup(), toLint, workers, (f) => linter.checkFile(f), options.onProgress)
      : toLint.map((f, i) => {
          const r = linter.checkFile(f);
          options.onProgress?.(i + 1, toLint.length);
          return r;
        });
  cache?.store(toLint.map((file, i) => ({ file, checked: checked[i] as CheckedFile })));
  return [...checked, ...hits];
}

/**
 * The Terraform files' findings. Every vendor setup the configuration includes is what the
 * deployments are judged against, whichever files this run lints (a hook names only the staged
 * .tf files), with the vendor files this run collected.
 */
async function lintTerraform(
  linter: Linter,
  terraform: readonly string[],
  plans: ReadonlyArray<{ path: string; display: string }>,
  collected: readonly string[],
  run: { config: ResolvedConfig; cwd: string; repository: string | undefined; complete: boolean; sources?: ReadonlyMap<string, string> },
): Promise<CheckedFile[]> {
  const setups = new Set([...collected, ...vendorSetupsOf(run.config, run.cwd, run.repository)]);
  return checkInfrastructure(linter, terraform, [...setups], plans, run.complete, run.sources);
}

/** The explicit config file, else the nearest .dpa-lint.yaml above cwd, else the defaults. */
export function resolveConfig(cwd: string, configFile?: string): ResolvedConfig {
  const file = configFile ?? findConfig(cwd);
  return file ? loadConfig(file, cwd) : defaultConfig(cwd);
}

/**
 * What a result says about how it was judged: the policy sources (a location inside the working
 * directory relative to it) and the run's category for code scanning.
 */
function provenance(
  linter: Linter,
  cwd: string,
  root: string,
  configFile: string | undefined,
  paths: readonly string[],
): Pick<LintResult, "policies" | "category"> {
  const policies = linter.policySources.map((s: PolicySource) =>
    isAbsolute(s.location) && isInside(s.location, cwd) ? { ...s, location: relative(cwd, s.location) || "." } : s,
  );
  return { policies, category: runCategory(root, configFile, cwd, paths) };
}
