import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { PackMeta } from "../engine/catalogue.js";
import type { ResolvedConfig } from "../config/config.js";
import { describeThrown, InputError, PolicyError } from "../errors.js";
import { temporaryDirectory } from "../files/temp.js";
import { sharedRuleDocsUrl } from "../findings/docs-url.js";
import { sharedRulesPerPack, termOfRules, type Terms } from "./catalogue-build.js";
import { readPackTerms } from "./pack-terms.js";
import { digestOf, foldTermsPacks, readBundle, sourcesOf, withSources, type PolicyBundle, type VerifyKey } from "../engine/policy.js";
import { buildPolicies, SHARED_POLICY_PARTS } from "./build.js";
import { findOpa } from "./tools.js";
import { isNpmPack, parseNpmPack, resolveNpmPack } from "../files/npm-pack.js";
import { isOciPack, parseOciRef } from "../files/oci-ref.js";
import { fetchOciPacks, loadOciPack } from "./oci-pack.js";

/**
 * A pack of terms only, loaded at run time into the built-in bundle: Node alone, no OPA. The
 * terms are checked against the pack-terms schema first (one line per problem, located).
 */
export function loadTermsPack(location: string, cwd: string = process.cwd()): PolicyBundle {
  const builtin = readBundle();
  const shared = builtin.catalogue.sharedRules ?? [];
  const { packs, problems } = readPackTerms(
    location,
    cwd,
    shared.map((r) => r.name),
  );
  if (problems.length > 0) throw new PolicyError(problems.join("; "), { field: "pack terms" });
  if (packs.length === 0) throw new PolicyError("holds no pack terms: dpa/<id>/data.yaml, data.yaml, or a terms file", { file: location });
  const data = Object.fromEntries(packs.map((p) => [p.id, { terms: p.terms }])) as Record<string, { terms?: Terms }>;
  const metas: PackMeta[] = packs.map((p) => {
    const law = p.terms.governingLaw;
    return { id: p.id, kind: "dpa", title: String(p.terms.title), ...(typeof law === "string" ? { governingLaw: law } : {}) };
  });
  const digest = digestOf(JSON.stringify(data));
  const rules = sharedRulesPerPack(metas, shared, data, termOfRules(builtin.data)).map((r) => ({
    ...r,
    docsUrl: sharedRuleDocsUrl(r.name),
  }));
  return {
    source: location,
    module: builtin.module,
    data: { dpa: data },
    catalogue: { ...builtin.catalogue, packs: metas, rules },
    termsOnly: true,
    digest,
    sources: [{ kind: "terms", location, packs: metas.map((m) => m.id), digest: `sha256:${digest}`, signature: "unsigned" }],
  };
}

/** Whether a pack location holds Rego of its own (then it is built with OPA). */
export function holdsRego(location: string): boolean {
  if (!statSync(location).isDirectory()) return false;
  return readdirSync(location, { recursive: true, encoding: "utf8" }).some((f) => f.endsWith(".rego"));
}

/**
 * A policy pack beside the built-in one: a bundle directory (it has bundle.tar.gz, as `dpa-lint
 * policy build` writes it) is read; a policy directory is built with OPA into a temporary
 * directory first, on the built-in helpers, shared rules and entrypoint.
 */
export function loadPolicyPack(dir: string, env: NodeJS.ProcessEnv = process.env, verifyKey?: VerifyKey): PolicyBundle {
  if (existsSync(join(dir, "bundle.tar.gz"))) return readBundle(dir, verifyKey);
  // Only a built bundle carries a signature: a key named for anything else must not pass silently.
  if (verifyKey)
    throw new PolicyError(
      `is not a built bundle, so it has no signature to verify with ${verifyKey.name} (dpa-lint policy build --sign-key)`,
      { file: dir },
    );
  if (!holdsRego(dir)) return loadTermsPack(dir);
  const out = temporaryDirectory("dpa-lint-policy-");
  buildPolicies({ opa: findOpa(env), dirs: [...SHARED_POLICY_PARTS, dir], outDir: out });
  const built = readBundle(out);
  return withSources(built, { kind: "directory", location: dir });
}

/**
 * The packs named by an adapter's option (`--policy`, the action's `policies`), relative to `cwd`:
 * a missing directory is an error naming it and the option.
 */
export function loadPolicyPacks(
  dirs: readonly string[],
  cwd: string,
  option: string,
  env: NodeJS.ProcessEnv = process.env,
  keys: Readonly<Record<string, string>> = {},
): PolicyBundle[] {
  return dirs.map((dir) => {
    const keyOf = (name: string): VerifyKey | undefined => (keys[name] === undefined ? undefined : readVerifyKey(keys[name], option));
    if (isNpmPack(dir)) return loadNpmPack(dir, cwd, option, env, keyOf(dir));
    if (isOciPack(dir)) return loadOciPolicyPack(dir, option, env, keyOf(dir));
    const abs = resolve(cwd, dir);
    if (!existsSync(abs)) throw new InputError("no such directory", { file: dir, field: option });
    return loadPolicyPack(abs, env, keyOf(abs));
  });
}

/**
 * A pack from an npm package (npm-pack.ts), found from `from` upwards; its digest checked when the
 * entry pins one. Reports name it `npm:<package>` with the package's version.
 */
export function loadNpmPack(entry: string, from: string, option: string, env: NodeJS.ProcessEnv, key?: VerifyKey): PolicyBundle {
  const spec = parseNpmPack(entry, option);
  const found = resolveNpmPack(spec, from, option);
  const pack = withSources(loadPolicyPack(found.location, env, key), { kind: "npm", location: `npm:${spec.name}`, version: found.version });
  const digest = sourcesOf(pack)[0]?.digest;
  if (spec.digest && digest !== spec.digest)
    throw new PolicyError(`npm package ${spec.name}@${found.version} is ${digest ?? "not digested"}, not the pinned ${spec.digest}`, {
      field: option,
    });
  return pack;
}

/** A pack from an OCI registry, as the cache holds it (oci-pack.ts: fetchOciPacks fills it). */
export function loadOciPolicyPack(entry: string, option: string, env: NodeJS.ProcessEnv = process.env, key?: VerifyKey): PolicyBundle {
  return loadOciPack(entry, option, env, (dir, verify) => loadPolicyPack(dir, env, verify), key);
}

/** A key file named by `verify:`: its text, or one line naming it and the option. */
export function readVerifyKey(file: string, option: string): VerifyKey {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    throw new InputError(`cannot read the verification key: ${describeThrown(error)}`, { file, field: option });
  }
  // A key is a small file: not a device (/dev/zero would never end), a directory or megabytes.
  if (!stat.isFile() || stat.size > MAX_KEY_BYTES)
    throw new InputError(`the verification key must be a file of at most ${MAX_KEY_BYTES / 1024} KiB (a PEM key or an HMAC secret)`, {
      file,
      field: option,
    });
  return { text: readFileSync(file, "utf8"), name: basename(file) };
}

/** Far above any PEM key (an RSA-8192 private key is under 7 KiB). */
const MAX_KEY_BYTES = 64 * 1024;

/** What a lint run evaluates: the built-in bundle (with any packs of terms merged in), then the other packs. */
export function withBuiltinBundle(packs: readonly PolicyBundle[]): PolicyBundle[] {
  return foldTermsPacks([readBundle(), ...packs]);
}

/**
 * What a configuration judges by: the built-in bundle, the configuration's `policies`, then the
 * packs an adapter adds (`extra`, named by its `option`: `--policy`, an editor setting). The CLI
 * and the language server load the same bundles for the same configuration this way.
 */
export function configuredBundles(
  config: ResolvedConfig,
  extra: { packs: readonly string[]; option: string; cwd: string },
  env: NodeJS.ProcessEnv = process.env,
): PolicyBundle[] {
  // The configuration's paths are absolute already; its npm packages are found from its directory.
  const fromConfig = loadPolicyPacks(config.policies, config.root, policiesField(config), env, config.policyKeys);
  return withBuiltinBundle([...fromConfig, ...loadPolicyPacks(extra.packs, extra.cwd, extra.option, env)]);
}

/**
 * Fetches the OCI packs configuredBundles will load (the configuration's `policies`, then the
 * adapter's), where the cache lacks them or they name a tag; the tags, with what each resolved
 * to, for a warning that a gate pins the digest.
 */
export async function fetchConfiguredPacks(
  config: ResolvedConfig,
  extra: { packs: readonly string[]; option: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<Array<{ field: string; entry: string; digest: string }>> {
  const tags: Array<{ field: string; entry: string; digest: string }> = [];
  for (const [entries, field] of [
    [config.policies, policiesField(config)],
    [extra.packs, extra.option],
  ] as const)
    for (const [entry, digest] of await fetchOciPacks(entries, field, env))
      if (!parseOciRef(entry, field).digest) tags.push({ field, entry, digest });
  return tags;
}

/** How messages name the configuration's `policies`. */
function policiesField(config: ResolvedConfig): string {
  return `${config.file ?? ".dpa-lint.yaml"}: policies`;
}
