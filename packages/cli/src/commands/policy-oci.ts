// Packs in OCI registries: `policy push` and `policy pull` (docs/sharing-packs.md). The registry
// protocol, the cache and the checks are the core's; here are the commands' arguments and output.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import {
  cachedPackDir,
  fetchOciPacks,
  formatOciRef,
  loadPolicyPack,
  ociCacheDir,
  parseOciRef,
  pushPack,
  readVerifyKey,
  sourcesOf,
  temporaryDirectory,
} from "@dpa-lint/core";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

/**
 * `policy push oci://REGISTRY/REPOSITORY:TAG [DIR]`: a built bundle directory is pushed as it is;
 * a policy directory is built first (`build`, as `policy build` does, signed with its options).
 */
export async function pushCommand(
  reference: string | undefined,
  location: string,
  build: (dir: string, out: string) => void,
  io: Io,
): Promise<number> {
  if (!reference) throw new UsageError("policy push needs oci://REGISTRY/REPOSITORY:TAG, then the pack's directory (default: policies)");
  const ref = parseOciRef(reference, "policy push");
  const dir = resolve(io.cwd, location);
  if (!existsSync(dir)) throw new UsageError(`${location}: no such directory`);
  let bundleDir = dir;
  if (!existsSync(join(dir, "bundle.tar.gz"))) {
    bundleDir = temporaryDirectory("dpa-lint-push-");
    build(dir, bundleDir);
  }
  // Read as lint reads it first: a pack that does not load is not pushed.
  const packs = sourcesOf(loadPolicyPack(bundleDir, io.env))[0]?.packs ?? [];
  const digest = await pushPack(bundleDir, reference, io.env);
  const pinned = formatOciRef(ref, digest);
  io.stdout(`pushed ${pinned} (${packs.join(", ")}): name it in policies: as ${pinned}\n`);
  return EXIT.ok;
}

/**
 * `policy pull oci://... [-o DIR] [--key KEY]`: fetched into the cache (where lint reads it),
 * checked as a pack (and its signature with --key), and copied as a bundle directory with -o.
 */
export async function pullCommand(
  reference: string | undefined,
  output: string | undefined,
  keyFile: string | undefined,
  io: Io,
): Promise<number> {
  if (!reference) throw new UsageError("policy pull needs oci://REGISTRY/REPOSITORY[:TAG][@sha256:DIGEST]");
  const ref = parseOciRef(reference, "policy pull");
  const digest = (await fetchOciPacks([reference], "policy pull", io.env)).get(reference) as string;
  const dir = cachedPackDir(ociCacheDir(io.env), ref, digest) as string;
  const key = keyFile === undefined ? undefined : readVerifyKey(resolve(io.cwd, keyFile), "--key");
  const source = sourcesOf(loadPolicyPack(dir, io.env, key))[0];
  if (output !== undefined) {
    const out = resolve(io.cwd, output);
    mkdirSync(out, { recursive: true });
    for (const file of ["bundle.tar.gz", "catalogue.json"]) copyFileSync(join(dir, file), join(out, file));
  }
  io.stdout(
    `pulled ${formatOciRef(ref, digest)} (${source?.packs.join(", ") ?? ""}; signature ${source?.signature ?? "unsigned"})${output === undefined ? "" : ` into ${relative(io.cwd, resolve(io.cwd, output)) || "."}`}\n`,
  );
  return EXIT.ok;
}
