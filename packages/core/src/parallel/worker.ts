// The script a lint worker thread runs (pool.ts starts it from beside itself).
import { runLintWorker } from "./run-worker.js";

await runLintWorker();
