import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { loadPolicyPack, readBundle, type PolicyBundle } from "@dpa-lint/core";
import type { Io } from "./io.js";
import { UsageError } from "./usage-error.js";

/** The built-in bundle plus each --policy (a bundle directory, or a policy directory built with OPA). */
export function loadBundles(policies: readonly string[] | undefined, io: Io): PolicyBundle[] {
  return [
    readBundle(),
    ...(policies ?? []).map((p) => {
      const abs = resolve(io.cwd, p);
      if (!existsSync(abs)) throw new UsageError(`--policy ${p}: no such directory`);
      return loadPolicyPack(abs, io.env);
    }),
  ];
}

export const POLICY_OPTION = { policy: { type: "string", multiple: true } } as const;
