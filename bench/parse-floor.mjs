// node bench/parse-floor.mjs <dir>: the parse-only floor of the performance issue. One thread
// reads every file of <dir> and does what any YAML linter must: parse with positions, convert to
// plain data, and look up one position. dpa-lint's single-thread run is compared with this
// whole process (bench/run.mjs).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";

const dir = process.argv[2];
let positions = 0;
for (const name of readdirSync(dir)) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(join(dir, name), "utf8"), { lineCounter });
  doc.toJS();
  positions += lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line;
}
process.stdout.write(`${positions}\n`);
