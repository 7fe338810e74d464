import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const bin = join(repoRoot, "packages", "cli", "dist", "bin.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would: a real process, real files, captured output. `lint` without
 * a --format uses compact, one finding a line (file:line:col), which the tests assert on; the
 * default stylish layout has its own test (lint.test.ts).
 */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; stylish?: boolean } = {}): CliRun {
  const formatted =
    args.some((a) => ["-f", "-o"].includes(a) || a.startsWith("--format") || a.startsWith("--output-file")) || options.stylish === true;
  const argv = args[0] === "lint" && !formatted ? ["lint", "-f", "compact", ...args.slice(1)] : args;
  const r = spawnSync(process.execPath, [bin, ...argv], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
