// The infrastructure reading (docs/infrastructure.md): Terraform parsed with a real HCL parser,
// locations resolved statically, and the deployments judged against the vendor setups.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { expectLinear } from "../../../test/support/linearity.js";
import { Linter, lint, type LintResult } from "../src/index.js";
import { hclParser, parseHcl, type HclFile } from "../src/terraform/hcl.js";
import { planPlacements, readPlan } from "../src/terraform/plan.js";
import { modulePlacements, TERRAFORM_PROVIDERS } from "../src/terraform/placements.js";
import { finalize } from "../src/findings/finalize.js";
import { repoRoot } from "./helpers.js";
import { dynamoGlobalTablePlan } from "../../../test/support/plans.mjs";

const EXAMPLES = join(repoRoot, "examples", "infrastructure");

const AWS_SETUP = `apiVersion: dpa-lint/v1
kind: VendorSetup
metadata: {name: aws}
vendor: {name: Amazon Web Services, country: US}
dpa: mintt
hosting:
  - provider: aws
    region: eu-west-3
`;

/** A vendor setup of `vendor` (its legal name) under the mintt DPA, hosting in the countries given. */
function vendorSetup(name: string, vendor: string, ...countries: string[]): string {
  return `apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: ${name}}\nvendor: {name: ${vendor}}\ndpa: mintt\nhosting:\n${countries.map((c) => `  - country: ${c}\n`).join("")}`;
}

/** A repository with vendors/ and infra/ (the files given), linted as a default run. */
async function repo(files: Record<string, string>, vendors: Record<string, string> = { "aws.yaml": AWS_SETUP }): Promise<LintResult> {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-tf-"));
  writeFileSync(join(dir, ".dpa-lint.yaml"), "include: [vendors]\ninfrastructure: [infra]\n");
  for (const [name, text] of Object.entries({
    ...Object.fromEntries(Object.entries(vendors).map(([n, t]) => [`vendors/${n}`, t])),
    ...files,
  })) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return lint([], { cwd: dir, today: "2026-11-22" });
}

/** The findings but infra/declared-not-deployed (information, with a test of its own). */
const judged = (r: LintResult): LintResult["results"] => r.results.filter((f) => f.ruleId !== "infra/declared-not-deployed");
const brief = (r: LintResult): string[] => judged(r).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

/**
 * Lints a plan of one DynamoDB global table, aws_dynamodb_table.t, with these replicas (the AWS
 * provider in eu-west-3), beside `mainTf` and the AWS vendor setup.
 */
async function lintDynamoPlan(mainTf: string, replica: unknown[]): Promise<LintResult> {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-replica-plan-"));
  writeFileSync(join(dir, "main.tf"), mainTf);
  const plan = dynamoGlobalTablePlan(replica);
  writeFileSync(join(dir, "plan.json"), JSON.stringify(plan));
  mkdirSync(join(dir, "vendors"));
  writeFileSync(join(dir, "vendors", "aws.yaml"), AWS_SETUP);
  return lint([], { cwd: dir, today: "2026-11-22", terraformPlans: ["plan.json"] });
}

describe("the infrastructure examples", () => {
  it("each .tf file gives the findings recorded beside it", async () => {
    const result = await lint([], { cwd: EXAMPLES, today: "2026-11-22" });
    const tf = result.files.filter((f) => f.endsWith(".tf"));
    expect(tf).toEqual(["infra/eu/main.tf", "infra/saas/main.tf", "infra/unresolved/main.tf", "infra/us/main.tf"]);
    for (const file of tf) {
      const expected = JSON.parse(readFileSync(join(EXAMPLES, file.replace(/\.tf$/, ".expected.json")), "utf8")) as unknown;
      const actual = result.results
        .filter((f) => f.file === file)
        .map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, path: f.path }));
      expect(actual, file).toEqual(expected);
    }
  });

  it("are formatted as the real terraform fmt writes them", () => {
    const r = spawnSync("terraform", ["fmt", "-check", "-recursive", "-diff", EXAMPLES], { encoding: "utf8" });
    if (r.error) throw new Error(`terraform is needed for this test (Terraform 1.11 is on the project's machines): ${r.error.message}`);
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("the provider table", () => {
  it("every provider it reads is in docs/infrastructure.md's table", () => {
    const doc = readFileSync(join(repoRoot, "docs", "infrastructure.md"), "utf8");
    const rows = doc.split("\n").filter((l) => l.startsWith("| `"));
    for (const provider of TERRAFORM_PROVIDERS)
      expect(
        rows.some((r) => r.split("|")[1]?.includes(`\`${provider}\``)),
        provider,
      ).toBe(true);
  });
});

describe("reading HCL", () => {
  it("parses every construct Terraform accepts without an error: heredocs, templates, dynamic blocks, for_each, for, conditions", async () => {
    const parser = await hclParser();
    const text = `
locals {
  names  = [for n in var.list : upper(n) if n != ""]
  lookup = { for k, v in var.map : k => v }
  pick   = var.flag ? "a" : "b"
  text   = <<-EOT
    hello \${var.name}
    %{ for x in var.list }\${x}%{ endfor }
  EOT
}

resource "aws_security_group" "sg" {
  for_each = toset(["a", "b"])
  name     = "sg-\${each.key}"
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port = ingress.value
    }
  }
  lifecycle { ignore_changes = [tags] }
}

module "db" {
  source    = "./modules/db"
  providers = { aws = aws.eu }
}
`;
    const hcl = parseHcl(parser, text);
    expect(hcl.error).toBeUndefined();
    expect(hcl.blocks.map((b) => `${b.type} ${b.labels.join(" ")}`)).toEqual(["locals ", "resource aws_security_group sg", "module db"]);
    expect(hcl.blocks[1]?.blocks.map((b) => b.type)).toEqual(["dynamic", "lifecycle"]);
  });

  it("reads Terraform's JSON syntax (.tf.json, terraform.tfvars.json): templates, provider aliases, for_each, replicas", async () => {
    const json = {
      "//": "as CDK for Terraform writes it",
      variable: { region: { default: "eu-west-3" }, regions: { default: ["eu-west-3", "ap-south-1"] } },
      provider: { aws: [{ region: "${var.region}" }, { alias: "paris", region: "eu-west-3" }] },
      resource: {
        aws_s3_bucket: {
          logs: { bucket: "logs" },
          // A tag named region is no location.
          paris: { provider: "aws.paris", bucket: "p", tags: { region: "us-west-2" } },
          each: { for_each: "${toset(var.regions)}", bucket: "x-${each.key}", region: "${each.value}" },
        },
        aws_dynamodb_table: { t: { name: "t", replica: [{ region_name: "eu-west-3" }, { region_name: "ca-central-1" }] } },
      },
    };
    const r = await repo({
      "infra/json/main.tf.json": `${JSON.stringify(json, null, 2)}\n`,
      // Read after the variable's default: the provider's region becomes us-east-1.
      "infra/json/terraform.tfvars.json": '{ "region": "us-east-1" }\n',
      "infra/bad/main.tf.json": '{ "resource": { ',
    });
    const text = `${JSON.stringify(json, null, 2)}\n`;
    const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split("\n").length;
    expect(brief(r)).toEqual([
      expect.stringMatching(/^infra\/bad\/main\.tf\.json:1:\d+ parse-error$/),
      `infra/json/main.tf.json:${lineOf('"region": "${var.region}"')}:9 gdpr/transfer-without-mechanism`,
      `infra/json/main.tf.json:${lineOf('"region": "${var.region}"')}:9 infra/location-not-declared`,
      `infra/json/main.tf.json:${lineOf('"region": "${each.value}"')}:9 gdpr/transfer-without-mechanism`,
      `infra/json/main.tf.json:${lineOf('"region": "${each.value}"')}:9 infra/location-not-declared`,
      `infra/json/main.tf.json:${lineOf('"region_name": "ca-central-1"')}:13 infra/location-not-declared`,
    ]);
    expect(judged(r).find((f) => f.ruleId === "infra/location-not-declared")?.message).toMatch(
      /^aws_s3_bucket\.logs is placed in us-east-1/,
    );
    expect(r.results[0]?.message).toMatch(/^Terraform JSON syntax: /);
  });

  it("a syntax error is one parse-error finding at its position; the rest of the run goes on", async () => {
    const r = await repo({
      "infra/bad/main.tf": 'provider "aws" {\n  region = "eu-west-3"\n\nresource "x" {\n',
      "infra/ok/main.tf": 'provider "aws" {\n  region = "us-east-1"\n}\nresource "aws_s3_bucket" "b" {}\n',
    });
    expect(brief(r)).toEqual([
      expect.stringMatching(/^infra\/bad\/main\.tf:\d+:\d+ parse-error$/),
      "infra/ok/main.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/ok/main.tf:2:3 infra/location-not-declared",
    ]);
  });

  it("hostile input is bounded: deep nesting, a huge heredoc, and cost linear in the resources", async () => {
    const parser = await hclParser();
    const deep = `${"a { ".repeat(5000)}${"} ".repeat(5000)}`;
    expect(() => parseHcl(parser, deep)).not.toThrow();
    // Index keys nest (var.a[var.a[...]]): the depth bound holds through them too.
    const deepIndex = `x = ${"var.a[".repeat(3000)}0${"]".repeat(3000)}\n`;
    expect(parseHcl(parser, deepIndex).attributes.get("x")?.value.kind).toBe("index");
    const heredoc = `locals {\n  x = <<EOT\n${"y".repeat(1_500_000)}\nEOT\n}\n`;
    expect(parseHcl(parser, heredoc).error).toBeUndefined();
    const many = (n: number): string =>
      `provider "aws" {\n  region = "eu-west-3"\n}\n${Array.from({ length: n }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b${i}"\n}\n`).join("")}`;
    expectLinear((text) => parseHcl(parser, text), many, 500, "resources");
    // for_each instances, each placed apart: placed and merged in time linear in their number.
    const instances = (n: number): string =>
      `provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {\n  for_each = toset([${Array.from({ length: n }, (_, i) => `"k${i}"`).join(", ")}])\n  region = each.key\n}\n`;
    const place = (text: string): unknown =>
      modulePlacements({ files: [{ file: "main.tf", hcl: parseHcl(parser, text) }], tfvars: new Map() });
    expect((place(instances(3)) as { placements: unknown[] }).placements).toHaveLength(3);
    // Instances placed alike are the resource itself, whatever their keys hold.
    const alike = place(
      'provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {\n  for_each = toset(["a]b", "c"])\n  bucket = each.key\n}\n',
    ) as { placements: Array<{ address: string }> };
    expect(alike.placements.map((p) => p.address)).toEqual(["aws_s3_bucket.b"]);
    expectLinear(place, instances, 2000, "for_each instances");
    // A plan's resources, each found at its block, the provider block last: looked up in an index
    // built once per module (a search of the files for each resource took 10 s at 16,000).
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-plan-linear-"));
    const planned = new Map<string, { plan: ReturnType<typeof readPlan>; files: Array<{ file: string; hcl: HclFile }> }>();
    const planOf = (n: number): string => {
      const names = Array.from({ length: n }, (_, i) => `b${i}`);
      const text = `${names.map((b) => `resource "aws_s3_bucket" "${b}" {\n  bucket = "${b}"\n}\n`).join("")}provider "aws" {\n  region = "eu-west-3"\n}\n`;
      const resources = names.map((b) => ({
        address: `aws_s3_bucket.${b}`,
        mode: "managed",
        type: "aws_s3_bucket",
        name: b,
        values: { bucket: b },
      }));
      const json = {
        format_version: "1.2",
        planned_values: { root_module: { resources } },
        configuration: {
          provider_config: { aws: { name: "aws", expressions: { region: { constant_value: "eu-west-3" } } } },
          root_module: { resources: resources.map((r) => ({ address: r.address, provider_config_key: "aws" })) },
        },
      };
      writeFileSync(join(dir, `plan-${n}.json`), JSON.stringify(json));
      planned.set(String(n), {
        plan: readPlan(join(dir, `plan-${n}.json`), "plan.json"),
        files: [{ file: "main.tf", hcl: parseHcl(parser, text) }],
      });
      return String(n);
    };
    const placeAll = (key: string): { placements: unknown[] } => {
      const { plan, files } = planned.get(key) as { plan: ReturnType<typeof readPlan>; files: Array<{ file: string; hcl: HclFile }> };
      // A copy of the module's files: the index is built again, as for a new run.
      return planPlacements(plan, "plan.json", { files: new Map([["", [...files]]]) });
    };
    expect(placeAll(planOf(3)).placements).toHaveLength(3);
    expectLinear(placeAll, planOf, 1000, "a plan's resources");
    // Locations chosen by conditions not known statically, through locals whose two branches lead
    // to the same local: each level doubles the paths, so the branches of each expression are
    // found once (cost linear in the levels, not 2^levels).
    const doubling = (levels: number): string =>
      `variable "x" {}\nlocals {\n  l0 = "eu-west-3"\n${Array.from({ length: levels }, (_, i) => `  l${i + 1} = var.x == "a" ? local.l${i} : local.l${i}\n`).join("")}}\nprovider "aws" {\n  region = "eu-west-3"\n}\n${Array.from({ length: 300 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  region = local.l${levels}\n}\n`).join("")}`;
    expect((place(doubling(3)) as { placements: Array<{ region?: string }> }).placements.map((p) => p.region)).toContain("eu-west-3");
    expectLinear(place, doubling, 2, "branches of doubling conditions");
  });
});

describe("resolving locations statically", () => {
  it("variables (defaults, terraform.tfvars, *.auto.tfvars in order), locals, templates and provider aliases", async () => {
    const r = await repo({
      "infra/main.tf": `variable "region" {\n  default = "eu-west-3"\n}\nvariable "dr" {\n  default = "eu-west-3"\n}\nlocals {\n  dr = var.dr\n}\nprovider "aws" {\n  region = var.region\n}\nprovider "aws" {\n  alias  = "dr"\n  region = "\${local.dr}"\n}\nresource "aws_s3_bucket" "a" {}\nresource "aws_s3_bucket" "b" {\n  provider = aws.dr\n}\n`,
      "infra/terraform.tfvars": 'region = "us-east-1"\n',
      "infra/b.auto.tfvars": 'dr = "eu-central-1"\n',
      "infra/a.auto.tfvars": 'dr = "ap-south-1"\n',
    });
    // terraform.tfvars moves the default provider to us-east-1; b.auto.tfvars (read last) moves the alias to eu-central-1.
    expect(brief(r)).toEqual([
      "infra/main.tf:11:3 gdpr/transfer-without-mechanism",
      "infra/main.tf:11:3 infra/location-not-declared",
      "infra/main.tf:15:3 infra/location-not-declared",
    ]);
    expect(judged(r).find((f) => f.ruleId === "infra/location-not-declared")?.message).toBe(
      "aws_s3_bucket.a is placed in us-east-1 (US), which vendors/aws.yaml does not declare (it declares FR)",
    );
  });

  it('elements of maps and lists (var.m["k"], var.l[1], var.l.0, local.m[var.k]) and lookup, coalesce, element', async () => {
    const r = await repo({
      "infra/main.tf":
        [
          // An element's finding is on the line that writes the collection: the default, line 2.
          'variable "regions" {\n  default = {\n    primary   = "eu-west-3"\n    secondary = "us-west-2"\n  }\n}',
          'variable "list" {\n  default = ["eu-west-3", "ap-south-1"]\n}', // line 8
          'variable "key" {\n  default = "secondary"\n}',
          'locals {\n  picked = lookup(var.regions, "nope", "ca-central-1")\n}', // line 14
          'provider "aws" {\n  region = var.regions["primary"]\n}',
          'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}',
          'resource "aws_s3_bucket" "b" {\n  region = var.regions[var.key]\n}',
          'resource "aws_s3_bucket" "c" {\n  region = var.list[1]\n}',
          'resource "aws_s3_bucket" "d" {\n  region = var.list.0\n}',
          'resource "aws_s3_bucket" "e" {\n  region = local.picked\n}',
          'resource "aws_s3_bucket" "f" {\n  region = coalesce(null, "", element(var.list, 3))\n}', // line 35: ap-south-1
          'resource "aws_s3_bucket" "g" {\n  region = var.regions[data.x.key]\n}', // line 38: unknown key, at the resource
        ].join("\n") + "\n",
    });
    expect(judged(r).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message.split(" ")[0] ?? ""}`)).toEqual([
      "2:3 gdpr/transfer-without-mechanism aws_s3_bucket.b",
      "2:3 infra/location-not-declared aws_s3_bucket.b",
      "8:3 gdpr/transfer-without-mechanism aws_s3_bucket.c",
      "8:3 infra/location-not-declared aws_s3_bucket.c",
      "14:3 infra/location-not-declared aws_s3_bucket.e",
      "35:3 gdpr/transfer-without-mechanism aws_s3_bucket.f",
      "35:3 infra/location-not-declared aws_s3_bucket.f",
      "38:3 infra/location-unresolved aws_s3_bucket.g:",
    ]);
  });

  it("a finding is on the line that writes the value: the variable default or local a reference leads to", async () => {
    const r = await repo({
      "infra/variables.tf": 'variable "region" {\n  default = "us-east-1"\n}\n',
      "infra/main.tf":
        'locals {\n  region = var.region\n}\nprovider "aws" {\n  region = local.region\n}\nresource "aws_s3_bucket" "b" {}\n',
    });
    expect(brief(r)).toEqual([
      "infra/variables.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/variables.tf:2:3 infra/location-not-declared",
    ]);
  });

  it("reads each provider's own way of writing places, and leaves locationless resources alone", async () => {
    const setups = {
      "gcp.yaml": vendorSetup("gcp", "Google Cloud", "BE"),
      "azure.yaml": vendorSetup("az", "Microsoft Azure", "NL"),
      "hetzner.yaml": vendorSetup("hz", "Hetzner", "DE"),
    };
    const r = await repo(
      {
        "infra/main.tf": [
          'provider "google" {\n  region = "europe-west1"\n}',
          'resource "google_compute_instance" "vm" {\n  zone = "europe-west1-b"\n}',
          'resource "google_sql_database_instance" "db" {}',
          'resource "google_project_iam_member" "m" {}',
          'resource "azurerm_resource_group" "rg" {\n  location = "West Europe"\n}',
          'resource "azurerm_role_assignment" "ra" {}',
          'resource "hcloud_server" "s" {\n  datacenter = "fsn1-dc14"\n}',
          'resource "hcloud_server" "t" {\n  location = "ash"\n}',
        ].join("\n"),
      },
      setups,
    );
    // Only the Hetzner server in Ashburn is outside what its vendor setup declares.
    expect(brief(r)).toEqual(["infra/main.tf:17:3 gdpr/transfer-without-mechanism", "infra/main.tf:17:3 infra/location-not-declared"]);
  });

  it("reads Oracle Cloud's regions from the provider, and Elastic Cloud's and Snowflake's cloud-prefixed regions", async () => {
    const setups = {
      "oci.yaml":
        "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: oci}\nvendor: {name: Oracle Cloud Infrastructure}\ndpa: mintt\nhosting:\n  - provider: oci\n    region: eu-frankfurt-1\n",
      "ec.yaml": vendorSetup("ec", "Elastic Cloud", "BE"),
      "snowflake.yaml": vendorSetup("snowflake", "Snowflake Computing Netherlands B.V.", "DE"),
    };
    const r = await repo(
      {
        "infra/main.tf": [
          'provider "oci" {\n  region = "us-ashburn-1"\n}',
          'resource "oci_objectstorage_bucket" "b" {\n  name = "b"\n}',
          'resource "oci_identity_user" "u" {\n  name = "u"\n}',
          'resource "ec_deployment" "search" {\n  name   = "search"\n  region = "gcp-europe-west1"\n}',
          'resource "ec_deployment" "logs" {\n  name   = "logs"\n  region = "aws-eu-central-1"\n}',
          // Lines 20-27: Snowflake accounts in Frankfurt (declared) and in Azure's East US 2; a database has no place.
          'resource "snowflake_account" "eu" {\n  name   = "EU"\n  region = "AWS_EU_CENTRAL_1"\n}',
          'resource "snowflake_account" "us" {\n  name   = "US"\n  region = "AZURE_EASTUS2"\n}',
          'resource "snowflake_database" "db" {\n  name = "DB"\n}',
        ].join("\n"),
      },
      setups,
    );
    // The bucket is in Ashburn (US) where the setup declares Frankfurt; the logs deployment is in
    // Frankfurt (DE) where Elastic's setup declares Belgium (gcp-europe-west1). Identity has no place.
    expect(brief(r)).toEqual([
      "infra/main.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/main.tf:2:3 infra/location-not-declared",
      "infra/main.tf:16:3 infra/location-not-declared",
      "infra/main.tf:24:3 gdpr/transfer-without-mechanism",
      "infra/main.tf:24:3 infra/location-not-declared",
    ]);
  });

  it("finds the vendor setup by the vendor's legal name holding the provider's name, or by a hosting entry's provider", async () => {
    const legal = AWS_SETUP.replace(
      "vendor: {name: Amazon Web Services, country: US}",
      "vendor: {name: Amazon Web Services EMEA SARL, country: LU}",
    );
    const files = { "infra/main.tf": 'provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {}\n' };
    expect(brief(await repo(files, { "aws.yaml": legal }))).toEqual([]);
    const byHosting = AWS_SETUP.replace("vendor: {name: Amazon Web Services, country: US}", "vendor: {name: Our Cloud Team}");
    expect(brief(await repo(files, { "aws.yaml": byHosting }))).toEqual([]);
    const unrelated = AWS_SETUP.replace("vendor: {name: Amazon Web Services, country: US}", "vendor: {name: Awesome Software}").replace(
      "provider: aws\n    region: eu-west-3",
      "country: FR",
    );
    expect(brief(await repo(files, { "other.yaml": unrelated }))).toEqual(["infra/main.tf:1:1 infra/undeclared-vendor"]);
  });

  it("a location it cannot know is a warning naming why, never a guessed default; a remote module is a warning", async () => {
    const r = await repo({
      "infra/main.tf":
        'provider "aws" {}\nresource "aws_s3_bucket" "a" {}\nresource "aws_s3_bucket" "b" {\n  region = data.aws_region.current.name\n}\nmodule "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
    });
    expect(judged(r).map((f) => `${f.line} ${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
      expect.stringMatching(
        /^2 warning infra\/location-unresolved aws_s3_bucket\.a: provider "aws" sets no region: the location comes from the environment/,
      ),
      expect.stringMatching(
        /^4 warning infra\/location-unresolved aws_s3_bucket\.b: region is not known statically \(it refers to data\.aws_region\.current\.name\)/,
      ),
      expect.stringMatching(
        /^6 warning file\/module-not-read module "vpc" comes from terraform-aws-modules\/vpc\/aws, which dpa-lint does not fetch/,
      ),
    ]);
  });

  it("a gate that must judge every resource makes a remote module an error in its configuration", async () => {
    const files = {
      ".dpa-lint.yaml": "include: [vendors]\ninfrastructure: [infra]\nrules:\n  file/module-not-read: error\n",
      "infra/main.tf": 'module "storage" {\n  source = "git::https://example.com/storage.git"\n  region = "us-east-1"\n}\n',
    };
    expect(judged(await repo(files)).map((f) => `${f.line} ${f.severity} ${f.ruleId}`)).toEqual(["1 error file/module-not-read"]);
  });

  it("reads the whole module when one of its files is named (a hook names the staged ones)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-tf-module-"));
    mkdirSync(join(dir, "vendors"));
    mkdirSync(join(dir, "infra"));
    writeFileSync(join(dir, "vendors", "aws.yaml"), AWS_SETUP);
    writeFileSync(join(dir, "infra", "variables.tf"), 'variable "region" {\n  default = "eu-west-3"\n}\n');
    writeFileSync(join(dir, "infra", "providers.tf"), 'provider "aws" {\n  region = var.region\n}\n');
    writeFileSync(join(dir, "infra", "main.tf"), 'resource "aws_s3_bucket" "b" {}\n');
    const r = await lint(["infra/main.tf"], { cwd: dir, today: "2026-11-22" });
    expect(r.results).toEqual([]);
    expect(r.files).toEqual(["infra/main.tf", "infra/providers.tf", "infra/variables.tf"]);
  });
});

describe("declared but not deployed", () => {
  it("is information when all of the Terraform was read, and not judged on part of it", async () => {
    const two = AWS_SETUP.replace("    region: eu-west-3\n", "    region: eu-west-3\n  - provider: aws\n    region: eu-central-1\n");
    const files = { "infra/main.tf": 'provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {}\n' };
    const whole = await repo(files, { "aws.yaml": two });
    expect(whole.results.map((f) => `${f.file}:${f.line} ${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
      "infra/main.tf:1 info infra/declared-not-deployed vendors/aws.yaml declares hosting[1] in DE for Amazon Web Services, where none of the Terraform read deploys: remove it if it is stale (it may be managed outside Terraform)",
    ]);
    // Named files (a hook's list) are part of the Terraform: nothing can be said unused.
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-tf-part-"));
    mkdirSync(join(dir, "vendors"));
    mkdirSync(join(dir, "infra"));
    writeFileSync(join(dir, ".dpa-lint.yaml"), "include: [vendors]\ninfrastructure: [infra]\n");
    writeFileSync(join(dir, "vendors", "aws.yaml"), two);
    writeFileSync(join(dir, "infra", "main.tf"), files["infra/main.tf"]);
    expect((await lint(["infra/main.tf"], { cwd: dir, today: "2026-11-22" })).results).toEqual([]);
  });
});

describe("modules and references, as real configurations write them", () => {
  it("a local module is judged per call: its arguments, the providers passed or inherited; its findings name the call's line", async () => {
    const r = await repo({
      "infra/main.tf": [
        'provider "aws" {\n  region = "eu-west-3"\n}',
        'provider "aws" {\n  alias  = "virginia"\n  region = "us-east-1"\n}',
        'module "paris" {\n  source = "./modules/store"\n}',
        'module "virginia" {\n  source = "./modules/store"\n  providers = {\n    aws = aws.virginia\n  }\n}',
        'module "pinned" {\n  source      = "./modules/store"\n  bucket_home = "us-west-2"\n}',
      ].join("\n"),
      "infra/modules/store/main.tf":
        'variable "bucket_home" {\n  type    = string\n  default = null\n}\nresource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\nresource "aws_s3_bucket" "pinned" {\n  count  = var.bucket_home == null ? 0 : 1\n  region = var.bucket_home\n}\n',
    });
    // paris: inherits the default provider (FR, declared). virginia: aws.virginia passed in.
    // pinned: the argument sets the region, reported on the call's argument line. Where the
    // argument is left null, the bucket's count is 0: not deployed (no finding for virginia's).
    expect(
      r.results.map((f) => `${f.line} ${f.ruleId === "infra/location-not-declared" ? f.message.split(" is placed")[0] : f.ruleId}`),
    ).toEqual([
      "6 gdpr/transfer-without-mechanism",
      "6 module.virginia.aws_s3_bucket.data",
      "19 gdpr/transfer-without-mechanism",
      "19 module.pinned.aws_s3_bucket.pinned",
    ]);
  });

  it("a module call's count and for_each are read as Terraform does: count = 0 deploys nothing, for_each one instance per element", async () => {
    const r = await repo({
      "infra/main.tf": [
        'provider "aws" {\n  region = "eu-west-3"\n}',
        // Lines 4-8: two instances, each.key their region; lines 9-13: none.
        'module "s" {\n  source   = "./store"\n  for_each = toset(["eu-west-3", "us-east-1"])\n  home     = each.key\n}',
        'module "z" {\n  source = "./store"\n  count  = 0\n  home   = "ap-south-1"\n}',
      ].join("\n"),
      "infra/store/main.tf": 'variable "home" {}\nresource "aws_s3_bucket" "b" {\n  region = var.home\n}\n',
    });
    // Before, each.key was unknown in the called module (a warning, not the region) and the
    // module of count 0 was judged as deployed (two errors for nothing).
    expect(judged(r).map((f) => `${f.line} ${f.ruleId} ${f.message.split(" ")[0]}`)).toEqual([
      '7 gdpr/transfer-without-mechanism module.s["us-east-1"].aws_s3_bucket.b',
      '7 infra/location-not-declared module.s["us-east-1"].aws_s3_bucket.b',
    ]);
  });

  it("the instances of a module that place a resource on one line are one finding per rule there, naming the others", async () => {
    const r = await repo({
      "infra/main.tf":
        'provider "aws" {\n  region = "eu-west-3"\n}\nmodule "a" {\n  source = "./store"\n}\nmodule "b" {\n  source = "./store"\n}\n',
      "infra/store/main.tf": 'resource "aws_s3_bucket" "b" {\n  region = "us-east-1"\n}\n',
    });
    // Before, each call's instance gave its own copy of each finding on the same line.
    expect(brief(r)).toEqual([
      "infra/store/main.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/store/main.tf:2:3 infra/location-not-declared",
    ]);
    expect(judged(r)[1]?.message).toBe(
      "module.a.aws_s3_bucket.b is placed in us-east-1 (US), which vendors/aws.yaml does not declare (it declares FR); the same for module.b.aws_s3_bucket.b",
    );
  });

  it("a location chosen by a condition not known statically is judged at each branch, each a real deployment", async () => {
    const r = await repo({
      "infra/main.tf": [
        // Line 2: prod (a workspace) deploys to us-east-1, the others to eu-west-3.
        'provider "aws" {\n  region = terraform.workspace == "prod" ? "us-east-1" : "eu-west-3"\n}',
        'resource "aws_s3_bucket" "a" {}',
        // Lines 5-11: through a local, both branches declared (DE, FR): nothing to report.
        'variable "x" {}\nlocals {\n  home = var.x != "" ? "eu-central-1" : "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {\n  region = local.home\n}',
        // Lines 12-14: a branch not known either: unresolved, as before.
        'resource "aws_s3_bucket" "c" {\n  region = var.x == "a" ? "eu-west-3" : var.x\n}',
      ].join("\n"),
      "vendors/aws.yaml": vendorSetup("aws", "Amazon Web Services", "FR", "DE"),
    });
    // Before, the first was a warning ("not known statically"), and a pull request could hide a
    // region the DPA forbids behind a workspace.
    expect(brief(r)).toEqual([
      "infra/main.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/main.tf:2:3 infra/location-not-declared",
      "infra/main.tf:13:3 infra/location-unresolved",
    ]);
    expect(judged(r)[1]?.message).toBe(
      "aws_s3_bucket.a is placed in us-east-1 (US), which vendors/aws.yaml does not declare (it declares DE, FR)",
    );
  });

  it("a location behind references deeper than dpa-lint follows, or a cycle of them, says so rather than 'not known statically'", async () => {
    const chain = Array.from({ length: 40 }, (_, i) => (i === 0 ? '  l0 = "us-east-1"' : `  l${i} = local.l${i - 1}`)).join("\n");
    const r = await repo({
      "infra/main.tf": `locals {\n${chain}\n  a = local.b\n  b = local.a\n}\nprovider "aws" {\n  region = local.l39\n}\nresource "aws_s3_bucket" "deep" {}\nresource "aws_s3_bucket" "cycle" {\n  region = local.a\n}\nvariable "r" {}\nresource "aws_s3_bucket" "unset" {\n  region = var.r\n}\n`,
    });
    const deep =
      "is not followed: its references nest deeper than 32 levels or form a cycle (which Terraform refuses); write the value fewer references away";
    expect(judged(r).map((f) => f.message)).toEqual([
      `aws_s3_bucket.deep: region ${deep}`,
      `aws_s3_bucket.cycle: region ${deep}`,
      "aws_s3_bucket.unset: region is not known statically (it refers to var.r); give it a literal value, or the variable a default or a .tfvars value",
    ]);
  });

  it("a module that calls itself, or a cycle of modules, is judged and the call that closes the cycle fails the run", async () => {
    // Before, a module only ever called (by itself, or by its own callee) was nobody's root: its
    // resources were never judged and the run passed.
    const bucket = 'provider "aws" {\n  region = "us-east-1"\n}\nresource "aws_s3_bucket" "b" {}\n';
    const self = await repo({ "infra/main.tf": `${bucket}module "self" {\n  source = "./"\n}\n` });
    expect(brief(self)).toEqual([
      "infra/main.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/main.tf:2:3 infra/location-not-declared",
      "infra/main.tf:5:1 file/module-not-judged",
    ]);
    expect(judged(self)[2]?.message).toBe('module "self" closes a cycle of module calls, which Terraform refuses: not judged again');
    const cycle = await repo({
      "infra/x/main.tf": `${bucket}module "y" {\n  source = "../y"\n}\n`,
      "infra/y/main.tf": 'module "x" {\n  source = "../x"\n}\n',
    });
    expect(brief(cycle)).toEqual([
      "infra/x/main.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/x/main.tf:2:3 infra/location-not-declared",
      "infra/y/main.tf:1:1 file/module-not-judged",
    ]);
  });

  it("module calls past 8 levels or past 5,000 instances in a run are an error at the call, never a silent pass", async () => {
    // A chain of nine local modules, the bucket in the ninth: the call of the ninth from the
    // eighth is refused; the ninth is still judged as a module of its own. Before, the bucket
    // passed unseen.
    const chain = (levels: number, calls: number): Record<string, string> => ({
      "infra/main.tf": `provider "aws" {\n  region = "eu-west-3"\n}\n${Array.from({ length: calls }, (_, i) => `module "m${i}" {\n  source = "./m1"\n}\n`).join("")}`,
      ...Object.fromEntries(
        Array.from({ length: levels }, (_, d) => [
          `infra/m${d + 1}/main.tf`,
          d + 1 < levels
            ? Array.from({ length: calls }, (_, i) => `module "m${i}" {\n  source = "../m${d + 2}"\n}\n`).join("")
            : 'resource "aws_s3_bucket" "b" {\n  region = "us-east-1"\n}\n',
        ]),
      ),
    });
    const deep = await repo(chain(9, 1));
    expect(brief(deep)).toEqual([
      "infra/m8/main.tf:1:1 file/module-not-judged",
      "infra/m9/main.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/m9/main.tf:2:3 infra/location-not-declared",
    ]);
    expect(judged(deep)[0]?.message).toBe('module "m0" is nested deeper than 8 levels of module calls: not judged as called from here');
    // Eight levels are judged whole, in their callers' context.
    expect(brief(await repo(chain(8, 1)))).toEqual([
      "infra/m8/main.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/m8/main.tf:2:3 infra/location-not-declared",
    ]);
    // Ten calls at each of four levels: 10,000 instances (calls multiply: eight levels would be
    // 10^8, hours of work from eight small files). The run stops at 5,000, with an error there.
    const many = await repo(chain(4, 10));
    const refused = judged(many).filter((f) => f.ruleId === "file/module-not-judged");
    expect(refused.map((f) => f.message)).toEqual([
      expect.stringMatching(/^module "m\d" is beyond the 5,000 module instances a run judges: it and the calls after it are not judged$/),
    ]);
    // The instances judged place the bucket on one line: one finding per rule there, naming the others.
    expect(brief(many)).toEqual([
      expect.stringMatching(/^infra\/m\d\/main\.tf:\d+:1 file\/module-not-judged$/),
      "infra/m4/main.tf:2:3 gdpr/transfer-without-mechanism",
      "infra/m4/main.tf:2:3 infra/location-not-declared",
    ]);
    expect(judged(many)[1]?.message).toMatch(
      /^module\.m0\.module\.m0\.module\.m0\.module\.m0\.aws_s3_bucket\.b region "us-east-1" .*; the same for module\.m0\.module\.m0\.module\.m0\.module\.m1\.aws_s3_bucket\.b, .* and \d{4} more$/,
    );
  }, 60_000);

  it("resolves a location written as another resource's attribute (Azure's resource group)", async () => {
    const azure = vendorSetup("az", "Microsoft Azure", "FR");
    const r = await repo(
      {
        "infra/main.tf":
          'resource "azurerm_resource_group" "main" {\n  name     = "rg"\n  location = "eastus"\n}\nresource "azurerm_storage_account" "sa" {\n  name                = "sa"\n  resource_group_name = azurerm_resource_group.main.name\n  location            = azurerm_resource_group.main.location\n}\n',
      },
      { "azure.yaml": azure },
    );
    // The group and the account, both at the group's location line, where "eastus" is written:
    // one finding per rule there, naming both.
    expect(brief(r)).toEqual(["infra/main.tf:3:3 gdpr/transfer-without-mechanism", "infra/main.tf:3:3 infra/location-not-declared"]);
    for (const f of judged(r)) {
      expect(f.message).toMatch(/^azurerm_resource_group\.main /);
      expect(f.message).toMatch(/; the same for azurerm_storage_account\.sa$/);
      expect(f.path).toEqual(["azurerm_resource_group.main", "location"]);
    }
  });

  it("many resources placed by one provider line are one finding per rule there, naming the others", async () => {
    const resources = Array.from({ length: 6 }, (_, i) => `resource "aws_sqs_queue" "q${i}" {\n  name = "q${i}"\n}`);
    const r = await repo({ "infra/main.tf": ['provider "aws" {\n  region = "us-east-1"\n}', ...resources].join("\n") + "\n" });
    expect(brief(r)).toEqual(["infra/main.tf:2:3 gdpr/transfer-without-mechanism", "infra/main.tf:2:3 infra/location-not-declared"]);
    for (const f of judged(r))
      expect(f.message).toMatch(/^aws_sqs_queue\.q0 .*; the same for aws_sqs_queue\.q1, aws_sqs_queue\.q2, aws_sqs_queue\.q3 and 2 more$/);
  });

  it("a file with hundreds of thousands of findings (a for_each over a huge set) is finalized without overflowing the stack", () => {
    // push(...findings) passed each finding as an argument: 300,000 of them overflowed the stack.
    const findings = Array.from({ length: 300_000 }, (_, i) => ({
      file: "infra/main.tf",
      line: 1 + (i % 1000),
      column: 1,
      endLine: 1 + (i % 1000),
      endColumn: 2,
      severity: "error" as const,
      ruleId: "infra/location-unresolved",
      message: `instance ${i}`,
      path: [],
    }));
    const done = finalize([{ file: "infra/main.tf", findings, suppressions: [], names: [] }], {
      settings: { rules: {}, overrides: [] },
      relativeToRoot: (f) => f,
      inlineSuppressions: true,
      today: "2026-11-22",
      ruleMeta: () => undefined,
      isDpaPack: () => false,
    });
    expect(done.results).toHaveLength(300_000);
  });

  it("count and for_each: nothing deployed when count is 0 or for_each empty, one placement per known instance, unresolved when unknown", async () => {
    const r = await repo({
      "infra/main.tf":
        [
          'variable "enabled" {\n  default = false\n}',
          'variable "regions" {\n  default = ["eu-west-3", "us-east-1"]\n}',
          'variable "sites" {\n  default = {\n    paris = { region = "eu-west-3" }\n    ohio  = { region = "us-east-2" }\n  }\n}',
          'provider "aws" {\n  region = "eu-west-3"\n}',
          // Lines 16-19: count = 0 through a condition on a variable: not deployed.
          'resource "aws_s3_bucket" "off" {\n  count  = var.enabled ? 1 : 0\n  region = "us-west-2"\n}',
          'resource "aws_s3_bucket" "none" {\n  for_each = toset([])\n  region   = "us-west-1"\n}',
          // Line 26: one instance per region of the set; line 30: per entry of the map.
          'resource "aws_s3_bucket" "each" {\n  for_each = toset(var.regions)\n  region   = each.value\n}',
          'resource "aws_s3_bucket" "map" {\n  for_each = var.sites\n  region   = each.value.region\n}',
          // Instances placed alike (by the provider) are one placement: no finding.
          'resource "aws_s3_bucket" "alike" {\n  for_each = toset(["a", "b"])\n  bucket   = "x-${each.key}"\n}',
          // Line 38: a for_each only known at apply time.
          'resource "aws_s3_bucket" "unknown" {\n  for_each = data.aws_regions.all.names\n  region   = each.value\n}',
          // Line 42: the condition holds, so it is deployed.
          'resource "aws_s3_bucket" "on" {\n  count  = !var.enabled && length(var.regions) == 2 ? 1 : 0\n  region = "ap-south-1"\n}',
        ].join("\n") + "\n",
    });
    expect(judged(r).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message.split(" ")[0] ?? ""}`)).toEqual([
      '26:3 gdpr/transfer-without-mechanism aws_s3_bucket.each["us-east-1"]',
      '26:3 infra/location-not-declared aws_s3_bucket.each["us-east-1"]',
      '30:3 gdpr/transfer-without-mechanism aws_s3_bucket.map["ohio"]',
      '30:3 infra/location-not-declared aws_s3_bucket.map["ohio"]',
      "38:3 infra/location-unresolved aws_s3_bucket.unknown:",
      "42:3 gdpr/transfer-without-mechanism aws_s3_bucket.on",
      "42:3 infra/location-not-declared aws_s3_bucket.on",
    ]);
    expect(judged(r).find((f) => f.line === 38)?.message).toContain(
      "refers to each.value, and the resource's for_each is not known statically",
    );
  });

  it("Cloud Storage multi-regions: US and dual-regions by their regions; EU, an area naming no country, is unresolved", async () => {
    const gcp = vendorSetup("gcp", "Google Cloud", "FI", "NL");
    const r = await repo(
      {
        "infra/main.tf":
          'resource "google_storage_bucket" "dual" {\n  name     = "d"\n  location = "EUR4"\n}\nresource "google_storage_bucket" "us" {\n  name     = "u"\n  location = "US"\n}\nresource "google_storage_bucket" "eu" {\n  name     = "e"\n  location = "EU"\n}\n',
      },
      { "gcp.yaml": gcp },
    );
    expect(brief(r)).toEqual([
      "infra/main.tf:7:3 gdpr/transfer-without-mechanism",
      "infra/main.tf:7:3 infra/location-not-declared",
      "infra/main.tf:11:3 infra/location-unresolved",
    ]);
    expect(judged(r)[2]?.message).toContain(
      'location "EU" is Google Cloud\'s EU multi-region (data centres in member states of the European Union), which names no single country',
    );
  });

  it("Auth0: the tenant's region read from its domain; Europe, which names no country, a custom domain or none set are unresolved", async () => {
    const auth0 = vendorSetup("auth0", "Auth0", "DE");
    const provider = (alias: string, domain: string): string => `provider "auth0" {\n  alias  = "${alias}"\n  domain = "${domain}"\n}`;
    const client = (name: string, alias: string): string =>
      `resource "auth0_client" "${name}" {\n  provider = auth0.${alias}\n  name     = "${name}"\n}`;
    const r = await repo(
      {
        "infra/main.tf":
          [
            provider("eu", "acme.eu.auth0.com"), // line 3
            provider("us", "https://acme.us.auth0.com"), // line 7
            provider("legacy", "acme.auth0.com"), // line 11: a United States tenant created before June 2020
            provider("uk", "acme.uk.auth0.com"), // line 15
            provider("custom", "login.acme.example"), // line 19
            client("eu", "eu"),
            client("us", "us"),
            client("legacy", "legacy"),
            client("uk", "uk"),
            client("custom", "custom"),
          ].join("\n") + "\n",
      },
      { "auth0.yaml": auth0 },
    );
    expect(brief(r)).toEqual([
      "infra/main.tf:3:3 infra/location-unresolved",
      "infra/main.tf:7:3 gdpr/transfer-without-mechanism",
      "infra/main.tf:7:3 infra/location-not-declared",
      "infra/main.tf:11:3 gdpr/transfer-without-mechanism",
      "infra/main.tf:11:3 infra/location-not-declared",
      "infra/main.tf:15:3 infra/location-not-declared",
      "infra/main.tf:19:3 infra/location-unresolved",
    ]);
    const messages = judged(r).map((f) => f.message);
    expect(messages[0]).toContain('domain "acme.eu.auth0.com" is Auth0\'s Europe region, which names no single country');
    // The site is named as written, not by its country.
    expect(messages[1]).toContain('auth0_client.us domain "https://acme.us.auth0.com" is in US');
    expect(messages[6]).toContain("a custom domain hides it");
  });

  it("Okta: a processor with no location in the configuration: undeclared without a vendor setup, quiet with one", async () => {
    const tf = 'resource "okta_user" "u" {\n  login = "a@example.com"\n}\n';
    expect(brief(await repo({ "infra/main.tf": tf }))).toEqual(["infra/main.tf:1:1 infra/undeclared-vendor"]);
    const okta = vendorSetup("okta", "Okta", "DE");
    expect(brief(await repo({ "infra/main.tf": tf }, { "okta.yaml": okta }))).toEqual([]);
  });

  it("Cloudflare: R2 jurisdictions and regional hostnames; a bucket without a jurisdiction is unresolved; DNS has no location", async () => {
    const cf = vendorSetup("cf", "Cloudflare", "DE");
    const r = await repo(
      {
        "infra/main.tf":
          [
            'resource "cloudflare_r2_bucket" "eu" {\n  account_id   = "a"\n  name         = "eu"\n  jurisdiction = "eu"\n}', // line 4
            'resource "cloudflare_r2_bucket" "us" {\n  account_id   = "a"\n  name         = "us"\n  jurisdiction = "us"\n}', // line 9
            'resource "cloudflare_r2_bucket" "hint" {\n  account_id = "a"\n  name       = "hint"\n  location   = "weur"\n}', // line 11
            'resource "cloudflare_regional_hostname" "ca" {\n  zone_id    = "z"\n  hostname   = "ca.example.com"\n  region_key = "ca"\n}', // line 19
            'resource "cloudflare_dns_record" "r" {\n  zone_id = "z"\n  name    = "www"\n}',
          ].join("\n") + "\n",
      },
      { "cf.yaml": cf },
    );
    expect(brief(r)).toEqual([
      "infra/main.tf:4:3 infra/location-unresolved",
      "infra/main.tf:9:3 gdpr/transfer-without-mechanism",
      "infra/main.tf:9:3 infra/location-not-declared",
      "infra/main.tf:11:1 infra/location-unresolved",
      "infra/main.tf:19:3 infra/location-not-declared",
    ]);
    expect(judged(r)[3]?.message).toContain("a location hint is best effort");
  });

  it("replicas are places of their own: DynamoDB replica, Secrets Manager replica, Cosmos DB geo_location, Atlas region_configs", async () => {
    const r = await repo({
      "infra/main.tf":
        [
          'provider "aws" {\n  region = "eu-west-3"\n}',
          // Lines 4-14: a global table replicated to us-east-2 (line 12).
          'resource "aws_dynamodb_table" "users" {\n  name     = "users"\n  hash_key = "id"\n  attribute {\n    name = "id"\n    type = "S"\n  }\n  replica {\n    region_name = "us-east-2"\n  }\n}',
          // Lines 15-20: a replica's region is not the secret's own: the secret is in eu-west-3.
          'resource "aws_secretsmanager_secret" "s" {\n  name = "s"\n  replica {\n    region = "eu-west-3"\n  }\n}',
          // The certificate CloudFront needs in us-east-1 holds no personal data.
          'resource "aws_acm_certificate" "cert" {\n  region      = "us-east-1"\n  domain_name = "example.com"\n}',
        ].join("\n") + "\n",
    });
    expect(brief(r)).toEqual(["infra/main.tf:12:5 gdpr/transfer-without-mechanism", "infra/main.tf:12:5 infra/location-not-declared"]);
    expect(judged(r)[0]?.path).toEqual(["aws_dynamodb_table.users", "region_name"]);

    const azure = vendorSetup("az", "Microsoft Azure", "NL");
    const cosmos = await repo(
      {
        "infra/main.tf":
          'resource "azurerm_cosmosdb_account" "db" {\n  name     = "db"\n  location = "westeurope"\n  geo_location {\n    location          = "westeurope"\n    failover_priority = 0\n  }\n  geo_location {\n    location          = "eastus"\n    failover_priority = 1\n  }\n}\n',
      },
      { "azure.yaml": azure },
    );
    expect(brief(cosmos)).toEqual(["infra/main.tf:9:5 gdpr/transfer-without-mechanism", "infra/main.tf:9:5 infra/location-not-declared"]);

    const atlas = vendorSetup("atlas", "MongoDB Atlas", "FR");
    const multi = await repo(
      {
        "infra/main.tf":
          'resource "mongodbatlas_advanced_cluster" "a" {\n  name = "a"\n  replication_specs {\n    region_configs {\n      provider_name = "AWS"\n      region_name   = "EU_WEST_3"\n    }\n    region_configs {\n      provider_name = "AWS"\n      region_name   = "US_EAST_1"\n    }\n  }\n}\n',
      },
      { "atlas.yaml": atlas },
    );
    expect(brief(multi)).toEqual(["infra/main.tf:10:7 gdpr/transfer-without-mechanism", "infra/main.tf:10:7 infra/location-not-declared"]);
  });

  it("Google's global resources do not take the provider's region: a BigQuery dataset's default US, Pub/Sub topics, secrets", async () => {
    const gcp = vendorSetup("gcp", "Google Cloud", "BE");
    const r = await repo(
      {
        "infra/main.tf":
          [
            'provider "google" {\n  region = "europe-west1"\n}',
            'resource "google_bigquery_dataset" "d" {\n  dataset_id = "d"\n}', // line 4: US by default
            'resource "google_pubsub_topic" "t" {\n  name = "t"\n}', // line 7
            'resource "google_secret_manager_secret" "auto" {\n  secret_id = "auto"\n  replication {\n    auto {}\n  }\n}', // line 10
            // Lines 16-27: user-managed replicas, one in us-east1 (line 24).
            'resource "google_secret_manager_secret" "pinned" {\n  secret_id = "pinned"\n  replication {\n    user_managed {\n      replicas {\n        location = "europe-west1"\n      }\n      replicas {\n        location = "us-east1"\n      }\n    }\n  }\n}',
            'resource "google_sql_database_instance" "db" {\n  name = "db"\n}', // regional: the provider's region, declared
          ].join("\n") + "\n",
      },
      { "gcp.yaml": gcp },
    );
    expect(brief(r)).toEqual([
      "infra/main.tf:4:1 gdpr/transfer-without-mechanism",
      "infra/main.tf:4:1 infra/location-not-declared",
      "infra/main.tf:7:1 infra/location-unresolved",
      "infra/main.tf:10:1 infra/location-unresolved",
      "infra/main.tf:24:9 gdpr/transfer-without-mechanism",
      "infra/main.tf:24:9 infra/location-not-declared",
    ]);
  });

  it("MongoDB Atlas: AWS region names where the cloud is AWS, others unresolved", async () => {
    const atlas = vendorSetup("atlas", "MongoDB Atlas", "FR");
    const r = await repo(
      {
        "infra/main.tf":
          'resource "mongodbatlas_advanced_cluster" "a" {\n  name = "a"\n  replication_specs {\n    region_configs {\n      provider_name = "AWS"\n      region_name   = "EU_WEST_3"\n    }\n  }\n}\nresource "mongodbatlas_advanced_cluster" "g" {\n  name = "g"\n  replication_specs {\n    region_configs {\n      provider_name = "GCP"\n      region_name   = "WESTERN_EUROPE"\n    }\n  }\n}\n',
      },
      { "atlas.yaml": atlas },
    );
    expect(brief(r)).toEqual(["infra/main.tf:15:7 infra/location-unresolved"]);
  });
});

describe("suppressions in HCL comments", () => {
  it("work in # and // comments with a reason, and cannot silence an engine finding", async () => {
    const r = await repo({
      "infra/main.tf":
        'provider "aws" {\n  # dpa-lint-disable-next-line infra/location-not-declared, gdpr/transfer-without-mechanism -- DR copy, SCCs signed (PRIV-7)\n  region = "us-east-1"\n}\nresource "aws_s3_bucket" "b" {}\n',
    });
    expect(judged(r)).toEqual([]);
    expect(r.suppressed.map((f) => f.ruleId)).toEqual(["gdpr/transfer-without-mechanism", "infra/location-not-declared"]);
    const other = await repo({ "infra/main.tf": '// dpa-lint-disable-next-line parse-error -- no\nprovider "aws" {\n' });
    expect(other.results.map((f) => f.ruleId).sort()).toEqual(["parse-error", "suppression/invalid"]);
  });
});

describe("the CLI on Terraform", () => {
  it("reads .tf files and directories named on the command line, with file:line:col", () => {
    const bin = join(repoRoot, "packages", "cli", "dist", "bin.js");
    let out = "";
    try {
      execFileSync(process.execPath, [bin, "lint", "vendors", "infra/us", "-f", "compact"], { cwd: EXAMPLES, encoding: "utf8" });
    } catch (error) {
      out = (error as { stdout: string; status: number }).stdout;
      expect((error as { status: number }).status).toBe(1);
    }
    expect(out).toContain(
      "infra/us/main.tf:11:3  error    aws_db_instance.crm is placed in us-east-1 (US), which vendors/aws.yaml does not declare",
    );
  });
});

describe("Terraform plans (terraform show -json)", () => {
  const PLAN = join(repoRoot, "packages", "core", "test", "fixtures", "terraform-plan");

  function withVendors(): string {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-plan-"));
    execFileSync("cp", ["-r", `${PLAN}/.`, dir]);
    mkdirSync(join(dir, "vendors"));
    writeFileSync(join(dir, "vendors", "aws.yaml"), AWS_SETUP);
    return dir;
  }

  it("resolves what only a plan knows: a variable set at plan time, aliases through module calls; deletions are not locations", async () => {
    const dir = withVendors();
    const r = await lint([], { cwd: dir, today: "2026-11-22", terraformPlans: ["plan.json"] });
    // aws_s3_bucket.logs: var.region = us-east-1 at plan time, reported on the provider's region;
    // module.db's database uses aws.paris (eu-west-3, declared); aws_s3_bucket.old is being deleted.
    expect(brief(r)).toEqual(["main.tf:8:3 gdpr/transfer-without-mechanism", "main.tf:8:3 infra/location-not-declared"]);
    expect(r.files).toEqual(["main.tf", "modules/db/main.tf", "vendors/aws.yaml"]);
    // A plan holds secrets: nothing of it is printed but addresses and locations.
    expect(JSON.stringify(r)).not.toContain("hunter2");
  });

  it("reads a plan made by the real terraform validate, plan and show -json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-real-plan-"));
    writeFileSync(
      join(dir, "main.tf"),
      'variable "region" {\n  default = "eu-west-3"\n}\n\nresource "terraform_data" "marker" {\n  input = var.region\n}\n',
    );
    const env = { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
    const tf = (...args: string[]): string => execFileSync("terraform", args, { cwd: dir, env, encoding: "utf8" });
    tf("init", "-input=false", "-no-color");
    // terraform validate needs each provider's schema: this configuration's terraform_data is
    // built in, so it runs here; the provider-shaped examples need providers from the registry,
    // which these machines cannot reach, and are checked with terraform fmt only.
    expect(JSON.parse(tf("validate", "-json", "-no-color")) as { valid: boolean }).toMatchObject({ valid: true });
    tf("plan", "-input=false", "-no-color", "-out=plan.bin");
    writeFileSync(join(dir, "plan.json"), tf("show", "-json", "plan.bin"));
    mkdirSync(join(dir, "vendors"));
    writeFileSync(join(dir, "vendors", "aws.yaml"), AWS_SETUP);
    const r = await lint([], { cwd: dir, today: "2026-11-22", terraformPlans: ["plan.json"] });
    expect(r.results).toEqual([]);
    expect(r.files).toContain("main.tf");
  }, 120_000);

  it("reads the SaaS providers' places from a plan: Auth0's domain in the provider configuration, R2's computed jurisdiction", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-saas-plan-"));
    const tf = [
      'provider "auth0" {\n  domain = var.domain\n}', // line 2
      'variable "domain" {\n  type = string\n}',
      'resource "auth0_client" "app" {\n  name = "app"\n}',
      'resource "cloudflare_r2_bucket" "auto" {\n  account_id = "a"\n  name       = "auto"\n}', // line 10
    ].join("\n");
    writeFileSync(join(dir, "main.tf"), `${tf}\n`);
    const resource = (type: string, name: string, values: Record<string, unknown>) => ({
      address: `${type}.${name}`,
      mode: "managed",
      type,
      name,
      values,
    });
    const plan = {
      format_version: "1.2",
      terraform_version: "1.11.0",
      planned_values: {
        root_module: {
          resources: [
            resource("auth0_client", "app", { name: "app" }),
            // What the provider computes for a bucket created without a jurisdiction.
            resource("cloudflare_r2_bucket", "auto", { name: "auto", jurisdiction: "default" }),
          ],
        },
      },
      resource_changes: [],
      configuration: {
        provider_config: { auth0: { name: "auth0", expressions: { domain: { references: ["var.domain"] } } } },
        root_module: {
          resources: [
            { address: "auth0_client.app", provider_config_key: "auth0" },
            { address: "cloudflare_r2_bucket.auto", provider_config_key: "cloudflare" },
          ],
        },
      },
      variables: { domain: { value: "acme.jp.auth0.com" } },
    };
    writeFileSync(join(dir, "plan.json"), JSON.stringify(plan));
    mkdirSync(join(dir, "vendors"));
    writeFileSync(join(dir, "vendors", "auth0.yaml"), vendorSetup("auth0", "Auth0", "DE"));
    const r = await lint([], { cwd: dir, today: "2026-11-22", terraformPlans: ["plan.json"] });
    // Japan has an adequacy decision: only the drift from the declared DE. R2 computes "default".
    expect(brief(r)).toEqual([
      "main.tf:2:3 infra/location-not-declared",
      "main.tf:10:1 infra/location-unresolved",
      "main.tf:10:1 infra/undeclared-vendor",
    ]);
    expect(judged(r)[0]?.message).toBe(
      'auth0_client.app domain "acme.jp.auth0.com" is placed in JP, which vendors/auth0.yaml does not declare (it declares DE)',
    );
    expect(judged(r)[1]?.message).toContain('jurisdiction "default" is no jurisdiction');
  });

  it("reads replicas from a plan's values, each at its block in the .tf file", async () => {
    const r = await lintDynamoPlan(
      // Line 4: the first replica (declared eu-west-3); line 7: the second, in us-east-2.
      'resource "aws_dynamodb_table" "t" {\n  name = "t"\n  replica {\n    region_name = var.first\n  }\n  replica {\n    region_name = var.second\n  }\n}\n',
      [{ region_name: "eu-west-3" }, { region_name: "us-east-2", kms_key_arn: "secret-arn" }],
    );
    expect(brief(r)).toEqual(["main.tf:7:5 gdpr/transfer-without-mechanism", "main.tf:7:5 infra/location-not-declared"]);
    expect(JSON.stringify(r)).not.toContain("secret-arn");
  });

  it("the policies judge each distinct place once however many placements share it, and at most 500 places at a time", async () => {
    // One evaluation of every placement grew faster than the placements: a plan's 20,000
    // replicas in two regions took 7 s, 150,000 took six minutes.
    const deployment = vi.spyOn(Linter.prototype, "checkDeployment");
    try {
      const replica = Array.from({ length: 30_000 }, (_, i) => ({ region_name: i % 2 ? "us-east-2" : "eu-west-3" }));
      const r = await lintDynamoPlan('resource "aws_dynamodb_table" "t" {\n  name = "t"\n}\n', replica);
      expect(brief(r)).toEqual(["main.tf:1:1 gdpr/transfer-without-mechanism", "main.tf:1:1 infra/location-not-declared"]);
      expect(deployment.mock.calls.map(([value]) => (value.hosting as unknown[]).length)).toEqual([2]);
      // 1,200 resources, each in a region of its own: judged 500 places at a time, each resource
      // still named in its own finding (the rules name a stand-in, each address replaces it).
      deployment.mockClear();
      const own = await repo({
        "infra/main.tf": `provider "aws" {\n  region = "eu-west-3"\n}\n${Array.from({ length: 1200 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  region = "zz-${i}"\n}\n`).join("")}`,
      });
      // Then the declared-but-unused check, with no hosting.
      expect(deployment.mock.calls.map(([value]) => (value.hosting as unknown[]).length)).toEqual([500, 500, 200, 0]);
      const messages = judged(own).map((f) => f.message);
      expect(messages).toHaveLength(1200);
      expect(messages[1199]).toBe('aws_s3_bucket.b1199 region: unknown aws region "zz-1199"');
    } finally {
      deployment.mockRestore();
    }
  }, 60_000);

  it("an address with replacement patterns ($&, $1) is written as it is in its finding", async () => {
    const r = await repo({
      "infra/main.tf":
        'provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {\n  for_each = { "x$&$1" = "us-east-1", "y" = "us-east-2" }\n  region   = each.value\n}\n',
    });
    // A string replacement read "$&" as the text it replaced: the address came out garbled.
    expect(judged(r).map((f) => f.message)).toEqual([
      'aws_s3_bucket.b["x$&$1"] region "us-east-1" is in US, outside the EEA and without an adequacy decision, and has no transferMechanism; the same for aws_s3_bucket.b["y"]',
      'aws_s3_bucket.b["x$&$1"] is placed in us-east-1 (US), which vendors/aws.yaml does not declare (it declares FR); the same for aws_s3_bucket.b["y"]',
    ]);
  });

  it("a file that is not Terraform's plan JSON, or of another format version, is one line naming it", async () => {
    const dir = withVendors();
    writeFileSync(join(dir, "notjson.json"), "{ nope");
    writeFileSync(join(dir, "other.json"), '{"resources": []}');
    writeFileSync(join(dir, "future.json"), '{"format_version": "2.0", "planned_values": {}}');
    for (const [file, message] of [
      ["notjson.json", "notjson.json: is not JSON: give the output of terraform show -json PLAN"],
      ["other.json", "other.json: is not a Terraform plan in JSON (no format_version): give the output of terraform show -json PLAN"],
      ["future.json", "future.json: format_version: is a plan of format_version 2.0; dpa-lint reads format 1.x"],
      ["missing.json", "missing.json: cannot read: ENOENT"],
    ]) {
      const error = await lint([], { cwd: dir, today: "2026-11-22", terraformPlans: [file as string] }).catch((e: unknown) => e);
      expect((error as { oneLine(): string }).oneLine(), file).toMatch(
        new RegExp(`^${(message as string).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
      );
    }
  });
});
