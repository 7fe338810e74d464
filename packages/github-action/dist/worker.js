import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  DpaLintError,
  Linter,
  describeThrown
} from "./chunk-KUHAVQQP.js";

// packages/core/src/parallel/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var post = (m) => parentPort?.postMessage(m);
try {
  const linter = await Linter.create({
    cwd: setup.cwd,
    config: setup.config,
    today: setup.today,
    asOf: setup.asOf,
    inlineSuppressions: setup.inlineSuppressions,
    bundles: setup.bundles
  });
  let batch = [];
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
    ...error instanceof DpaLintError && error.file ? { file: error.file } : {},
    ...error instanceof DpaLintError && error.field ? { field: error.field } : {}
  });
}
