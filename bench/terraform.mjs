// The Terraform reading's cost (issue: 1,000 .tf files with 10,000 resources lint in time linear
// in size). `node bench/terraform.mjs` measures, in the same run, a quarter of the corpus and the
// whole of it through the built CLI, and writes the section "Terraform" of bench/RESULTS.md;
// `npm run bench` runs it too. Ratios, not durations, are the result: the machines are shared.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages", "cli", "dist", "bin.js");
const REGIONS = ["eu-west-3", "eu-central-1", "us-east-1", "eu-west-1"];

/** A repository of `files` modules, each one main.tf of ten resources, and the AWS vendor setup. */
export function terraformCorpus(files) {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-bench-tf-"));
  mkdirSync(join(dir, "vendors"));
  writeFileSync(join(dir, ".dpa-lint.yaml"), "include: [vendors]\ninfrastructure: [infra]\n");
  writeFileSync(
    join(dir, "vendors", "aws.yaml"),
    "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: aws}\nvendor: {name: Amazon Web Services}\ndpa: mintt\nhosting:\n  - {provider: aws, region: eu-west-3}\n  - {provider: aws, region: eu-central-1}\n",
  );
  for (let i = 0; i < files; i++) {
    const module = join(dir, "infra", `m${i}`);
    mkdirSync(module, { recursive: true });
    const resources = Array.from(
      { length: 10 },
      (_, r) =>
        `resource "aws_s3_bucket" "b${r}" {\n  bucket = "b-${i}-${r}"\n${r % 3 === 0 ? `  region = "${REGIONS[(i + r) % REGIONS.length]}"\n` : ""}}\n`,
    ).join("\n");
    writeFileSync(
      join(module, "main.tf"),
      `variable "region" {\n  default = "${REGIONS[i % REGIONS.length]}"\n}\n\nprovider "aws" {\n  region = var.region\n}\n\n${resources}`,
    );
  }
  return dir;
}

/** Median wall time (s) of `runs` runs of the CLI on a corpus, and its error count. */
function measure(dir, runs) {
  const times = [];
  let errors = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, "lint", "-f", "json"], { cwd: dir, encoding: "utf8", maxBuffer: 512 * 2 ** 20 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    errors = JSON.parse(r.stdout).summary.errors;
  }
  times.sort((a, b) => a - b);
  return { wall: times[Math.floor(runs / 2)], errors };
}

/** The Terraform section of RESULTS.md, measured now. */
export function terraformSection(runs = 3) {
  const small = terraformCorpus(250);
  const large = terraformCorpus(1000);
  try {
    const a = measure(small, runs);
    const b = measure(large, runs);
    const ratio = b.wall / a.wall;
    return [
      "## Terraform",
      "",
      "| .tf files | resources | findings (errors) | wall (median) | resources/s |",
      "|---:|---:|---:|---:|---:|",
      `| 250 | 2,500 | ${a.errors} | ${a.wall.toFixed(2)} s | ${Math.round(2500 / a.wall)} |`,
      `| 1,000 | 10,000 | ${b.errors} | ${b.wall.toFixed(2)} s | ${Math.round(10000 / b.wall)} |`,
      "",
      `4x the files took ${ratio.toFixed(2)}x the time (linear is 4x; the fixed start-up, Wasm loading included, makes it less). Each module is one main.tf: a provider whose region is a variable, ten aws_s3_bucket resources of which some set their own region; a quarter of the modules deploy to us-east-1 (findings).`,
      "",
    ].join("\n");
  } finally {
    rmSync(small, { recursive: true, force: true });
    rmSync(large, { recursive: true, force: true });
  }
}

/** Replaces (or appends) a section (`## Title` to the next `## `) of a RESULTS.md text. */
export function withSection(results, section) {
  const start = results.indexOf(`${section.split("\n")[0]}\n`);
  if (start < 0) return `${results.trimEnd()}\n\n${section}`;
  const next = results.indexOf("\n## ", start + 1);
  // One blank line between sections, however the section ends.
  return `${results.slice(0, start)}${section.trimEnd()}\n${next < 0 ? "" : `\n${results.slice(next + 1)}`}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  execFileSync("test", ["-f", cli]);
  const file = join(root, "bench", "RESULTS.md");
  const section = terraformSection();
  writeFileSync(file, withSection(readFileSync(file, "utf8"), section));
  console.log(section);
}
