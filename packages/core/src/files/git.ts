import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { InputError } from "../engine/errors.js";

/**
 * Runs git and returns its standard output. A failure is an InputError naming `field` (the option
 * or input that asked for git) and git's first line of complaint.
 */
export function gitOutput(args: readonly string[], cwd: string, field: string, what: string): string {
  return gitBytes(args, cwd, field, what).toString("utf8");
}

/** gitOutput for binary output (a file's content at a commit). */
export function gitBytes(args: readonly string[], cwd: string, field: string, what: string): Buffer {
  try {
    return execFileSync("git", ["-c", "core.quotepath=off", ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const stderr = ((error as { stderr?: Buffer }).stderr?.toString("utf8") ?? "").trim().split("\n")[0] ?? "";
    throw new InputError(`${what}: ${stderr || "is this a git repository?"}`, { field });
  }
}

/**
 * Files changed since a git ref (committed, staged or not), as absolute paths: `--changed-since`
 * lints only these. Deleted files are left out: there is nothing to lint.
 */
export function changedSince(ref: string, cwd: string, field = "--changed-since"): Set<string> {
  const git = (args: string[]): string => gitOutput(args, cwd, field, `git cannot compare with "${ref}"`);
  const top = git(["rev-parse", "--show-toplevel"]).trim();
  const changed = git(["diff", "--name-only", "--diff-filter=ACMRT", ref, "--"]).split("\n");
  const untracked = git(["ls-files", "--others", "--exclude-standard"]).split("\n");
  return new Set([...changed, ...untracked].filter(Boolean).map((f) => resolve(top, f)));
}

/** Inclusive 1-based line ranges, per absolute file path. */
export type ChangedLines = Map<string, Array<[number, number]>>;

/**
 * The lines added or changed since a git ref, from `git diff -U0`: annotations on a pull request
 * show findings on these lines first.
 */
export function changedLines(ref: string, cwd: string, field = "--changed-since"): ChangedLines {
  const git = (args: string[]): string => gitOutput(args, cwd, field, `git cannot compare with "${ref}"`);
  const top = git(["rev-parse", "--show-toplevel"]).trim();
  const diff = git(["diff", "-U0", "--no-color", "--no-ext-diff", "--diff-filter=ACMRT", ref, "--"]);
  const lines: ChangedLines = new Map();
  let current: Array<[number, number]> | undefined;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const path = line.slice(4).replace(/^"(.*)"$/, "$1");
      current = path.startsWith("b/") ? [] : undefined;
      if (current) lines.set(resolve(top, path.slice(2)), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return lines;
}
