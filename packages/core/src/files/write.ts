import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { describeThrown, InputError } from "../errors.js";
import { findRepositoryRoot, isInside } from "./collect.js";

/**
 * The one way dpa-lint writes a file (reports, baselines, bundles, drafts, scaffolds). The
 * repository being linted may have committed symbolic links anywhere: `dpa-lint.sarif ->
 * ~/.bashrc`, `reports -> /etc`, `.bundle -> /home/me`, a dangling `data.yaml`. So inside the
 * workspace (the git work tree around the working directory, else the working directory) no
 * component of the path may be a symbolic link, and outside it the file itself may not be one;
 * missing directories are created one at a time; the text goes to a new file created exclusively
 * (no link can be planted there either) that is then renamed over the target.
 */
export interface WriteOptions {
  /** Name of the file in errors (default: the path). */
  display?: string;
  /**
   * The working directory (default: the process's): links are never followed inside the git work
   * tree around it (else inside it).
   */
  cwd?: string;
}

export function writeFileSafely(path: string, content: string | Uint8Array, display: string | WriteOptions = path): void {
  const options = writeOptions(display);
  const shown = options.display ?? path;
  const target = resolve(path);
  refuseLinks(target, shown, options.cwd);
  makeParents(dirname(target), shown, options.cwd);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, content, { flag: "wx" });
    renameSync(temp, target);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The directory itself is unusable (a file, gone): nothing was left behind.
    }
    throw new InputError(`cannot write: ${describeThrown(error)}`, { file: shown });
  }
}

/** Creates a directory (and its missing parents) without following a link on the way. */
export function makeDirectorySafely(dir: string, display: string | WriteOptions = dir): void {
  const options = writeOptions(display);
  const target = resolve(dir);
  refuseLinks(target, options.display ?? dir, options.cwd);
  makeParents(target, options.display ?? dir, options.cwd);
}

/**
 * Removes a directory tree the tool made (a bundle's docs/), refusing when the directory or a
 * component above it is a link: `rm -r` through a committed link deletes outside the repository.
 * Links inside the tree are removed, never followed.
 */
export function removeDirectorySafely(dir: string, display: string | WriteOptions = dir): void {
  const options = writeOptions(display);
  const target = resolve(dir);
  refuseLinks(target, options.display ?? dir, options.cwd);
  rmSync(target, { recursive: true, force: true });
}

/** Copies a file's bytes to `target` through writeFileSafely. */
export function copyFileSafely(source: string, target: string, display: string | WriteOptions = target): void {
  writeFileSafely(target, readFileSync(source), display);
}

/**
 * Throws when `path` is a symbolic link, or (inside the workspace) when any directory between the
 * workspace and it is one.
 */
function refuseLinks(path: string, display: string, cwd = process.cwd()): void {
  const root = resolve(findRepositoryRoot(cwd) ?? cwd);
  const inside = path !== root && isInside(path, root);
  const parts = inside ? relative(root, path).split(sep) : [];
  const checked = inside ? parts.map((_, i) => join(root, ...parts.slice(0, i + 1))) : [path];
  for (const p of checked) {
    let isLink: boolean;
    try {
      isLink = lstatSync(p).isSymbolicLink();
    } catch {
      return; // Missing: nothing below it exists yet.
    }
    if (isLink) {
      const which = p === path ? "" : ` (${relative(root, p) || p} is one)`;
      throw new InputError(`refusing to write through a symbolic link${which}`, { file: display });
    }
  }
}

/** Creates the missing directories of `dir` one at a time (refuseLinks has checked the existing ones). */
function makeParents(dir: string, display: string, cwd = process.cwd()): void {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      lstatSync(d);
      break;
    } catch {
      missing.push(d);
      if (dirname(d) === d) break;
    }
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST")
        throw new InputError(`cannot create the directory ${relative(resolve(cwd), d) || d}: ${describeThrown(error)}`, {
          file: display,
        });
    }
  }
}

/** The options a writer was given: a display name alone stands for { display }. */
function writeOptions(display: string | WriteOptions): WriteOptions {
  return typeof display === "string" ? { display } : display;
}
