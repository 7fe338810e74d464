/**
 * The little of the OCI distribution API a pack needs (github.com/opencontainers/distribution-spec):
 * upload blobs and a manifest, read a manifest and its blobs by digest. Node's fetch, no library.
 * Registries that ask for credentials get them from the environment or the Docker configuration
 * (registry-credentials.ts), as HTTP Basic or through the registry's token service (Bearer); a
 * credential is sent to the registry and its token service only, and never printed.
 */
import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
import { formatOciRef, registryUrl, type OciRef } from "./oci-ref.js";
import { registryCredentials, type RegistryCredentials } from "./registry-credentials.js";

export const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";

/** A content descriptor of a manifest: what a blob is, its digest and size. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

/** An OCI image manifest as packs use it: a config blob and layers. */
export interface Manifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/** A manifest as the registry served it: its bytes (what the digest is of) and its digest. */
export interface FetchedManifest {
  bytes: Buffer;
  digest: string;
  manifest: Manifest;
}

/** Nothing a pack holds comes near these; a registry that sends more is refused, not buffered. */
const MAX_MANIFEST_BYTES = 4 * 2 ** 20;
const MAX_BLOB_BYTES = 64 * 2 ** 20;
const TIMEOUT_MS = 30_000;

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** One registry repository, with the authorisation its challenges led to. */
export class RegistryClient {
  private authorization: string | undefined;
  private readonly base: string;
  private readonly credentials: RegistryCredentials | undefined;

  constructor(
    private readonly ref: OciRef,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.base = registryUrl(ref.registry);
    this.credentials = registryCredentials(ref.registry, env);
  }

  /** Uploads a blob unless the registry has it (monolithic upload: POST, then PUT with the digest). */
  async pushBlob(bytes: Buffer, digest: string = sha256Digest(bytes)): Promise<void> {
    const head = await this.request("HEAD", `blobs/${digest}`);
    if (head.ok) return;
    const start = await this.request("POST", "blobs/uploads/");
    const location = start.headers.get("location");
    if (start.status !== 202 || !location) throw this.refused("starting an upload", start);
    const url = new URL(location, `${this.base}/`);
    url.searchParams.set("digest", digest);
    const put = await this.request("PUT", url, bytes, { "content-type": "application/octet-stream" });
    if (put.status !== 201) throw this.refused(`uploading blob ${digest}`, put);
  }

  /** Puts a manifest under a tag (or its digest); returns its digest. */
  async pushManifest(bytes: Buffer, reference: string): Promise<string> {
    const put = await this.request("PUT", `manifests/${reference}`, bytes, { "content-type": OCI_MANIFEST });
    if (put.status !== 201) throw this.refused("putting the manifest", put);
    return sha256Digest(bytes);
  }

  /** The manifest the reference names (its digest, else its tag), checked against the digest. */
  async manifest(): Promise<FetchedManifest> {
    const reference = this.ref.digest ?? this.ref.tag ?? "";
    const res = await this.request("GET", `manifests/${reference}`, undefined, {
      accept: [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST].join(", "),
    });
    if (res.status === 404)
      throw this.error(`the registry has no ${this.ref.digest ? "manifest of that digest" : `tag ${this.ref.tag ?? ""}`}`);
    if (!res.ok) throw this.refused("reading the manifest", res);
    const bytes = await capped(res, MAX_MANIFEST_BYTES, this.error("the manifest is larger than 4 MiB"));
    const digest = sha256Digest(bytes);
    if (this.ref.digest && digest !== this.ref.digest)
      throw this.error(`the registry served a manifest of digest ${digest}, not the pinned one`);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(bytes.toString("utf8")) as Manifest;
    } catch {
      throw this.error("the manifest is not JSON");
    }
    const type = manifest.mediaType ?? res.headers.get("content-type") ?? "";
    if (type !== OCI_MANIFEST || !Array.isArray(manifest.layers))
      throw this.error(`is ${type || "an unknown kind of manifest"}, not an OCI image manifest: not a dpa-lint pack`);
    return { bytes, digest, manifest };
  }

  /** A blob by its descriptor, checked against its digest and size. */
  async blob(descriptor: Descriptor): Promise<Buffer> {
    if (!/^sha256:[0-9a-f]{64}$/.test(descriptor.digest)) throw this.error(`a layer's digest "${descriptor.digest}" is not sha256`);
    if (!(descriptor.size >= 0 && descriptor.size <= MAX_BLOB_BYTES)) throw this.error("a layer is larger than 64 MiB");
    const res = await this.request("GET", `blobs/${descriptor.digest}`);
    if (!res.ok) throw this.refused(`reading blob ${descriptor.digest}`, res);
    const bytes = await capped(res, MAX_BLOB_BYTES, this.error("a layer is larger than 64 MiB"));
    if (bytes.length !== descriptor.size || sha256Digest(bytes) !== descriptor.digest)
      throw this.error(`blob ${descriptor.digest} does not have that digest and size`);
    return bytes;
  }

  private async request(method: string, path: string | URL, body?: Buffer, headers: Record<string, string> = {}): Promise<Response> {
    const url = path instanceof URL ? path : new URL(`${this.base}/v2/${this.ref.repository}/${path}`);
    const send = (): Promise<Response> =>
      fetch(url, {
        method,
        headers: { ...headers, ...(this.authorization ? { authorization: this.authorization } : {}) },
        ...(body ? { body: new Uint8Array(body) } : {}),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      }).catch((error: unknown) => {
        throw this.error(`cannot reach the registry (${causeOf(error)})`);
      });
    const first = await send();
    if (first.status !== 401 || this.authorization !== undefined) return first;
    await first.body?.cancel();
    this.authorization = await this.authorize(first.headers.get("www-authenticate") ?? "");
    return this.authorization ? send() : first;
  }

  /** The Authorization header a 401's challenge asks for: Basic with the credentials, or a token. */
  private async authorize(challenge: string): Promise<string | undefined> {
    const basic = this.credentials
      ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString("base64")}`
      : undefined;
    if (/^basic\b/i.test(challenge)) {
      if (!basic)
        throw this.error("the registry asks for credentials, and none are set (DPA_LINT_REGISTRY_USERNAME and _PASSWORD, or docker login)");
      return basic;
    }
    if (!/^bearer\b/i.test(challenge)) return undefined;
    const params: Record<string, string> = Object.fromEntries(
      [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]),
    );
    if (!params.realm) return undefined;
    const realm = new URL(params.realm);
    // The token service is named by the registry; it is sent the credentials only over HTTPS, or on the loopback.
    if (realm.protocol !== "https:" && registryUrl(realm.host).startsWith("https:"))
      throw this.error(`the token service ${realm.origin} is not HTTPS`);
    if (params.service) realm.searchParams.set("service", params.service);
    realm.searchParams.set("scope", params.scope ?? `repository:${this.ref.repository}:pull,push`);
    const res = await fetch(realm, { headers: basic ? { authorization: basic } : {}, signal: AbortSignal.timeout(TIMEOUT_MS) }).catch(
      (error: unknown) => {
        throw this.error(`cannot reach the registry's token service (${causeOf(error)})`);
      },
    );
    if (!res.ok) throw this.refused("asking the token service", res);
    const body = (await res.json().catch(() => ({}))) as { token?: unknown; access_token?: unknown };
    const token = typeof body.token === "string" ? body.token : typeof body.access_token === "string" ? body.access_token : undefined;
    return token ? `Bearer ${token}` : undefined;
  }

  private error(message: string): InputError {
    return new InputError(message, { field: formatOciRef(this.ref) });
  }

  private refused(what: string, res: Response): InputError {
    const why = res.status === 401 || res.status === 403 ? " (the credentials were refused, or none were given)" : "";
    return this.error(`the registry answered ${res.status} ${res.statusText} ${what}${why}`);
  }
}

/** A response's body, refused past `max` bytes however the registry declares its length. */
async function capped(res: Response, max: number, tooLarge: Error): Promise<Buffer> {
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > max) throw tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.length;
    if (size > max) {
      await reader?.cancel();
      throw tooLarge;
    }
    chunks.push(Buffer.from(next.value));
  }
  return Buffer.concat(chunks);
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (error instanceof Error && error.name === "TimeoutError") return "no answer in 30 s";
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
