import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./run-cli.js";

/**
 * The compliance officer's path (pack-contract issue), end to end, with Node alone: the standalone
 * CLI (what hooks and git installs run), a PATH holding only node, no DPA_LINT_OPA, and no
 * checkout's .tools beside it. A terms-only pack never needs OPA.
 */
const standalone = join(repoRoot, "packages", "cli", "standalone", "dpa-lint.js");
const nodeOnly = { PATH: dirname(process.execPath), NO_COLOR: "1", HOME: tmpdir() };

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [standalone, ...args], { cwd, encoding: "utf8", env: nodeOnly });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DPA_TEXT = `ACME CLOUD DATA PROCESSING AGREEMENT
4.1 All personal data is processed within the European Economic Area.
4.2 The Processor may engage the following Sub-processors: Hetzner Online GmbH (Germany) and Brevo (France).
4.3 The Processor shall notify the Controller of any new Sub-processor at least 30 days in advance.
4.4 The Controller may object within fourteen (14) days of the notice.
6.1 The Processor shall notify the Controller of a personal data breach within 48 hours.
8.2 Support tickets are deleted 12 months after their creation.
`;

const terms = (subprocessorsKey: string): string => `terms:
  title: Acme Cloud data processing agreement
  source: acme-dpa.txt
  governingLaw: BE
  hosting:
    allowed: [EEA]
    declared: [EEA]
  ${subprocessorsKey}:
    listed: true
    list:
      - name: Hetzner Online GmbH
        aliases: [Hetzner]
        country: DE
        mechanism: eea
      - name: Brevo
        country: FR
        mechanism: eea
  priorNotice: { value: 30, unit: days }
  objectionWindow: { value: 14, unit: days }
  breachNotification: { value: 48, unit: hours }
  audit:
    maxPerYear: null
    uncapped: true
    notice: null
  retention:
    - category: support-tickets
      max: { value: 12, unit: months }
      from: creation
      clause: "8.2"
      quote: Support tickets are deleted 12 months after their creation.
  specialCategories: []
  clauses:
    subprocessor-not-listed:
      clause: "4.2"
      quote: "The Processor may engage the following Sub-processors: Hetzner Online GmbH (Germany) and Brevo (France)."
    hosting-country:
      clause: "4.1"
      quote: All personal data is processed within the European Economic Area.
    change-before-objection-window:
      clause: "4.4"
      quote: The Controller may object within fourteen (14) days of the notice.
`;

const vendor = `apiVersion: dpa-lint/v1
kind: VendorSetup
metadata: {name: acme-cloud}
vendor: {name: Acme Cloud, country: BE}
dpa: acme-cloud
processing:
  dataCategories: [support-tickets]
retention:
  support-tickets: 2 years
subprocessors:
  - name: Hetzner
    country: DE
  - name: Datadog Inc
    country: US
    transferMechanism: scc
`;

describe("a compliance officer adds a DPA with Node alone", () => {
  it("policy new, fill the terms, a typo is located, fixtures pass, lint finds, terms shows", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-officer-"));
    expect(run(["policy", "new", "acme-cloud"], dir).status).toBe(0);
    const termsFile = join(dir, "policies", "dpa", "acme-cloud", "data.yaml");
    // Unedited, the scaffold's TODOs fail the check: nothing passes as a real DPA by accident.
    const todo = run(["policy", "check"], dir);
    expect(todo.status).toBe(1);
    expect(todo.stdout).toContain("policies/dpa/acme-cloud/data.yaml:6:10: terms.title must be the DPA's title, not a TODO placeholder");

    writeFileSync(join(dir, "policies", "dpa", "acme-cloud", "acme-dpa.txt"), DPA_TEXT);
    writeFileSync(termsFile, terms("subprocesors"));
    const typo = run(["policy", "check"], dir);
    expect(typo.status).toBe(1);
    expect(typo.stdout).toContain(
      'policies/dpa/acme-cloud/data.yaml:8:3: unknown field "subprocesors" in terms (did you mean subprocessors?)',
    );
    // The same typo stops a lint with the pack: one line, exit 2, never a silent pass.
    mkdirSync(join(dir, "vendors"));
    writeFileSync(join(dir, "vendors", "acme-cloud.yaml"), vendor);
    const broken = run(["lint", "--policy", "policies", "vendors"], dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr.trim().split("\n")).toHaveLength(1);

    writeFileSync(termsFile, terms("subprocessors"));
    // A DPA text that is named but not there fails the check in one line (it passed, unverified).
    const noText = run(["policy", "check", "--source", "nowhere/acme-dpa.txt"], dir);
    expect(noText.status).toBe(2);
    expect(noText.stderr).toBe(
      "dpa-lint: nowhere/acme-dpa.txt: the DPA text to verify the quotes against is not there (source: in the terms, or --source)\n",
    );
    const checked = run(["policy", "check"], dir);
    expect(checked.stdout).toBe("1 pack checked (acme-cloud): terms valid, quotes verbatim\n");
    expect(checked.status).toBe(0);
    const tested = run(["policy", "test"], dir);
    expect(tested.stdout).toBe("fixtures: 1/1 passed\n");
    expect(tested.status).toBe(0);

    const expected = [
      "vendors/acme-cloud.yaml:9:20  error    retention of support-tickets is 2 years but the acme-cloud DPA keeps it at most 12 months from creation  acme-cloud/retention-exceeds-dpa",
    ];
    const linted = run(["lint", "-f", "compact", "--policy", "policies", "vendors"], dir);
    expect(linted.stdout.split("\n").filter((l) => l.startsWith("vendors/"))).toEqual(expect.arrayContaining(expected));
    expect(linted.stdout).toContain("acme-cloud/subprocessor-not-listed");
    expect(linted.status).toBe(1);
    // The configuration carries the pack for every entry point: no flag needed.
    writeFileSync(join(dir, ".dpa-lint.yaml"), "policies: [policies]\n");
    expect(run(["lint", "-f", "compact", "vendors"], dir).stdout).toBe(linted.stdout);

    const shown = run(["terms", "acme-cloud"], dir);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/^ {4}Hetzner Online GmbH +DE +eea {2}\(also Hetzner\)$/m);
    expect(shown.stdout).toContain(
      "objection window     14 days\n      4.4: «The Controller may object within fourteen (14) days of the notice.»",
    );
    // A pack with Rego needs OPA, and says so: proof that this run had none.
    writeFileSync(join(dir, "policies", "dpa", "acme-cloud", "extra.rego"), "package dpa.acme_cloud\n");
    const withRego = run(["lint", "--policy", "policies", "vendors"], dir);
    expect(withRego.status).toBe(2);
    expect(withRego.stderr).toContain(
      "OPA is needed for policy commands on packs with Rego (packs of terms only need none): install OPA v1.22.2",
    );
    expect(readFileSync(termsFile, "utf8")).toContain("subprocessors:");
  });
});
