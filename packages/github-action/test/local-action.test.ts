// The action run as GitHub runs it, through @github/local-action, on throwaway repositories.
// local-action exits 0 whatever the action does; a failed step shows as core.setFailed's ::error::
// line (run.failure). The bundled dist's real exit code is tested in dist.test.ts.
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTree } from "../../../test/support/git.js";
import { sarifProblems } from "../../../test/support/sarif.js";
import { filledTerms } from "../../../test/support/packs.js";
import { COMPLIANT, fixtureRepo, repoRoot, runAction, runLocalAction, VIOLATING, visible } from "./fixture-repo.js";

/** A scaffolded policy pack for a DPA "acme", as `dpa-lint policy new acme` writes it: path to text. */
function acmePack(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-acme-"));
  execFileSync(process.execPath, [join(repoRoot, "packages/cli/dist/bin.js"), "policy", "new", "acme"], { cwd: dir });
  writeFileSync(join(dir, "policies", "dpa", "acme", "data.yaml"), filledTerms("acme"));
  return Object.fromEntries([...readTree(join(dir, "policies"))].map(([path, bytes]) => [join("policies", path), bytes.toString("utf8")]));
}

const TIMEOUT = 120_000;

describe("the action on a pull request (@github/local-action)", () => {
  it(
    "passes a compliant pull request, with outputs, a summary and a valid empty SARIF file",
    () => {
      const repo = fixtureRepo(
        { "vendors/a.yaml": COMPLIANT },
        { "vendors/b.yaml": COMPLIANT.replace("mintt-care-platform", "mintt-care-platform-2") },
      );
      const run = runLocalAction(repo, { "sarif-file": "reports/dpa-lint.sarif" });
      expect(run.status, run.output).toBe(0);
      expect(run.failure).toBeUndefined();
      expect(run.annotations).toEqual([]);
      expect(run.outputs).toEqual({
        errors: "0",
        warnings: "0",
        infos: "0",
        suppressed: "0",
        files: "2",
        "sarif-file": "reports/dpa-lint.sarif",
      });
      expect(run.summary).toContain("2 files checked: **0** errors");
      const sarif = join(repo.dir, "reports/dpa-lint.sarif");
      expect(sarifProblems(sarif)).toEqual([]);
      expect((JSON.parse(readFileSync(sarif, "utf8")) as { runs: Array<{ results: unknown[] }> }).runs[0]?.results).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "fails a violating pull request with an annotation at file and line, a summary row and SARIF results",
    () => {
      const repo = fixtureRepo({ "vendors/a.yaml": COMPLIANT }, { "vendors/us.yaml": VIOLATING });
      const run = runLocalAction(repo);
      expect(run.failure, run.output).toBeDefined();
      expect(run.failure).toMatch(/^dpa-lint: 1 error, 0 warnings in 2 files \(fail-severity: error\)/);
      expect(run.annotations).toHaveLength(1);
      expect(run.annotations[0]).toMatchObject({
        kind: "error",
        props: { file: "vendors/us.yaml", line: "13", title: "gdpr/transfer-without-mechanism" },
      });
      expect(run.outputs.errors).toBe("1");
      expect(run.summary).toContain("`vendors/us.yaml:13:13` | `gdpr/transfer-without-mechanism`");
      expect(sarifProblems(join(repo.dir, "dpa-lint.sarif"))).toEqual([]);
      const sarif = JSON.parse(readFileSync(join(repo.dir, "dpa-lint.sarif"), "utf8")) as {
        runs: Array<{ results: Array<{ ruleId: string }> }>;
      };
      expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual(["gdpr/transfer-without-mechanism"]);
    },
    TIMEOUT,
  );

  it(
    "needs no token: runs with no GITHUB_TOKEN and no network, on a pull request and on a push",
    () => {
      const repo = fixtureRepo({ "vendors/a.yaml": COMPLIANT }, { "vendors/us.yaml": VIOLATING });
      const pr = runLocalAction(repo, { "changed-files-only": "true" });
      expect(pr.failure, pr.output).toBeDefined();
      expect(pr.outputs.files).toBe("1"); // only the file the pull request adds
      expect(pr.summary).toContain("only those changed by the pull request #7");
      const push = runLocalAction(repo, {}, { event: "push" });
      expect(push.failure, push.output).toBeDefined();
      expect(push.outputs.files).toBe("2");
      expect(push.summary).not.toContain("base commit");
    },
    TIMEOUT,
  );
});

// What the action decides (which configuration, packs and keys judge a pull request, Terraform,
// suppressions), run on the committed build under Node 24 as the runner runs it (runAction): the
// same workflow commands and file commands, in a fraction of local-action's time.
describe("the action on a pull request (the committed build on Node 24)", () => {
  it(
    "rejects a bad input before linting, naming the input",
    () => {
      const repo = fixtureRepo({ "vendors/a.yaml": COMPLIANT }, {});
      const run = runAction(repo, { "max-annotations": "50" });
      expect(run.failure, run.output).toBeDefined();
      expect(run.failure).toBe(
        'dpa-lint: input max-annotations: must be a whole number from 0 to 10 (GitHub shows no more per kind and step), not "50"',
      );
      expect(run.outputs).toEqual({});
    },
    TIMEOUT,
  );

  it(
    "judges a pull request that edits its configuration and baseline to pass by the base branch's",
    () => {
      const baseConfig = "org:\n  allowedCountries: [EEA]\n";
      const repo = fixtureRepo(
        { ".dpa-lint.yaml": baseConfig, "vendors/a.yaml": COMPLIANT, "baseline.json": '{ "version": 1, "findings": [] }\n' },
        {
          ".dpa-lint.yaml": "rules:\n  gdpr/transfer-without-mechanism: off\n  org/country-not-allowed: off\n",
          "baseline.json": JSON.stringify({
            version: 1,
            findings: [{ file: "vendors/us.yaml", ruleId: "gdpr/transfer-without-mechanism", path: ["hosting", 1, "region"], count: 1 }],
          }),
          "vendors/us.yaml": VIOLATING,
        },
      );
      const run = runAction(repo, { baseline: "baseline.json" });
      expect(run.failure, run.output).toBeDefined();
      expect(run.annotations.map((a) => a.props.title)).toEqual(["gdpr/transfer-without-mechanism", "org/country-not-allowed"]);
      expect(run.summary).toContain("Configuration: `.dpa-lint.yaml` as of the base commit");
      expect(run.summary).toContain("This pull request changes `.dpa-lint.yaml`");
      expect(run.summary).toContain("This pull request changes `baseline.json`");

      // Only an explicit input lets the pull request's own rules judge it.
      const trusted = runAction(repo, { baseline: "baseline.json", "use-pull-request-config": "true" });
      expect(trusted.failure, trusted.output).toBeUndefined();
      expect(trusted.outputs).toMatchObject({ errors: "0", warnings: "0" });
    },
    TIMEOUT,
  );

  it(
    "judges by the base commit's own policy pack, even when the pull request loosens its terms",
    () => {
      const pack = acmePack();
      const terms = "policies/dpa/acme/data.yaml";
      expect(pack[terms]).toContain("      - name: Example Hosting SA\n");
      const loosened = pack[terms]?.replace(
        "      - name: Example Hosting SA\n",
        "      - name: Mailjet\n        country: FR\n        mechanism: eea\n      - name: Example Hosting SA\n",
      );
      const vendor =
        "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme, country: FR}\ndpa: acme\nsubprocessors:\n  - {name: Mailjet, country: FR}\n";
      const repo = fixtureRepo({ ...pack, "vendors/a.yaml": COMPLIANT }, { [terms]: loosened ?? "", "vendors/acme.yaml": vendor });
      // A pack of terms only loads without OPA; the pinned one is there for packs with Rego.
      const env = { DPA_LINT_OPA: join(repoRoot, ".tools/bin/opa") };
      const run = runAction(repo, { policies: "policies" }, { env });
      expect(run.failure, run.output).toBeDefined();
      expect(run.annotations.map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`)).toEqual([
        "vendors/acme.yaml:7 acme/subprocessor-not-listed",
      ]);
      expect(run.summary).toContain("Policy pack: `policies` as of the base commit");
      expect(run.summary).toContain("This pull request changes `policies`");
      const trusted = runAction(repo, { policies: "policies", "use-pull-request-config": "true" }, { env });
      expect(trusted.failure, trusted.output).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    "verifies a signed pack with the key of the base commit: a pull request that swaps the key does not change what verifies",
    () => {
      /** A bundle of the acme pack signed with a fresh key: its files and the public key. */
      const signedPack = (): Record<string, Buffer> => {
        const dir = mkdtempSync(join(tmpdir(), "dpa-lint-signed-pack-"));
        for (const [path, text] of Object.entries(acmePack())) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), text);
        }
        writeFileSync(join(dir, "policies/dpa/acme/extra.rego"), "package dpa.acme\n");
        const pair = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
        writeFileSync(join(dir, "signing.key"), pair.privateKey.export({ type: "pkcs8", format: "pem" }));
        execFileSync(
          process.execPath,
          [join(repoRoot, "packages/cli/dist/bin.js"), "policy", "build", "policies", "-o", "out", "--sign-key", "signing.key"],
          {
            cwd: dir,
            env: { ...process.env, DPA_LINT_OPA: join(repoRoot, ".tools", "bin", "opa") },
          },
        );
        return {
          "packs/acme/bundle.tar.gz": readFileSync(join(dir, "out", "bundle.tar.gz")),
          "packs/acme/catalogue.json": readFileSync(join(dir, "out", "catalogue.json")),
          "keys/compliance.pem": Buffer.from(pair.publicKey.export({ type: "spki", format: "pem" })),
        };
      };
      const config = "policies:\n  - path: packs/acme\n    verify: keys/compliance.pem\n";
      // The pull request replaces the key with one of its own.
      const other = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).publicKey.export({ type: "spki", format: "pem" });
      const repo = fixtureRepo(
        { ...signedPack(), ".dpa-lint.yaml": config, "vendors/a.yaml": COMPLIANT },
        { "keys/compliance.pem": other },
      );
      const run = runAction(repo);
      expect(run.failure, run.output).toBeUndefined();
      expect(run.summary).toMatch(/packs\/acme@(&#8203;)?[0-9a-f]+ \(bundle\): acme; sha256:[0-9a-f]{12}; verified\./);
      // With the checkout's key the same bundle is refused: the pull request run used the base's key.
      const head = runAction(repo, {}, { event: "push" });
      expect(head.failure).toMatch(/packs\/acme\/bundle\.tar\.gz: the signature does not verify with this key \(key compliance\.pem\)/);
    },
    TIMEOUT,
  );

  it(
    "uses an npm pack as installed, and says in the summary that only a digest pin or a key would vouch for it",
    () => {
      const pack = acmePack();
      // The package as `npm install` leaves it in the workspace: a pack directory named by its manifest.
      const installed = {
        "node_modules/dpa-pack-acme/package.json": '{ "name": "dpa-pack-acme", "version": "1.2.0", "dpa-lint": { "pack": "policies" } }\n',
        "node_modules/dpa-pack-acme/policies/dpa/acme/data.yaml": pack["policies/dpa/acme/data.yaml"] ?? "",
      };
      const vendor =
        "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme, country: FR}\ndpa: acme\nsubprocessors:\n  - {name: Mailjet, country: FR}\n";
      const repo = fixtureRepo(
        { ...installed, ".dpa-lint.yaml": "policies: [npm:dpa-pack-acme]\n", "vendors/a.yaml": COMPLIANT },
        { "vendors/acme.yaml": vendor },
      );
      const run = runAction(repo);
      expect(run.annotations.map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`)).toEqual([
        "vendors/acme.yaml:7 acme/subprocessor-not-listed",
      ]);
      expect(run.summary).toContain("Policy pack `npm:dpa-pack-acme`: as installed from this pull request's lockfile; pin its digest");
      expect(run.summary).toMatch(/npm:dpa-pack-acme@(&#8203;)?1\.2\.0 \(npm\): acme; sha256:[0-9a-f]{12}; unsigned/);
    },
    TIMEOUT,
  );

  it(
    "loads a pack directory on a pull request under its own name; a named configuration missing everywhere fails, never the defaults",
    () => {
      const pack = acmePack();
      const vendor =
        "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme, country: FR}\ndpa: acme\nsubprocessors:\n  - {name: Mailjet, country: FR}\n";
      const repo = fixtureRepo(
        { ...pack, ".dpa-lint.yaml": "org:\n  allowedCountries: [FR]\n", "vendors/a.yaml": COMPLIANT },
        { "vendors/acme.yaml": vendor },
      );
      const run = runAction(repo, { policies: "policies/dpa/acme" });
      expect(run.failure, run.output).toMatch(/^dpa-lint: 1 error/);
      expect(run.annotations.map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`)).toEqual([
        "vendors/acme.yaml:7 acme/subprocessor-not-listed",
      ]);
      expect(run.summary).toContain("Policy pack: `policies/dpa/acme` as of the base commit");
      // Provenance: the pack is named by its place in the repository and the base commit, never
      // by the temporary copy it was loaded from.
      expect(run.summary).toMatch(
        /Policies: the built-in policies [\d.]+: .*; sha256:[0-9a-f]{12}; unsigned \\\| policies\/dpa\/acme@(&#8203;)?[0-9a-f]+ \(terms\): acme; sha256:[0-9a-f]{12}; unsigned\./,
      );
      // Its data.yaml named directly is the same pack.
      const byFile = runAction(repo, { policies: "policies/dpa/acme/data.yaml" });
      expect(byFile.annotations.map((a) => a.props.title)).toEqual(["acme/subprocessor-not-listed"]);
      for (const event of ["pull_request", "push"] as const) {
        const missing = runAction(repo, { config: "nope.yaml" }, { event });
        expect(missing.failure, `${event}: ${missing.output}`).toMatch(/^dpa-lint: nope\.yaml: .*no such file/);
        expect(missing.outputs, event).toEqual({});
      }
    },
    TIMEOUT,
  );

  it(
    "fails a pull request that changes only Terraform, with the annotation on the .tf line, judged by the base's vendor setups",
    () => {
      const infra = join(repoRoot, "examples", "infrastructure");
      const base = {
        ".dpa-lint.yaml": "include: [vendors]\ninfrastructure: [infra]\n",
        "vendors/aws.yaml": readFileSync(join(infra, "vendors", "aws.yaml"), "utf8"),
        "infra/main.tf": readFileSync(join(infra, "infra", "eu", "main.tf"), "utf8"),
      };
      const moved = base["infra/main.tf"].replace('default = "eu-west-3"', 'default = "us-east-1"');
      const repo = fixtureRepo(base, { "infra/main.tf": moved });
      for (const inputs of [{}, { "changed-files-only": "true" }] as Array<Record<string, string>>) {
        const run = runAction(repo, inputs);
        expect(run.failure, run.output).toMatch(/^dpa-lint: 2 errors/);
        // Errors at the changed line (a whole-repository run also notes the declared place, FR, that
        // nothing deploys to any more: information, at the provider block).
        expect(run.annotations.filter((a) => a.kind === "error").map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`)).toEqual([
          "infra/main.tf:4 gdpr/transfer-without-mechanism",
          "infra/main.tf:4 infra/location-not-declared",
        ]);
        expect(run.summary).toContain("infra/main.tf:4:3");
      }
    },
    TIMEOUT,
  );

  it(
    "reads a Terraform plan an earlier step wrote (terraform-plan): what only the plan knows, on the .tf line",
    () => {
      const fixture = join(repoRoot, "packages", "core", "test", "fixtures", "terraform-plan");
      const files: Record<string, string> = {
        ".dpa-lint.yaml": "include: [vendors]\n",
        "vendors/aws.yaml": readFileSync(join(repoRoot, "examples", "infrastructure", "vendors", "aws.yaml"), "utf8"),
        "main.tf": readFileSync(join(fixture, "main.tf"), "utf8"),
        "modules/db/main.tf": readFileSync(join(fixture, "modules", "db", "main.tf"), "utf8"),
      };
      // The plan is not committed: the workflow's terraform step writes it into the workspace.
      const repo = fixtureRepo(files, {});
      writeFileSync(join(repo.dir, "plan.json"), readFileSync(join(fixture, "plan.json")));
      const run = runAction(repo, { "terraform-plan": "plan.json" });
      expect(run.annotations.filter((a) => a.kind === "error").map((a) => `${a.props.file}:${a.props.line} ${a.props.title}`)).toEqual([
        "main.tf:8 gdpr/transfer-without-mechanism",
        "main.tf:8 infra/location-not-declared",
      ]);
      expect(run.output).not.toContain("hunter2");
      const missing = runAction(repo, { "terraform-plan": "nope.json" });
      expect(missing.failure, missing.output).toMatch(/^dpa-lint: nope\.json: cannot read/);
    },
    TIMEOUT,
  );

  it(
    "fails with one line naming the file and the field when the configuration is broken, and sets no outputs",
    () => {
      const broken = fixtureRepo(
        { ".dpa-lint.yaml": "org:\n  minObjectionWindow: soon\n", "vendors/a.yaml": COMPLIANT },
        { "vendors/b.yaml": VIOLATING },
      );
      const run = runAction(broken);
      expect(run.failure, run.output).toBeDefined();
      expect(run.failure).toMatch(/^dpa-lint: \.dpa-lint\.yaml \(base [0-9a-f]{7}\):2:23: org\.minObjectionWindow: /);
      expect(run.outputs).toEqual({});
      expect(visible(run.output)).not.toMatch(/at \w+ \(.*:\d+:\d+\)/); // no stack trace in the log

      // A pull request that breaks a good configuration fails too: every later run would.
      const breaking = fixtureRepo(
        { ".dpa-lint.yaml": "org:\n  minObjectionWindow: 30d\n", "vendors/a.yaml": COMPLIANT },
        { ".dpa-lint.yaml": "org: [\n" },
      );
      const second = runAction(breaking);
      expect(second.failure, second.output).toBeDefined();
      expect(second.failure).toMatch(
        /^dpa-lint: the pull request's configuration does not load, so every run after the merge would fail: \.dpa-lint\.yaml:/,
      );
    },
    TIMEOUT,
  );

  it(
    "lists what a pull request suppresses inline in the summary, and ignores it with inline-suppressions: false",
    () => {
      const suppressed = VIOLATING.replace(
        "    region: us-east-1",
        "    # dpa-lint-disable-next-line gdpr/transfer-without-mechanism -- SCCs signed, PRIV-12\n    region: us-east-1",
      );
      expect(suppressed).not.toBe(VIOLATING);
      const repo = fixtureRepo({ "vendors/a.yaml": COMPLIANT }, { "vendors/us.yaml": suppressed });
      const run = runAction(repo);
      expect(run.failure, run.output).toBeUndefined();
      expect(run.outputs).toMatchObject({ errors: "0", suppressed: "1" });
      expect(run.summary).toContain("<details><summary>1 suppressed finding</summary>");
      expect(run.summary).toContain("| `vendors/us.yaml:14:13` | `gdpr/transfer-without-mechanism` | inline | SCCs signed, PRIV-12 |");
      const audit = runAction(repo, { "inline-suppressions": "false" });
      expect(audit.failure, audit.output).toBeDefined();
      expect(audit.summary).toContain("Inline suppressions: ignored");
    },
    TIMEOUT,
  );
});
