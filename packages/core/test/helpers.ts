import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const examplesDir = join(repoRoot, "examples");
export const policiesDir = join(repoRoot, "policies");
export const opaBin = join(repoRoot, ".tools", "bin", "opa");

/** Every vendor file under examples/, relative to the repository root. */
export function exampleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(name) && !name.endsWith(".expected.json") && !name.startsWith(".")) out.push(relative(repoRoot, full));
    }
  };
  walk(examplesDir);
  return out;
}

/** The expectation file beside an example: foo.yaml -> foo.expected.json. */
export function expectationFile(example: string): string {
  return example.replace(/\.(ya?ml|json)$/, ".expected.json");
}
