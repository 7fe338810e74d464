import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { InputError } from "../engine/errors.js";

/**
 * Files changed since a git ref (committed, staged or not), as absolute paths: `--changed-since`
 * lints only these. Deleted files are left out: there is nothing to lint.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  const git = (args: string[]): string => {
    try {
      return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      const stderr = ((error as { stderr?: string }).stderr ?? "").trim().split("\n")[0] ?? "";
      throw new InputError(`git cannot compare with "${ref}": ${stderr || "is this a git repository?"}`, { field: "--changed-since" });
    }
  };
  const top = git(["rev-parse", "--show-toplevel"]).trim();
  const changed = git(["diff", "--name-only", "--diff-filter=ACMRT", ref, "--"]).split("\n");
  const untracked = git(["ls-files", "--others", "--exclude-standard"]).split("\n");
  return new Set([...changed, ...untracked].filter(Boolean).map((f) => resolve(top, f)));
}
