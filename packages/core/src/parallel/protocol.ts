import type { ResolvedConfig } from "../config/config.js";
import type { PolicyBundle } from "../engine/policy.js";
import type { CheckedFile } from "../findings/finalize.js";

/** What a worker needs to build the same Linter as the main thread: plain, cloneable data. */
export interface WorkerSetup {
  cwd: string;
  config: ResolvedConfig;
  today: string;
  asOf: string;
  inlineSuppressions: boolean;
  /**
   * The bundles, as loaded (a compiled WebAssembly.Module is cloned to a worker, not recompiled);
   * each worker instantiates its own (instances are not re-entrant).
   */
  bundles: PolicyBundle[];
  files: string[];
}

export type WorkerMessage =
  | { kind: "results"; results: CheckedFile[] }
  | { kind: "done" }
  | { kind: "error"; message: string; name: string; file?: string; field?: string };
