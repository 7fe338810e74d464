/**
 * Packs in OCI registries (`policies: ["oci://ghcr.io/acme/dpa-pack:1.2@sha256:<digest>"]`), as
 * conftest and OPA address bundles: a registry host (and port), a repository, a tag and, for a gate,
 * the manifest's digest. A tag alone moves: it is resolved at every run, and reports say so.
 */
import { InputError } from "../errors.js";

export const OCI_PREFIX = "oci://";

/** A parsed `oci://` reference. */
export interface OciRef {
  /** `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** `acme/dpa-pack`. */
  repository: string;
  tag?: string;
  /** `sha256:` and 64 hex digits: the manifest's digest. */
  digest?: string;
}

/** Whether a `policies` entry names an OCI artifact rather than a path. */
export function isOciPack(entry: string): boolean {
  return entry.startsWith(OCI_PREFIX);
}

// The distribution specification's grammar: lower-case path components separated by /, ., _, __
// or dashes; a tag of at most 128 word characters, dots and dashes.
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::\d{1,5})?$/;

/** `oci://REGISTRY/REPOSITORY[:TAG][@sha256:DIGEST]`; anything else is one line naming it. */
export function parseOciRef(entry: string, field: string): OciRef {
  const bad = (why: string): InputError =>
    new InputError(`"${entry}" is not an OCI reference (${why}): oci://REGISTRY/REPOSITORY[:TAG][@sha256:DIGEST]`, { field });
  if (!isOciPack(entry)) throw bad("no oci://");
  let rest = entry.slice(OCI_PREFIX.length);
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw bad("the digest is not sha256: and 64 lower-case hex digits");
  }
  const slash = rest.indexOf("/");
  if (slash <= 0) throw bad("no repository after the registry");
  const registry = rest.slice(0, slash);
  if (!HOST.test(registry)) throw bad(`"${registry}" is not a registry host`);
  let repository = rest.slice(slash + 1);
  let tag: string | undefined;
  const colon = repository.lastIndexOf(":");
  if (colon >= 0) {
    tag = repository.slice(colon + 1);
    repository = repository.slice(0, colon);
    if (!TAG.test(tag)) throw bad(`"${tag}" is not a tag`);
  }
  if (!REPOSITORY.test(repository)) throw bad(`"${repository}" is not a repository name`);
  if (!tag && !digest) throw bad("neither a tag nor a digest");
  return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** The reference as written, with the digest given (a tag resolved): how reports name it. */
export function formatOciRef(ref: OciRef, digest: string | undefined = ref.digest): string {
  return `${OCI_PREFIX}${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${digest ? `@${digest}` : ""}`;
}

/**
 * Registries on the loopback interface are spoken to over plain HTTP (as Docker treats
 * localhost), every other one over HTTPS.
 */
export function registryUrl(registry: string): string {
  const host = registry.replace(/:\d+$/, "");
  const loopback = host === "localhost" || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
  return `${loopback ? "http" : "https"}://${registry}`;
}
