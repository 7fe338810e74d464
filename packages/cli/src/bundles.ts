import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildPolicies, findOpa, readBundle, SHARED_POLICY_PARTS, type PolicyBundle } from "@dpa-lint/core";
import type { Io } from "./io.js";
import { UsageError } from "./usage-error.js";

/**
 * The built-in bundle plus each --policy: a bundle directory (it has bundle.tar.gz) is loaded, a
 * policy directory is built first with OPA into a temporary directory.
 */
export function loadBundles(policies: readonly string[] | undefined, io: Io): PolicyBundle[] {
  return [readBundle(), ...(policies ?? []).map((p) => loadPolicy(p, io))];
}

function loadPolicy(path: string, io: Io): PolicyBundle {
  const abs = resolve(io.cwd, path);
  if (!existsSync(abs)) throw new UsageError(`--policy ${path}: no such directory`);
  if (existsSync(join(abs, "bundle.tar.gz"))) return readBundle(abs);
  const out = mkdtempSync(join(tmpdir(), "dpa-lint-policy-"));
  buildPolicies({ opa: findOpa(io.env), dirs: [...SHARED_POLICY_PARTS, abs], outDir: out });
  return readBundle(out);
}

export const POLICY_OPTION = { policy: { type: "string", multiple: true } } as const;
