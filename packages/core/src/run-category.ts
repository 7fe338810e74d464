import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";

/**
 * The default category of a run (SARIF `runs[].automationDetails.id`): GitHub code scanning keeps
 * one set of alerts per category, and a second upload in the same category replaces the first's.
 * Two runs of one repository with different configurations or path sets (vendors/ in one job,
 * infra/ in another) must not replace each other's alerts, and the same run must land in the same
 * category every time: so the category is a digest of the configuration file and the paths
 * linted, both relative to the repository, the paths sorted.
 */
export function runCategory(root: string, configFile: string | undefined, cwd: string, paths: readonly string[]): string {
  const rel = (p: string): string => {
    const r = relative(root, resolve(cwd, p));
    return (isAbsolute(r) ? resolve(cwd, p) : r || ".").split(sep).join("/");
  };
  const key = JSON.stringify({ config: configFile === undefined ? null : rel(configFile), paths: [...new Set(paths.map(rel))].sort() });
  return `dpa-lint/${createHash("sha256").update(key).digest("hex").slice(0, 12)}`;
}
