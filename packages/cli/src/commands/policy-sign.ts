// Signed bundles: `policy build --sign-key` and `policy verify`, in OPA's bundle signature format
// (docs/sharing-packs.md). The keys are read here, once, with one line naming a file that cannot
// be read; signing and verifying are the core's.
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { readBundle, readVerifyKey, SIGNING_ALGORITHMS, sourcesOf, type SigningAlgorithm } from "@dpa-lint/core";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

/** The signing options of `policy build`: none without --sign-key. */
export function signingOption(
  values: { "sign-key"?: string | undefined; "sign-alg"?: string | undefined; "sign-key-id"?: string | undefined },
  io: Io,
): { signing?: { key: string; algorithm?: SigningAlgorithm; keyId?: string } } {
  const keyFile = values["sign-key"];
  const alg = values["sign-alg"];
  if (keyFile === undefined) {
    if (alg !== undefined || values["sign-key-id"] !== undefined) throw new UsageError("--sign-alg and --sign-key-id need --sign-key");
    return {};
  }
  if (alg !== undefined && !(SIGNING_ALGORITHMS as string[]).includes(alg))
    throw new UsageError(`--sign-alg must be one of ${SIGNING_ALGORITHMS.join(", ")}, not "${alg}"`);
  const key = readVerifyKey(resolve(io.cwd, keyFile), "--sign-key").text;
  const keyId = values["sign-key-id"];
  return { signing: { key, ...(alg ? { algorithm: alg as SigningAlgorithm } : {}), ...(keyId ? { keyId } : {}) } };
}

/**
 * `policy verify BUNDLE --key KEY`, for auditors: exit 0 when the bundle's signature, every file
 * and its catalogue verify with the key; otherwise one line saying what failed, exit 1.
 */
export function verifyCommand(bundle: string | undefined, keyFile: string | undefined, io: Io): number {
  if (!bundle || !keyFile) throw new UsageError("policy verify needs a bundle directory and --key <public key file>");
  const dir = resolve(io.cwd, bundle);
  if (!existsSync(resolve(dir, "bundle.tar.gz")))
    throw new UsageError(`${bundle} is not a bundle directory (no bundle.tar.gz; dpa-lint policy build writes one)`);
  const key = readVerifyKey(resolve(io.cwd, keyFile), "--key");
  let source;
  try {
    source = sourcesOf(readBundle(dir, key))[0];
  } catch (error) {
    io.stderr(`dpa-lint: ${relative(io.cwd, dir) || "."}: ${(error as Error).message}\n`);
    return EXIT.findings;
  }
  io.stdout(
    `${relative(io.cwd, dir) || "."}: signature verified with ${key.name}${source?.keyId ? ` (key id ${source.keyId})` : ""}: every file and the catalogue; packs ${source?.packs.join(", ") || "none"}; ${source?.digest ?? ""}\n`,
  );
  return EXIT.ok;
}
