import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { InputError } from "../errors.js";
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

/**
 * The packs named by an adapter's option (`--policy`, the action's `policies`), relative to `cwd`:
 * a missing directory is an error naming it and the option.
 */
export function loadPolicyPacks(
  dirs: readonly string[],
  cwd: string,
  option: string,
  env: NodeJS.ProcessEnv = process.env,
): PolicyBundle[] {
  return dirs.map((dir) => {
    const abs = resolve(cwd, dir);
    if (!existsSync(abs)) throw new InputError("no such directory", { file: dir, field: option });
    return loadPolicyPack(abs, env);
  });
}

/** What a lint run evaluates: the built-in bundle first, then the packs beside it. */
export function withBuiltinBundle(packs: readonly PolicyBundle[]): PolicyBundle[] {
  return [readBundle(), ...packs];
}
