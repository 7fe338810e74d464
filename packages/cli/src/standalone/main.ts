// The standalone CLI's one CommonJS script (scripts/bundle-dist.mjs builds it as main.js): the
// CLI, the lint worker's body and the compile cache's warm-up, loaded through the compile cache by
// dpa-lint.js and worker.js.
export { runCli } from "../run.js";
export { runLintWorker } from "@dpa-lint/core";
export { warmUp } from "./warm-up.js";
