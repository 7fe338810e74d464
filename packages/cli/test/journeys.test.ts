import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filledTerms } from "../../../test/support/packs.js";
import { runCli } from "./run-cli.js";

const fresh = (): string => mkdtempSync(join(tmpdir(), "dpa-lint-user-"));

describe("a new user, with only what --help says", () => {
  it("init, edit, lint red, fix, lint green", () => {
    const dir = fresh();
    const help = runCli(["--help"], { cwd: dir }).stdout;
    expect(help).toContain("init");
    expect(runCli(["init", "--help"], { cwd: dir }).stdout).toContain("Write a starter .dpa-lint.yaml and one example vendor file");
    const init = runCli(["init"], { cwd: dir });
    expect(init.stdout).toBe(
      "created .dpa-lint.yaml\ncreated vendors/example-vendor.yaml\nNext: edit vendors/example-vendor.yaml, then run dpa-lint lint\n",
    );
    expect(runCli(["lint"], { cwd: dir }).stdout).toBe("✓ 1 file checked, no problems\n");

    // The edit: the vendor starts hosting call logs in the US and keeps them two years.
    const file = join(dir, "vendors", "example-vendor.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(
      file,
      original
        .replace("region: fr-par", "region: us-east-1")
        .replace("provider: scaleway", "provider: aws")
        .replace("call-logs: 12 months", "call-logs: 2 years"),
    );
    const red = runCli(["lint", "-f", "compact"], { cwd: dir });
    expect(red.status).toBe(1);
    expect(red.stdout).toBe(
      [
        'vendors/example-vendor.yaml:20:13  error    hosting[0].region "us-east-1" is in US, outside the EEA and without an adequacy decision, and has no transferMechanism  gdpr/transfer-without-mechanism',
        'vendors/example-vendor.yaml:20:13  error    hosting[0].region "us-east-1" is in US, which org.allowedCountries (EEA, adequacy) does not allow  org/country-not-allowed',
        'vendors/example-vendor.yaml:20:13  error    hosting[0].region "us-east-1" is in US but the quicktalk DPA allows hosting only in FR  quicktalk/hosting-country',
        "vendors/example-vendor.yaml:25:14  error    retention of call-logs is 2 years but the quicktalk DPA keeps it at most 1 year  quicktalk/retention-exceeds-dpa",
        "",
        "✖ 4 problems (4 errors, 0 warnings) in 1 file",
        "",
      ].join("\n"),
    );
    expect(runCli(["explain", "quicktalk/hosting-country"], { cwd: dir }).stdout).toContain("Alle centra waar de gegevens");
    writeFileSync(file, original);
    expect(runCli(["lint"], { cwd: dir }).status).toBe(0);

    // The starter documents the Terraform key; uncommented as written, it reads infra/.
    const config = join(dir, ".dpa-lint.yaml");
    writeFileSync(config, readFileSync(config, "utf8").replace("# infrastructure: [infra]", "infrastructure: [infra]"));
    mkdirSync(join(dir, "infra"));
    writeFileSync(join(dir, "infra", "main.tf"), 'resource "datadog_monitor" "m" {\n  name = "m"\n}\n');
    expect(runCli(["lint", "-f", "compact"], { cwd: dir }).stdout).toContain(
      "infra/main.tf:1:1  error    Terraform uses the datadog provider",
    );
  });

  it("init refuses to overwrite without --force", () => {
    const dir = fresh();
    runCli(["init"], { cwd: dir });
    const again = runCli(["init"], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      "dpa-lint: .dpa-lint.yaml, vendors/example-vendor.yaml already exists; use --force to overwrite; see --help\n",
    );
    expect(runCli(["init", "--force"], { cwd: dir }).status).toBe(0);
  });
});

/**
 * `policy new` scaffolds TODOs; a team then writes the DPA's terms and, for what is unusual, a
 * rule of its own with its test and doc page. This writes such a filled pack.
 */
function fillPack(dir: string, id: string): void {
  const pack = join(dir, "policies", "dpa", id);
  const pkg = id.replace(/-/g, "_");
  writeFileSync(join(pack, "data.yaml"), filledTerms(id));
  writeFileSync(
    join(pack, `${pkg}.rego`),
    `# METADATA
# title: Rules only the ${id} DPA needs
package dpa.${pkg}

import data.lib.finding
import data.lib.pack

# METADATA
# title: The vendor's country is not recorded
# description: Record the country of the vendor's legal entity.
# custom:
#   id: vendor-country-missing
#   severity: warning
#   clause: Parties
warn contains finding.new("${id}/vendor-country-missing", "vendor.country is not recorded", ["vendor"]) if {
\tpack.id == "${id}"
\tnot _has_country
}

_has_country if input.vendor.country
`,
  );
  writeFileSync(
    join(pack, `${pkg}_test.rego`),
    `package dpa.${pkg}_test

import data.dpa.${pkg}

test_vendor_country_missing_is_a_warning if {
\tsome f in ${pkg}.warn with input as {"dpa": "${id}", "vendor": {"name": "Acme"}}
\tf.rule == "${id}/vendor-country-missing"
}

test_vendor_country_given_passes if {
\tcount(${pkg}.warn) == 0 with input as {"dpa": "${id}", "vendor": {"name": "Acme", "country": "FR"}}
}

test_other_packs_are_left_alone if {
\tcount(${pkg}.warn) == 0 with input as {"dpa": "quicktalk", "vendor": {"name": "Acme"}}
}
`,
  );
  mkdirSync(join(pack, "docs"), { recursive: true });
  writeFileSync(
    join(pack, "docs", "vendor-country-missing.md"),
    "# x\n\n## Compliant\n\n```yaml\napiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: e}\nvendor: {name: E, country: FR}\ndpa: " +
      id +
      "\n```\n\n## Violating\n\n```yaml\napiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: e}\nvendor: {name: E}\ndpa: " +
      id +
      "\n```\n",
  );
}

describe("a compliance team adding a DPA", () => {
  it("policy new, policy test, policy build, lint --policy, rules and explain", () => {
    const dir = fresh();
    runCli(["init"], { cwd: dir });
    const created = runCli(["policy", "new", "acme-cloud"], { cwd: dir });
    expect(created.stdout).toContain("created policies/dpa/acme-cloud/data.yaml\n");
    fillPack(dir, "acme-cloud");
    const test = runCli(["policy", "test"], { cwd: dir });
    expect(test.stdout).toBe("fixtures: 1/1 passed\nPASS: 3/3\nRego coverage: 100.0% (threshold 90%)\n");
    expect(test.status).toBe(0);
    const build = runCli(["policy", "build"], { cwd: dir });
    expect(build.stdout).toBe("built policies/.bundle: 27 rules in 1 packs (acme-cloud)\n");
    writeFileSync(
      join(dir, "vendors", "acme.yaml"),
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme}\ndpa: acme-cloud\nsubprocessors:\n  - {name: Mailjet, country: FR}\n",
    );
    expect(runCli(["lint", "vendors/acme.yaml"], { cwd: dir }).stdout).toContain('no policy pack "acme-cloud" is loaded');
    const lint = runCli(["lint", "-f", "compact", "--policy", "policies/.bundle", "vendors/acme.yaml"], { cwd: dir });
    expect(lint.stdout).toBe(
      'vendors/acme.yaml:4:9  warning  vendor.country is not recorded  acme-cloud/vendor-country-missing\nvendors/acme.yaml:7:12  error    sub-processor "Mailjet" is not on the acme-cloud DPA\'s list and no change notice for it is recorded in subprocessorChanges  acme-cloud/subprocessor-not-listed\n\n✖ 2 problems (1 error, 1 warning) in 1 file\n',
    );
    // A policy directory is built on the fly too.
    expect(runCli(["lint", "-f", "compact", "--policy", "policies", "vendors/acme.yaml"], { cwd: dir }).stdout).toBe(lint.stdout);
    expect(runCli(["rules", "--policy", "policies", "--dpa", "acme-cloud"], { cwd: dir }).stdout).toContain(
      "acme-cloud/subprocessor-not-listed",
    );
    expect(runCli(["explain", "acme-cloud/subprocessor-not-listed", "--policy", "policies/.bundle"], { cwd: dir }).stdout).toContain(
      "Clause: Annex 3",
    );
  }, 60_000);

  it("a failing Rego test fails policy test with exit 1", () => {
    const dir = fresh();
    runCli(["policy", "new", "acme"], { cwd: dir });
    fillPack(dir, "acme");
    const testFile = join(dir, "policies", "dpa", "acme", "acme_test.rego");
    writeFileSync(
      testFile,
      readFileSync(testFile, "utf8").replace('f.rule == "acme/vendor-country-missing"', 'f.rule == "acme/something-else"'),
    );
    const r = runCli(["policy", "test"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("FAIL");
  });

  it("policy build refuses a built-in that does not run under opa-wasm", () => {
    const dir = fresh();
    runCli(["policy", "new", "acme"], { cwd: dir });
    fillPack(dir, "acme");
    const rego = join(dir, "policies", "dpa", "acme", "acme.rego");
    writeFileSync(rego, readFileSync(rego, "utf8").replace('"vendor.country is not recorded"', 'sprintf("%v", [time.now_ns()])'));
    const r = runCli(["policy", "build"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^dpa-lint: \/\S*dpa-lint-user-\w+\/policies: opa build failed: .*acme\.rego:\d+: rego_type_error: undefined function (sprintf|time\.now_ns) \(and 1 more\)\n$/,
    );
  });

  it("policy fmt rewrites Rego, --check lists what is not formatted and fails, a parse error is one line", () => {
    const dir = fresh();
    runCli(["policy", "new", "acme"], { cwd: dir });
    expect(runCli(["policy", "fmt", "--check"], { cwd: dir }).status).toBe(0);
    const extra = join(dir, "policies", "extra.rego");
    writeFileSync(extra, "package extra\nallow if {input.a==1}\n");
    const check = runCli(["policy", "fmt", "--check", "policies/extra.rego"], { cwd: dir });
    expect(check.status).toBe(1);
    expect(check.stderr).toBe("dpa-lint: this file is not formatted (run dpa-lint policy fmt):\n  policies/extra.rego\n");
    expect(readFileSync(extra, "utf8")).toBe("package extra\nallow if {input.a==1}\n");
    const write = runCli(["policy", "fmt"], { cwd: dir });
    expect(write.stdout).toBe("formatted policies/extra.rego\n");
    expect(readFileSync(extra, "utf8")).toBe("package extra\n\nallow if input.a == 1\n");
    writeFileSync(extra, "package extra\nallow if {");
    const broken = runCli(["policy", "fmt", "--check", "policies/extra.rego"], { cwd: dir });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^dpa-lint: opa fmt failed: .*extra\.rego:2: rego_parse_error: unexpected eof token/);
  });

  it("policy new refuses a bad id and an existing pack", () => {
    const dir = fresh();
    expect(runCli(["policy", "new", "Acme Cloud"], { cwd: dir }).stderr).toBe(
      'dpa-lint: ID: "Acme Cloud" is not a pack id: use lower-case letters, digits, - and _\n',
    );
    runCli(["policy", "new", "acme"], { cwd: dir });
    const again = runCli(["policy", "new", "acme"], { cwd: dir });
    expect(again.stderr).toBe("dpa-lint: policies/dpa/acme: already exists; choose another id or edit it\n");
    expect(again.status).toBe(2);
  });
});
