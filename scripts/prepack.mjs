// npm pack / npm publish of a workspace package (its "prepack" script): makes the tarball whole
// from a clean clone, with Node alone. It compiles the TypeScript; for @dpa-lint/core it also
// adds the compiled policy bundle (built by npm run policies:build, else the identical copy the
// committed standalone CLI carries) and the policy parts custom packs build on (lib, shared,
// main, capabilities.json), which `policy build`, `policy test` and `lint --policy` read.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = process.cwd();
// postpack: remove the copies, so the checkout's policies/ stays the one source of the built-ins.
if (process.argv.includes("--clean")) {
  for (const dir of ["policies", "schemas"]) rmSync(join(pkg, dir), { recursive: true, force: true });
  process.exit(0);
}
execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-b", pkg], { cwd: root, stdio: "inherit" });
// Only now is core compiled: its list of the shared policy parts is the one source.
const { copySharedPolicyParts } = await import("../packages/core/dist/policy/index.js");
if (pkg === join(root, "packages", "core")) {
  const bundle = join(pkg, "bundle");
  if (!existsSync(join(bundle, "bundle.tar.gz")))
    cpSync(join(root, "packages", "cli", "standalone", "bundle"), bundle, { recursive: true });
  const policies = join(pkg, "policies");
  rmSync(policies, { recursive: true, force: true });
  copySharedPolicyParts(join(root, "policies"), policies);
  // The schemas for editors: node_modules/@dpa-lint/core/schemas/*.schema.json.
  cpSync(join(root, "schemas"), join(pkg, "schemas"), { recursive: true });
}
