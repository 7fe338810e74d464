import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { defaultConfig, loadConfig, type ResolvedConfig } from "../src/index.js";
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
      else if (/\.(ya?ml|json)$/.test(name) && !name.endsWith(".expected.json") && !name.startsWith("."))
        out.push(relative(repoRoot, full));
    }
  };
  walk(examplesDir);
  return out;
}

/** The expectation file beside an example: foo.yaml -> foo.expected.json. */
export function expectationFile(example: string): string {
  return example.replace(/\.(ya?ml|json)$/, ".expected.json");
}

/**
 * The configuration an example is linted with: the nearest .dpa-lint.yaml between the example and
 * examples/ (examples/org carries an organisation policy), else none.
 */
export function exampleConfig(example: string): ResolvedConfig {
  for (let dir = dirname(join(repoRoot, example)); dir.startsWith(examplesDir); dir = dirname(dir)) {
    const file = join(dir, ".dpa-lint.yaml");
    if (existsSync(file)) return loadConfig(file, repoRoot);
  }
  return defaultConfig(repoRoot);
}

/**
 * A billion-laughs document: ten levels of anchors, each a list of ten aliases to the level
 * below, so 10 KB of text would expand to 10^10 nodes.
 */
export function aliasBomb(): string {
  const names = "abcdefghij";
  const lines = [`a: &a [${Array(10).fill("x").join(", ")}]`];
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(10)
        .fill(`*${names[i - 1]}`)
        .join(", ")}]`,
    );
  return lines.join("\n");
}
