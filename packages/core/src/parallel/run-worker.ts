import { workerThreads } from "../builtins.js";
import { DpaLintError, describeThrown } from "../errors.js";
import { Linter } from "../lint.js";
import type { CheckedFile } from "../findings/finalize.js";
import type { WorkerMessage, WorkerSetup } from "./protocol.js";

/**
 * The body of a lint worker thread: lints its share of the files with its own Wasm instance and
 * posts the results back. worker.ts runs it; a build that puts the whole application in one
 * script (the standalone CLI) runs it from its own worker.js.
 */
export async function runLintWorker(): Promise<void> {
  // Loaded here, not imported: a build holding the CLI and this body in one script must not load
  // worker_threads (and the streams it brings) on every start of the CLI.
  const threads = workerThreads();
  const setup = threads.workerData as WorkerSetup;
  const post = (m: WorkerMessage): void => threads.parentPort?.postMessage(m);
  try {
    const linter = await Linter.create({
      cwd: setup.cwd,
      config: setup.config,
      today: setup.today,
      asOf: setup.asOf,
      inlineSuppressions: setup.inlineSuppressions,
      bundles: setup.bundles,
    });
    // Results go back in small batches: neither thread holds a second full copy, which kept two
    // workers' peak memory over 200 MB at 10,000 files (bench/RESULTS.md).
    let batch: CheckedFile[] = [];
    for (const f of setup.files) {
      batch.push(linter.checkFile(f));
      if (batch.length === 50) {
        post({ kind: "results", results: batch });
        batch = [];
      }
    }
    if (batch.length > 0) post({ kind: "results", results: batch });
    post({ kind: "done" });
  } catch (error) {
    post({
      kind: "error",
      name: error instanceof Error ? error.name : "Error",
      message: error instanceof DpaLintError ? error.message : describeThrown(error),
      ...(error instanceof DpaLintError && error.file ? { file: error.file } : {}),
      ...(error instanceof DpaLintError && error.field ? { field: error.field } : {}),
    });
  }
}
