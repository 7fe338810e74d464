/**
 * The user's own directories and secret, for what dpa-lint keeps between runs (the standalone's
 * compile cache, `lint --cache`). Both are trusted input on the next run, so only a directory the
 * user alone can change is used, and what is kept there is signed with a secret kept elsewhere.
 * Node built-ins only: the standalone CLI's loader imports this before the rest of dpa-lint loads.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";

const SECRET_BYTES = 32;

/** `base` when set and absolute, else `fallback` under the home directory; undefined without a home. */
export function userDirectory(base: string | undefined, fallback: string): string | undefined {
  if (base && isAbsolute(base)) return base;
  try {
    return join(homedir(), fallback);
  } catch {
    return undefined;
  }
}

/**
 * Whether a directory may hold code or results for this user: a real directory (not a symbolic
 * link), the user's own and writable by no one else, under ancestors that only the user or root can
 * change (or that are sticky, as /tmp is: others cannot rename what is ours in them). As OpenSSH's
 * StrictModes judges ~/.ssh.
 */
export function trustedDirectory(dir: string): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  try {
    const own = lstatSync(dir);
    if (!own.isDirectory() || own.uid !== uid || (own.mode & 0o022) !== 0) return false;
    for (let up = dirname(dir); ; up = dirname(up)) {
      const s = statSync(up);
      if ((s.uid !== uid && s.uid !== 0) || ((s.mode & 0o022) !== 0 && (s.mode & 0o1000) === 0)) return false;
      if (dirname(up) === up) return true;
    }
  } catch {
    return false;
  }
}

/** A directory created for the user alone (0700) if missing, and trusted; else undefined. */
export function ownDirectory(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return undefined;
  }
  return trustedDirectory(dir) ? dir : undefined;
}

/** A regular file's bytes, opened without following a link, if it is the user's own and unshared. */
export function readOwnFile(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const s = fstatSync(fd);
    if (!s.isFile()) return undefined;
    if (process.getuid && (s.uid !== process.getuid() || (s.mode & 0o077) !== 0)) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The user's secret that signs what dpa-lint keeps (HMAC-SHA256), in the user's state directory
 * ($XDG_STATE_HOME/dpa-lint, else ~/.local/state/dpa-lint), apart from any cache: a cache
 * directory restored from somewhere else (a CI cache saved by a pull request's run, a copied home)
 * brings files this user did not write, and their signature fails. Undefined when there is no
 * trusted place for it (then nothing is cached).
 */
export function userSecret(env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  const state = userDirectory(env.XDG_STATE_HOME, join(".local", "state"));
  const dir = state === undefined ? undefined : ownDirectory(join(state, "dpa-lint"));
  if (dir === undefined) return undefined;
  const path = join(dir, "compile-cache.key");
  const existing = readOwnFile(path);
  if (existing !== undefined) return existing.length === SECRET_BYTES ? existing : undefined;
  try {
    writeFileSync(path, randomBytes(SECRET_BYTES), { flag: "wx", mode: 0o600 });
  } catch {
    // Another run made it first (read it below), or the disk is read-only (no cache).
  }
  const made = readOwnFile(path);
  return made?.length === SECRET_BYTES ? made : undefined;
}

/** Bytes of a MAC from signature(). */
export const SIGNATURE_BYTES = 32;

/** The HMAC-SHA256 of the parts, with the user's secret. */
export function signature(secret: Buffer, ...parts: Uint8Array[]): Buffer {
  const mac = createHmac("sha256", secret);
  for (const p of parts) mac.update(p);
  return mac.digest();
}

/** Whether `mac` is the parts' signature (compared in constant time). */
export function signed(secret: Buffer, mac: Uint8Array, ...parts: Uint8Array[]): boolean {
  return mac.length === SIGNATURE_BYTES && timingSafeEqual(mac, signature(secret, ...parts));
}
