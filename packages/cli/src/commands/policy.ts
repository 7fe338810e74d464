import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseCommandArgs } from "../args.js";
import { buildPolicies, findOpa, holdsRego, SHARED_POLICY_PARTS } from "@dpa-lint/core/policy";
import {
  checkPacks,
  COVERAGE_THRESHOLD,
  formatPolicies,
  runFixtures,
  scaffoldNpmPack,
  scaffoldPack,
  testPolicies,
} from "@dpa-lint/authoring";
import { InputError, Linter, loadPolicyPack, plural, readBundle, withBuiltinBundle } from "@dpa-lint/core";
import { EXIT, type Io } from "../io.js";
import { draftCommand } from "./policy-draft.js";
import { signingOption, verifyCommand } from "./policy-sign.js";
import { pullCommand, pushCommand } from "./policy-oci.js";
import { UsageError } from "../usage-error.js";

export const policyHelp = `Usage: dpa-lint policy <check|test|build|verify|push|pull|fmt|new|draft> [options]

  dpa-lint policy check [dir|file] [--source <file|dir>]
      Check a policy directory's pack terms (default: policies) against the pack-terms schema,
      with file:line:col and did-you-mean, and verify every quote verbatim against the DPA text:
      the pack's source: (relative to its terms file), or --source (a file, or a directory holding
      the file the pack names). Needs Node only.
  dpa-lint policy test [dir|file] [--threshold <percent>]
      Run a pack's fixture tests: the vendor files under tests/ beside it, each with its expected
      findings in <name>.expected.json (Node alone). Where the packs have Rego of their own, also
      its unit tests with coverage (OPA); fail when a test fails, coverage is under the threshold
      (default: ${COVERAGE_THRESHOLD}%), or there is no test at all.
  dpa-lint policy build [dir] [-o <out>] [--docs-base <url>] [--sign-key <key> [--sign-alg <alg>] [--sign-key-id <id>]]
      Compile a policy directory (default: policies) to a Wasm bundle that lint --policy loads
      (default output: <dir>/.bundle). Only built-ins that run under opa-wasm are accepted.
      --docs-base names where the pack's rule pages are published (<url><pack>/<rule>); without it
      the shared rules link to dpa-lint's shared pages. --sign-key signs the bundle in OPA's format
      (.signatures.json; the catalogue too): a private key in PEM (RSA or EC) or a file holding an
      HMAC secret; --sign-alg one of RS256 (default for RSA), PS256, ES256 (default for EC), HS256
      and their 384/512 forms.
  dpa-lint policy verify BUNDLE --key <key>
      Verify a bundle's signature, every file's hash and its catalogue with a public key (PEM) or
      HMAC secret: exit 0 when it verifies, else one line saying what failed and exit 1.
  dpa-lint policy push oci://REGISTRY/REPOSITORY:TAG [dir] [--sign-key <key> ...]
      Push a pack to an OCI registry as an OPA bundle (OPA and conftest pull it as one): a bundle
      directory as it is, a policy directory (default: policies) built first as policy build does.
      Prints the manifest's digest, which a configuration pins: policies: [oci://...:TAG@sha256:...].
      Credentials: DPA_LINT_REGISTRY_USERNAME and _PASSWORD, else the Docker configuration.
  dpa-lint policy pull oci://REGISTRY/REPOSITORY[:TAG][@sha256:DIGEST] [-o <dir>] [--key <key>]
      Fetch a pack into the cache lint reads it from ($XDG_CACHE_HOME/dpa-lint/oci), check it (and
      its signature with --key), and with -o write it as a bundle directory. lint fetches what its
      configuration names by itself; pull fills the cache ahead, for offline runs.
  dpa-lint policy fmt [paths...] [--check]
      Format Rego files and directories (default: policies) with opa fmt; --check only lists the
      files that are not formatted and fails when there are any (the pre-commit hook).
  dpa-lint policy new ID [--dir <policies>] [--npm]
      Scaffold a pack of terms only: <policies>/dpa/ID/data.yaml, every term a TODO that policy
      check rejects until it holds what the signed DPA says, and one fixture test under tests/.
      --npm scaffolds an npm package instead (--dir, default dpa-pack-ID): the pack, a package.json
      whose dpa-lint.pack names the signed bundle it ships, test, build and release scripts.
  dpa-lint policy draft DPA-FILE [--id ID] [--dir <policies>] [--format yaml|json] [--explain]
      Draft a pack from the DPA itself (text, Markdown, HTML, PDF or DOCX; English, French, Dutch,
      German, Spanish, Italian): <policies>/dpa/ID/data.yaml with every term found (clause, verbatim quote, line,
      how it was found), ambiguous ones with each reading, and TODO for the rest; then review it.
      ID defaults to the file's name. --format json prints the draft and writes nothing. --explain
      says on stderr, for each sentence a term's words brought up, whether it was taken and why
      not (governing law, notice, objection window, breach, retention, audits, hosting, special
      categories). Node only.

A policy directory builds on dpa-lint's helpers and shared rules, so a typical DPA is a
data.yaml only, and lint --policy loads such a pack of terms as it is: check, test, new and draft
need Node alone. OPA is needed for fmt, for build, and for test on packs with Rego of their own:
set DPA_LINT_OPA or put opa on the PATH.
`;

export async function policyCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "-h" || sub === "--help") {
    io.stdout(policyHelp);
    return sub === undefined ? EXIT.error : EXIT.ok;
  }
  if (!Object.hasOwn(POLICY_OPTIONS, sub)) throw unknownCommand(sub);
  const known: readonly PolicyOption[] = POLICY_OPTIONS[sub as keyof typeof POLICY_OPTIONS];
  // Each command takes its own options: one another command takes is an unknown option here, not
  // silently ignored ("policy draft -o out/" would still write under policies/).
  const { values, positionals } = parseCommandArgs(
    {
      args: rest,
      allowPositionals: true,
      options: { ...pick(OPTIONS, known), help: { type: "boolean", short: "h" } },
    },
    `policy ${sub}`,
  );
  if (values.help) {
    io.stdout(policyHelp);
    return EXIT.ok;
  }
  const dir = resolve(io.cwd, positionals[0] ?? "policies");
  switch (sub) {
    case "new":
      return newCommand(positionals[0], values, io);
    case "draft":
      return draftCommand(positionals[0], { dir: values.dir, id: values.id, format: values.format, explain: values.explain }, io);
    case "check":
      return checkCommand(positionals[0] ?? "policies", values.source, io);
    case "test":
      return testCommand(positionals[0] ?? "policies", values.threshold, io);
    case "fmt": {
      const paths = positionals.length > 0 ? positionals.map((p) => resolve(io.cwd, p)) : [dir];
      for (const p of paths) needDir(p, io.cwd, "file or directory");
      const report = formatPolicies(findOpa(io.env), paths, { check: values.check === true });
      const shown = report.files.map((f) => relative(io.cwd, f) || f);
      if (values.check) {
        if (shown.length === 0) return EXIT.ok;
        io.stderr(
          `dpa-lint: ${shown.length === 1 ? "this file is" : "these files are"} not formatted (run dpa-lint policy fmt):\n${shown.map((f) => `  ${f}\n`).join("")}`,
        );
        return EXIT.findings;
      }
      for (const f of shown) io.stdout(`formatted ${f}\n`);
      return EXIT.ok;
    }
    case "build":
      return buildCommand(dir, values, io);
    case "verify":
      return verifyCommand(positionals[0], values.key, io);
    case "push":
      return pushCommand(
        positionals[0],
        positionals[1] ?? "policies",
        (from, out) => buildCommand(from, { ...values, output: out }, io, true),
        io,
      );
    case "pull":
      return pullCommand(positionals[0], values.output, values.key, io);
    default:
      // POLICY_OPTIONS names every command the switch handles; its check above already threw.
      throw unknownCommand(sub);
  }
}

function unknownCommand(sub: string): UsageError {
  return new UsageError(`unknown policy command "${sub}" (${Object.keys(POLICY_OPTIONS).join(", ")})`);
}

/** Every option of the policy commands, and its type. */
const OPTIONS = {
  threshold: { type: "string", default: String(COVERAGE_THRESHOLD) },
  output: { type: "string", short: "o" },
  dir: { type: "string", default: "policies" },
  check: { type: "boolean" },
  source: { type: "string" },
  "docs-base": { type: "string" },
  id: { type: "string" },
  format: { type: "string", short: "f" },
  explain: { type: "boolean" },
  "sign-key": { type: "string" },
  "sign-alg": { type: "string" },
  "sign-key-id": { type: "string" },
  key: { type: "string" },
  npm: { type: "boolean" },
} as const;

type PolicyOption = keyof typeof OPTIONS;

const SIGNING: readonly PolicyOption[] = ["sign-key", "sign-alg", "sign-key-id"];

/** The options each policy command takes (its usage line in policyHelp), in the order help lists the commands. */
const POLICY_OPTIONS = {
  check: ["source"],
  test: ["threshold"],
  build: ["output", "docs-base", ...SIGNING],
  verify: ["key"],
  push: ["docs-base", ...SIGNING],
  pull: ["output", "key"],
  fmt: ["check"],
  new: ["dir", "npm"],
  draft: ["id", "dir", "format", "explain"],
} as const satisfies Record<string, readonly PolicyOption[]>;

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;
}

/** `policy new ID`: a pack of terms to fill in; with --npm, inside an npm package that ships it signed. */
function newCommand(id: string | undefined, values: { dir: string; npm?: boolean | undefined }, io: Io): number {
  if (!id) throw new UsageError("policy new needs an ID");
  if (values.npm) {
    const dir = values.dir === "policies" ? `dpa-pack-${id}` : values.dir;
    for (const file of scaffoldNpmPack(id, resolve(io.cwd, dir), io.cwd)) io.stdout(`created ${file}\n`);
    io.stdout(`Next: fill in the terms, then npm test and DPA_LINT_SIGN_KEY=<key> npm run release in ${dir} (its README says how)\n`);
    return EXIT.ok;
  }
  for (const file of scaffoldPack(id, resolve(io.cwd, values.dir), io.cwd)) io.stdout(`created ${file}\n`);
  io.stdout(`Next: edit the terms, then dpa-lint policy test ${values.dir} and dpa-lint lint --policy ${values.dir}\n`);
  return EXIT.ok;
}

/** `policy build`: the directory compiled with OPA into a bundle, signed when --sign-key names a key. */
function buildCommand(
  dir: string,
  values: {
    output?: string | undefined;
    "docs-base"?: string | undefined;
    "sign-key"?: string | undefined;
    "sign-alg"?: string | undefined;
    "sign-key-id"?: string | undefined;
  },
  io: Io,
  quiet = false,
): number {
  needDir(dir, io.cwd);
  const signing = signingOption(values, io);
  const out = resolve(io.cwd, values.output ?? join(dir, ".bundle"));
  const docsBase = values["docs-base"];
  const catalogue = buildPolicies({
    opa: opaToBuild(dir, io),
    dirs: [...SHARED_POLICY_PARTS, dir],
    outDir: out,
    cwd: io.cwd,
    ...(docsBase ? { docsBase } : {}),
    ...signing,
  });
  if (!quiet)
    io.stdout(
      `built ${relative(io.cwd, out) || "."}: ${catalogue.rules.length} rules in ${catalogue.packs.length} packs (${catalogue.packs.map((p) => p.id).join(", ")})${signing.signing ? ", signed" : ""}\n`,
    );
  return EXIT.ok;
}

/**
 * `policy test`: the fixture tests beside the packs (Node alone) and, where the packs have Rego of
 * their own, its unit tests with coverage (OPA). No test at all is a failure, never "100%".
 */
async function testCommand(location: string, thresholdText: string, io: Io): Promise<number> {
  const path = resolve(io.cwd, location);
  needDir(path, io.cwd, "directory or terms file");
  const threshold = Number(thresholdText);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100)
    throw new UsageError(`--threshold must be a percentage, not "${thresholdText}"`);
  const linter = await Linter.create({ cwd: io.cwd, bundles: withBuiltinBundle([loadPolicyPack(path, io.env)]) });
  const fixtures = runFixtures(path, linter, io.cwd);
  for (const f of fixtures.failures) io.stdout(`FAIL: ${f}\n`);
  io.stdout(`fixtures: ${fixtures.tests - fixtures.failures.length}/${fixtures.tests} passed\n`);
  let regoTests = 0;
  let failed = fixtures.failures.length > 0;
  if (holdsRego(path)) {
    const report = testPolicies(findOpa(io.env), path, SHARED_POLICY_PARTS);
    const lines = report.output.split("\n").filter((l) => /FAIL|ERROR|error|^PASS: |^FAIL: /.test(l));
    io.stdout(`${lines.join("\n")}\nRego coverage: ${report.coverage.toFixed(1)}% (threshold ${threshold}%)\n`);
    regoTests = Number(/^PASS: \d+\/(\d+)/m.exec(report.output)?.[1] ?? "0");
    if (!report.passed) failed = true;
    else if (report.coverage < threshold) {
      io.stderr(`dpa-lint: Rego coverage ${report.coverage.toFixed(1)}% is under ${threshold}%\n`);
      failed = true;
    }
  }
  if (fixtures.tests + regoTests === 0) {
    io.stderr(`dpa-lint: 0 tests: add vendor files with their <name>.expected.json under tests/ beside the pack\n`);
    return EXIT.findings;
  }
  return failed ? EXIT.findings : EXIT.ok;
}

/** `policy check`: schema and quotes, one line per problem on stdout; exit 1 when there are any. */
function checkCommand(location: string, source: string | undefined, io: Io): number {
  const path = resolve(io.cwd, location);
  needDir(path, io.cwd, "directory or terms file");
  const shared = (readBundle().catalogue.sharedRules ?? []).map((r) => r.name);
  const report = checkPacks(path, io.cwd, shared, source === undefined ? undefined : resolve(io.cwd, source));
  for (const p of report.problems) io.stdout(`${p}\n`);
  if (report.packs.length === 0 && report.problems.length === 0)
    throw new UsageError(`${location}: holds no pack terms (dpa/<id>/data.yaml, data.yaml or a terms file)`);
  // A DPA text that was named but is not there fails the check: passing would claim quotes verified.
  if (report.missingSources.length > 0)
    throw new InputError("the DPA text to verify the quotes against is not there (source: in the terms, or --source)", {
      file: report.missingSources.join(", "),
    });
  for (const u of report.unverified) io.stderr(`dpa-lint: ${u}: quotes not verified (name the DPA text with source: or --source)\n`);
  const packs = plural(report.packs.length, "pack");
  if (report.problems.length > 0) {
    io.stderr(`dpa-lint: ${plural(report.problems.length, "problem")} in the pack terms of ${location}\n`);
    return EXIT.findings;
  }
  io.stdout(
    `${packs} checked (${report.packs.join(", ")}): terms valid${report.unverified.length === report.packs.length ? "" : ", quotes verbatim"}\n`,
  );
  return EXIT.ok;
}

function needDir(dir: string, cwd: string, what = "directory"): void {
  if (!existsSync(dir)) throw new UsageError(`${relative(cwd, dir) || dir}: no such policy ${what}`);
}

/** OPA for `policy build`; without it, a pack of terms only is told it needs no build. */
function opaToBuild(dir: string, io: Io): string {
  try {
    return findOpa(io.env);
  } catch (error) {
    if (holdsRego(resolve(io.cwd, dir))) throw error;
    const shown = relative(io.cwd, resolve(io.cwd, dir)) || ".";
    throw new UsageError(
      `${shown} holds pack terms only, which need no build: dpa-lint lint --policy ${shown} loads them as they are (Node alone); building a bundle of them (to ship one file) needs OPA: set DPA_LINT_OPA or put opa on the PATH`,
    );
  }
}
