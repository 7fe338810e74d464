// The Terraform reading's cost (issue: 1,000 .tf files with 10,000 resources lint in time linear
// in size). `node bench/terraform.mjs` measures, in the same run, a quarter of the corpus and the
// whole of it through the built CLI, and writes the section "Terraform" of bench/RESULTS.md;
// `npm run bench` runs it too. Ratios, not durations, are the result: the machines are shared.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dynamoGlobalTablePlan } from "../test/support/plans.mjs";

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
function measure(dir, runs, args = []) {
  const times = [];
  let errors = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, "lint", "-f", "json", ...args], { cwd: dir, encoding: "utf8", maxBuffer: 512 * 2 ** 20 });
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

/** The AWS vendor setup of the hostile shapes: eu-west-3 only. */
const AWS_EU =
  "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: aws}\nvendor: {name: Amazon Web Services}\ndpa: mintt\nhosting:\n  - {provider: aws, region: eu-west-3}\n";

/** A repository of these files (path to text) beside the AWS vendor setup, Terraform under infra/. */
function repoOf(files) {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-bench-tf-hostile-"));
  const all = { ".dpa-lint.yaml": "include: [vendors]\ninfrastructure: [infra]\n", "vendors/aws.yaml": AWS_EU, ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const PROVIDER = 'provider "aws" {\n  region = "eu-west-3"\n}\n';

/**
 * The Terraform shapes that cost most in the twenty-first session's hostile review, each at a size
 * and four times it (the sixth is bounded: its row is one size): what each costs through the
 * whole CLI, and the ratio (linear is 4x, less with the fixed start-up).
 */
export const HOSTILE_TERRAFORM = [
  {
    name: "one resource's for_each instances, each in its own region",
    unit: "instances",
    sizes: [5000, 20000],
    repo: (n) =>
      repoOf({
        "infra/main.tf": `${PROVIDER}resource "aws_s3_bucket" "b" {\n  for_each = {\n${Array.from({ length: n }, (_, i) => `    k${i} = "${["eu-west-3", "us-east-1", "eu-central-1"][i % 3]}"\n`).join("")}  }\n  region = each.value\n}\n`,
      }),
  },
  {
    name: "a module called with for_each, each instance a bucket in its key's region",
    unit: "module instances",
    sizes: [1000, 4000],
    repo: (n) =>
      repoOf({
        "infra/main.tf": `${PROVIDER}module "store" {\n  source   = "./store"\n  for_each = toset([${Array.from({ length: n }, (_, i) => `"k${i}"`).join(", ")}])\n  region   = "us-east-1"\n}\n`,
        "infra/store/main.tf": 'variable "region" {}\nresource "aws_s3_bucket" "data" {\n  region = var.region\n}\n',
      }),
  },
  {
    name: "a plan of one DynamoDB global table, its replicas in two regions",
    unit: "replicas",
    sizes: [37500, 150000],
    args: ["--terraform-plan", "plan.json"],
    repo: (n) => {
      const plan = dynamoGlobalTablePlan(Array.from({ length: n }, (_, i) => ({ region_name: i % 2 ? "us-east-1" : "eu-west-3" })));
      return repoOf({
        "plan.json": JSON.stringify(plan),
        "infra/main.tf": `${PROVIDER}resource "aws_dynamodb_table" "t" {\n  name = "t"\n}\n`,
      });
    },
  },
  {
    name: "resources behind 12 levels of conditions whose two branches lead to the same local",
    unit: "resources",
    sizes: [300, 1200],
    repo: (n) =>
      repoOf({
        "infra/main.tf": `variable "x" {}\nlocals {\n  l0 = "us-east-1"\n${Array.from({ length: 12 }, (_, i) => `  l${i + 1} = var.x == "a" ? local.l${i} : local.l${i}\n`).join("")}}\n${PROVIDER}${Array.from({ length: n }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  region = local.l12\n}\n`).join("")}`,
      }),
  },
  {
    name: "resources in one region, each its own block",
    unit: "resources",
    sizes: [5000, 20000],
    repo: (n) =>
      repoOf({
        "infra/main.tf": `${PROVIDER}${Array.from({ length: n }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  region = "us-east-1"\n}\n`).join("")}`,
      }),
  },
  {
    name: "eight levels of modules, each calling the next ten times (10^8 instances asked; judged up to the 5,000 bound)",
    unit: "levels",
    sizes: [8],
    repo: () => {
      const files = {
        "infra/main.tf": `${PROVIDER}${Array.from({ length: 10 }, (_, c) => `module "m${c}" {\n  source = "./l1"\n}\n`).join("")}`,
      };
      for (let l = 1; l <= 8; l++)
        files[`infra/l${l}/main.tf`] =
          l < 8
            ? Array.from({ length: 10 }, (_, c) => `module "m${c}" {\n  source = "../l${l + 1}"\n}\n`).join("")
            : 'resource "aws_s3_bucket" "b" {\n  region = "us-east-1"\n}\n';
      return repoOf(files);
    },
  },
];

/** The section "Terraform, hostile shapes" of RESULTS.md, measured now. */
export function hostileTerraformSection(runs = 3) {
  const rows = HOSTILE_TERRAFORM.map((shape) => {
    const measured = shape.sizes.map((n) => {
      const dir = shape.repo(n);
      try {
        return measure(dir, runs, shape.args);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
    const [a, b] = measured;
    const sizes = shape.sizes.map((n) => n.toLocaleString("en-US")).join(" / ");
    const walls = measured.map((m) => `${m.wall.toFixed(2)} s`).join(" / ");
    const errors = measured.map((m) => m.errors).join(" / ");
    return `| ${shape.name} | ${sizes} ${shape.unit} | ${errors} | ${walls} | ${b ? `${(b.wall / a.wall).toFixed(2)}x` : "bounded"} |`;
  });
  return [
    "## Terraform, hostile shapes",
    "",
    "| shape | size / 4x | errors | wall (median) | ratio |",
    "|---|---:|---:|---:|---:|",
    ...rows,
    "",
    "Each shape is a repository of its own through the built CLI (start-up and Wasm loading included), at a size and four times it: linear is 4x, less with the fixed start-up. Distinct places are judged once (the for_each instances, the replicas, the modules' instances share a handful), so their findings stay few however many placements there are. The module fan-out stops at the 5,000-instance bound with `file/module-not-judged` errors: its time is bounded, not a ratio.",
    "",
  ].join("\n");
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
  const hostile = hostileTerraformSection();
  writeFileSync(file, withSection(withSection(readFileSync(file, "utf8"), section), hostile));
  console.log(`${section}\n${hostile}`);
}
