import { cpSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { copyFileSafely, makeDirectorySafely, removeDirectorySafely, writeFileSafely, type WriteOptions } from "../files/write.js";
import type { Catalogue } from "../engine/catalogue.js";
import { describeThrown, PolicyError } from "../errors.js";
import { ENTRYPOINT, INDEX_ENTRYPOINT } from "../engine/result-contract.js";
import { sharedRuleDocsUrl } from "../findings/docs-url.js";
import { readTarGz, writeTarGz } from "../engine/tar.js";
import { CATALOGUE_CLAIM, catalogueClaim, SIGNATURES_FILE, signBundleFiles, type SigningAlgorithm } from "../engine/bundle-signature.js";
import { buildCatalogue } from "./catalogue-build.js";
import { readPackTerms } from "./pack-terms.js";
import { BUILTIN_POLICIES_DIR, ignoreArgs, opaVersion } from "./tools.js";
import { childProcess } from "../builtins.js";

export interface BuildOptions {
  opa: string;
  /** Policy directories compiled together into one bundle. */
  dirs: string[];
  outDir: string;
  /** The capabilities file that lists only built-ins opa-wasm runs. */
  capabilities?: string;
  /**
   * Where a custom pack's rule pages are published: a rule's docsUrl is `<docsBase><pack>/<rule>`.
   * Without it, the rules every pack shares link to their shared page and the pack's own have none.
   */
  docsBase?: string;
  /** The working directory: no symbolic link in the git work tree around it is written through. */
  cwd?: string;
  /**
   * Sign the bundle (OPA's .signatures.json, with the catalogue's digest as a claim): the private
   * key's PEM (or an HMAC secret), the algorithm (default: by the key) and a key id.
   */
  signing?: { key: string; algorithm?: SigningAlgorithm; keyId?: string };
}

/** The built-in policy directories a custom pack builds on: helpers, shared rules and the entrypoint. */
export const SHARED_POLICY_PART_NAMES = ["lib", "shared", "main"] as const;
export const SHARED_POLICY_PARTS = SHARED_POLICY_PART_NAMES.map((d) => join(BUILTIN_POLICIES_DIR, d));

/**
 * Copies the shared policy parts and the capabilities file from a policies directory to `to`: what
 * a build carries so that custom policy directories build on it (the committed builds, the package).
 */
export function copySharedPolicyParts(from: string, to: string): void {
  for (const part of SHARED_POLICY_PART_NAMES) cpSync(join(from, part), join(to, part), { recursive: true });
  cpSync(join(from, "capabilities.json"), join(to, "capabilities.json"));
}

/**
 * Compiles policy directories to a Wasm bundle (opa build -t wasm, entrypoint ENTRYPOINT,
 * against the capabilities guard), writes the catalogue beside it and copies the rules' doc pages
 * into docs/. Throws a PolicyError with every catalogue problem.
 */
export function buildPolicies(options: BuildOptions): Catalogue {
  const dirs = options.dirs.map((d) => resolve(d));
  const out = resolve(options.outDir);
  const userDirs = dirs.filter((d) => !d.startsWith(BUILTIN_POLICIES_DIR) || dirs.length === 1);
  const capabilities = options.capabilities ?? join(BUILTIN_POLICIES_DIR, "capabilities.json");
  // The output may be a committed symbolic link (`.bundle -> ~`): refused before anything is
  // written or removed, and the tarball's own name too, since opa writes it by following links.
  const tarball = join(out, "bundle.tar.gz");
  const cwd = options.cwd ?? process.cwd();
  const writing = { display: relative(cwd, out) || out, cwd };
  makeDirectorySafely(out, writing);
  writeFileSafely(tarball, "", writing);
  const opa = (args: string[], cwd?: string): string => {
    try {
      return childProcess().execFileSync(options.opa, args, {
        cwd,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      // OPA writes its errors to stdout or stderr; keep the first one and count the rest.
      const e = error as { stdout?: string; stderr?: string };
      const lines = `${e.stdout ?? ""}\n${e.stderr ?? ""}`
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => /error|rego_/i.test(l) && !/\d+ errors? occurred/.test(l));
      const first = lines[0] ?? describeThrown(error).split("\n")[0];
      const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : "";
      throw new PolicyError(`opa ${args[0]} failed: ${first}${more}`, { file: userDirs.join(", ") });
    }
  };
  // OPA records the paths it was given in the bundle and in the Wasm: relative paths from the
  // directories' common parent keep the built-in bundle the same in every checkout (the committed
  // builds embed it), and keep the builder's directories out of it.
  const base = commonParent(dirs);
  opa(
    [
      "build",
      "-t",
      "wasm",
      "-e",
      ENTRYPOINT,
      "-e",
      INDEX_ENTRYPOINT,
      "--capabilities",
      capabilities,
      ...ignoreArgs(["*_test.rego"]),
      "-o",
      tarball,
      ...dirs.map((d) => relative(base, d) || "."),
    ],
    base,
  );
  // opa inspect takes one path at a time.
  const annotations = dirs.flatMap(
    (d) => (JSON.parse(opa(["inspect", "-a", "--format", "json", d])) as Parameters<typeof buildCatalogue>[0]).annotations ?? [],
  );
  const inspect = { annotations };
  const data = JSON.parse(readTarGz(readFileSync(tarball)).get("/data.json")?.toString("utf8") ?? "{}") as Record<string, unknown>;
  // Doc paths are relative to the built-in policies for the shared parts, else to their own root.
  const roots = [BUILTIN_POLICIES_DIR, ...dirs.filter((d) => !d.startsWith(BUILTIN_POLICIES_DIR))];
  const { catalogue, docs, problems } = buildCatalogue(inspect, data, roots, `v${opaVersion(options.opa)}`);
  if (problems.length > 0) throw new PolicyError(`the rules' METADATA is incomplete:\n${problems.join("\n")}`, { file: dirs.join(", ") });
  // Every pack's terms must say what the schema allows: a typo would switch a check off silently.
  const shared = (catalogue.sharedRules ?? []).map((r) => r.name);
  const termProblems = dirs.flatMap((d) => readPackTerms(d, process.cwd(), shared).problems);
  if (termProblems.length > 0) throw new PolicyError(termProblems.join("; "), { field: "pack terms" });
  // dpa-lint's own policies (the GDPR baseline among them) have their pages under DOCS_BASE.
  if (!catalogue.packs.some((p) => p.kind === "gdpr")) linkDocs(catalogue, options.docsBase);
  writeCatalogue(tarball, catalogue, options.signing, writing);
  // The doc pages travel with the bundle, so `dpa-lint explain` works wherever the bundle goes.
  removeDirectorySafely(join(out, "docs"), writing);
  for (const [doc, source] of docs) copyFileSafely(source, join(out, "docs", doc), writing);
  return catalogue;
}

/**
 * The catalogue beside the tarball and, when signing, the tarball with its signature. Signed
 * before anything more is written: a key that cannot sign leaves no unsigned bundle behind.
 */
function writeCatalogue(tarball: string, catalogue: Catalogue, signing: BuildOptions["signing"], writing: WriteOptions): void {
  const catalogueText = `${JSON.stringify(catalogue, null, 1)}\n`;
  let signed: Buffer | undefined;
  try {
    if (signing) signed = signedTarball(readFileSync(tarball), catalogueText, signing);
  } catch (error) {
    rmSync(tarball, { force: true });
    throw error instanceof PolicyError ? error : new PolicyError(`cannot sign: ${describeThrown(error)}`, { field: "--sign-key" });
  }
  writeFileSafely(join(dirname(tarball), "catalogue.json"), catalogueText, writing);
  if (signed) writeFileSafely(tarball, signed, writing);
}

/** A custom pack's rules link to its own published pages, else (shared rules) to dpa-lint's shared page. */
function linkDocs(catalogue: Catalogue, docsBase: string | undefined): void {
  const shared = new Set((catalogue.sharedRules ?? []).map((r) => r.name));
  for (const rule of catalogue.rules) {
    if (docsBase) rule.docsUrl = `${docsBase.replace(/\/?$/, "/")}${rule.pack}/${rule.name}`;
    else if (shared.has(rule.name)) rule.docsUrl = sharedRuleDocsUrl(rule.name);
  }
}

/** The deepest directory that holds every one of `dirs` (beside each other, not inside one). */
function commonParent(dirs: readonly string[]): string {
  const parts = dirs.map((d) => dirname(d).split(sep));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/** The tarball with OPA's .signatures.json added: every file signed, and the catalogue by digest. */
function signedTarball(tarball: Buffer, catalogueText: string, signing: NonNullable<BuildOptions["signing"]>): Buffer {
  const files = readTarGz(tarball);
  const claims = { [CATALOGUE_CLAIM]: catalogueClaim(catalogueText) };
  files.set(SIGNATURES_FILE, Buffer.from(signBundleFiles(files, signing.key, { ...signing, claims })));
  return writeTarGz(files);
}
