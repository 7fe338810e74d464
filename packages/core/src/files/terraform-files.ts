import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { GLOB_CHARS, splitGlob } from "./collect.js";
import { toPosix } from "./posix.js";

/** Terraform's configuration files; .tfvars are read beside them, as values, not as files to lint. */
export const TERRAFORM_EXTENSION = ".tf";
/** Terraform's JSON syntax (terraform/hcl-json.ts): found and named like .tf files. */
export const TERRAFORM_JSON_EXTENSION = ".tf.json";

/** Whether a file name is a Terraform configuration file, in either syntax. */
export function isTerraformFile(name: string): boolean {
  return name.endsWith(TERRAFORM_EXTENSION) || name.endsWith(TERRAFORM_JSON_EXTENSION);
}
/** Never read: Terraform's own working directory (downloaded modules and providers) and git's. */
const SKIPPED = new Set([".terraform", ".git", "node_modules"]);

/** Whether a named path is Terraform: a .tf or .tf.json file, or a glob that selects them. */
export function isTerraformPath(path: string): boolean {
  return isTerraformFile(path) || (GLOB_CHARS.test(path) && /\.tf(\.json)?\}?$/.test(path));
}

/**
 * The .tf and .tf.json files under a directory (recursively, Terraform's and git's directories
 * aside), or matched by a glob relative to `cwd`; absolute paths, sorted.
 */
export function terraformFilesIn(path: string, cwd: string): string[] {
  const out: string[] = [];
  const { base, match } = GLOB_CHARS.test(path) ? splitGlob(path, cwd) : { base: resolve(cwd, path), match: () => true };
  const walk = (dir: string, depth: number): void => {
    if (depth > 64) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (SKIPPED.has(e.name)) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full, depth + 1);
      else if (e.isFile() && isTerraformFile(e.name) && match(toPosix(relative(base, full)))) out.push(full);
    }
  };
  if (statSync(base, { throwIfNoEntry: false })?.isDirectory()) walk(base, 0);
  return out.sort();
}
