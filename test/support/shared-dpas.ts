import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The five DPAs the built-in packs are drawn from: ../shared/dpas beside the checkout. */
export const SHARED_DPAS = join(fileURLToPath(new URL("../../..", import.meta.url)), "shared", "dpas");

/**
 * The folder, or an error naming it: the tests that read the DPAs fail without them rather than
 * skip, so a run without the folder can never pass as a full one.
 */
export function sharedDpas(): string {
  if (!existsSync(SHARED_DPAS))
    throw new Error(
      `${SHARED_DPAS} is missing: these tests read the DPAs the built-in packs are drawn from (shared/dpas beside the checkout)`,
    );
  return SHARED_DPAS;
}
