// npm run policies:test [-- <policy dir>] [--threshold <percent>]
// Runs the Rego unit tests with the pinned OPA, then fails when coverage is under the threshold.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ignoreArgs } from "./policy-files.mjs";
import { capture, opa, policiesDir, run } from "./tools.mjs";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { threshold: { type: "string", default: "90" } } });
const dir = resolve(positionals[0] ?? policiesDir);
const threshold = Number(values.threshold);

run(opa(), ["test", ...ignoreArgs(), dir]);
const report = JSON.parse(capture(opa(), ["test", "--coverage", "--format", "json", ...ignoreArgs(), dir]));
const files = Object.entries(report.files ?? {}).map(([file, f]) => ({ file, coverage: f.coverage ?? 0 }));
const low = files.filter((f) => f.coverage < threshold).sort((a, b) => a.coverage - b.coverage);
for (const f of low) console.log(`  ${f.coverage.toFixed(1).padStart(5)}%  ${f.file}`);
const total = report.coverage ?? 0;
console.log(`Rego coverage: ${total.toFixed(1)}% over ${files.length} files (threshold ${threshold}%)`);
if (total < threshold) {
  console.error(`dpa-lint: Rego coverage ${total.toFixed(1)}% is under ${threshold}%`);
  process.exit(1);
}
