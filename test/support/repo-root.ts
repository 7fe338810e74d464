import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root directory, for tests in any package. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
