import { createRequire } from "node:module";

// The bundler (scripts/bundle-dist.mjs) turns this into a bundled require of package.json.
const require = createRequire(import.meta.url);
export const VERSION = (require("../package.json") as { version: string }).version;
