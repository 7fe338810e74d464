import { configuredBundles, resolveConfig, type PolicyBundle, type ResolvedConfig } from "@dpa-lint/core";
import type { Io } from "./io.js";

/**
 * The built-in bundle, the configuration's `policies` and each --policy (a pack of terms, a policy
 * directory built with OPA, or a bundle). The configuration is the nearest one unless given.
 */
export function loadBundles(
  policies: readonly string[] | undefined,
  io: Io,
  config: ResolvedConfig = resolveConfig(io.cwd),
): PolicyBundle[] {
  return configuredBundles(config, { packs: policies ?? [], option: "--policy", cwd: io.cwd }, io.env);
}

export const POLICY_OPTION = { policy: { type: "string", multiple: true } } as const;
