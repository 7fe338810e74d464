// The standalone CLI's command (built as dpa-lint.js): main.js beside it, through the compile cache.
import { fileURLToPath } from "node:url";
import { requireCached } from "./compile-cache.js";

const main = requireCached(fileURLToPath(new URL("./main.js", import.meta.url)));
const { runCli, warmUp } = main.exports as { runCli: () => void; warmUp: () => Promise<void> };
// When the run is over and the cache was missing or stale: lint a sample so that the cache holds
// the lint path, then save it (once: the warm-up's own end comes back here without a handler).
if (main.cache === "missing" || main.cache === "rejected") {
  process.once("beforeExit", () => {
    void warmUp().then(main.save);
  });
}
runCli();
