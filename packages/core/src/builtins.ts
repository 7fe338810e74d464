import type * as ChildProcess from "node:child_process";
import type * as Crypto from "node:crypto";
import { createRequire } from "node:module";
import type * as Os from "node:os";
import type * as WorkerThreads from "node:worker_threads";
import type * as Zlib from "node:zlib";

/**
 * Node's built-in modules that only some runs need, loaded on first use. An ES module's static
 * imports all load at start-up, and these are not in Node's start-up snapshot: child_process
 * brings net, dgram and the streams, crypto a dozen modules, worker_threads its own. A
 * pre-commit run on one clean file needs none of them; together they were ~15 ms of its start.
 */
const require = createRequire(import.meta.url);

export const childProcess = (): typeof ChildProcess => require("node:child_process") as typeof ChildProcess;
export const crypto = (): typeof Crypto => require("node:crypto") as typeof Crypto;
export const os = (): typeof Os => require("node:os") as typeof Os;
export const workerThreads = (): typeof WorkerThreads => require("node:worker_threads") as typeof WorkerThreads;
export const zlib = (): typeof Zlib => require("node:zlib") as typeof Zlib;

/**
 * The key under which a host lends its own import(): see importModule. A registry symbol, so that
 * the standalone CLI's loader (packages/cli/src/standalone/compile-cache.ts), which bundles none of
 * the core, can set it.
 */
export const IMPORT_HOOK = Symbol.for("dpa-lint.import");

/**
 * import() of a package specifier or a file URL, in one place. On Node 20 a script that V8 runs
 * from its code cache cannot call import(): the dynamic import callback is lost with the cached
 * code (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING; fixed in later Node versions; the same limit as
 * zertosh/v8-compile-cache#30). The standalone CLI runs from that cache, so its loader, an
 * ordinary script beside it, lends its own import() under IMPORT_HOOK; everywhere else this is
 * import() itself.
 */
export function importModule(specifier: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[IMPORT_HOOK];
  return typeof lent === "function" ? (lent as (s: string) => Promise<unknown>)(specifier) : import(specifier);
}
