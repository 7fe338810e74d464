// npm run policies:build: compiles policies/ into the core package's bundle with the pinned OPA,
// through the same code as `dpa-lint policy build` (packages/core/src/policy/build.ts).
import { buildPolicies } from "../packages/core/dist/policy/index.js";
import { bundleDir, opa, policiesDir } from "./tools.mjs";

try {
  const catalogue = buildPolicies({ opa: opa(), dirs: [policiesDir], outDir: bundleDir });
  console.log(`dpa-lint: built ${bundleDir} with ${catalogue.rules.length} rules in ${catalogue.packs.length} packs`);
} catch (error) {
  console.error(`dpa-lint: ${error.oneLine ? error.oneLine() : error}`);
  process.exit(1);
}
