import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { digestOf } from "./engine/policy.js";
import { readUpTo, withRegularFile } from "./files/read.js";
import { ownDirectory, readOwnFile, signature, signed, SIGNATURE_BYTES, userDirectory, userSecret } from "./files/user-dirs.js";
import { writeFileSafely } from "./files/write.js";
import type { CheckedFile } from "./findings/finalize.js";
import { PARSE_LIMITS } from "./document/parse.js";

/**
 * `lint --cache`: a file whose bytes are the same as at an earlier run, judged by the same
 * policies, configuration and day, is not linted again; its checked result comes from the cache.
 *
 * The cache decides what is reported, so it is trusted no more than code: it is signed with the
 * user's secret (files/user-dirs.ts), and a cache file that is not (planted in the repository,
 * restored from another machine, edited) is ignored as a whole. Its key covers everything a file's
 * result depends on besides its bytes: dpa-lint's version, each policy bundle's digest, the
 * organisation's policy, the day judged and today (expiries), and whether inline suppressions are
 * read. Rule settings, baselines and the repository-wide checks apply after the cache, every run.
 */
export interface LintCacheOptions {
  /** The cache file (default: in the user's cache directory, one per repository). */
  location?: string;
  /** What the results depend on besides the files' bytes (Linter.resultKey). */
  key: string;
  /** The repository (or working directory) the default location is named after. */
  repository: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

interface Entry {
  sha256: string;
  checked: CheckedFile;
}

const MAGIC = "dpa-lint-lint-cache 1\n";

export class LintCache {
  private readonly entries: Map<string, Entry>;
  private readonly hashes = new Map<string, string>();

  private constructor(
    private readonly path: string,
    private readonly key: string,
    private readonly secret: Buffer,
    private readonly cwd: string,
    entries: Map<string, Entry>,
  ) {
    this.entries = entries;
  }

  /** The cache for this key, or undefined when there is no trusted place or secret for one. */
  static open(options: LintCacheOptions): LintCache | undefined {
    const env = options.env ?? process.env;
    const secret = userSecret(env);
    if (!secret) return undefined;
    let path: string;
    if (options.location) path = resolve(options.cwd, options.location);
    else {
      const base = userDirectory(env.XDG_CACHE_HOME, ".cache");
      const dir = base === undefined ? undefined : ownDirectory(join(base, "dpa-lint", "lint-cache"));
      if (dir === undefined) return undefined;
      path = join(dir, `${digestOf(resolve(options.repository)).slice(0, 16)}.json`);
    }
    return new LintCache(path, options.key, secret, options.cwd, readEntries(path, options.key, secret));
  }

  /**
   * Splits files into those whose cached result stands (same bytes, same display name) and those
   * to lint. Each file's bytes are hashed once here; store() records results under that hash.
   */
  split(files: readonly string[], displayName: (file: string) => string): { hits: CheckedFile[]; misses: string[] } {
    const hits: CheckedFile[] = [];
    const misses: string[] = [];
    for (const file of files) {
      const sha = contentHash(file);
      const entry = this.entries.get(file);
      if (sha !== undefined) this.hashes.set(file, sha);
      if (sha !== undefined && entry && entry.sha256 === sha && entry.checked.file === displayName(file)) hits.push(entry.checked);
      else misses.push(file);
    }
    return { hits, misses };
  }

  /** Records the results of the files linted this run and writes the cache (never failing the run). */
  store(results: ReadonlyArray<{ file: string; checked: CheckedFile }>): void {
    for (const { file, checked } of results) {
      const sha = this.hashes.get(file);
      if (sha !== undefined) this.entries.set(file, { sha256: sha, checked });
    }
    const body = Buffer.from(JSON.stringify({ key: this.key, files: Object.fromEntries(this.entries) }));
    const header = Buffer.from(MAGIC);
    const mac = Buffer.from(signature(this.secret, header, body).toString("hex"));
    try {
      writeFileSafely(this.path, Buffer.concat([header, mac, Buffer.from("\n"), body]), { cwd: this.cwd });
    } catch {
      // A read-only disk or a refused link: the next run lints everything again.
    }
  }
}

/** The entries of a cache file signed with this user's secret for this key; none otherwise. */
function readEntries(path: string, key: string, secret: Buffer): Map<string, Entry> {
  const bytes = readOwnFile(path) ?? readAnyFile(path);
  const header = Buffer.from(MAGIC);
  const macEnd = header.length + SIGNATURE_BYTES * 2;
  if (!bytes || bytes.length <= macEnd + 1 || !bytes.subarray(0, header.length).equals(header)) return new Map();
  const mac = Buffer.from(bytes.subarray(header.length, macEnd).toString("latin1"), "hex");
  const body = bytes.subarray(macEnd + 1);
  if (!signed(secret, mac, header, body)) return new Map();
  try {
    const parsed = JSON.parse(body.toString("utf8")) as { key?: string; files?: Record<string, Entry> };
    return parsed.key === key && parsed.files ? new Map<string, Entry>(Object.entries(parsed.files)) : new Map<string, Entry>();
  } catch {
    return new Map();
  }
}

/** A cache file at a location the user chose may be shared (0644): its signature is what counts. */
function readAnyFile(path: string): Buffer | undefined {
  const read = withRegularFile(path, (fd, size) => readUpTo(fd, Math.min(size, 512 * 2 ** 20)));
  return Buffer.isBuffer(read) ? read : undefined;
}

/** SHA-256 of a file's bytes up to the size limit (a larger file is a finding either way). */
function contentHash(file: string): string | undefined {
  const read = withRegularFile(file, (fd) => readUpTo(fd, PARSE_LIMITS.maxBytes + 1));
  return Buffer.isBuffer(read) ? createHash("sha256").update(read).digest("hex") : undefined;
}
