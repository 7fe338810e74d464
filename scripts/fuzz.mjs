// Mutational fuzzer for the gate (gate-integrity issue): mutates the vendor files under examples/
// and checks, for every mutant, what a gate must guarantee whatever the input:
//   - linting never throws (a thrown error is exit 2 for the whole run: a crash);
//   - no file takes longer than HANG_MS (a hang);
//   - every finding starts and ends inside the file, and starts inside its line;
//   - the JSON report is valid JSON;
//   - every WORKER_EVERY-th batch gives the same result on one and on two worker threads.
// `npm run fuzz -- --files 1000000 [--seed N]` is the long campaign (figures go to
// bench/RESULTS.md); the test suite runs a short one (test/fuzz.test.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { FORMATTERS, Linter, lint } from "../packages/core/dist/index.js";
import { root } from "./tools.mjs";

const HANG_MS = 1000;
const BATCH = 200;
const WORKER_EVERY = 50;

/** A small deterministic PRNG (mulberry32), so a campaign can be replayed from its seed. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedFiles() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(name) && !name.endsWith(".expected.json")) out.push(readFileSync(full, "utf8"));
    }
  };
  walk(join(root, "examples"));
  return out;
}

const VALUES = [
  "2147483648",
  "4294967295 days",
  "1.5",
  "-1",
  "null",
  "[]",
  "{}",
  "~",
  ".inf",
  "''",
  "9999-12-31",
  "9999-99-99",
  "P1M15D",
  '"\u001b[31mred\u001b[0m"',
  '"\ufffe"',
  "&a x",
  "*a",
  "*nope",
  "!!binary aGVsbG8=",
  "US",
  "us-east-1",
  "yes",
];
const LINES = [
  "# dpa-lint-disable-next-line parse-error -- importer quirk",
  "# dpa-lint-disable-next-line quicktalk/* -- ok (until 9999-99-99)",
  "x: 1 # dpa-lint-disable-line schema/* -- hide",
  "dpa: quicktalk",
  "<<: *a",
  "a: &a {country: US}",
  "---",
  "subprocessors: [{name: Evil, country: US}]",
  "hosting:\n  - region: us-east-1",
  "\t- tab",
  '"unterminated: x',
  "[[[[[[[[",
  "key: |\n  block\n  # dpa-lint-disable-next-line gdpr/* -- in a block",
];

/** One mutant of `text`: one to three mutations of the kinds a hostile reviewer tries. */
export function mutate(text, others, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  let out = text;
  const times = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < times; i++) {
    const lines = out.split("\n");
    const at = Math.floor(rand() * lines.length);
    switch (Math.floor(rand() * 8)) {
      case 0: {
        // byte flip
        const pos = Math.floor(rand() * Math.max(1, out.length));
        out = out.slice(0, pos) + String.fromCharCode(Math.floor(rand() * 128)) + out.slice(pos + 1);
        break;
      }
      case 1: {
        // splice lines from another file
        const other = pick(others).split("\n");
        const from = Math.floor(rand() * other.length);
        lines.splice(at, 0, ...other.slice(from, from + 1 + Math.floor(rand() * 6)));
        out = lines.join("\n");
        break;
      }
      case 2: // type or value swap
        lines[at] = (lines[at] ?? "").replace(/:\s*\S.*$/, `: ${pick(VALUES)}`);
        out = lines.join("\n");
        break;
      case 3: // injected line (suppressions, duplicates, aliases, syntax errors)
        lines.splice(at, 0, `${" ".repeat(Math.floor(rand() * 4))}${pick(LINES)}`);
        out = lines.join("\n");
        break;
      case 4: // delete lines
        lines.splice(at, 1 + Math.floor(rand() * 3));
        out = lines.join("\n");
        break;
      case 5: // duplicate a line (duplicate keys)
        lines.splice(at, 0, lines[at] ?? "");
        out = lines.join("\n");
        break;
      case 6: // re-indent
        lines[at] = `${" ".repeat(Math.floor(rand() * 6))}${(lines[at] ?? "").trimStart()}`;
        out = lines.join("\n");
        break;
      default: // line endings and truncation
        out = rand() < 0.5 ? out.replace(/\n/g, "\r\n") : out.slice(0, Math.floor(rand() * out.length));
    }
  }
  return out;
}

/** Problems with one file's findings: positions outside the text or outside their line. */
export function positionProblems(text, findings) {
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  const lines = body.split("\n").map((l) => l.replace(/\r$/, ""));
  const problems = [];
  for (const f of findings) {
    const lineLength = (n) => (lines[n - 1] ?? "").length;
    const ok =
      f.line >= 1 &&
      f.line <= lines.length &&
      f.endLine >= f.line &&
      f.endLine <= lines.length &&
      f.column >= 1 &&
      f.column <= lineLength(f.line) + 1 &&
      f.endColumn >= 1 &&
      f.endColumn <= lineLength(f.endLine) + 1 &&
      (f.endLine > f.line || f.endColumn >= f.column);
    if (!ok) problems.push(`${f.ruleId} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
  }
  return problems;
}

/** Runs a campaign; returns its figures. `onProblem` gets each failing case. */
export async function fuzz({ files, seed = 1, onProblem = () => {}, onProgress = () => {} }) {
  const seeds = seedFiles();
  const rand = prng(seed);
  const linter = await Linter.create({ cwd: root, today: "2026-11-22" });
  const stats = {
    files: 0,
    crashes: 0,
    hangs: 0,
    positionsOutside: 0,
    invalidJson: 0,
    workerDifferences: 0,
    workerBatches: 0,
    slowestMs: 0,
    seconds: 0,
  };
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-fuzz-"));
  try {
    for (let batchNo = 0; stats.files < files; batchNo++) {
      const batch = [];
      for (let i = 0; i < BATCH && stats.files < files; i++, stats.files++) {
        const text = mutate(seeds[Math.floor(rand() * seeds.length)], seeds, rand);
        batch.push(text);
        const t0 = performance.now();
        let result;
        try {
          result = linter.lintText(`vendors/f${i}.yaml`, text);
        } catch (error) {
          stats.crashes++;
          onProblem("crash", text, String(error?.stack ?? error));
          continue;
        }
        const ms = performance.now() - t0;
        if (ms > stats.slowestMs) stats.slowestMs = ms;
        if (ms > HANG_MS) {
          stats.hangs++;
          onProblem("hang", text, `${ms.toFixed(0)} ms`);
        }
        const outside = positionProblems(text, [...result.findings, ...result.suppressed]);
        if (outside.length > 0) {
          stats.positionsOutside++;
          onProblem("position", text, outside.join("; "));
        }
        try {
          JSON.parse(
            FORMATTERS.json.format(
              {
                files: [result.file],
                results: result.findings,
                suppressed: result.suppressed,
                summary: { files: 1, errors: 0, warnings: 0, infos: 0, suppressed: 0 },
              },
              { color: false, rules: [], toolVersion: "fuzz" },
            ),
          );
        } catch (error) {
          stats.invalidJson++;
          onProblem("json", text, String(error));
        }
      }
      if (batchNo % WORKER_EVERY === 0) {
        stats.workerBatches++;
        const batchDir = join(dir, `b${batchNo}`);
        mkdirSync(batchDir, { recursive: true });
        const paths = batch.map((_, i) => `f${String(i).padStart(4, "0")}.yaml`);
        batch.forEach((text, i) => writeFileSync(join(batchDir, paths[i]), text));
        const one = await lint(paths, { cwd: batchDir, today: "2026-11-22", workers: 1 });
        const two = await lint(paths, { cwd: batchDir, today: "2026-11-22", workers: 2 });
        if (JSON.stringify(one) !== JSON.stringify(two)) {
          stats.workerDifferences++;
          onProblem("workers", "", `batch ${batchNo} differs between one and two workers`);
        }
        rmSync(batchDir, { recursive: true, force: true });
      }
      onProgress(stats);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { values } = parseArgs({
    options: { files: { type: "string", default: "10000" }, seed: { type: "string", default: "1" }, out: { type: "string" } },
  });
  const kept = [];
  const stats = await fuzz({
    files: Number(values.files),
    seed: Number(values.seed),
    onProblem: (kind, text, detail) => {
      if (kept.length < 50) kept.push({ kind, detail, text });
      process.stderr.write(`fuzz: ${kind}: ${detail}\n`);
    },
    onProgress: (s) => {
      if (s.files % 20000 === 0)
        process.stderr.write(
          `fuzz: ${s.files} files, ${s.crashes} crashes, ${s.hangs} hangs, ${s.positionsOutside} outside, ${s.workerDifferences} worker differences\n`,
        );
    },
  });
  const report = { seed: Number(values.seed), ...stats, slowestMs: Math.round(stats.slowestMs), seconds: Math.round(stats.seconds) };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  if (values.out) writeFileSync(values.out, JSON.stringify({ report, problems: kept }, null, 2));
  const failed = stats.crashes + stats.hangs + stats.positionsOutside + stats.invalidJson + stats.workerDifferences;
  process.exitCode = failed > 0 ? 1 : 0;
}
