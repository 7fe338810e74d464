// Shared by the policy scripts: where the pinned tools are and how to run them.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findOpa } from "../packages/core/dist/policy/index.js";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const policiesDir = join(root, "policies");
export const bundleDir = join(root, "packages", "core", "bundle");

export function toolVersions() {
  const text = readFileSync(join(root, "tools", "versions.env"), "utf8");
  return Object.fromEntries([...text.matchAll(/^([A-Z_]+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
}

function tool(name) {
  const path = join(root, ".tools", "bin", name);
  if (!existsSync(path)) {
    console.error(`dpa-lint: ${name} is not installed in .tools/bin; run npm run tools`);
    process.exit(2);
  }
  return path;
}

// The repository's own checks use the pinned OPA only: core's finder given no DPA_LINT_OPA and no
// PATH finds the checkout's .tools/bin/opa, or says to run npm run tools.
export const opa = () => {
  try {
    return findOpa({});
  } catch (error) {
    console.error(`dpa-lint: ${error.message}`);
    process.exit(2);
  }
};
export const regal = () => tool("regal");

/** Runs a tool with inherited output; exits with its status when it fails. */
export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...options });
  if (r.status !== 0) {
    console.error(`dpa-lint: ${cmd.split("/").pop()} ${args[0]} failed`);
    process.exit(r.status ?? 2);
  }
}

export function capture(cmd, args, options = {}) {
  return execFileSync(cmd, args, {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
    ...options,
  });
}
