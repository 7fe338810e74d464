import { createRequire } from "node:module";

// The version of dpa-lint: the core package's, which the CLI shares (changesets fixes them together)
// and the action reports as its tool version. esbuild bundles the package.json it requires.
const require = createRequire(import.meta.url);
export const VERSION = (require("../package.json") as { version: string }).version;
