import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import type * as OpaWasm from "@open-policy-agent/opa-wasm";
import type { LoadedPolicy } from "@open-policy-agent/opa-wasm";
import { CATALOGUE_FORMAT, isCatalogue, type Catalogue, type PackMeta, type RuleMeta } from "./catalogue.js";
import { describeThrown, PolicyError } from "../errors.js";
import { checkRawFindings, ENTRYPOINT, INDEX_ENTRYPOINT, type RawFinding } from "./result-contract.js";

export { ENTRYPOINT };
import { evaluatePolicy } from "./evaluate.js";
import { readTarGz } from "./tar.js";
import { CATALOGUE_CLAIM, catalogueClaim, SIGNATURES_FILE, verifyBundleFiles } from "./bundle-signature.js";
import { dpaIdOf } from "../normalize/facts.js";
import { policyDataForPolicies } from "../schema/pack-periods.js";
import { VERSION } from "../version.js";

// opa-wasm's ES module entry exports only the asynchronous loader; its CommonJS entry (the same
// module underneath) has the synchronous one too.
const require = createRequire(import.meta.url);
const { loadPolicySync } = require("@open-policy-agent/opa-wasm") as typeof OpaWasm;

/** The one entrypoint every bundle exposes: a set of findings for one vendor setup document. */

/** Built-ins the opa-wasm SDK implements in JavaScript; every other one must be native Wasm. */
const SDK_BUILTINS = new Set(["sprintf", "regex.split", "yaml.is_valid", "yaml.marshal", "yaml.unmarshal", "json.is_valid"]);

const here = dirname(fileURLToPath(import.meta.url));
/**
 * The built-in bundle: beside the running script in a standalone build (the action's dist/, the
 * CLI's standalone/: one file, bundle/ next to it), else where `npm run policies:build` puts it
 * (packages/core/bundle, two levels above dist/engine/).
 */
export const BUILTIN_BUNDLE_DIR = existsSync(join(here, "bundle")) ? join(here, "bundle") : join(here, "..", "..", "bundle");

/**
 * A compiled policy bundle: the Wasm module (compiled once; a WebAssembly.Module can be shared
 * with worker threads), the bundle's data and the rule catalogue beside it.
 */
export interface PolicyBundle {
  source: string;
  module: WebAssembly.Module;
  data: Record<string, unknown>;
  catalogue: Catalogue;
  /**
   * A pack of terms only (no Rego of its own), loaded at run time: `data` holds its `dpa` terms
   * and `module` is the built-in one. Linter.create merges it into the built-in bundle
   * (foldTermsPacks), so no OPA is needed to use it.
   */
  termsOnly?: true;
  /**
   * What the bundle's results depend on, as a SHA-256 in hex: of the tarball for a built bundle,
   * of the terms for a pack of terms only (and of each folded-in pack for a merged one). Keys
   * `lint --cache`: another policy, another key.
   */
  digest?: string;
  /**
   * Where the bundle's packs came from, for the reports' provenance: one entry per source (a
   * bundle with packs of terms folded in lists the host and each pack). Absent: read by
   * readBundle, which says it.
   */
  sources?: PolicySource[];
}

/**
 * One source of policy packs that judged a run, as every report names it: what it is, where it
 * was read, the digest of what was evaluated and whether a signature vouched for it.
 */
export interface PolicySource {
  /** builtin: the policies dpa-lint ships; bundle: a built bundle directory; directory: a policy
   * directory with Rego, built for the run; terms: a pack of terms only; npm: an npm package's pack;
   * oci: an OCI artifact, its location the reference with the manifest's digest. */
  kind: "builtin" | "bundle" | "directory" | "terms" | "npm" | "oci";
  /** "builtin", or the location as it was read. */
  location: string;
  /** The ids of the packs it brings. */
  packs: string[];
  /** dpa-lint's version for the built-in policies, the package's for an npm pack; else absent. */
  version?: string;
  /** `sha256:` and the hex digest of what was evaluated (the tarball and catalogue, or the terms). */
  digest: string;
  /**
   * verified: its signature (OPA's .signatures.json) verified with the key the configuration
   * names, every file and the catalogue with it; unverified: signed, but no key was named;
   * unsigned: no signature.
   */
  signature: "verified" | "unverified" | "unsigned";
  /** The key id the signature names, when verified. */
  keyId?: string;
}

/** The key a signed bundle must verify with: the key file's text, and its name for messages. */
export interface VerifyKey {
  text: string;
  name: string;
}

/**
 * The bundle with every source it records changed alike: loaders say what a bundle is (a policy
 * directory, an npm package) or where it came from (a base commit) on top of what readBundle saw.
 */
export function withSources(bundle: PolicyBundle, change: Partial<PolicySource>): PolicyBundle {
  return { ...bundle, sources: sourcesOf(bundle).map((s) => ({ ...s, ...change })) };
}

/** The sources of a bundle: those it records, else it is one built bundle. */
export function sourcesOf(bundle: PolicyBundle): PolicySource[] {
  return (
    bundle.sources ?? [
      {
        kind: bundle.source === BUILTIN_BUNDLE_DIR ? "builtin" : "bundle",
        location: bundle.source === BUILTIN_BUNDLE_DIR ? "builtin" : bundle.source,
        packs: bundle.catalogue.packs.map((p) => p.id),
        ...(bundle.source === BUILTIN_BUNDLE_DIR ? { version: VERSION } : {}),
        digest: `sha256:${bundle.digest ?? digestOf("")}`,
        signature: "unsigned",
      },
    ]
  );
}

/** A SHA-256 in hex of the parts, in order. */
export function digestOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(p).update("\0");
  return hash.digest("hex");
}

/**
 * The bundles a linter evaluates: packs of terms merged into the bundle that carries the shared
 * rules (the built-in one, added when absent), so each document is evaluated once per real bundle.
 */
export function foldTermsPacks(bundles: readonly PolicyBundle[]): PolicyBundle[] {
  const terms = bundles.filter((b) => b.termsOnly);
  if (terms.length === 0) return [...bundles];
  const rest = bundles.filter((b) => !b.termsOnly);
  const hostIndex = rest.findIndex((b) => b.catalogue.sharedRules !== undefined);
  const host = hostIndex >= 0 ? (rest[hostIndex] as PolicyBundle) : readBundle();
  const known = new Set(rest.flatMap((b) => b.catalogue.packs.map((p) => p.id)));
  let dpa = { ...((host.data.dpa ?? {}) as Record<string, unknown>) };
  const packs = [...host.catalogue.packs];
  const rules = [...host.catalogue.rules];
  for (const t of terms) {
    for (const p of t.catalogue.packs) {
      if (known.has(p.id)) throw new PolicyError(`pack "${p.id}" is already loaded; give the pack another id`, { file: t.source });
      known.add(p.id);
    }
    dpa = { ...dpa, ...((t.data.dpa ?? {}) as Record<string, unknown>) };
    packs.push(...t.catalogue.packs);
    rules.push(...t.catalogue.rules);
  }
  const digest = digestOf(host.digest ?? "", ...terms.map((t) => t.digest ?? ""));
  const sources = [...sourcesOf(host), ...terms.flatMap(sourcesOf)];
  const merged: PolicyBundle = { ...host, data: { ...host.data, dpa }, catalogue: { ...host.catalogue, packs, rules }, digest, sources };
  return hostIndex >= 0 ? rest.map((b, i) => (i === hostIndex ? merged : b)) : [merged, ...rest];
}

/**
 * The built-in bundle, read once per process: loading a pack of terms, folding it in and creating
 * the linter all need it, and reading means gunzipping the tarball and compiling the Wasm module.
 * Bundles are never modified in place (foldTermsPacks builds new objects).
 */
let builtin: PolicyBundle | undefined;

export function readBundle(dir: string = BUILTIN_BUNDLE_DIR, verifyKey?: VerifyKey): PolicyBundle {
  if (dir !== BUILTIN_BUNDLE_DIR || verifyKey) return readBundleFrom(dir, verifyKey);
  builtin ??= readBundleFrom(dir, undefined);
  return builtin;
}

function readBundleFrom(dir: string, verifyKey: VerifyKey | undefined): PolicyBundle {
  const tarPath = join(dir, "bundle.tar.gz");
  const cataloguePath = join(dir, "catalogue.json");
  let files: Map<string, Buffer>;
  let catalogue: unknown;
  let digest: string;
  let catalogueText: string;
  try {
    const tarball = readFileSync(tarPath);
    catalogueText = readFileSync(cataloguePath, "utf8");
    digest = digestOf(tarball, catalogueText);
    files = readTarGz(tarball);
    catalogue = JSON.parse(catalogueText);
  } catch (error) {
    const hint = dir === BUILTIN_BUNDLE_DIR ? " (run npm run policies:build)" : "";
    throw new PolicyError(`cannot read the policy bundle${hint}: ${describeThrown(error)}`, { file: dir, cause: error });
  }
  const wasm = files.get("/policy.wasm");
  if (!wasm) throw new PolicyError("bundle has no /policy.wasm: was it built with opa build -t wasm?", { file: tarPath });
  const format = (catalogue as { version?: unknown } | null)?.version;
  // A newer format is a bundle this dpa-lint cannot read right: refused by name, never misread.
  if (typeof format === "number" && format > CATALOGUE_FORMAT)
    throw new PolicyError(
      `was built by a newer dpa-lint (catalogue format ${format}; this dpa-lint ${VERSION} reads format ${CATALOGUE_FORMAT}): update dpa-lint or rebuild the pack with this version`,
      { file: cataloguePath },
    );
  if (!isCatalogue(catalogue)) throw new PolicyError("catalogue.json is not a dpa-lint rule catalogue", { file: cataloguePath });
  const signature = checkSignature(files, catalogueText, verifyKey, tarPath);
  let data: unknown = {};
  try {
    data = JSON.parse(files.get("/data.json")?.toString("utf8") ?? "{}");
  } catch (error) {
    throw new PolicyError(`bundle data.json is not JSON: ${describeThrown(error)}`, { file: tarPath });
  }
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(new Uint8Array(wasm));
  } catch (error) {
    throw new PolicyError(`policy.wasm does not compile: ${describeThrown(error)}`, { file: tarPath });
  }
  const bundle: PolicyBundle = { source: dir, module, data: data as Record<string, unknown>, catalogue, digest };
  return signature.signature === "unsigned" ? bundle : withSources(bundle, signature);
}

/**
 * Whether a bundle's signature vouches for it: with a key, it must be signed, verify, and bind
 * the catalogue beside the tarball (CATALOGUE_CLAIM); without one, a signature is only reported.
 */
function checkSignature(
  files: ReadonlyMap<string, Buffer>,
  catalogueText: string,
  key: VerifyKey | undefined,
  tarPath: string,
): Pick<PolicySource, "signature" | "keyId"> {
  const signed = files.has(SIGNATURES_FILE);
  if (!key) return { signature: signed ? "unverified" : "unsigned" };
  if (!signed)
    throw new PolicyError(`is not signed, and the configuration requires a signature verified with ${key.name}`, { file: tarPath });
  try {
    const verified = verifyBundleFiles(files, key.text);
    const claim = verified.claims[CATALOGUE_CLAIM] as { hash?: unknown } | undefined;
    if (claim?.hash !== catalogueClaim(catalogueText).hash)
      throw new PolicyError("catalogue.json does not match its signed digest (the catalogue beside the bundle was changed after signing)");
    return { signature: "verified", ...(verified.keyId ? { keyId: verified.keyId } : {}) };
  } catch (error) {
    throw new PolicyError(`${describeThrown(error)} (key ${key.name})`, { file: tarPath, cause: error });
  }
}

/**
 * One loaded Wasm instance. Not re-entrant (evaluate() writes the input into the
 * instance's one linear memory and resets its heap): use one per worker thread.
 */
export class PolicyEngine {
  /** The catalogue by rule id, built once: every evaluation checks its results against it. */
  private readonly rules: Map<string, RuleMeta>;

  /**
   * The documents evaluated so far per pack. A pack's sub-processor index is computed at its second
   * document: the first computes it inline anyway, and a one-file run (a hook, an editor) would
   * pay for a second evaluation and a data reload that nothing reuses.
   */
  private readonly seen = new Map<string, number>();

  private constructor(
    readonly bundle: PolicyBundle,
    private readonly policy: LoadedPolicy,
    private data: Record<string, unknown>,
    private readonly hasIndex: boolean,
  ) {
    this.rules = new Map(bundle.catalogue.rules.map((r) => [r.id, r]));
  }

  rule(id: string): RuleMeta | undefined {
    return this.rules.get(id);
  }

  /** `extraData` is merged over the bundle's data (the organisation's config goes in `config`). */
  // Asynchronous by contract (callers await it; workers build engines the same way), although
  // loading is synchronous today.
  // eslint-disable-next-line @typescript-eslint/require-await
  static async create(bundle: PolicyBundle, extraData: Record<string, unknown> = {}): Promise<PolicyEngine> {
    let policy: LoadedPolicy;
    try {
      // The synchronous loader: the asynchronous one tests `instanceof Response`, and touching
      // the global Response makes Node load its fetch implementation (undici), ~25 ms of every
      // cold start for a module we already hold in memory.
      policy = loadPolicySync(bundle.module);
    } catch (error) {
      throw new PolicyError(`cannot instantiate policy.wasm: ${describeThrown(error)}`, { file: bundle.source, cause: error });
    }
    const missing = requiredBuiltins(policy).filter((name) => !SDK_BUILTINS.has(name));
    if (missing.length > 0) {
      throw new PolicyError(`the policies use built-ins that do not run under opa-wasm: ${missing.join(", ")}`, { file: bundle.source });
    }
    const entrypoints = policy.entrypoints as Record<string, number>;
    if (!(ENTRYPOINT in entrypoints)) {
      throw new PolicyError(`bundle has no ${ENTRYPOINT} entrypoint (it has: ${Object.keys(entrypoints).join(", ") || "none"})`, {
        file: bundle.source,
      });
    }
    // Pack terms reach the policies with every period as {value, unit} (schema/pack-periods.ts).
    const data = policyDataForPolicies({ ...bundle.data, ...extraData });
    try {
      policy.setData(data);
    } catch (error) {
      throw new PolicyError(`cannot load policy data: ${describeThrown(error)}`, { file: bundle.source, cause: error });
    }
    return new PolicyEngine(bundle, policy, data, INDEX_ENTRYPOINT in entrypoints);
  }

  /**
   * Computes a pack's sub-processor index once, with the policies' own rule (INDEX_ENTRYPOINT),
   * and gives it back as data: every later document of that pack reads it instead of keying the
   * list again. Where it cannot be computed the policies compute it per document, as before.
   */
  private index(pack: string): void {
    const packs = this.data.dpa as Record<string, unknown> | undefined;
    if (!packs || typeof packs[pack] !== "object") return;
    try {
      const [first] = evaluatePolicy(this.policy, { dpa: pack }, INDEX_ENTRYPOINT) as Array<{ result?: unknown }>;
      if (!first || typeof first.result !== "object" || first.result === null) return;
      const precomputed = (this.data.precomputed ?? {}) as { subprocessors?: Record<string, unknown> };
      this.data = { ...this.data, precomputed: { ...precomputed, subprocessors: { ...precomputed.subprocessors, [pack]: first.result } } };
      this.policy.setData(this.data);
    } catch {
      // The fallback is the same rule evaluated per document: slower, never different.
    }
  }

  get packs(): PackMeta[] {
    return this.bundle.catalogue.packs;
  }

  /** Evaluates one vendor setup; the result is checked against the rule contract. */
  evaluate(input: unknown): RawFinding[] {
    const pack = typeof input === "object" && input !== null ? dpaIdOf(input as Record<string, unknown>) : undefined;
    if (pack !== undefined && this.hasIndex) {
      const seen = (this.seen.get(pack) ?? 0) + 1;
      this.seen.set(pack, seen);
      if (seen === 2) this.index(pack);
    }
    let result: unknown;
    try {
      result = evaluatePolicy(this.policy, input, ENTRYPOINT);
    } catch (error) {
      throw new PolicyError(`policy evaluation failed: ${describeThrown(error)}`, { file: this.bundle.source, cause: error });
    }
    const set = Array.isArray(result) && result.length > 0 ? (result[0] as { result?: unknown }).result : [];
    return checkRawFindings(set ?? [], this.rules, this.bundle.source);
  }
}

/** The built-ins the module imports from its host, read from the module's `builtins` export. */
function requiredBuiltins(policy: LoadedPolicy): string[] {
  const instance = "exports" in policy.wasmInstance ? policy.wasmInstance : policy.wasmInstance.instance;
  const exports = instance.exports as Record<string, unknown>;
  const builtins = exports.builtins as (() => number) | undefined;
  const dump = exports.opa_json_dump as ((addr: number) => number) | undefined;
  if (!builtins || !dump) return [];
  const addr = dump(builtins());
  const bytes = new Uint8Array(policy.mem.buffer);
  let end = addr;
  while (bytes[end] !== 0) end++;
  const map = JSON.parse(Buffer.from(bytes.subarray(addr, end)).toString("utf8")) as Record<string, number>;
  return Object.keys(map);
}
