import { spawnSync } from "node:child_process";
import { PolicyError } from "@dpa-lint/core";

export interface FormatReport {
  /** Files that were not formatted (and, unless `check`, now are). */
  files: string[];
}

/**
 * `opa fmt` over Rego files and directories: lists the files that are not formatted and, unless
 * `check`, rewrites them (opa fmt does not write when asked to list). A file that does not parse
 * is a PolicyError with OPA's message.
 */
export function formatPolicies(opa: string, paths: readonly string[], options: { check: boolean }): FormatReport {
  const files = opaFmt(opa, ["--list", ...paths])
    .split("\n")
    .filter(Boolean);
  if (!options.check && files.length > 0) opaFmt(opa, ["--write", ...files]);
  return { files };
}

function opaFmt(opa: string, args: string[]): string {
  const run = spawnSync(opa, ["fmt", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new PolicyError(`cannot run ${opa}: ${run.error.message}`);
  if (run.status !== 0) throw new PolicyError(`opa fmt failed: ${`${run.stderr}${run.stdout}`.trim()}`);
  return run.stdout;
}
