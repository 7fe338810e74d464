import { readdirSync, statSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { InputError } from "../engine/errors.js";
import { toPosix } from "./posix.js";

/** File endings read as vendor setups: YAML, and JSON with the same structure. */
export const VENDOR_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);
const GLOB_CHARS = /[*?[\]{}!]/;

export interface CollectOptions {
  /** Globs (relative to `root`) of files never linted when found through a directory or glob. */
  exclude?: readonly string[];
  /** Directory the exclude globs are relative to (the config file's directory). */
  root?: string;
}

/**
 * Expands files, directories and globs into the vendor files to lint, sorted, without duplicates.
 * A named file is linted whatever its ending; directories and globs contribute YAML and JSON
 * files. A path or glob that matches nothing is an error, never a silent pass.
 */
export function collectFiles(paths: readonly string[], cwd: string, options: CollectOptions = {}): string[] {
  const out = new Set<string>();
  const excluded = excludedBy(options.exclude, resolve(options.root ?? cwd));
  const keep = (abs: string): boolean => !excluded(abs);
  for (const p of paths) {
    if (GLOB_CHARS.test(p)) {
      const before = out.size;
      expandGlob(p, cwd, out, keep);
      if (out.size === before) throw new InputError("no vendor file matches this glob", { file: p });
      continue;
    }
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new InputError("no such file or directory", { file: p });
    }
    if (stat.isDirectory()) walk(abs, (f) => keep(f) && out.add(f));
    else out.add(abs);
  }
  return [...out].sort();
}

function expandGlob(pattern: string, cwd: string, out: Set<string>, keep: (abs: string) => boolean): void {
  const posix = toPosix(pattern);
  const parts = posix.split("/");
  const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
  const base = resolve(cwd, parts.slice(0, firstGlob).join("/") || ".");
  const match = picomatch(parts.slice(firstGlob).join("/"), { dot: false });
  try {
    if (!statSync(base).isDirectory()) return;
  } catch {
    return;
  }
  walk(base, (f) => {
    if (match(toPosix(relative(base, f))) && keep(f)) out.add(f);
  });
}

function walk(dir: string, visit: (file: string) => unknown): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (isSkipped(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile() && isVendorFileName(entry.name)) visit(full);
  }
}

/** Hidden files and directories, and node_modules and .git: never walked into or linted. */
function isSkipped(name: string): boolean {
  return name.startsWith(".") || SKIPPED_DIRS.has(name);
}

/**
 * A name a directory walk lints: a YAML or JSON ending, and not an example's expected findings
 * (`<name>.expected.json`, kept beside it).
 */
function isVendorFileName(name: string): boolean {
  return VENDOR_EXTENSIONS.has(extname(name).toLowerCase()) && !name.endsWith(".expected.json");
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
}

/**
 * Of the files a hook names (pre-commit and lint-staged pass every staged file), those a lint of
 * the whole repository would pick: under an include path or matching an include glob, with a
 * vendor ending, not hidden, not excluded. The others (workflows, package.json...) are skipped
 * rather than linted as vendor setups. A named file that does not exist is kept, so that
 * collectFiles reports it.
 */
export function selectIncluded(paths: readonly string[], cwd: string, options: SelectOptions): string[] {
  const root = resolve(options.root);
  const include = options.include.map((p) => toPosix(p).replace(/^\.\/+/, "").replace(/\/+$/, ""));
  const globs = include.filter((p) => GLOB_CHARS.test(p));
  const matchesGlob = globs.length > 0 ? picomatch(globs, { dot: false }) : () => false;
  const prefixes = include.filter((p) => !GLOB_CHARS.test(p));
  const excluded = excludedBy(options.exclude, resolve(options.excludeRoot ?? root));
  return paths.filter((p) => {
    const abs = resolve(cwd, p);
    const rel = toPosix(relative(root, abs));
    if (rel.startsWith("../") || rel === "..") return false;
    if (rel.split("/").some(isSkipped) || !isVendorFileName(basename(abs)) || excluded(abs)) return false;
    return matchesGlob(rel) || prefixes.some((pre) => pre === "" || pre === "." || rel === pre || rel.startsWith(`${pre}/`));
  });
}
