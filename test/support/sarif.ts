import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Validates a SARIF file with @microsoft/sarif-multitool (Microsoft's own validator, shipped in
 * the npm package) and returns its problems at error and warning level: [] for a valid log.
 */
export function sarifProblems(file: string): Array<{ level?: string; message?: { text?: string } }> {
  const out = join(mkdtempSync(join(tmpdir(), "dpa-lint-sarif-")), "validation.sarif");
  const r = spawnSync("npx", ["sarif-multitool", "validate", file, "-o", out, "--log", "ForceOverwrite", "--level", "Error", "Warning"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
  });
  if (r.status !== 0) throw new Error(`sarif-multitool failed: ${r.stdout}${r.stderr}`);
  return (JSON.parse(readFileSync(out, "utf8")) as { runs: Array<{ results?: Array<{ level?: string }> }> }).runs[0]?.results ?? [];
}
