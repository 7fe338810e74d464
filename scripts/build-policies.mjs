// npm run policies:build [-- <policy dir> <out dir>]
// Compiles a policy directory to a Wasm bundle with the pinned OPA, against the capabilities file
// that lists only built-ins opa-wasm runs, and writes the rule catalogue beside it.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildCatalogue } from "./catalogue.mjs";
import { ignoreArgs } from "./policy-files.mjs";
import { bundleDir, capture, opa, policiesDir, run, toolVersions } from "./tools.mjs";

const dir = resolve(process.argv[2] ?? policiesDir);
const out = resolve(process.argv[3] ?? bundleDir);
const capabilities = join(policiesDir, "capabilities.json");
mkdirSync(out, { recursive: true });
const tarball = join(out, "bundle.tar.gz");

run(opa(), ["build", "-t", "wasm", "-e", "main/findings", "--capabilities", capabilities, ...ignoreArgs(["*_test.rego"]), "-o", tarball, dir]);

const inspect = JSON.parse(capture(opa(), ["inspect", "-a", "--format", "json", dir]));
const data = JSON.parse(capture("tar", ["-xzOf", tarball, "/data.json"]));
const { catalogue, problems } = buildCatalogue(inspect, data, dir, toolVersions().OPA_VERSION);
if (problems.length > 0) {
  for (const p of problems) console.error(`dpa-lint: ${p}`);
  process.exit(1);
}
writeFileSync(join(out, "catalogue.json"), `${JSON.stringify(catalogue, null, 1)}\n`);
// The doc pages travel with the bundle, so `dpa-lint explain` works wherever the bundle goes.
rmSync(join(out, "docs"), { recursive: true, force: true });
for (const doc of new Set(catalogue.rules.flatMap((r) => (r.doc ? [r.doc] : [])))) {
  mkdirSync(dirname(join(out, "docs", doc)), { recursive: true });
  copyFileSync(join(dir, doc), join(out, "docs", doc));
}
console.log(`dpa-lint: built ${tarball} with ${catalogue.rules.length} rules in ${catalogue.packs.length} packs`);
