import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { defaultConfig, FORMATTERS, InputError, lint, Linter, parseConfig, readBundle, type Finding } from "../src/index.js";
import { wholeMonthsBetween, parseDate } from "../src/normalize/date.js";
import { normalize } from "../src/normalize/facts.js";
import { policiesDir, repoRoot } from "./helpers.js";

/** The engine's side of the legal-correctness issue: the day judged, periods, retention anchors, old rule ids. */
const head = "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme}\n";
const ids = (fs: readonly Finding[]): string[] => fs.map((f) => f.ruleId);
const day = (iso: string): number => parseDate(iso) as number;

let linter: Linter;
beforeAll(async () => {
  linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22" });
});

describe("--as-of: the legal facts of a given day", () => {
  const privacyShield = `${head}dpa: mintt\nsubprocessors:\n  - name: Ecritel\n    country: FR\n    transferMechanism: privacy-shield\n`;
  const brazil = `${head}dpa: mintt\nhosting:\n  - country: Brazil\n`;
  const on = async (asOf: string, text: string): Promise<string[]> =>
    ids((await Linter.create({ cwd: repoRoot, today: "2026-11-22", asOf })).lintText("v.yaml", text).findings);

  it("a Privacy Shield transfer passes on 15 July 2020 and fails from 16 July 2020", async () => {
    expect(await on("2020-07-15", privacyShield)).not.toContain("gdpr/privacy-shield");
    expect(await on("2020-07-16", privacyShield)).toContain("gdpr/privacy-shield");
    expect(await on("2020-07-17", privacyShield)).toContain("gdpr/privacy-shield");
  });

  it("Brazilian hosting without a mechanism fails before 26 January 2026 and passes from that day", async () => {
    expect(await on("2026-01-25", brazil)).toContain("gdpr/transfer-without-mechanism");
    expect(await on("2026-01-26", brazil)).not.toContain("gdpr/transfer-without-mechanism");
  });

  it("defaults to the configuration's asOf, then to today; the option wins", async () => {
    const config = parseConfig("asOf: 2020-07-15\n", ".dpa-lint.yaml", repoRoot);
    expect(config.asOf).toBe("2020-07-15");
    expect((await Linter.create({ cwd: repoRoot, today: "2026-11-22", config })).asOf).toBe("2020-07-15");
    expect((await Linter.create({ cwd: repoRoot, today: "2026-11-22", config, asOf: "2021-01-01" })).asOf).toBe("2021-01-01");
    expect(linter.asOf).toBe("2026-11-22");
  });

  it("an impossible day is a one-line error naming the option or the field", async () => {
    await expect(Linter.create({ cwd: repoRoot, asOf: "2026-02-30" })).rejects.toThrow(InputError);
    await expect(Linter.create({ cwd: repoRoot, asOf: "yesterday" })).rejects.toThrow(/"yesterday" is not a date written YYYY-MM-DD/);
    await expect(Linter.create({ cwd: repoRoot, asOf: "yesterday" })).rejects.toHaveProperty("field", "as-of");
    expect(() => parseConfig("asOf: 2026-02-30\n", ".dpa-lint.yaml", repoRoot)).toThrow(
      /\.dpa-lint\.yaml:1:7: asOf: 2026-02-30 is not a real calendar date/,
    );
    expect(() => parseConfig("asOf: soon\n", ".dpa-lint.yaml", repoRoot)).toThrow(/asOf/);
  });

  it("every report says which day's law and which facts judged it", async () => {
    const result = await lint(["examples/legal-facts/after-schrems-ii"], { cwd: repoRoot, today: "2026-11-22", asOf: "2020-07-17" });
    const facts = readBundle().catalogue.legalFacts;
    expect(facts?.version).toMatch(/^\d{4}\.\d{2}$/);
    expect(result.legalFacts).toEqual({ asOf: "2020-07-17", version: facts?.version, reviewed: facts?.reviewed });
    const context = { color: false, rules: readBundle().catalogue.rules, toolVersion: "0.0.0" };
    const format = (name: string): string => FORMATTERS[name]?.format(result, context) ?? "";
    expect((JSON.parse(format("json")) as { legalFacts: unknown }).legalFacts).toEqual(result.legalFacts);
    expect(
      (JSON.parse(format("sarif")) as { runs: Array<{ properties: { legalFacts: unknown } }> }).runs[0]?.properties.legalFacts,
    ).toEqual(result.legalFacts);
    expect(format("markdown")).toContain(
      `Judged by the law in force on 2020-07-17 (legal facts ${facts?.version}, reviewed ${facts?.reviewed}).`,
    );
  });
});

describe("periods", () => {
  it("calendar months clamp to the end of a shorter month", () => {
    expect(wholeMonthsBetween(day("2026-01-31"), day("2026-02-28"))).toBe(1);
    expect(wholeMonthsBetween(day("2026-01-31"), day("2026-02-27"))).toBe(0);
    expect(wholeMonthsBetween(day("2028-01-31"), day("2028-02-28"))).toBe(0); // leap year: 29 February
    expect(wholeMonthsBetween(day("2028-01-31"), day("2028-02-29"))).toBe(1);
    expect(wholeMonthsBetween(day("2026-01-15"), day("2026-02-15"))).toBe(1);
    expect(wholeMonthsBetween(day("2026-03-31"), day("2026-04-30"))).toBe(1);
  });

  it("the objection window counts only days fully run before the change", () => {
    const ctx = { today: "2026-11-22", asOf: "2026-11-22", governingLaw: () => undefined };
    const doc = { subprocessorChanges: [{ noticeReceived: "2026-09-01", effective: "2026-09-16" }] };
    const [change] = normalize(doc, ctx).facts.subprocessorChanges;
    expect(change?.elapsed?.days).toBe(15);
    expect(change?.windowElapsed?.days).toBe(14);
  });
});

describe("retention anchors in the vendor format", () => {
  it("accepts {period, from} and rejects unknown anchors and keys at the field", () => {
    const text = (value: string): string =>
      `${head}dpa: septeo\nprocessing: {dataCategories: [contract-management]}\nretention:\n  contract-management: ${value}\n`;
    expect(ids(linter.lintText("v.yaml", text("{period: 5 years, from: end-of-contract}")).findings)).toEqual([]);
    const bad = linter.lintText("v.yaml", text("{period: 5 years, from: signature}")).findings;
    expect(bad.map((f) => `${f.line} ${f.ruleId}`)).toEqual(["8 schema/enum"]);
    expect(ids(linter.lintText("v.yaml", text("{period: 5 years, form: end-of-contract}")).findings)).toContain(
      "schema/additional-properties",
    );
    expect(ids(linter.lintText("v.yaml", text("{period: five years}")).findings)).toEqual(["schema/duration"]);
  });
});

describe("a split rule keeps its old id working", () => {
  const hubspot = `${head}dpa: septeo\nsubprocessors:\n  - name: HubSpot # dpa-lint-disable-line septeo/subprocessor-listed-without-location -- confirmed by the vendor\n    country: US\n    transferMechanism: scc\n`;
  it("an inline suppression of the old id suppresses the new one", () => {
    const r = linter.lintText("v.yaml", hubspot);
    expect(ids(r.suppressed)).toEqual(["septeo/subprocessor-listed-without-mechanism"]);
    expect(ids(r.findings)).not.toContain("suppression/unused");
  });

  it("a setting of the old id applies to the new one", async () => {
    const config = { ...defaultConfig(repoRoot), rules: { "septeo/subprocessor-listed-without-location": "off" as const } };
    const quiet = await Linter.create({ cwd: repoRoot, today: "2026-11-22", config, inlineSuppressions: false });
    expect(ids(quiet.lintText("v.yaml", hubspot).findings)).not.toContain("septeo/subprocessor-listed-without-mechanism");
  });
});

describe("every dated legal fact, on both sides of each of its dates", () => {
  interface Dated {
    from: string;
    until?: string;
    only?: string;
  }
  const facts = parseYaml(readFileSync(join(policiesDir, "lib", "legal", "data.yaml"), "utf8")) as {
    eea: Record<string, Dated>;
    adequacy: Record<string, Dated[]>;
  };
  const shift = (iso: string, days: number): string =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const inForce = (r: Dated, d: string): boolean => r.from <= d && (r.until === undefined || d <= r.until);
  /** What the facts say: may data go to `code` on day `d` without a mechanism? */
  const free = (code: string, d: string): boolean =>
    (facts.eea[code] !== undefined && inForce(facts.eea[code], d)) || (facts.adequacy[code] ?? []).some((r) => !r.only && inForce(r, d));
  const cases: Array<[string, string]> = [];
  const records = [...Object.entries(facts.eea).map(([c, r]) => [c, [r]] as const), ...Object.entries(facts.adequacy)];
  for (const [code, list] of records) {
    for (const r of list) {
      // Before 25 May 2018 the GDPR did not apply, but the facts still answer for those days.
      for (const d of [shift(r.from, -1), r.from, ...(r.until ? [r.until, shift(r.until, 1)] : [])]) cases.push([code, d]);
    }
  }

  it("has edges to check", () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it("the engine reads each record exactly as written", async () => {
    const byDay = new Map<string, Array<[string, boolean]>>();
    for (const [code, d] of cases) byDay.set(d, [...(byDay.get(d) ?? []), [code, free(code, d)]]);
    const wrong: string[] = [];
    for (const [d, list] of byDay) {
      const judge = await Linter.create({ cwd: repoRoot, today: "2026-11-22", asOf: d });
      for (const [code, expected] of list) {
        const found = ids(judge.lintText("v.yaml", `${head}dpa: mintt\nhosting:\n  - country: ${code}\n`).findings);
        if (found.includes("gdpr/transfer-without-mechanism") === expected)
          wrong.push(`${code} on ${d}: expected ${expected ? "no transfer" : "a transfer"}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
