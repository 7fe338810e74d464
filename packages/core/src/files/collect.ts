import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { InputError } from "../errors.js";
import { toPosix } from "./posix.js";
import { decodeText, readUpTo, withRegularFile } from "./read.js";

/** File endings read as vendor setups: YAML, and JSON with the same structure. */
export const VENDOR_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
/** Never walked: git's own data. */
const SKIPPED_DIRS = new Set([".git"]);
/**
 * Walked, but a file in them is linted only when it declares `kind: VendorSetup`: installed
 * packages hold YAML and JSON of their own, and a vendor file placed there must still be linted.
 */
const DECLARED_ONLY_DIRS = new Set(["node_modules"]);
/** Characters that make a path a glob. */
export const GLOB_CHARS = /[*?[\]{}!]/;

export interface CollectOptions {
  /** Globs (relative to `root`) of files never linted when found through a directory or glob. */
  exclude?: readonly string[];
  /** Directory the exclude globs are relative to (the config file's directory). */
  root?: string;
  /** Symbolic links may point anywhere inside this directory (default: the git work tree or cwd). */
  repository?: string;
}

export interface CollectedFiles {
  /** Absolute paths to lint, sorted, without duplicates. */
  files: string[];
  /** Paths that must be reported instead of linted (a symlink leaving the repository), with why. */
  refused: Map<string, string>;
}

/**
 * Expands files, directories and globs into the vendor files to lint. A named file is linted
 * whatever its ending; directories and globs contribute YAML and JSON files, and any other file
 * (hidden, or with another ending) that declares `kind: VendorSetup`. A path, directory or glob
 * that yields no vendor file is an error, never a silent pass. Symbolic links are followed inside
 * the repository (each directory once, so a loop ends) and refused when they leave it: a pull
 * request that turns a vendor file into a link to /etc/passwd gets a finding, not a pass.
 */
export function collectFiles(paths: readonly string[], cwd: string, options: CollectOptions = {}): CollectedFiles {
  const out = new Set<string>();
  const refused = new Map<string, string>();
  const excluded = excludedBy(options.exclude, resolve(options.root ?? cwd));
  const repository = realpathOr(resolve(options.repository ?? repositoryRoot(cwd)));
  const walker = new Walker(repository, refused, (f) => {
    if (!excluded(f)) out.add(f);
  });
  for (const p of paths) {
    const before = out.size + refused.size;
    if (GLOB_CHARS.test(p)) {
      walker.glob(p, cwd);
      if (out.size + refused.size === before) throw new InputError("no vendor file matches this glob", { file: p });
      continue;
    }
    const abs = resolve(cwd, p);
    const stat = statOr(abs);
    if (!stat) throw new InputError(lstatOr(abs) ? "a symbolic link to nothing" : "no such file or directory", { file: p });
    if (!stat.isDirectory()) {
      if (walker.admit(abs)) out.add(abs);
      continue;
    }
    walker.walk(abs);
    if (out.size + refused.size === before)
      throw new InputError(`no vendor file (${[...VENDOR_EXTENSIONS].join(", ")}, or kind: VendorSetup) in this directory`, { file: p });
  }
  return { files: [...out].sort(), refused };
}

/** The directory walk, with the symlink policy and loop detection. */
class Walker {
  private readonly seenDirs = new Set<string>();

  constructor(
    private readonly repository: string,
    private readonly refused: Map<string, string>,
    private readonly visit: (file: string) => void,
  ) {}

  glob(pattern: string, cwd: string): void {
    const { base, match } = splitGlob(pattern, cwd);
    if (statOr(base)?.isDirectory()) this.walk(base, (f) => match(toPosix(relative(base, f))));
  }

  /** Whether a named file may be read: true, or false after recording why it is refused. */
  admit(abs: string): boolean {
    const real = realpathOr(abs);
    if (real === abs || isInside(real, this.repository)) return true;
    this.refused.set(abs, `a symbolic link to ${real}, outside the repository: dpa-lint does not follow it`);
    return false;
  }

  walk(dir: string, matches: (file: string) => boolean = () => true, declaredOnly = false): void {
    const real = realpathOr(dir);
    if (this.seenDirs.has(real)) return;
    this.seenDirs.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      const full = join(dir, entry.name);
      let target: { isDirectory(): boolean; isFile(): boolean } | undefined = entry;
      if (entry.isSymbolicLink()) {
        if (!this.admit(full)) continue;
        target = statOr(full);
        if (!target) {
          this.refused.set(full, "a symbolic link to nothing");
          continue;
        }
      }
      if (target.isDirectory()) this.walk(full, matches, declaredOnly || DECLARED_ONLY_DIRS.has(entry.name));
      else if (target.isFile() && matches(full) && ((!declaredOnly && isVendorFileName(entry.name)) || declaresVendorSetup(full)))
        this.visit(full);
    }
  }
}

/**
 * A glob as the directory to walk (its part before the first glob character, from `cwd`) and a
 * test of paths relative to it. dot: a walk enters hidden directories and lints hidden files that
 * declare themselves, and a glob must select the same files as the directory it names.
 */
export function splitGlob(pattern: string, cwd: string): { base: string; match: (relativePath: string) => boolean } {
  const parts = toPosix(pattern).split("/");
  const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
  return {
    base: resolve(cwd, parts.slice(0, firstGlob).join("/") || "."),
    match: picomatch(parts.slice(firstGlob).join("/"), { dot: true }),
  };
}

/** The nearest directory above `cwd` with a .git entry (the work tree), or undefined outside one. */
export function findRepositoryRoot(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (lstatOr(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The nearest directory above `cwd` with a .git entry (the work tree), else `cwd`. */
export function repositoryRoot(cwd: string): string {
  return findRepositoryRoot(cwd) ?? resolve(cwd);
}

/** Whether `path` is `dir` or below it. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOr(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** lstat, or undefined when nothing (not even a dangling link) is there. */
export function lstatOr(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Read at most this much of a file to see whether it declares itself a vendor setup. */
const SNIFF_BYTES = 64 * 1024;
const DECLARES_VENDOR_SETUP = /^\s*(?:kind|"kind"|'kind')\s*:\s*["']?VendorSetup\b/m;

/**
 * Whether a file that the naming rules would skip (hidden, another ending, or not included)
 * declares `kind: VendorSetup`: such a file is linted, so that renaming a vendor file to
 * `.acme.yaml` or `acme.txt` cannot take it out of the gate.
 */
export function declaresVendorSetup(path: string): boolean {
  return withRegularFile(path, (fd) => textDeclaresVendorSetup(decodeText(readUpTo(fd, SNIFF_BYTES)))) === true;
}

/** The same test on text (an editor's buffer): a `kind: VendorSetup` line in its first 64 KiB. */
export function textDeclaresVendorSetup(text: string): boolean {
  return DECLARES_VENDOR_SETUP.test(text.slice(0, SNIFF_BYTES));
}

/** Hidden files and directories, node_modules and .git: not selected by their name. */
function isSkipped(name: string): boolean {
  return name.startsWith(".") || SKIPPED_DIRS.has(name) || DECLARED_ONLY_DIRS.has(name);
}

/**
 * A name a directory walk lints without looking inside: a YAML or JSON ending, not hidden, and not
 * an example's expected findings (`<name>.expected.json`, kept beside it).
 */
function isVendorFileName(name: string): boolean {
  return !name.startsWith(".") && VENDOR_EXTENSIONS.has(extname(name).toLowerCase()) && !name.endsWith(".expected.json");
}

/** The config's exclude globs (relative to `root`) as a test of absolute paths. */
function excludedBy(exclude: readonly string[] | undefined, root: string): (abs: string) => boolean {
  if (!exclude || exclude.length === 0) return () => false;
  const match = picomatch([...exclude], { dot: true });
  return (abs) => match(toPosix(relative(root, abs)));
}

export interface SelectOptions {
  /** Paths and globs (relative to `root`) that select vendor files: the config's include. */
  include: readonly string[];
  exclude?: readonly string[];
  /** Directory the include paths are relative to. */
  root: string;
  /** Directory the exclude globs are relative to (the config file's; default: root). */
  excludeRoot?: string;
  /**
   * Whether a file the include does not pick says it is a vendor setup: by default its first
   * 64 KiB on disk; an editor passes the test of its unsaved buffer.
   */
  declares?: (abs: string) => boolean;
}

/**
 * Of the files a hook names (pre-commit and lint-staged pass every staged file), those a lint of
 * the whole repository would pick: under an include path or matching an include glob, with a
 * vendor ending, not hidden, not excluded, and any other file that declares `kind: VendorSetup`.
 * The others (workflows, package.json...) are skipped rather than linted as vendor setups.
 */
export function selectIncluded(paths: readonly string[], cwd: string, options: SelectOptions): string[] {
  const root = resolve(options.root);
  const include = options.include.map((p) =>
    toPosix(p)
      .replace(/^\.\/+/, "")
      .replace(/\/+$/, ""),
  );
  const globs = include.filter((p) => GLOB_CHARS.test(p));
  const matchesGlob = globs.length > 0 ? picomatch(globs, { dot: false }) : () => false;
  const prefixes = include.filter((p) => !GLOB_CHARS.test(p));
  const excluded = excludedBy(options.exclude, resolve(options.excludeRoot ?? root));
  return paths.filter((p) => {
    const abs = resolve(cwd, p);
    const rel = toPosix(relative(root, abs));
    if (excluded(abs)) return false;
    const inside = !(rel.startsWith("../") || rel === "..");
    const byName = inside && !rel.split("/").some(isSkipped) && isVendorFileName(basename(abs));
    if (byName && (matchesGlob(rel) || prefixes.some((pre) => pre === "" || pre === "." || rel === pre || rel.startsWith(`${pre}/`))))
      return true;
    // Outside the include, or a name the include would skip: still linted when it says it is a
    // vendor setup, so that moving a file out of vendors/ cannot take it out of the gate.
    return (options.declares ?? declaresVendorSetup)(abs);
  });
}
