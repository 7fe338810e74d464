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
