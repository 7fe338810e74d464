// Regenerates policies/capabilities.json: OPA's capabilities for the pinned version, keeping only
// the built-ins that OPA's Wasm compiler implements natively (internal/compiler/wasm/wasm.go,
// `builtinsFunctions`). With this file `opa build` rejects any other built-in, so a policy can
// never compile to a Wasm module that fails at run time (a built-in the
// Wasm module does not implement traps as "not implemented" when the rule is evaluated).
// The SDK's JavaScript built-ins (sprintf, yaml.*, regex.split) are left out on purpose: sprintf
// in the SDK differs from OPA's, and the differential test would catch it only by luck.
// Run after changing OPA_VERSION in tools/versions.env: node scripts/gen-capabilities.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { opa, root, toolVersions } from "./tools.mjs";

const { OPA_VERSION } = toolVersions();
const modcache = execFileSync("go", ["env", "GOMODCACHE"], { encoding: "utf8" }).trim();
const src = join(modcache, "github.com", "open-policy-agent", `opa@${OPA_VERSION}`);
const wasmGo = readFileSync(join(src, "internal", "compiler", "wasm", "wasm.go"), "utf8");
const table = wasmGo.slice(wasmGo.indexOf("var builtinsFunctions"), wasmGo.indexOf("var builtinsUsingRE2"));
const goNames = [...table.matchAll(/ast\.(\w+)\.Name/g)].map((m) => m[1]);

const astDir = join(src, "v1", "ast");
const astSource = readdirSync(astDir)
  .filter((f) => f.endsWith(".go"))
  .map((f) => readFileSync(join(astDir, f), "utf8"))
  .join("\n");
const names = new Set(
  goNames.map((id) => {
    const m = new RegExp(`\\b${id}\\s*=\\s*&Builtin\\{[^}]*?Name:\\s*"([^"]+)"`, "s").exec(astSource);
    if (!m) throw new Error(`cannot find the name of ast.${id}`);
    return m[1];
  }),
);

// Unification and assignment are compiled by the planner itself, not called as built-ins; the
// rule's METADATA (rego.metadata.rule and chain) is put in as a constant by OPA's compiler
// (rewriteRegoMetadataCalls) before the Wasm is planned, so a rule can read its own id.
for (const planned of ["eq", "assign", "rego.metadata.rule", "rego.metadata.chain"]) names.add(planned);

const caps = JSON.parse(execFileSync(opa(), ["capabilities", "--current"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
caps.builtins = caps.builtins.filter((b) => names.has(b.name));
const missing = [...names].filter((n) => !caps.builtins.some((b) => b.name === n));
if (missing.length > 0) throw new Error(`not in opa capabilities: ${missing.join(", ")}`);
writeFileSync(join(root, "policies", "capabilities.json"), `${JSON.stringify(caps, null, 1)}\n`);
console.log(`policies/capabilities.json: ${caps.builtins.length} built-ins that run under opa-wasm (OPA ${OPA_VERSION})`);
