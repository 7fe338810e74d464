import { loadPolicyPacks, withBuiltinBundle, type PolicyBundle } from "@dpa-lint/core";
import type { Io } from "./io.js";

/** The built-in bundle plus each --policy (a bundle directory, or a policy directory built with OPA). */
export function loadBundles(policies: readonly string[] | undefined, io: Io): PolicyBundle[] {
  return withBuiltinBundle(loadPolicyPacks(policies ?? [], io.cwd, "--policy", io.env));
}

export const POLICY_OPTION = { policy: { type: "string", multiple: true } } as const;
