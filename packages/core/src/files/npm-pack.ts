/**
 * Packs shipped as npm packages (`policies: ["npm:@acme/dpa-pack"]`), for teams that live in npm:
 * the package is found in a node_modules folder from the configuration's directory upwards, as
 * Node finds packages, and its package.json names the pack in a `dpa-lint` field:
 *
 *   "dpa-lint": { "pack": "bundle" }     a bundle directory (policy build) or a pack directory
 *
 * An entry may pin the bundle's digest (`npm:@acme/dpa-pack@sha256:<hex>`): the lockfile of a pull
 * request decides what node_modules holds, so a gate pins the digest or names a key (`verify:`).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { InputError } from "../errors.js";

export const NPM_PREFIX = "npm:";

/** A parsed `npm:` entry: the package name and the digest it pins, if any. */
export interface NpmPackSpec {
  name: string;
  digest?: string;
}

/** Whether a `policies` entry names an npm package rather than a path. */
export function isNpmPack(entry: string): boolean {
  return entry.startsWith(NPM_PREFIX);
}

/** `npm:@scope/name` or `npm:name`, optionally `@sha256:<64 hex>`; anything else is one line naming it. */
export function parseNpmPack(entry: string, option: string): NpmPackSpec {
  const m = /^npm:((?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*)(?:@(sha256:[0-9a-f]{64}))?$/.exec(entry);
  if (!m) throw new InputError(`"${entry}" is not an npm pack: npm:<package> or npm:<package>@sha256:<digest>`, { field: option });
  return { name: m[1] as string, ...(m[2] ? { digest: m[2] } : {}) };
}

/** The package's directory, its version and the pack's location inside it. */
export interface ResolvedNpmPack {
  packageDir: string;
  version: string;
  location: string;
}

/** Finds the package from `from` upwards and reads where its pack is; one line when it cannot. */
export function resolveNpmPack(spec: NpmPackSpec, from: string, option: string): ResolvedNpmPack {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, "node_modules", spec.name, "package.json");
    if (existsSync(manifest)) return packOf(spec, manifest, option);
    if (dirname(dir) === dir) break;
  }
  throw new InputError(`npm package ${spec.name} is not installed (no node_modules/${spec.name} from here up; run npm install)`, {
    field: option,
  });
}

function packOf(spec: NpmPackSpec, manifest: string, option: string): ResolvedNpmPack {
  let pkg: { version?: unknown; "dpa-lint"?: { pack?: unknown } };
  try {
    pkg = JSON.parse(readFileSync(manifest, "utf8")) as typeof pkg;
  } catch {
    throw new InputError(`npm package ${spec.name}: package.json is not JSON`, { file: manifest, field: option });
  }
  // package.json may hold any JSON (null, a list): only an object names a pack.
  const pack = pkg !== null && typeof pkg === "object" ? pkg["dpa-lint"]?.pack : undefined;
  if (typeof pack !== "string" || pack === "" || pack.startsWith("/") || pack.split(/[\\/]/).includes(".."))
    throw new InputError(
      `npm package ${spec.name} names no pack: its package.json needs "dpa-lint": { "pack": "<directory in the package>" }`,
      {
        file: manifest,
        field: option,
      },
    );
  const packageDir = dirname(manifest);
  const location = join(packageDir, pack);
  if (!existsSync(location))
    throw new InputError(`npm package ${spec.name} has no ${pack} (its "dpa-lint".pack)`, { file: manifest, field: option });
  return { packageDir, version: typeof pkg?.version === "string" ? pkg.version : "unknown", location };
}
