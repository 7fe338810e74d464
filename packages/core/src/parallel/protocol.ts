import type { ResolvedConfig } from "../config/config.js";
import type { CheckedFile } from "../findings/finalize.js";

/** What a worker needs to build the same Linter as the main thread: plain, cloneable data. */
export interface WorkerSetup {
  cwd: string;
  config: ResolvedConfig;
  today: string;
  asOf: string;
  inlineSuppressions: boolean;
  /** Bundle directories; each worker loads its own Wasm instance (they are not re-entrant). */
  bundleDirs: string[];
  files: string[];
}

export type WorkerMessage =
  | { kind: "results"; results: CheckedFile[] }
  | { kind: "done" }
  | { kind: "error"; message: string; name: string; file?: string; field?: string };
