// The standalone CLI's worker thread (built as worker.js, where the pool looks for it): main.js
// beside it, through the compile cache. Only the main thread saves the cache.
import { fileURLToPath } from "node:url";
import { requireCached } from "./compile-cache.js";

const main = requireCached(fileURLToPath(new URL("./main.js", import.meta.url)));
void (main.exports as { runLintWorker: () => Promise<void> }).runLintWorker();
