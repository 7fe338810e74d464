import { readdirSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { InputError } from "../engine/errors.js";

/** File endings read as vendor setups: YAML, and JSON with the same structure. */
export const VENDOR_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

/**
 * Expands files and directories into the vendor files to lint, sorted and without duplicates.
 * A named file is linted whatever its ending; directories contribute their YAML and JSON files.
 * A path that does not exist is an error, never a silent pass.
 */
export function collectFiles(paths: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new InputError("no such file or directory", { file: p });
    }
    if (stat.isDirectory()) walk(abs, out);
    else out.add(abs);
  }
  return [...out].sort();
}

function walk(dir: string, out: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && VENDOR_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !isExpectationFile(entry.name)) out.add(full);
  }
}

/** Examples keep their expected findings beside them; those are not vendor setups. */
function isExpectationFile(name: string): boolean {
  return name.endsWith(".expected.json");
}
