#!/usr/bin/env node
// The only place that exits the process: main() returns the code (spec: exit codes 0/1/2).
import { main } from "./main.js";
import { processIo } from "./io.js";

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dpa-lint: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
