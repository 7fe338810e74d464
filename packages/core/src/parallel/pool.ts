import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, PolicyError } from "../errors.js";
import type { CheckedFile } from "../findings/finalize.js";
import type { WorkerMessage, WorkerSetup } from "./protocol.js";
import { os, workerThreads } from "../builtins.js";
import { appendAll } from "../arrays.js";

/**
 * Below this many files per worker one thread is faster: a worker costs ~150 ms to start and load
 * the Wasm, and in bench/RESULTS.md 1,000 files took 1.02 s on one thread and 1.16 s on two.
 */
export const PARALLEL_THRESHOLD = 1500;

/**
 * Old-generation heap limit of a worker: a ceiling, not a reservation. At 96 MB a 2 MiB file that
 * passes on the main thread ended the worker; the main thread's default is far higher.
 */
const WORKER_HEAP_MB = 1024;

export function defaultWorkers(files: number): number {
  if (files < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(os().availableParallelism(), Math.ceil(files / PARALLEL_THRESHOLD)));
}

/**
 * Lints files on `workers` threads, one Wasm instance each (an instance is not re-entrant:
 * engine/policy.ts), in contiguous shares, and returns the results in file order.
 */
export async function lintInWorkers(
  setup: Omit<WorkerSetup, "files">,
  files: string[],
  workers: number,
  lintOnMainThread: (file: string) => CheckedFile,
  onProgress?: (done: number, total: number) => void,
): Promise<CheckedFile[]> {
  const share = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => files.slice(i * share, (i + 1) * share)).filter((s) => s.length > 0);
  let done = 0;
  const parts = await Promise.all(
    shares.map(
      (part) =>
        new Promise<CheckedFile[]>((resolvePart, reject) => {
          const results: CheckedFile[] = [];
          let finished = false;
          const worker = new (workerThreads().Worker)(workerScript(), {
            workerData: { ...setup, files: part } satisfies WorkerSetup,
            // Flags for the main script (such as --input-type) break a worker's file entry point.
            execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")),
            // A worker keeps little (results leave in batches). V8's default young generation
            // let two workers take the process to ~215 MB at 10,000 files; 16 MB keeps it near
            // 180 MB for ~5% more time (bench/RESULTS.md).
            resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
          });
          worker.on("message", (m: WorkerMessage) => {
            if (m.kind === "results") {
              appendAll(results, m.results);
              done += m.results.length;
              onProgress?.(done, files.length);
            } else if (m.kind === "done") {
              finished = true;
              resolvePart(results);
              void worker.terminate();
            } else {
              const options = { ...(m.file ? { file: m.file } : {}), ...(m.field ? { field: m.field } : {}) };
              finished = true;
              reject(m.name === "PolicyError" ? new PolicyError(m.message, options) : new InputError(m.message, options));
              void worker.terminate();
            }
          });
          // A worker that dies (out of memory, a crash) must not change the answer: the files it
          // had not returned are linted here, on the main thread, as a one-thread run would.
          const finishHere = (): void => {
            if (finished) return;
            finished = true;
            for (const file of part.slice(results.length)) {
              results.push(lintOnMainThread(file));
              done++;
              onProgress?.(done, files.length);
            }
            resolvePart(results);
          };
          worker.on("error", finishHere);
          worker.on("exit", (code) => {
            if (code !== 0) finishHere();
          });
        }),
    ),
  );
  return parts.flat();
}

/**
 * The compiled worker beside this module; when the sources run directly (the test suite runs the
 * TypeScript), the compiled one in dist/, which the build always produces.
 */
function workerScript(): string {
  const here = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(here) ? here : join(dirname(here), "..", "..", "dist", "parallel", "worker.js");
}
