// npm run policies:check: opa check --strict, opa fmt drift, regal lint with the committed config
// (.regal/config.yaml), and that every body of a rule that makes findings carries its METADATA.
// Any problem fails the run.
// The same ignore list the build and tests use (packages/core/src/policy/tools.ts).
import { ignoreArgs } from "../packages/core/dist/policy/tools.js";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { capture, opa, policiesDir, regal, root, run } from "./tools.mjs";

run(opa(), ["check", "--strict", ...ignoreArgs(), policiesDir]);
const drift = capture(opa(), ["fmt", "--list", policiesDir]).trim();
if (drift) {
  console.error(`dpa-lint: these files are not opa fmt formatted (run .tools/bin/opa fmt -w policies):\n${drift}`);
  process.exit(1);
}
run(regal(), ["lint", "--config-file", ".regal/config.yaml", policiesDir]);

// A finding's rule id is read from the METADATA of the rule body that makes it
// (rego.metadata.chain() or rule(), lib/finding.rego); a second body of the same rule has no
// METADATA of its own, and its findings would carry no id. Each body is annotated, or the bodies
// are one.
const unannotated = [];
for (const file of readdirSync(policiesDir, { recursive: true, encoding: "utf8" })) {
  if (!file.endsWith(".rego") || file.endsWith("_test.rego")) continue;
  const lines = readFileSync(join(policiesDir, file), "utf8").split("\n");
  lines.forEach((line, i) => {
    if (!/^(deny|warn|info) contains /.test(line)) return;
    let j = i - 1;
    while (j >= 0 && lines[j].startsWith("#") && lines[j] !== "# METADATA") j--;
    if (lines[j] !== "# METADATA") unannotated.push(`${relative(root, join(policiesDir, file))}:${i + 1}`);
  });
}
if (unannotated.length > 0) {
  console.error(
    `dpa-lint: these rule bodies carry no METADATA, so their findings would have no rule id (annotate each body, or make the bodies one):\n${unannotated.map((u) => `  ${u}\n`).join("")}`,
  );
  process.exit(1);
}
console.log("dpa-lint: policies pass opa check --strict, opa fmt and regal lint");
