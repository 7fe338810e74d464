import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  runLintWorker
} from "./chunk-ESZPXFH5.js";

// packages/core/src/parallel/worker.ts
await runLintWorker();
