// npm run bench [-- --sizes 1,10,100,1000,10000 --runs 3]
// Whole-process wall time, files per second and peak memory of dpa-lint, side by side with
// conftest and opa eval on the same corpus and the same Rego, several runs, medians. Writes
// bench/RESULTS.md. conftest and opa eval get the normalised input (the vendor file plus the
// `derived` facts dpa-lint computes in TypeScript); producing it is not timed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Linter } from "../packages/core/dist/index.js";
import { generate } from "./generate.mjs";
import { root, toolVersions } from "../scripts/tools.mjs";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "1,10,100,1000,10000" }, runs: { type: "string", default: "3" } },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const bin = join(root, ".tools", "bin");
const cli = join(root, "packages", "cli", "dist", "bin.js");
const work = join(root, "bench", "corpus");
const time = ["/usr/bin/time", "/bin/time"].find((t) => existsSync(t));
if (!time) {
  console.error("dpa-lint bench: GNU time is needed for peak memory (apt-get install time)");
  process.exit(2);
}
execFileSync("bash", [join(root, "scripts", "install-tools.sh"), "--with-conftest"], { stdio: "inherit" });

/** Runs a command under GNU time; returns wall seconds and peak RSS in MB. */
function measure(cmd, args, options = {}) {
  const r = spawnSync(time, ["-f", "%e %M", cmd, ...args], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, ...options });
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [wall, kb] = last.split(" ").map(Number);
  if (!Number.isFinite(wall)) throw new Error(`${cmd} failed: ${r.stderr.slice(0, 500)}`);
  return { wall, mb: kb / 1024, status: r.status, stdout: r.stdout };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function repeat(fn) {
  const all = Array.from({ length: runs }, fn);
  return { wall: median(all.map((m) => m.wall)), mb: Math.max(...all.map((m) => m.mb)), last: all[all.length - 1] };
}

const linter = await Linter.create({ cwd: root });
const bundleData = join(work, "data.json");
mkdirSync(work, { recursive: true });
execFileSync("sh", [
  "-c",
  `tar -xzOf "${join(root, "packages", "core", "bundle", "bundle.tar.gz")}" /data.json > "${bundleData}" 2>/dev/null`,
]);

const rows = [];
for (const n of sizes) {
  const dir = join(work, String(n));
  const normalised = join(work, `${n}-normalised`);
  const { violating } = generate(n, dir);
  rmSync(normalised, { recursive: true, force: true });
  mkdirSync(normalised);
  const inputs = [];
  for (const f of readdirSync(dir)) {
    const [input] = linter.policyInputs(join(dir, f), readFileSync(join(dir, f), "utf8"));
    inputs.push(input);
    writeFileSync(join(normalised, f.replace(/\.yaml$/, ".json")), JSON.stringify(input));
  }
  const batch = join(work, `${n}-batch.json`);
  writeFileSync(batch, JSON.stringify({ inputs }));

  const dpa = repeat(() => measure(process.execPath, [cli, "lint", "-f", "json", dir]));
  const errors = JSON.parse(dpa.last.stdout).summary.errors;
  const dpa1 = repeat(() => measure(process.execPath, [cli, "lint", "-f", "json", "--workers", "1", dir]));
  const conftest = repeat(() =>
    measure(join(bin, "conftest"), [
      "test",
      "--no-color",
      "-o",
      "json",
      "--all-namespaces",
      "--policy",
      join(root, "policies"),
      "--data",
      bundleData,
      normalised,
    ]),
  );
  const conftestFailures = JSON.parse(conftest.last.stdout).reduce((k, r) => k + (r.failures ?? []).length, 0);
  const query = "[fs | some inp in input.inputs; fs := data.main.findings with input as inp]";
  const opa = repeat(() =>
    measure(join(bin, "opa"), [
      "eval",
      "-f",
      "json",
      "-d",
      join(root, "policies"),
      "--ignore",
      "capabilities.json",
      "--ignore",
      "*_test.rego",
      "-i",
      batch,
      query,
    ]),
  );
  rows.push({ n, violating, errors, conftestFailures, dpa, dpa1, conftest, opa });
  console.log(`${n} files: dpa-lint ${dpa.wall}s (1 thread ${dpa1.wall}s), conftest ${conftest.wall}s, opa eval ${opa.wall}s`);
}
const cold = repeat(() => measure(process.execPath, [cli, "lint", join(work, "1")]));
// What a pre-commit hook runs: the committed standalone CLI on five staged files named one by one.
const standalone = join(root, "packages", "cli", "standalone", "dpa-lint.js");
const staged = readdirSync(join(work, "10"))
  .slice(0, 5)
  .map((f) => join("bench", "corpus", "10", f));
const precommit = repeat(() => measure(process.execPath, [standalone, "lint", ...staged], { cwd: root }));

const fps = (n, s) => (s > 0 ? Math.round(n / s) : "∞");
const ratio = (a, b) => (b.wall / a.wall).toFixed(1);
const table = [
  "| files | violating | dpa-lint errors / conftest failures | dpa-lint (2 cores) | files/s | peak MB | dpa-lint (1 thread) | conftest | opa eval (batch) | conftest ÷ dpa-lint |",
  "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.n} | ${r.violating} | ${r.errors} / ${r.conftestFailures} | ${r.dpa.wall.toFixed(2)} s | ${fps(r.n, r.dpa.wall)} | ${r.dpa.mb.toFixed(0)} | ${r.dpa1.wall.toFixed(2)} s | ${r.conftest.wall.toFixed(2)} s | ${r.opa.wall.toFixed(2)} s | ${ratio(r.dpa, r.conftest)} |`,
  ),
];
const v = toolVersions();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, OPA ${v.OPA_VERSION}, conftest ${v.CONFTEST_VERSION}`;
const out = readFileSync(join(root, "bench", "RESULTS.template.md"), "utf8")
  .replace("{{date}}", new Date().toISOString().slice(0, 10))
  .replace("{{machine}}", machine)
  .replace("{{runs}}", String(runs))
  .replace("{{table}}", table.join("\n"))
  .replace("{{cold}}", `${cold.wall.toFixed(2)} s, ${cold.mb.toFixed(0)} MB`)
  .replace("{{precommit}}", `${precommit.wall.toFixed(2)} s, ${precommit.mb.toFixed(0)} MB`);
writeFileSync(join(root, "bench", "RESULTS.md"), out);
console.log(`wrote bench/RESULTS.md (cold start ${cold.wall}s, pre-commit on 5 files ${precommit.wall}s)`);
