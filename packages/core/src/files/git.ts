import { resolve } from "node:path";
import { InputError } from "../errors.js";
import { childProcess } from "../builtins.js";

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
    return childProcess().execFileSync("git", ["-c", "core.quotepath=off", ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
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
  const commit = resolveCommit(ref, cwd, field);
  // -z: names exactly as they are (git C-quotes names with quotes, backslashes or tabs otherwise).
  const changed = git(["diff", "--name-only", "-z", "--diff-filter=ACMRT", commit, "--"]).split("\0");
  const untracked = git(["ls-files", "-z", "--others", "--exclude-standard"]).split("\0");
  return new Set([...changed, ...untracked].filter(Boolean).map((f) => resolve(top, f)));
}

/**
 * The commit a user-given ref names. `--end-of-options` keeps a ref such as `--output=FILE` from
 * being read as an option; every later git call gets the commit id, never the user's text.
 */
export function resolveCommit(ref: string, cwd: string, field: string): string {
  const out = gitOutput(["rev-parse", "--verify", "--end-of-options", `${ref}^{commit}`], cwd, field, `"${ref}" is not a commit git knows`);
  return out.trim();
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
  const diff = git([
    "diff",
    "-U0",
    "--no-color",
    "--no-ext-diff",
    "--no-renames",
    "--diff-filter=ACMT",
    resolveCommit(ref, cwd, field),
    "--",
  ]);
  const lines: ChangedLines = new Map();
  let current: Array<[number, number]> | undefined;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const path = unquoteGitPath(line.slice(4));
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

/**
 * A path as git prints it in a patch header: C-quoted ("a\"b", octal escapes for bytes) when it
 * holds a quote, a backslash, a control character or (without core.quotepath=off) non-ASCII.
 */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== "\\") {
      for (const b of Buffer.from(c, "utf8")) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
