// npm run policies:check: opa check --strict, opa fmt drift, and regal lint with the committed
// config (.regal/config.yaml). Any problem fails the run.
// The same ignore list the build and tests use (packages/core/src/policy/tools.ts).
import { ignoreArgs } from "../packages/core/dist/policy/tools.js";
import { capture, opa, policiesDir, regal, run } from "./tools.mjs";

run(opa(), ["check", "--strict", ...ignoreArgs(), policiesDir]);
const drift = capture(opa(), ["fmt", "--list", policiesDir]).trim();
if (drift) {
  console.error(`dpa-lint: these files are not opa fmt formatted (run .tools/bin/opa fmt -w policies):\n${drift}`);
  process.exit(1);
}
run(regal(), ["lint", "--config-file", ".regal/config.yaml", policiesDir]);
console.log("dpa-lint: policies pass opa check --strict, opa fmt and regal lint");
