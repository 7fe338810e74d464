import { configuredBundles, fetchConfiguredPacks, resolveConfig, type PolicyBundle, type ResolvedConfig } from "@dpa-lint/core";
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

/**
 * loadBundles for the commands that may use the network: OCI packs the cache lacks (or named by
 * a tag alone, which moves) are fetched first. A tag alone is a warning: a gate pins a digest.
 */
export async function fetchBundles(
  policies: readonly string[] | undefined,
  io: Io,
  config: ResolvedConfig = resolveConfig(io.cwd),
): Promise<PolicyBundle[]> {
  for (const { field, entry, digest } of await fetchConfiguredPacks(config, { packs: policies ?? [], option: "--policy" }, io.env))
    io.stderr(
      `dpa-lint: warning: ${field}: ${entry} is a tag, not pinned by a digest (it is ${digest} today): a gate should name ${entry}@${digest}\n`,
    );
  return loadBundles(policies, io, config);
}

export const POLICY_OPTION = { policy: { type: "string", multiple: true } } as const;
