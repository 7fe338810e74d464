// The standalone CLI's command (built as dpa-lint.js): main.js beside it, through the compile cache.
import { fileURLToPath } from "node:url";
import { requireCached } from "./compile-cache.js";

const main = requireCached(fileURLToPath(new URL("./main.js", import.meta.url)));
process.once("beforeExit", main.save);
(main.exports as { runCli: () => void }).runCli();
