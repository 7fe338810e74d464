// node bench/parse-floor.mjs <dir> [threads]: the parse-only floor of the performance issue. It
// reads every file of <dir> and does what any YAML linter must: parse with positions, convert to
// plain data, and look up one position. dpa-lint's single-thread run is compared with this whole
// process (bench/run.mjs); with [threads] > 1 the files are split in contiguous shares over that
// many worker threads, as dpa-lint splits them, which shows how far the machine lets this work
// scale on its cores.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { LineCounter, parseDocument } from "yaml";

function parseAll(dir, names) {
  let positions = 0;
  for (const name of names) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(join(dir, name), "utf8"), { lineCounter });
    doc.toJS();
    positions += lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line;
  }
  return positions;
}

if (isMainThread) {
  const dir = process.argv[2];
  const threads = Number(process.argv[3] ?? 1);
  const names = readdirSync(dir);
  let positions = 0;
  if (threads <= 1) positions = parseAll(dir, names);
  else {
    const share = Math.ceil(names.length / threads);
    const parts = await Promise.all(
      Array.from(
        { length: threads },
        (_, i) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(fileURLToPath(import.meta.url), {
              workerData: { dir, names: names.slice(i * share, (i + 1) * share) },
            });
            worker.once("message", resolve);
            worker.once("error", reject);
          }),
      ),
    );
    positions = parts.reduce((a, b) => a + b, 0);
  }
  process.stdout.write(`${positions}\n`);
} else {
  parentPort.postMessage(parseAll(workerData.dir, workerData.names));
}
