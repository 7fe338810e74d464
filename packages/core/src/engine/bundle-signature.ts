/**
 * OPA's bundle signatures (https://www.openpolicyagent.org/docs/management-bundles/#signing):
 * `/.signatures.json` in the bundle holds one JWT whose `files` claim lists every file of the
 * bundle with its hash (structured files hashed as canonical JSON: canonical-json.ts, the others
 * as bytes). dpa-lint signs and verifies in this format, so OPA itself verifies what dpa-lint signs
 * and the other way round (tested with the pinned OPA). dpa-lint adds one claim: the digest of
 * catalogue.json, which lies beside the tarball and would otherwise be unsigned.
 */
import {
  constants,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  sign,
  timingSafeEqual,
  verify,
  type KeyObject,
} from "node:crypto";
import { basename } from "node:path";
import { PolicyError } from "../errors.js";
import { canonicalJson } from "./canonical-json.js";

export const SIGNATURES_FILE = "/.signatures.json";
/** The claim that binds catalogue.json (beside the tarball) to the signature. */
export const CATALOGUE_CLAIM = "dpa_lint_catalogue";

/** The claim's value for a catalogue: the SHA-256 of its bytes, as signed and as checked. */
export function catalogueClaim(catalogueText: string): { algorithm: "SHA-256"; hash: string } {
  return { algorithm: "SHA-256", hash: createHash("sha256").update(catalogueText).digest("hex") };
}

interface FileInfo {
  name: string;
  hash: string;
  algorithm: string;
}

const HASHES: Record<string, string> = { "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512", "SHA-224": "sha224" };

/** The algorithms dpa-lint signs and verifies with, by the kind of key they need. */
const ALGORITHMS = {
  RS256: { key: "rsa", hash: "sha256" },
  RS384: { key: "rsa", hash: "sha384" },
  RS512: { key: "rsa", hash: "sha512" },
  PS256: { key: "rsa", hash: "sha256", pss: true },
  PS384: { key: "rsa", hash: "sha384", pss: true },
  PS512: { key: "rsa", hash: "sha512", pss: true },
  ES256: { key: "ec", hash: "sha256", curve: "prime256v1" },
  ES384: { key: "ec", hash: "sha384", curve: "secp384r1" },
  ES512: { key: "ec", hash: "sha512", curve: "secp521r1" },
  HS256: { key: "secret", hash: "sha256" },
  HS384: { key: "secret", hash: "sha384" },
  HS512: { key: "secret", hash: "sha512" },
} as const;
export type SigningAlgorithm = keyof typeof ALGORITHMS;
export const SIGNING_ALGORITHMS = Object.keys(ALGORITHMS) as SigningAlgorithm[];

/** The hash OPA records for a bundle file. */
export function bundleFileHash(name: string, bytes: Buffer, algorithm = "SHA-256"): string {
  const hash = HASHES[algorithm];
  if (!hash)
    throw new PolicyError(`${name}: hashing algorithm ${algorithm} is not one dpa-lint verifies (SHA-256, SHA-384, SHA-512, SHA-224)`);
  const structured = ["data.json", ".manifest"].includes(basename(name));
  return createHash(hash)
    .update(structured ? canonicalJson(bytes.toString("utf8"), name) : bytes)
    .digest("hex");
}

/** A file's name as OPA lists it in a signature: the archive's name without a leading slash. */
function signedName(name: string): string {
  return name.replace(/^\.?\/+/, "");
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString("base64url");

/** A key file's text as a key: PEM (public or private, RSA or EC), else the HMAC secret itself. */
function keyOf(text: string, purpose: "sign" | "verify"): { kind: "rsa" | "ec" | "secret"; key: KeyObject | Buffer; curve?: string } {
  if (!/-----BEGIN [A-Z ]+-----/.test(text)) return { kind: "secret", key: Buffer.from(text.trim(), "utf8") };
  const key = purpose === "sign" ? createPrivateKey(text) : createPublicKey(text);
  const kind = key.asymmetricKeyType;
  if (kind !== "rsa" && kind !== "ec")
    throw new PolicyError(`keys of type ${kind ?? "unknown"} are not supported (RSA, EC or an HMAC secret)`);
  return { kind, key, ...(kind === "ec" ? { curve: key.asymmetricKeyDetails?.namedCurve } : {}) };
}

/**
 * How node:crypto signs or verifies with an RSA or EC key as JWS does: PSS padding for PS* (with
 * the salt length given), and EC signatures as r||s (IEEE P1363), not DER.
 */
function keyOptions(spec: (typeof ALGORITHMS)[SigningAlgorithm], key: ReturnType<typeof keyOf>, saltLength: number) {
  return {
    key: key.key as KeyObject,
    ...("pss" in spec ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength } : {}),
    ...(key.kind === "ec" ? { dsaEncoding: "ieee-p1363" as const } : {}),
  };
}

/** The algorithm a key signs with by default: RS256 for RSA, ES256/384/512 by curve, HS256 for a secret. */
function defaultAlgorithm(k: ReturnType<typeof keyOf>): SigningAlgorithm {
  if (k.kind === "rsa") return "RS256";
  if (k.kind === "secret") return "HS256";
  return k.curve === "secp384r1" ? "ES384" : k.curve === "secp521r1" ? "ES512" : "ES256";
}

/**
 * `.signatures.json` for a bundle's files: a JWT over every file (but the signatures file) and
 * `claims`, signed with the private key (or HMAC secret) in `keyText`.
 */
export function signBundleFiles(
  files: ReadonlyMap<string, Buffer>,
  keyText: string,
  options: { algorithm?: SigningAlgorithm; keyId?: string; claims?: Record<string, unknown> } = {},
): string {
  const key = keyOf(keyText, "sign");
  const alg = options.algorithm ?? defaultAlgorithm(key);
  const spec = ALGORITHMS[alg];
  if (spec.key !== key.kind)
    throw new PolicyError(
      `${alg} needs ${spec.key === "secret" ? "an HMAC secret" : `an ${spec.key.toUpperCase()} key`}, not this ${key.kind === "secret" ? "secret" : `${key.kind.toUpperCase()} key`}`,
    );
  const list: FileInfo[] = [...files.entries()]
    .filter(([name]) => name !== SIGNATURES_FILE)
    .map(([name, bytes]) => ({ name: signedName(name), hash: bundleFileHash(name, bytes), algorithm: "SHA-256" }));
  const header = { alg, ...(options.keyId ? { kid: options.keyId } : {}), typ: "JWT" };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify({ files: list, ...options.claims }))}`;
  const signature =
    key.kind === "secret"
      ? createHmac(spec.hash, key.key).update(input).digest()
      : // PS*: the salt as long as the hash, as OPA (jwx) signs.
        sign(spec.hash, Buffer.from(input), keyOptions(spec, key, createHash(spec.hash).digest().length));
  return `${JSON.stringify({ signatures: [`${input}.${b64url(signature)}`] })}\n`;
}

/** What a verified signature says: the key id it names and its extra claims. */
export interface VerifiedSignature {
  keyId?: string;
  claims: Record<string, unknown>;
}

/**
 * Verifies a bundle's `/.signatures.json` with the public key (or HMAC secret) in `keyText`: the
 * JWT's signature, then every file's hash, every file of the bundle listed and every listed file
 * present. Throws a PolicyError saying what failed.
 */
export function verifyBundleFiles(files: ReadonlyMap<string, Buffer>, keyText: string): VerifiedSignature {
  const raw = files.get(SIGNATURES_FILE);
  if (!raw) throw new PolicyError("the bundle is not signed (no .signatures.json)");
  let tokens: unknown;
  try {
    tokens = (JSON.parse(raw.toString("utf8")) as { signatures?: unknown }).signatures;
  } catch {
    throw new PolicyError(".signatures.json is not JSON");
  }
  if (!Array.isArray(tokens) || tokens.length !== 1 || typeof tokens[0] !== "string")
    throw new PolicyError(".signatures.json must hold exactly one JWT");
  const [h, p, s] = tokens[0].split(".");
  if (h === undefined || p === undefined || s === undefined)
    throw new PolicyError(".signatures.json: the JWT is not header.payload.signature");
  let header: { alg?: unknown; kid?: unknown };
  let payload: { files?: unknown; scope?: unknown; keyid?: unknown } & Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(h, "base64url").toString("utf8")) as typeof header;
    payload = JSON.parse(Buffer.from(p, "base64url").toString("utf8")) as typeof payload;
  } catch {
    throw new PolicyError(".signatures.json: the JWT's header or payload is not JSON");
  }
  if (header === null || typeof header !== "object" || payload === null || typeof payload !== "object")
    throw new PolicyError(".signatures.json: the JWT's header or payload is not a JSON object");
  const alg = header.alg;
  // The algorithm must be one the key can verify: never "none", never HMAC with a public key.
  if (typeof alg !== "string" || !(alg in ALGORITHMS)) throw new PolicyError(`.signatures.json: algorithm ${String(alg)} is not accepted`);
  const spec = ALGORITHMS[alg as SigningAlgorithm];
  const key = keyOf(keyText, "verify");
  if (spec.key !== key.kind || ("curve" in spec && spec.curve !== key.curve))
    throw new PolicyError(`the bundle is signed with ${alg}, which this key cannot verify`);
  const input = Buffer.from(`${h}.${p}`);
  const signature = Buffer.from(s, "base64url");
  const valid =
    key.kind === "secret"
      ? (() => {
          const expected = createHmac(spec.hash, key.key).update(input).digest();
          return expected.length === signature.length && timingSafeEqual(expected, signature);
        })()
      : verify(spec.hash, input, keyOptions(spec, key, constants.RSA_PSS_SALTLEN_AUTO), signature);
  if (!valid) throw new PolicyError("the signature does not verify with this key");
  if (payload.scope !== undefined && payload.scope !== "")
    throw new PolicyError(`the signature has a scope (${JSON.stringify(payload.scope)}); dpa-lint verifies bundles signed without one`);
  if (!Array.isArray(payload.files)) throw new PolicyError(".signatures.json: the JWT lists no files");
  const listed = new Map<string, FileInfo>();
  for (const f of payload.files as FileInfo[]) {
    if (typeof f?.name !== "string" || typeof f.hash !== "string")
      throw new PolicyError(".signatures.json: a file entry has no name or hash");
    listed.set(signedName(f.name), f);
  }
  for (const [name, bytes] of files) {
    if (name === SIGNATURES_FILE) continue;
    const f = listed.get(signedName(name));
    if (!f) throw new PolicyError(`${name} is not covered by the signature`);
    if (bundleFileHash(name, bytes, f.algorithm || "SHA-256") !== f.hash.toLowerCase())
      throw new PolicyError(`${name} does not match its signed hash (the bundle was changed after signing)`);
    listed.delete(signedName(name));
  }
  if (listed.size > 0) throw new PolicyError(`${[...listed.keys()][0]} is signed but missing from the bundle`);
  const { files: _files, ...claims } = payload;
  const keyId = typeof header.kid === "string" ? header.kid : typeof payload.keyid === "string" ? payload.keyid : undefined;
  return { ...(keyId ? { keyId } : {}), claims };
}
