import { createRequire } from "node:module";

/** The CLI's version, from its package.json (one source). */
export const VERSION = (createRequire(import.meta.url)("../package.json") as { version: string }).version;
