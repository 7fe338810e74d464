import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  runLintWorker
} from "./chunk-RBUHPTUP.js";

// packages/core/src/parallel/worker.ts
await runLintWorker();
