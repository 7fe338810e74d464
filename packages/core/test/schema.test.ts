import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Linter, type Finding } from "../src/index.js";
import { repoRoot } from "./helpers.js";

let linter: Linter;
beforeAll(async () => {
  linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22" });
});
const lint = (text: string): Finding[] => linter.lintText("v.yaml", text).findings;
const brief = (f: Finding): [string, number, number, string] => [f.ruleId, f.line, f.column, f.path.join(".")];

/** The complete example of docs/vendor-setup-v1.md, kept as a fixture; the fixture must equal it. */
const fixture = join(repoRoot, "packages", "core", "test", "fixtures", "spec-complete-example.yaml");
const specFile = join(repoRoot, "docs", "vendor-setup-v1.md");
function specExample(): string {
  return readFileSync(fixture, "utf8");
}

describe("the vendor setup schema", () => {
  it("the fixture is the spec's complete example", () => {
    const example = specExample();
    expect(example).toContain("apiVersion: dpa-lint/v1");
    if (existsSync(specFile)) {
      const block = /## A complete example\s+```yaml\n([\s\S]*?)```/.exec(readFileSync(specFile, "utf8"));
      expect(block?.[1]).toBe(example);
    }
  });

  it("accepts the spec's complete example with no schema or parse finding", () => {
    const engineFindings = lint(specExample()).filter((f) => f.ruleId === "parse-error" || f.ruleId.startsWith("schema/"));
    expect(engineFindings).toEqual([]);
  });

  it("reports a missing required field at its parent, all problems at once", () => {
    const text = "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata:\n  owner: team\nvendor:\n  country: FR\n";
    expect(lint(text).map(brief)).toEqual([
      ["schema/required", 1, 1, "dpa"],
      ["schema/required", 3, 1, "metadata.name"],
      ["schema/required", 5, 1, "vendor.name"],
    ]);
  });

  it("accepts the fields of format 1.1 under v1 and v1.1, and places their mistakes", () => {
    const v11 = (api: string, extra: string) =>
      `apiVersion: ${api}\nkind: VendorSetup\nmetadata: {name: a}\nvendor: {name: A}\ndpa: mintt\nprocessing:\n  purposes: [support]\n  legalBasis: [contract]\n  criminalOffenceData: false\n  securityMeasures: ISMS-12\ncontract:\n  renewal: 2027-03-01\n  nextAudit: 2027-02-15\n${extra}`;
    for (const api of ["dpa-lint/v1", "dpa-lint/v1.1"])
      expect(
        lint(v11(api, "")).filter((f) => f.ruleId.startsWith("schema/")),
        api,
      ).toEqual([]);
    expect(lint(v11("dpa-lint/v2", "")).map(brief)).toContainEqual(["schema/enum", 1, 13, "apiVersion"]);
    const wrong = v11("dpa-lint/v1.1", "")
      .replace("legalBasis: [contract]", "legalBasis: [contracts]")
      .replace("renewal: 2027-03-01", "renewal: 2027-02-30");
    expect(lint(wrong).map(brief)).toEqual([
      ["schema/enum", 8, 16, "processing.legalBasis.0"],
      ["schema/date", 12, 12, "contract.renewal"],
    ]);
  });

  it("reports an unknown key at the key", () => {
    const text =
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: a}\nvendor: {name: A}\ndpa: mintt\nhosting:\n  - country: FR\n    regoin: eu-west-3\n";
    expect(lint(text).map(brief)).toEqual([["schema/additional-properties", 8, 5, "hosting.0.regoin"]]);
  });

  it("reports a wrong type and an unknown enum value at the value", () => {
    const text =
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: a}\nvendor: {name: A}\ndpa: mintt\nsubprocessors:\n  - name: Ecritel\n    country: FR\n    transferMechanism: sccs\ncontract:\n  auditsPerYear: often\n";
    expect(lint(text).map(brief)).toEqual([
      ["schema/enum", 9, 24, "subprocessors.0.transferMechanism"],
      ["schema/type", 11, 18, "contract.auditsPerYear"],
    ]);
  });

  it("rejects a bad metadata.name, a bad date format and a dpa that is neither id nor object", () => {
    const text =
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: Acme_CRM}\nvendor: {name: A}\ndpa: [mintt]\nsubprocessorChanges:\n  - {subprocessor: S, change: add, noticeReceived: 02/11/2026, effective: 2026-11-23}\n";
    const found = lint(text).map(brief);
    expect(found).toContainEqual(["schema/pattern", 3, 18, "metadata.name"]);
    expect(found).toContainEqual(["schema/any-of", 5, 6, "dpa"]);
    expect(found).toContainEqual(["schema/pattern", 7, 52, "subprocessorChanges.0.noticeReceived"]);
    expect(found).toHaveLength(3);
    const messages = lint(text).map((f) => f.message);
    expect(messages).toContain("metadata.name must be lower-case letters, digits and dashes, starting with a letter or digit");
    expect(messages).toContain("dpa must be a policy pack id (such as quicktalk) or an object {id, version, signedOn}");
  });

  it("an unknown dpa id is a finding on the dpa line", () => {
    const text =
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: a}\nvendor: {name: A}\ndpa:\n  id: acme-cloud\n  signedOn: 2024-03-01\n";
    expect(lint(text).map(brief)).toEqual([["schema/unknown-dpa", 6, 7, "dpa.id"]]);
  });

  it("reports values that are not durations, dates or countries, and a region that contradicts its country", () => {
    const text = [
      "apiVersion: dpa-lint/v1",
      "kind: VendorSetup",
      "metadata: {name: a}",
      "vendor: {name: A, country: Atlantis}",
      "dpa: quicktalk",
      "hosting:",
      "  - {provider: aws, region: eu-west-3, country: DE}",
      "  - {region: mars-1}",
      "  - {purpose: nowhere}",
      "retention:",
      "  call-logs: forever",
      "  transcripts: -3 days",
      "  crm-contacts: 12 parsecs",
      "subprocessorChanges:",
      "  - {subprocessor: S, change: add, noticeReceived: 2026-02-30, effective: 2026-03-20}",
    ].join("\n");
    expect(lint(text).map(brief)).toEqual([
      ["schema/country", 4, 28, "vendor.country"],
      ["schema/region-country-mismatch", 7, 49, "hosting.0.country"],
      ["schema/region", 8, 14, "hosting.1.region"],
      ["schema/required", 9, 5, "hosting.2"],
      ["schema/duration", 11, 14, "retention.call-logs"],
      ["schema/duration", 12, 16, "retention.transcripts"],
      ["schema/duration", 13, 17, "retention.crm-contacts"],
      ["schema/date", 15, 52, "subprocessorChanges.0.noticeReceived"],
    ]);
  });
});
