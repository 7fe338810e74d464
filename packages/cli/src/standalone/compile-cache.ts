/**
 * Loads the standalone CLI's one CommonJS script through V8's code cache, which Node 20 offers
 * only to `vm.Script` (Node 22's module.enableCompileCache does the same for every module). The
 * bytecode V8 compiled in an earlier run is saved after it and given back to the next one, which
 * then neither parses nor compiles the megabyte of JavaScript again: about a fifth of a one-file
 * run (bench/RESULTS.md).
 *
 * The cache is code, so it is trusted only where the code it stands for could be changed anyway:
 * in the user's own cache directory (created 0700, files 0600), owned by the user and writable by
 * no one else up the path, never in or through the repository being linted, and signed with a
 * per-user secret kept outside the cache (so a cache directory restored from elsewhere is not
 * trusted). Each file records what it was made from
 * (Node, architecture, the script's path, size and modification time); V8 checks its own version,
 * flags and the source length on top. Anything unexpected (no home, a read-only disk, a corrupt
 * or foreign file, an old Node without the vm option) means compiling as usual: the cache can
 * make a run faster, never fail it.
 */
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
// Node built-ins only, bundled into this loader: the rest of dpa-lint is what the cache loads.
import { ownDirectory, readOwnFile, signature, signed, SIGNATURE_BYTES, userDirectory, userSecret } from "@dpa-lint/core/user-dirs";
import vm from "node:vm";

/** What became of the cache in one load: for tests and the benchmark, never shown to users. */
export type CacheOutcome = "off" | "unsupported" | "used" | "missing" | "rejected";

/** The environment variable that moves the cache (a directory) or switches it off (`off`). */
export const CACHE_ENV = "DPA_LINT_COMPILE_CACHE";

/** Cache files kept per directory: one per dpa-lint build and Node version in use. */
const KEEP = 8;
const MAGIC = "dpa-lint-compile-cache 2\n";
const SUFFIX = ".v8cache";

/**
 * The cache directory, or undefined when there is none to use: switched off, not an absolute
 * path, no home to put it in, or inside a directory the code under review controls: the working
 * directory, the repository around it (a CLI run from a subdirectory), the GitHub workspace, or a
 * path that reaches one of them through a symbolic link. The cache is code, and a pull request
 * could commit a cache file there.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string | undefined {
  const setting = env[CACHE_ENV]?.trim();
  if (setting && /^(off|0|false|no)$/i.test(setting)) return undefined;
  let dir: string;
  if (setting) dir = setting;
  else {
    const base = userDirectory(env.XDG_CACHE_HOME || (process.platform === "win32" ? env.LOCALAPPDATA : undefined), ".cache");
    if (base === undefined) return undefined;
    dir = join(base, "dpa-lint", "compile-cache");
  }
  if (!isAbsolute(dir)) return undefined;
  const untrusted = [cwd, repositoryAround(cwd), env.GITHUB_WORKSPACE].filter((d): d is string => !!d && isAbsolute(resolve(d)));
  const candidates = [resolve(dir), realExisting(resolve(dir))];
  for (const place of untrusted) {
    for (const root of [resolve(place), realExisting(resolve(place))]) if (candidates.some((c) => isInside(c, root))) return undefined;
  }
  return dir;
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** The nearest directory at or above `cwd` holding `.git` (a work tree), if any. */
function repositoryAround(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
function realExisting(path: string): string {
  const rest: string[] = [];
  for (let dir = path; ; dir = dirname(dir)) {
    try {
      return join(realpathSync(dir), ...rest.reverse());
    } catch {
      if (dirname(dir) === dir) return path;
      rest.push(basename(dir));
    }
  }
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

/**
 * The cached bytecode for `key` in `path`: only from the user's own unshared file, for this key,
 * signed with this user's secret. Layout: header, MAC, bytecode.
 */
function readCache(path: string, key: string, secret: Buffer): Buffer | undefined {
  const bytes = readOwnFile(path);
  // Bytes, not characters: the key holds the script's path, which need not be ASCII.
  const header = headerOf(key);
  if (!bytes || bytes.length <= header.length + SIGNATURE_BYTES || !bytes.subarray(0, header.length).equals(header)) return undefined;
  const mac = bytes.subarray(header.length, header.length + SIGNATURE_BYTES);
  const data = bytes.subarray(header.length + SIGNATURE_BYTES);
  return signed(secret, mac, header, data) ? data : undefined;
}

/**
 * Writes the cache atomically (a reader never sees half a file) through a new file of a random
 * name created exclusively (O_EXCL: a planted symbolic link there is never followed), then keeps
 * the newest KEEP.
 */
function writeCache(dir: string, path: string, key: string, secret: Buffer, data: Buffer): void {
  try {
    const header = headerOf(key);
    const temporary = join(dir, `.${randomBytes(8).toString("hex")}.tmp`);
    writeFileSync(temporary, Buffer.concat([header, signature(secret, header, data), data]), { flag: "wx", mode: 0o600 });
    renameSync(temporary, path);
    const caches = readdirSync(dir)
      .filter((f) => f.endsWith(SUFFIX))
      .map((f) => ({ f, t: lstatSync(join(dir, f)).mtimeMs }))
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
  const secret = dir === undefined ? undefined : userSecret(env);
  const trusted = dir === undefined || secret === undefined ? undefined : ownDirectory(dir);
  const dynamicImport = (vm.constants as unknown as { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } | undefined)
    ?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  // Without the default loader for dynamic import() (Node before 20.12) the script's own
  // import() calls would fail inside vm: load it the ordinary way.
  if (trusted === undefined || secret === undefined || dynamicImport === undefined) {
    const exports = createRequire(file)(file) as unknown;
    return { exports, cache: trusted === undefined ? "off" : "unsupported", save: () => undefined };
  }
  let key: string | undefined;
  let path: string | undefined;
  let cachedData: Buffer | undefined;
  try {
    key = cacheKey(file);
    path = join(trusted, fileName(key));
    cachedData = readCache(path, key, secret);
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
      writeCache(trusted, path, key, secret, script.createCachedData());
    } catch {
      // Never fail a run for its cache.
    }
  };
  return { exports: module.exports, cache, save };
}
