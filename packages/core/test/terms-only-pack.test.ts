import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Linter, readBundle } from "../src/index.js";
import { buildPolicies, packTermsForPolicies, SHARED_POLICY_PARTS } from "../src/policy/index.js";
import { opaBin, policiesDir, repoRoot } from "./helpers.js";

/**
 * A compliance team adds a typical DPA by writing its terms and nothing else (policies/README.md,
 * "Adding a DPA"). This builds such a pack with the real build script and lints against it.
 */
const TERMS = `terms:
  title: Acme Cloud DPA (2026)
  governingLaw: DE
  hosting:
    allowed: [EEA]
    declared: null
  subprocessors:
    listed: true
    list:
      - name: Hetzner Online GmbH
        aliases: [Hetzner]
        country: DE
        mechanism: eea
  priorNotice: { value: 20, unit: working_days }
  objectionWindow: { value: 15, unit: days }
  breachNotification: { value: 36, unit: hours }
  audit:
    maxPerYear: 1
    notice: { value: 30, unit: days }
  retention:
    - category: tickets
      max: { value: 2, unit: years }
      clause: Annex 2
      quote: Tickets are kept for two years.
  specialCategories: []
  clauses:
    subprocessor-not-listed:
      clause: Annex 3
      quote: The Processor uses only the sub-processors listed in Annex 3.
`;

describe("a terms-only DPA pack", () => {
  it("is built from its data.yaml alone and every shared rule applies to it", async () => {
    const work = mkdtempSync(join(tmpdir(), "dpa-lint-pack-"));
    const policies = join(work, "policies");
    mkdirSync(join(policies, "dpa", "acme"), { recursive: true });
    writeFileSync(join(policies, "dpa", "acme", "data.yaml"), TERMS);
    const out = join(work, "bundle");
    // A custom directory builds on the built-in helpers, shared rules and entrypoint.
    buildPolicies({ opa: opaBin, dirs: [...SHARED_POLICY_PARTS, policies], outDir: out });

    const bundle = readBundle(out);
    expect(bundle.catalogue.packs.find((p) => p.id === "acme")).toEqual({
      id: "acme",
      kind: "dpa",
      title: "Acme Cloud DPA (2026)",
      governingLaw: "DE",
    });
    expect(bundle.catalogue.rules.find((r) => r.id === "acme/subprocessor-not-listed")?.clause).toBe("Annex 3");

    // Beside the built-in bundle, as `dpa-lint lint --policy` loads it: each pack is judged once.
    const linter = await Linter.create({ cwd: repoRoot, bundles: [readBundle(), bundle], today: "2026-11-22" });
    const setup = [
      "apiVersion: dpa-lint/v1",
      "kind: VendorSetup",
      "metadata: {name: acme-support}",
      "vendor: {name: Acme}",
      "dpa: acme",
      "processing: {dataCategories: [tickets], specialCategories: [health]}",
      "hosting: [{provider: aws, region: us-east-1, transferMechanism: scc}]",
      "subprocessors: [{name: hetzner, country: DE}, {name: Mailjet, country: FR}]",
      "retention: {tickets: 3 years}",
      // 14 calendar days, but only 8 working days over the German Christmas and New Year holidays.
      "subprocessorChanges: [{subprocessor: Mailjet, change: add, noticeReceived: 2026-12-22, effective: 2027-01-05}]",
      "contract: {breachNotification: 48h}",
    ].join("\n");
    const found = linter
      .lintText("vendors/acme.yaml", setup)
      .findings.map((f) => f.ruleId)
      .sort();
    expect(found).toEqual(
      [
        "acme/special-categories-not-declared",
        "acme/hosting-country",
        "acme/retention-exceeds-dpa",
        "acme/change-before-objection-window",
        "acme/change-before-prior-notice",
        "acme/contract-breach-notification",
      ].sort(),
    );
  });
});

describe("one citation per term", () => {
  it("every rule that reads a term cites the term's one clause and quote (no drift between rule keys)", () => {
    const rules = readBundle().catalogue.rules;
    for (const pack of ["easi", "geniebelt", "mintt", "quicktalk", "septeo"]) {
      const cite = (name: string): string =>
        JSON.stringify([rules.find((r) => r.id === `${pack}/${name}`)?.clause, rules.find((r) => r.id === `${pack}/${name}`)?.quote]);
      expect(cite("contract-prior-notice"), pack).toBe(cite("change-before-prior-notice"));
      expect(cite("contract-objection-window"), pack).toBe(cite("change-before-objection-window"));
    }
    const qt = rules.find((r) => r.id === "quicktalk/contract-prior-notice");
    expect(qt?.quote).toBe(
      "in geval van toevoeging of verwijdering van Sub-Verwerkers ten minste tien (10) werkdagen voor dergelijke wijzigingen",
    );
  });
});

describe("periods written the way vendor files write them", () => {
  it("a pack of terms may say 30 days, 10 working days, 12 months: checked as {value, unit}", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-period-text-"));
    writeFileSync(
      join(dir, "acme.yaml"),
      "terms:\n  title: Acme DPA\n  governingLaw: BE\n  hosting: { allowed: null, declared: null }\n  subprocessors: { listed: false, list: [] }\n  priorNotice: 30 days\n  objectionWindow: 10 working days\n  breachNotification: 48 hours\n  audit: { maxPerYear: 1, notice: 30 days }\n  retention:\n    - category: tickets\n      max: 12 months\n      clause: '8.2'\n      quote: Tickets are deleted after 12 months.\n  specialCategories: []\n  clauses: {}\n",
    );
    const { withBuiltinBundle, loadPolicyPack } = await import("../src/index.js");
    const linter = await Linter.create({
      cwd: dir,
      today: "2026-11-22",
      bundles: withBuiltinBundle([loadPolicyPack(join(dir, "acme.yaml"))]),
    });
    const text =
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: x}\nvendor: {name: X}\ndpa: acme\nprocessing: {dataCategories: [tickets]}\nretention:\n  tickets: 2 years\ncontract:\n  priorNotice: 20 days\n";
    expect(linter.lintText("v.yaml", text).findings.map((f) => f.ruleId)).toEqual([
      "acme/retention-exceeds-dpa",
      "acme/contract-prior-notice",
    ]);
    writeFileSync(
      join(dir, "bad.yaml"),
      readFileSync(join(dir, "acme.yaml"), "utf8").replace("priorNotice: 30 days", "priorNotice: 30 dayz"),
    );
    expect(() => loadPolicyPack(join(dir, "bad.yaml"))).toThrow(/bad\.yaml:6:16: terms\.priorNotice must be/);
  });
});

describe("pack terms as the policies read them (one period grammar, in TypeScript)", () => {
  it("every field the pack-terms schema admits a period text in becomes {value, unit}; other texts stay as written", () => {
    const written = {
      title: "30 days",
      priorNotice: "30 days",
      objectionWindow: { value: 15, unit: "days", readings: ["15 days", "30 calendar days"], ambiguity: "fifteen/thirty days" },
      breachNotification: "48 hours",
      audit: { maxPerYear: 1, notice: "2 business days", noticeRef: { clause: "7", quote: "10 days" } },
      retention: [{ category: "logs", max: "1 year", clause: "8", quote: "1 year" }],
      endOfContract: { options: ["delete"], deadline: "3 months" },
      clauses: { "subprocessor-not-listed": { clause: "9", quote: "12 months" } },
      citations: { priorNotice: { clause: "4", quote: "30 days" } },
      subprocessors: { listed: true, list: [{ name: "5 days", country: null, mechanism: null }] },
    };
    const before = JSON.stringify(written);
    expect(packTermsForPolicies(written)).toEqual({
      ...written,
      priorNotice: { value: 30, unit: "days" },
      objectionWindow: {
        ...written.objectionWindow,
        readings: [
          { value: 15, unit: "days" },
          { value: 30, unit: "days" },
        ],
      },
      breachNotification: { value: 48, unit: "hours" },
      audit: { ...written.audit, notice: { value: 2, unit: "working_days" } },
      retention: [{ ...written.retention[0], max: { value: 1, unit: "years" } }],
      endOfContract: { options: ["delete"], deadline: { value: 3, unit: "months" } },
    });
    // A new object: the bundle's data, which reports and `terms` print, is unchanged.
    expect(JSON.stringify(written)).toBe(before);
  });

  it("a Rego pack directory whose data.yaml writes periods as text is built and linted as if it wrote {value, unit}", async () => {
    const work = mkdtempSync(join(tmpdir(), "dpa-lint-pack-text-"));
    const policies = join(work, "policies");
    mkdirSync(join(policies, "dpa", "acme"), { recursive: true });
    writeFileSync(
      join(policies, "dpa", "acme", "data.yaml"),
      TERMS.replace("{ value: 20, unit: working_days }", "20 working days").replace("{ value: 36, unit: hours }", "36 hours"),
    );
    const out = join(work, "bundle");
    buildPolicies({ opa: opaBin, dirs: [...SHARED_POLICY_PARTS, policies], outDir: out });
    const linter = await Linter.create({ cwd: repoRoot, bundles: [readBundle(), readBundle(out)], today: "2026-11-22" });
    const setup =
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: a}\nvendor: {name: Acme}\ndpa: acme\ncontract: {breachNotification: 48h, priorNotice: 20 working days}\n";
    const found = linter.lintText("vendors/acme.yaml", setup).findings;
    expect(found.map((f) => [f.ruleId, f.message])).toEqual([
      ["acme/contract-breach-notification", expect.stringContaining("DPA gives 36 hours") as string],
    ]);
  });
});

describe("docs links of custom packs", () => {
  it("a pack of terms links its shared rules to dpa-lint's shared pages, which exist", async () => {
    const { loadPolicyPack } = await import("../src/index.js");
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-docs-link-"));
    writeFileSync(join(dir, "acme.yaml"), readFileSync(join(policiesDir, "dpa", "geniebelt", "data.yaml"), "utf8"));
    const pack = loadPolicyPack(join(dir, "acme.yaml"));
    const rule = pack.catalogue.rules.find((r) => r.id === "acme/subprocessor-list-missing");
    expect(rule?.docsUrl).toBe("https://github.com/dpa-lint/dpa-lint/blob/main/docs/rules/shared/subprocessor-list-missing.md");
    for (const r of pack.catalogue.rules) {
      expect(existsSync(join(repoRoot, "docs", "rules", "shared", `${r.name}.md`)), r.id).toBe(true);
    }
  });
});

describe("working days under a governing law dpa-lint has no calendar for", () => {
  it("are counted Monday to Friday, and the finding says so (issue 28: 10 working days in March read as none)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-weekdays-"));
    const pack = (law: string) =>
      `terms:\n  title: Acme DPA\n  governingLaw: ${law}\n  hosting: { allowed: null, declared: null }\n  subprocessors: { listed: false, list: [] }\n  priorNotice: 10 working days\n  objectionWindow: 10 working days\n  breachNotification: 48 hours\n  audit: { maxPerYear: 1, notice: 30 days }\n  retention: []\n  specialCategories: []\n  clauses: {}\n`;
    writeFileSync(join(dir, "acme.yaml"), pack("MX"));
    const { withBuiltinBundle, loadPolicyPack } = await import("../src/index.js");
    const linter = await Linter.create({
      cwd: dir,
      today: "2026-11-22",
      bundles: withBuiltinBundle([loadPolicyPack(join(dir, "acme.yaml"))]),
    });
    const setup = (effective: string) =>
      `apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: x}\nvendor: {name: X}\ndpa: acme\nsubprocessorChanges:\n  - {subprocessor: Hetzner, change: add, noticeReceived: 2026-03-02, effective: ${effective}}\n`;
    // 2 to 17 March: 11 weekdays, the window's 10 had run the day before.
    expect(linter.lintText("v.yaml", setup("2026-03-17")).findings).toEqual([]);
    const early = linter.lintText("v.yaml", setup("2026-03-13")).findings;
    expect(early.map((f) => f.ruleId).sort()).toEqual(["acme/change-before-objection-window", "acme/change-before-prior-notice"]);
    for (const f of early)
      expect(f.message).toContain("(counted Monday to Friday: dpa-lint has no public-holiday calendar for MX, the DPA's governing law)");
    // A law with a calendar: its holidays are skipped and nothing is noted.
    writeFileSync(join(dir, "acme.yaml"), pack("US"));
    const us = await Linter.create({ cwd: dir, today: "2026-11-22", bundles: withBuiltinBundle([loadPolicyPack(join(dir, "acme.yaml"))]) });
    const november = us.lintText(
      "v.yaml",
      setup("2026-03-13")
        .replace(/2026-03-02/, "2026-11-02")
        .replace("2026-03-13", "2026-11-13"),
    ).findings;
    expect(november.find((f) => f.ruleId === "acme/change-before-prior-notice")?.message).toContain(
      "8 working days after the notice of 2026-11-02",
    );
    expect(november.every((f) => !f.message.includes("Monday to Friday"))).toBe(true);
  });
});
