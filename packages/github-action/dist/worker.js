import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  runLintWorker
} from "./chunk-I7BK4SP6.js";
import "./chunk-Q7GRXSNC.js";

// packages/core/src/parallel/worker.ts
await runLintWorker();
