// npm run policies:test [-- --threshold <percent>]: the Rego unit tests of policies/ with coverage,
// through the same code as `dpa-lint policy test` (packages/authoring/src/test-run.ts).
import { parseArgs } from "node:util";
import { COVERAGE_THRESHOLD, testPolicies } from "../packages/authoring/dist/index.js";
import { opa, policiesDir } from "./tools.mjs";

const { values } = parseArgs({ options: { threshold: { type: "string", default: String(COVERAGE_THRESHOLD) } } });
const threshold = Number(values.threshold);
const report = testPolicies(opa(), policiesDir);
// opa test -v lists every test; keep failures, errors and its closing count.
const kept = report.output.split("\n").filter((l) => /FAIL|ERROR|error|^PASS: /.test(l));
console.log(kept.join("\n"));
for (const f of report.files.filter((f) => f.coverage < threshold)) console.log(`  ${f.coverage.toFixed(1).padStart(5)}%  ${f.file}`);
console.log(`Rego coverage: ${report.coverage.toFixed(1)}% over ${report.files.length} files (threshold ${threshold}%)`);
if (!report.passed) process.exit(1);
if (report.coverage < threshold) {
  console.error(`dpa-lint: Rego coverage ${report.coverage.toFixed(1)}% is under ${threshold}%`);
  process.exit(1);
}
