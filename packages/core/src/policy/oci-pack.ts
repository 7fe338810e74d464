/**
 * Packs as OCI artifacts (docs/sharing-packs.md). A built bundle is pushed as an image manifest
 * whose layers are the bundle tarball, in the media type OPA reads bundles from registries with
 * (`application/vnd.oci.image.layer.v1.tar+gzip`: OPA and conftest pull it as a bundle), and the
 * pack's catalogue. Pulled packs are kept in the user's cache by manifest digest, checked against
 * that digest and their layers' digests on every use, and used offline once there: the network is
 * asked only when a configured pack is not in the cache, or names a tag alone (which moves).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { InputError, PolicyError } from "../errors.js";
import { RegistryClient, OCI_MANIFEST, sha256Digest, type Descriptor, type Manifest } from "../files/oci-client.js";
import { formatOciRef, isOciPack, parseOciRef, type OciRef } from "../files/oci-ref.js";
import { userDirectory } from "../files/user-dirs.js";
import { withSources, type PolicyBundle, type VerifyKey } from "../engine/policy.js";

/** The layer OPA takes as the bundle (github.com/open-policy-agent/opa v1/download/oci_download.go). */
export const BUNDLE_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
/** The pack's catalogue (rules, titles, clauses), beside the bundle: OPA ignores it. */
export const CATALOGUE_LAYER = "application/vnd.dpa-lint.catalogue.v1+json";
const CONFIG = "application/vnd.oci.image.config.v1+json";

/** Where pulled packs are kept: $XDG_CACHE_HOME/dpa-lint/oci, else ~/.cache/dpa-lint/oci. */
export function ociCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = userDirectory(env.XDG_CACHE_HOME, ".cache");
  if (base === undefined) throw new InputError("no cache directory for OCI packs: set XDG_CACHE_HOME");
  return join(base, "dpa-lint", "oci");
}

/** Pushes a built bundle directory (bundle.tar.gz, catalogue.json) under the reference's tag; its manifest digest. */
export async function pushPack(bundleDir: string, entry: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const ref = parseOciRef(entry, "policy push");
  if (!ref.tag || ref.digest)
    throw new InputError(`"${entry}" must name a tag to push to, and no digest (the digest is the push's result)`);
  const bundle = readFileSync(join(bundleDir, "bundle.tar.gz"));
  const catalogue = readFileSync(join(bundleDir, "catalogue.json"));
  const config = Buffer.from("{}");
  const descriptor = (mediaType: string, bytes: Buffer, title?: string): Descriptor => ({
    mediaType,
    digest: sha256Digest(bytes),
    size: bytes.length,
    ...(title ? { annotations: { "org.opencontainers.image.title": title } } : {}),
  });
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: descriptor(CONFIG, config),
    layers: [descriptor(BUNDLE_LAYER, bundle, "bundle.tar.gz"), descriptor(CATALOGUE_LAYER, catalogue, "catalogue.json")],
  };
  const client = new RegistryClient(ref, env);
  for (const bytes of [config, bundle, catalogue]) await client.pushBlob(bytes);
  return client.pushManifest(Buffer.from(JSON.stringify(manifest)), ref.tag);
}

/**
 * Fetches each OCI entry the cache does not hold (a pinned digest already there asks nothing of
 * the network; a tag is resolved every time); what each entry resolved to, by entry.
 */
export async function fetchOciPacks(
  entries: readonly string[],
  field: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  for (const entry of entries.filter(isOciPack)) {
    const ref = parseOciRef(entry, field);
    const cache = ociCacheDir(env);
    if (ref.digest && cachedPackDir(cache, ref, ref.digest)) {
      resolved.set(entry, ref.digest);
      continue;
    }
    const digest = await pullPack(ref, cache, env);
    if (ref.tag) writeTag(cache, ref, digest);
    resolved.set(entry, digest);
  }
  return resolved;
}

/** Pulls a pack into the cache; its manifest digest. */
async function pullPack(ref: OciRef, cache: string, env: NodeJS.ProcessEnv): Promise<string> {
  const client = new RegistryClient(ref, env);
  const { bytes, digest, manifest } = await client.manifest();
  const [bundle, catalogue] = packLayers(manifest, formatOciRef(ref, digest));
  // A tag that names a manifest the cache holds needs no blob.
  if (cachedPackDir(cache, ref, digest)) return digest;
  const target = packDir(cache, digest);
  // Written beside, then renamed: a run that stops half-way leaves no half pack in the cache.
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true, mode: 0o700 });
  writeFileSync(join(partial, "manifest.json"), bytes);
  writeFileSync(join(partial, "bundle.tar.gz"), await client.blob(bundle));
  writeFileSync(join(partial, "catalogue.json"), await client.blob(catalogue));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  renameSync(partial, target);
  return digest;
}

/** The bundle and catalogue layers of a pack's manifest; a manifest without them is no pack. */
function packLayers(manifest: Manifest, source: string): [Descriptor, Descriptor] {
  const bundle = manifest.layers.find((l) => l?.mediaType === BUNDLE_LAYER);
  const catalogue = manifest.layers.find((l) => l?.mediaType === CATALOGUE_LAYER);
  if (!bundle || !catalogue)
    throw new PolicyError(
      `is not a dpa-lint pack: its manifest has no ${bundle ? "catalogue" : "bundle"} layer (${bundle ? CATALOGUE_LAYER : BUNDLE_LAYER}); push packs with dpa-lint policy push`,
      { field: source },
    );
  return [bundle, catalogue];
}

function packDir(cache: string, digest: string): string {
  return join(cache, "sha256", digest.slice("sha256:".length));
}

function tagFile(cache: string, ref: OciRef): string {
  return join(cache, "tags", ref.registry, ...ref.repository.split("/"), `${ref.tag ?? ""}.digest`);
}

function writeTag(cache: string, ref: OciRef, digest: string): void {
  const file = tagFile(cache, ref);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${digest}\n`);
}

/**
 * The cache's directory of a pack, checked: the manifest has the digest, and each layer file the
 * digest and size its manifest gives. Undefined when it is not cached; a changed file is one line.
 */
export function cachedPackDir(cache: string, ref: OciRef, digest: string): string | undefined {
  const dir = packDir(cache, digest);
  if (!existsSync(join(dir, "manifest.json"))) return undefined;
  const source = formatOciRef(ref, digest);
  const tampered = (what: string): PolicyError =>
    new PolicyError(`the cached copy in ${dir} was changed (${what}): delete that directory, and it is fetched again`, { field: source });
  const bytes = readFileSync(join(dir, "manifest.json"));
  if (sha256Digest(bytes) !== digest) throw tampered("manifest.json does not have the digest");
  let manifest: Manifest;
  try {
    manifest = JSON.parse(bytes.toString("utf8")) as Manifest;
  } catch {
    throw tampered("manifest.json is not JSON");
  }
  const [bundle, catalogue] = packLayers(manifest, source);
  for (const [file, layer] of [
    ["bundle.tar.gz", bundle],
    ["catalogue.json", catalogue],
  ] as const) {
    const path = join(dir, file);
    const content = existsSync(path) ? readFileSync(path) : undefined;
    if (!content || content.length !== layer.size || sha256Digest(content) !== layer.digest)
      throw tampered(`${file} does not have its layer's digest`);
  }
  return dir;
}

/**
 * A configured OCI pack, from the cache (fetchOciPacks fills it before a lint): its digest pinned,
 * or its tag's last resolution. Reports name it `oci://...@sha256:<manifest digest>`.
 */
export function loadOciPack(
  entry: string,
  field: string,
  env: NodeJS.ProcessEnv,
  load: (dir: string, key?: VerifyKey) => PolicyBundle,
  key?: VerifyKey,
): PolicyBundle {
  const ref = parseOciRef(entry, field);
  const cache = ociCacheDir(env);
  const digest = ref.digest ?? readTag(cache, ref);
  const dir = digest === undefined ? undefined : cachedPackDir(cache, ref, digest);
  if (!dir || !digest)
    throw new InputError(`is not in the cache (${cache}): dpa-lint lint fetches it, or run dpa-lint policy pull ${entry}`, {
      field: entry,
    });
  return withSources(load(dir, key), { kind: "oci", location: formatOciRef(ref, digest) });
}

function readTag(cache: string, ref: OciRef): string | undefined {
  try {
    const digest = readFileSync(tagFile(cache, ref), "utf8").trim();
    return /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}
