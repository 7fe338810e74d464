import { main } from "./main.js";
import { processIo } from "./io.js";

/** Runs the CLI on the process's arguments; the only place that sets the exit code (spec: 0/1/2). */
export function runCli(): void {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`dpa-lint: internal error: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
