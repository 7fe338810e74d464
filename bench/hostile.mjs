// node bench/hostile.mjs [--runs 3]: the gate-integrity bound, measured. Every file under the
// 2 MiB cap must lint in under 1 s and 300 MB, whole process (start, read, parse, evaluate, write
// JSON). The files below are the shapes that cost most per byte in the hostile review and the
// fuzz campaign: each fills the cap with one construct. Writes bench/HOSTILE.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root } from "../scripts/tools.mjs";

/** Just under the 2 MiB cap, so that every file is read and parsed. */
export const HOSTILE_BYTES = 2 * 1024 * 1024 - 4096;
const head = "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme, country: FR}\ndpa: quicktalk\n";

/** `prefix` then `unit` (given its index) repeated while the file stays under the cap. */
function fill(prefix, unit) {
  const parts = [prefix];
  let size = prefix.length;
  for (let i = 0; ; i++) {
    const next = unit(i);
    if (size + next.length > HOSTILE_BYTES) return parts.join("");
    parts.push(next);
    size += next.length;
  }
}

/** name -> text: one construct each, filling the cap. */
export function hostileFiles() {
  const n490 = Array.from(
    { length: 490 },
    (_, i) => `  - {name: "Unlisted Vendor ${i} ${"x".repeat(i % 50)}", country: US, purpose: hosting}\n`,
  );
  return {
    "one long string": `${head}notes: "${"a".repeat(HOSTILE_BYTES - head.length - 20)}"\n`,
    "one long non-ASCII string": `${head}notes: "${"é😀".repeat(Math.floor((HOSTILE_BYTES - head.length - 20) / 6))}"\n`,
    "one block scalar": fill(`${head}notes: |\n`, () => "  line of text here\n"),
    "a mapping of many keys": fill(`${head}retention:\n`, (i) => `  k${i}: 1 year\n`),
    "a flow list of many items": `${head}hosting: [${"{country: US}, ".repeat(Math.floor((HOSTILE_BYTES - head.length - 20) / 15))}]\n`,
    "many documents": fill("", (i) => `---\n${head.replace("acme", `a${i}`)}hosting:\n  - country: US\n`),
    "many comments": fill(head, () => "# dpa-lint-disable-next-line quicktalk/hosting-country -- reason\n"),
    "a suppression on every line": fill(
      `${head}hosting:\n`,
      () => "  - country: US # dpa-lint-disable-line quicktalk/hosting-country -- why\n",
    ),
    "long keys": fill(head, (i) => `${"k".repeat(1000)}${i}: v\n`),
    "many aliases": (() => {
      const anchors = Array.from({ length: 30_000 }, (_, i) => `  a${i}: &a${i} v\n`).join("");
      return fill(`${head}x:\n${anchors}y:\n`, (i) => `  - *a${i % 30_000}\n`);
    })(),
    "a syntax error on every line": fill(head, () => "key: [unclosed\n"),
    "the most sub-processors evaluated, none listed": `${head}hosting:\n  - country: NL\nsubprocessors:\n${n490.join("")}`,
  };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
  const time = ["/usr/bin/time", "/bin/time"].find((t) => existsSync(t));
  if (!time) {
    console.error("dpa-lint bench: GNU time is needed for peak memory (apt-get install time)");
    process.exit(2);
  }
  const dir = join(root, "bench", "corpus", "hostile");
  mkdirSync(dir, { recursive: true });
  const cli = join(root, "packages", "cli", "dist", "bin.js");
  const rows = [];
  for (const [name, text] of Object.entries(hostileFiles())) {
    const file = join(dir, `${name.replaceAll(" ", "-")}.yaml`);
    writeFileSync(file, text);
    const runs = Array.from({ length: Number(values.runs) }, () => {
      const r = spawnSync(time, ["-f", "%e %M", process.execPath, cli, "lint", "-f", "json", file], {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      });
      const [wall, kb] = (r.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
      return { wall, mb: kb / 1024, findings: JSON.parse(r.stdout).results.length };
    });
    const wall = runs.map((r) => r.wall).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    const mb = Math.max(...runs.map((r) => r.mb));
    rows.push(
      `| ${name} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB | ${runs[0].findings} | ${wall.toFixed(2)} s | ${mb.toFixed(0)} MB | ${wall < 1 && mb < 300 ? "met" : "**not met**"} |`,
    );
    console.log(rows.at(-1));
  }
  const out = `# Hostile files under the 2 MiB cap

Measured ${new Date().toISOString().slice(0, 10)} by \`node bench/hostile.mjs\` on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}:
median of ${values.runs} whole-process runs of \`dpa-lint lint -f json FILE\` (GNU time), peak resident set over the runs.
The bound (gate-integrity issue): every file under 2 MiB lints in under 1 s and 300 MB.

| file | size | findings | time | peak | under 1 s and 300 MB |
|---|---:|---:|---:|---:|---|
${rows.join("\n")}
`;
  writeFileSync(join(root, "bench", "HOSTILE.md"), out);
  console.log("wrote bench/HOSTILE.md");
}
