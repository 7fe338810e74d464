import { parentPort, workerData } from "node:worker_threads";
import { DpaLintError, describeThrown } from "../engine/errors.js";
import { readBundle } from "../engine/policy.js";
import { Linter } from "../lint.js";
import type { WorkerMessage, WorkerSetup } from "./protocol.js";

/** Lints its share of the files with its own Wasm instance and posts the results back. */
const setup = workerData as WorkerSetup;
const post = (m: WorkerMessage): void => parentPort?.postMessage(m);
try {
  const linter = await Linter.create({
    cwd: setup.cwd,
    config: setup.config,
    today: setup.today,
    inlineSuppressions: setup.inlineSuppressions,
    bundles: setup.bundleDirs.map((d) => readBundle(d)),
  });
  const results = setup.files.map((f, i) => {
    const r = linter.lintFile(f);
    if ((i + 1) % 50 === 0) post({ kind: "progress", done: 50 });
    return r;
  });
  if (setup.files.length % 50 > 0) post({ kind: "progress", done: setup.files.length % 50 });
  post({ kind: "done", results });
} catch (error) {
  post({
    kind: "error",
    name: error instanceof Error ? error.name : "Error",
    message: error instanceof DpaLintError ? error.message : describeThrown(error),
    ...(error instanceof DpaLintError && error.file ? { file: error.file } : {}),
    ...(error instanceof DpaLintError && error.field ? { field: error.field } : {}),
  });
}
