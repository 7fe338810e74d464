import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBundle, type PolicyBundle } from "../engine/policy.js";
import { buildPolicies, SHARED_POLICY_PARTS } from "./build.js";
import { findOpa } from "./tools.js";

/**
 * A policy pack beside the built-in one: a bundle directory (it has bundle.tar.gz, as `dpa-lint
 * policy build` writes it) is read; a policy directory is built with OPA into a temporary
 * directory first, on the built-in helpers, shared rules and entrypoint.
 */
export function loadPolicyPack(dir: string, env: NodeJS.ProcessEnv = process.env): PolicyBundle {
  if (existsSync(join(dir, "bundle.tar.gz"))) return readBundle(dir);
  const out = mkdtempSync(join(tmpdir(), "dpa-lint-policy-"));
  buildPolicies({ opa: findOpa(env), dirs: [...SHARED_POLICY_PARTS, dir], outDir: out });
  return readBundle(out);
}
