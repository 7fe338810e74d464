import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, posix, relative, resolve } from "node:path";
import {
  CONFIG_NAMES,
  DpaLintError,
  defaultConfig,
  findConfig,
  gitBytes,
  gitOutput,
  loadConfig,
  loadNpmPack,
  loadPolicyPack,
  isNpmPack,
  isOciPack,
  fetchOciPacks,
  loadOciPolicyPack,
  parseNpmPack,
  parseOciRef,
  sourcesOf,
  withSources,
  parseBaseline,
  parseConfig,
  temporaryDirectory,
  type Baseline,
  type PolicyBundle,
  type VerifyKey,
  type ResolvedConfig,
} from "@dpa-lint/core";

/** What judges the pull request, and what the summary says about where it came from. */
export interface Rules {
  config: ResolvedConfig;
  baseline?: { baseline: Baseline; file: string };
  /** Policy packs beside the built-in ones (the `policies` input). */
  packs: PolicyBundle[];
  notes: string[];
}

/**
 * The pull request's base commit in the checked-out repository. The configuration and baseline
 * that judge a pull request are read from here with git, never from the pull request's own files:
 * a pull request must not be able to weaken the rules that judge it.
 */
export class BaseCommit {
  readonly top: string;
  readonly short: string;

  constructor(
    readonly sha: string,
    readonly workspace: string,
  ) {
    this.top = this.git(["rev-parse", "--show-toplevel"], "the workspace is not a git checkout").trim();
    this.short = sha.slice(0, 7);
  }

  /**
   * Makes sure the base commit is in the clone: actions/checkout fetches one commit by default,
   * so fetch the base (with the credentials checkout left) when it is missing.
   */
  ensurePresent(): void {
    if (this.tryGit(["cat-file", "-e", `${this.sha}^{commit}`]) !== undefined) return;
    this.git(
      ["fetch", "--no-tags", "--depth=1", "origin", this.sha],
      `the base commit ${this.short} is not in the checkout and cannot be fetched (use actions/checkout with fetch-depth: 0)`,
    );
  }

  /**
   * What to diff against for the pull request's own changes: the merge base when the history has
   * it, else the base itself (right for the merge commit actions/checkout makes of a pull request).
   */
  diffRef(): string {
    return this.tryGit(["merge-base", this.sha, "HEAD"])?.trim() || this.sha;
  }

  /** A file's text at the base commit; undefined when the base has no such file. */
  read(repoPath: string): string | undefined {
    if (this.tryGit(["cat-file", "-e", `${this.sha}:${repoPath}`]) === undefined) return undefined;
    return this.git(["show", `${this.sha}:${repoPath}`], `cannot read ${repoPath} at the base commit ${this.short}`);
  }

  /**
   * Copies a directory as it is at the base commit into `dest`; false when the base has no files
   * there.
   */
  extract(repoPath: string, dest: string): boolean {
    const files = this.git(
      ["ls-tree", "-r", "-z", "--name-only", this.sha, "--", repoPath],
      `cannot list ${repoPath} at the base commit ${this.short}`,
    )
      .split("\0")
      .filter(Boolean);
    for (const file of files) {
      const target = join(dest, posix.relative(repoPath, file));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(
        target,
        gitBytes(["show", `${this.sha}:${file}`], this.workspace, "base branch", `cannot read ${file} at the base commit ${this.short}`),
      );
    }
    return files.length > 0;
  }

  /** Whether the checked-out tree differs from the base commit under a path. */
  differs(repoPath: string): boolean {
    return (
      this.git(
        ["diff", "--name-only", this.sha, "--", repoPath],
        `cannot compare ${repoPath} with the base commit ${this.short}`,
      ).trim() !== ""
    );
  }

  /** A workspace path as git names it in a tree: relative to the repository's top, with /. */
  repoPath(workspacePath: string): string {
    return relative(this.top, resolve(this.workspace, workspacePath)).split("\\").join("/");
  }

  private git(args: string[], what: string): string {
    return gitOutput(args, this.workspace, "base branch", what);
  }

  private tryGit(args: string[]): string | undefined {
    try {
      return gitOutput(args, this.workspace, "base branch", "git");
    } catch {
      return undefined;
    }
  }
}

/**
 * The configuration, baseline and policy packs of the base commit, applied to the checked-out
 * tree. A pull request that changes them is judged by the base's versions (the notes say so); one
 * that breaks the configuration fails, since every run after the merge would.
 */
export async function rulesFromBase(
  base: BaseCommit,
  options: { config?: string; baseline?: string; policies: readonly string[] },
): Promise<Rules> {
  const notes: string[] = [];
  const config = configFromBase(base, options.config, notes);
  // The configuration's baseline and policies count like the inputs (resolved against its file).
  const fromConfig = (path: string): string => relative(base.workspace, path) || ".";
  const baselinePath = options.baseline ?? (config.baseline === undefined ? undefined : fromConfig(config.baseline));
  const baseline = baselinePath ? baselineFromBase(base, baselinePath, notes) : undefined;
  // A signed pack's key is read from the base commit too: a pull request cannot swap the key.
  const keyOf = (dir: string): string | undefined => config.policyKeys?.[resolve(base.workspace, dir)];
  const packDirs = [...config.policies.map((p) => (isNpmPack(p) || isOciPack(p) ? p : fromConfig(p))), ...options.policies];
  // OCI packs the runner's cache lacks are fetched from the registry the base commit names.
  await fetchOciPacks(packDirs, "policies");
  const packs = packDirs.flatMap((dir) => {
    if (isNpmPack(dir)) return [npmPackOnPullRequest(base, config, dir, notes)];
    if (isOciPack(dir)) return [ociPackOnPullRequest(base, config, dir, notes)];
    return packFromBase(base, dir, notes, keyOf(dir)) ?? [];
  });
  return { config, ...(baseline ? { baseline } : {}), packs, notes };
}

/**
 * An OCI pack on a pull request: named by the base commit's configuration, verified with the
 * base commit's key; a tag alone moves with the registry, and the summary says so.
 */
function ociPackOnPullRequest(base: BaseCommit, config: ResolvedConfig, entry: string, notes: string[]): PolicyBundle {
  const keyFile = config.policyKeys?.[entry];
  const pack = loadOciPolicyPack(entry, "policies", process.env, keyFromBase(base, keyFile));
  if (parseOciRef(entry, "policies").digest === undefined)
    notes.push(
      `Policy pack \`${entry}\`: a tag, which the registry can move; pin its digest (\`${sourcesOf(pack)[0]?.location ?? `${entry}@sha256:...`}\`) so the pack that judges is fixed.`,
    );
  return pack;
}

function configFromBase(base: BaseCommit, input: string | undefined, notes: string[]): ResolvedConfig {
  const candidates = input ? [base.repoPath(input)] : configCandidates(base);
  const found = candidates.map((path) => ({ path, text: base.read(path) })).find((c) => c.text !== undefined);
  let config: ResolvedConfig;
  if (found?.text !== undefined) {
    const root = join(base.top, dirname(found.path));
    config = parseConfig(found.text, `${found.path} (base ${base.short})`, root, join(base.top, found.path));
    notes.push(`Configuration: \`${found.path}\` as of the base commit ${base.short}.`);
  } else if (input && !existsSync(resolve(base.workspace, input))) {
    // Named and nowhere: never the weaker defaults in its place (a push run fails the same way).
    throw new DpaLintError(`no such file, in the base commit ${base.short} or in the checkout`, { file: input, field: "config" });
  } else {
    config = defaultConfig(base.workspace);
    notes.push(
      input
        ? `Configuration: the defaults (\`${candidates[0]}\` is not in the base commit ${base.short}: this pull request adds it, and it takes effect once merged).`
        : `Configuration: the defaults (the base commit ${base.short} has no ${candidates.map((c) => `\`${c}\``).join(" or ")}).`,
    );
  }
  checkHeadConfig(base, input, found, notes);
  return config;
}

function baselineFromBase(base: BaseCommit, file: string, notes: string[]): Rules["baseline"] {
  const path = base.repoPath(file);
  const text = base.read(path);
  notes.push(
    text === undefined
      ? `Baseline: \`${path}\` is not in the base commit ${base.short}; no finding is suppressed by a baseline.`
      : `Baseline: \`${path}\` as of the base commit ${base.short}.`,
  );
  const head = resolve(base.workspace, file);
  if (existsSync(head) && readFileSync(head, "utf8") !== text)
    notes.push(`This pull request changes \`${path}\`; it takes effect once merged.`);
  return text === undefined ? undefined : { baseline: parseBaseline(text, `${path} (base ${base.short})`), file };
}

/** A policy pack as the base commit has it, copied out and loaded; undefined when the base lacks it. */
function packFromBase(base: BaseCommit, dir: string, notes: string[], keyFile: string | undefined): PolicyBundle | undefined {
  const path = base.repoPath(dir);
  // Under its own name and its directory's: a pack directory's name is its id (policies/dpa/gb is
  // "gb"), and so is the directory of a pack's data.yaml named directly.
  const copy = join(temporaryDirectory("dpa-lint-base-policy-", process.env.RUNNER_TEMP || tmpdir()), ...path.split("/").slice(-2));
  if (!base.extract(path, copy)) {
    if (!existsSync(resolve(base.workspace, dir)))
      throw new DpaLintError("no such directory, in the base commit or in the checkout", { file: dir, field: "policies" });
    notes.push(`Policy pack \`${path}\`: not in the base commit ${base.short}; it takes effect once merged.`);
    return undefined;
  }
  notes.push(`Policy pack: \`${path}\` as of the base commit ${base.short}.`);
  if (base.differs(path)) notes.push(`This pull request changes \`${path}\`; it takes effect once merged.`);
  // Reports name the pack by where it is in the repository and the commit it was read from, not
  // by the temporary copy.
  const pack = loadPolicyPack(copy, process.env, keyFromBase(base, keyFile));
  return withSources(pack, { location: `${path}@${base.short}` });
}

/**
 * An npm pack on a pull request: node_modules is what this workflow installed, from the pull
 * request's lockfile, so only a digest pin or a key from the base commit vouches for it; without
 * either the summary says the pack is the pull request's own.
 */
function npmPackOnPullRequest(base: BaseCommit, config: ResolvedConfig, entry: string, notes: string[]): PolicyBundle {
  const keyFile = config.policyKeys?.[entry];
  const key = keyFromBase(base, keyFile);
  const pack = loadNpmPack(entry, config.root, "policies", process.env, key);
  if (!key && parseNpmPack(entry, "policies").digest === undefined)
    notes.push(
      `Policy pack \`${entry}\`: as installed from this pull request's lockfile; pin its digest (\`${entry}@${sourcesOf(pack)[0]?.digest ?? "sha256:..."}\`) or name a key (\`verify:\`) so a pull request cannot change it.`,
    );
  return pack;
}

/** A verification key as the base commit has it (none when no key is named): a key the pull request adds or changes does not count. */
function keyFromBase(base: BaseCommit, keyFile: string | undefined): VerifyKey | undefined {
  if (keyFile === undefined) return undefined;
  const path = base.repoPath(relative(base.workspace, keyFile));
  const text = base.read(path);
  if (text === undefined)
    throw new DpaLintError(`the verification key is not in the base commit ${base.short}`, { file: path, field: "policies" });
  return { text, name: basename(path) };
}

/** .dpa-lint.yaml / .yml from the working directory up to the repository's top, nearest first. */
function configCandidates(base: BaseCommit): string[] {
  const out: string[] = [];
  let dir = resolve(base.workspace);
  for (;;) {
    for (const name of CONFIG_NAMES) out.push(base.repoPath(join(dir, name)));
    if (dir === base.top || dirname(dir) === dir) return out;
    dir = dirname(dir);
  }
}

function checkHeadConfig(
  base: BaseCommit,
  input: string | undefined,
  found: { path: string; text?: string } | undefined,
  notes: string[],
): void {
  const head = input ? resolve(base.workspace, input) : findConfig(base.workspace);
  if (!head || !existsSync(head)) return;
  if (found && base.repoPath(head) === found.path && readFileSync(head, "utf8") === found.text) return;
  try {
    loadConfig(head, base.workspace);
  } catch (error) {
    const detail = error instanceof DpaLintError ? error.oneLine() : String(error);
    throw new DpaLintError(`the pull request's configuration does not load, so every run after the merge would fail: ${detail}`);
  }
  notes.push(
    `This pull request changes \`${base.repoPath(head)}\`; it was judged by the base commit's version, and the new one takes effect once merged.`,
  );
}
