/**
 * Loads the standalone CLI's one CommonJS script through V8's code cache, which Node 20 offers
 * only to `vm.Script` (Node 22's module.enableCompileCache does the same for every module). The
 * bytecode V8 compiled in an earlier run is saved after it and given back to the next one, which
 * then neither parses nor compiles the megabyte of JavaScript again: about a fifth of a one-file
 * run (bench/RESULTS.md).
 *
 * The cache is code, so it is trusted only where the code it stands for could be changed anyway:
 * in the user's own cache directory (created 0700, files 0600), owned by the user and writable by
 * no one else, never in the repository being linted. Each file records what it was made from
 * (Node, architecture, the script's path, size and modification time); V8 checks its own version,
 * flags and the source length on top. Anything unexpected (no home, a read-only disk, a corrupt
 * or foreign file, an old Node without the vm option) means compiling as usual: the cache can
 * make a run faster, never fail it.
 */
import { createRequire } from "node:module";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import vm from "node:vm";

/** What became of the cache in one load: for tests and the benchmark, never shown to users. */
export type CacheOutcome = "off" | "unsupported" | "used" | "missing" | "rejected";

/** The environment variable that moves the cache (a directory) or switches it off (`off`). */
export const CACHE_ENV = "DPA_LINT_COMPILE_CACHE";

/** Cache files kept per directory: one per dpa-lint build and Node version in use. */
const KEEP = 8;
const MAGIC = "dpa-lint-compile-cache 1\n";
const SUFFIX = ".v8cache";

/**
 * The cache directory, or undefined when there is none to use: switched off, not an absolute
 * path, no home to put it in, or inside the working directory. The cache is code, and the working
 * directory is the repository being linted: a pull request could commit a cache file there.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string | undefined {
  const setting = env[CACHE_ENV]?.trim();
  if (setting && /^(off|0|false|no)$/i.test(setting)) return undefined;
  let dir: string;
  if (setting) dir = setting;
  else {
    let base = env.XDG_CACHE_HOME || (process.platform === "win32" ? env.LOCALAPPDATA : undefined);
    try {
      base ||= join(homedir(), ".cache");
    } catch {
      return undefined;
    }
    dir = join(base, "dpa-lint", "compile-cache");
  }
  if (!isAbsolute(dir)) return undefined;
  const inside = relative(resolve(cwd), resolve(dir));
  return inside === "" || (!inside.startsWith("..") && !isAbsolute(inside)) ? undefined : dir;
}

/** What a cache file must have been made from to stand for `file` in this process. */
function cacheKey(file: string): string {
  const s = statSync(file);
  return [process.version, process.arch, file, s.size, s.mtimeMs].join("\t");
}

/** What a cache file starts with: the format and the key it was made for, compared in full on reading. */
function headerOf(key: string): Buffer {
  return Buffer.from(`${MAGIC}${key}\n`);
}

/** A short stable name for a key (FNV-1a); the key itself is compared in full on reading. */
function fileName(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${h.toString(16).padStart(8, "0")}${SUFFIX}`;
}

/** The cached bytecode for `key` in `path`, if the file is the user's own, unshared, and for this key. */
function readCache(path: string, key: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const s = fstatSync(fd);
    if (process.getuid && (s.uid !== process.getuid() || (s.mode & 0o022) !== 0)) return undefined;
    const bytes = readFileSync(fd);
    // Bytes, not characters: the key holds the script's path, which need not be ASCII.
    const header = headerOf(key);
    if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) return undefined;
    return bytes.subarray(header.length);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the cache atomically (a reader never sees half a file) and keeps the newest KEEP. */
function writeCache(dir: string, path: string, key: string, data: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([headerOf(key), data]), { mode: 0o600 });
    renameSync(temporary, path);
    const caches = readdirSync(dir)
      .filter((f) => f.endsWith(SUFFIX))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of caches.slice(KEEP)) rmSync(join(dir, f), { force: true });
  } catch {
    // A read-only or full disk: the next run compiles again.
  }
}

/**
 * On Node 20 a script run from V8's code cache cannot call import() (its dynamic import callback
 * is lost with the cached code), so this ordinary module lends its own under the key the core's
 * importModule looks for (packages/core/src/builtins.ts, IMPORT_HOOK). Specifiers resolve from
 * here, the directory of the script it serves.
 */
function lendImport(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for("dpa-lint.import")] = (specifier: string): Promise<unknown> => import(specifier);
}

/** A script loaded by requireCached. */
export interface CachedScript {
  exports: unknown;
  cache: CacheOutcome;
  /**
   * Saves V8's bytecode for the next run when there was none to use. Call it when the work is
   * done (the CLI: before the process exits), so that the cache holds every function the run
   * compiled, not just the top level. Never throws.
   */
  save: () => void;
}

/**
 * Runs the CommonJS script `file` as `require` would and returns its exports, with V8's code cache
 * when it can. Errors of the script itself propagate; errors of the cache never do.
 */
export function requireCached(file: string, env: NodeJS.ProcessEnv = process.env): CachedScript {
  lendImport();
  const dir = cacheDirectory(env);
  const dynamicImport = (vm.constants as unknown as { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } | undefined)
    ?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  // Without the default loader for dynamic import() (Node before 20.12) the script's own
  // import() calls would fail inside vm: load it the ordinary way.
  if (dir === undefined || dynamicImport === undefined) {
    const exports = createRequire(file)(file) as unknown;
    return { exports, cache: dir === undefined ? "off" : "unsupported", save: () => undefined };
  }
  let key: string | undefined;
  let path: string | undefined;
  let cachedData: Buffer | undefined;
  try {
    key = cacheKey(file);
    path = join(dir, fileName(key));
    cachedData = readCache(path, key);
  } catch {
    // The script's own stat failed: reading it below reports that.
  }
  const source = readFileSync(file, "utf8");
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: dynamicImport as never,
  });
  const cache: CacheOutcome = cachedData === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const save = (): void => {
    if (cache === "used" || key === undefined || path === undefined) return;
    try {
      writeCache(dir, path, key, script.createCachedData());
    } catch {
      // Never fail a run for its cache.
    }
  };
  return { exports: module.exports, cache, save };
}
