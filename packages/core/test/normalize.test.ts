import { describe, expect, it } from "vitest";
import { lookupRegion, normalize, parseDate, parseDuration, toCountryCode } from "../src/index.js";
import { workingDaysBetween } from "../src/normalize/working-days.js";
import Holidays from "date-holidays";

describe("durations", () => {
  it.each([
    ["30 days", { value: 30, unit: "days" }],
    ["30d", { value: 30, unit: "days" }],
    ["1 day", { value: 1, unit: "days" }],
    ["15 calendar days", { value: 15, unit: "days" }],
    ["24h", { value: 24, unit: "hours" }],
    ["48 hours", { value: 48, unit: "hours" }],
    ["10 working days", { value: 10, unit: "working_days" }],
    ["10 business days", { value: 10, unit: "working_days" }],
    ["2 weeks", { value: 14, unit: "days" }],
    ["1w", { value: 7, unit: "days" }],
    ["12 months", { value: 12, unit: "months" }],
    ["3 years", { value: 3, unit: "years" }],
    ["1y", { value: 1, unit: "years" }],
    ["P30D", { value: 30, unit: "days" }],
    ["P6M", { value: 6, unit: "months" }],
    ["P1Y", { value: 1, unit: "years" }],
    ["P1Y6M", { value: 18, unit: "months" }],
    ["PT24H", { value: 24, unit: "hours" }],
    ["P1DT12H", { value: 36, unit: "hours" }],
    ["P2W", { value: 14, unit: "days" }],
    [7, { value: 7, unit: "days" }],
    ["90", { value: 90, unit: "days" }],
  ])("%s", (raw, expected) => {
    expect(parseDuration(raw)).toEqual(expected);
  });

  it.each(["forever", "-3 days", "12 parsecs", "P", "PT", "P1M2D", "1.5 days", "", 3.5, -1, true])("rejects %j", (raw) => {
    expect(parseDuration(raw)).toHaveProperty("error");
  });
});

describe("dates", () => {
  it("accepts real dates and refuses impossible ones", () => {
    expect(parseDate("2026-11-02")).toBe(Date.UTC(2026, 10, 2) / 86_400_000);
    expect(parseDate("2028-02-29")).toBeTypeOf("number");
    expect(parseDate("2026-02-30")).toEqual({ error: "2026-02-30 is not a real calendar date" });
    expect(parseDate("2026-13-01")).toHaveProperty("error");
    expect(parseDate("02/11/2026")).toHaveProperty("error");
  });
});

describe("working days", () => {
  const d = (iso: string): number => parseDate(iso) as number;
  it("skips weekends and the governing-law country's public holidays", () => {
    // 2026-11-11 (Armistice) is a public holiday in France, not in the Netherlands.
    expect(workingDaysBetween(d("2026-11-02"), d("2026-11-23"), "FR")).toBe(14);
    expect(workingDaysBetween(d("2026-11-02"), d("2026-11-23"), "NL")).toBe(15);
    expect(workingDaysBetween(d("2026-11-02"), d("2026-11-23"), undefined)).toBe(15);
  });
  it("a country outside the table counts Monday to Friday; a year outside it subtracts the bound (a count that can only be stricter)", () => {
    // 2 to 17 March 2026: 11 weekdays. It read as 0 when a guess of 25 holidays was subtracted
    // for a country without a calendar (issue 28), failing every "10 working days" check.
    expect(workingDaysBetween(d("2026-03-02"), d("2026-03-17"), "MX")).toBe(11);
    // The United States has a calendar now: 2026-11-11 (Veterans Day) and 2026-11-26 (Thanksgiving).
    expect(workingDaysBetween(d("2026-11-02"), d("2026-11-27"), "US")).toBe(17);
    expect(workingDaysBetween(d("2046-01-05"), d("2046-01-12"), "FR")).toBe(0);
    expect(workingDaysBetween(d("2045-12-01"), d("2045-12-08"), "FR")).toBe(5);
  });
  it("counts from the day after receipt", () => {
    expect(workingDaysBetween(d("2026-11-06"), d("2026-11-09"), "FR")).toBe(1);
    expect(workingDaysBetween(d("2026-12-24"), d("2026-12-28"), "BE")).toBe(1);
  });
  it("the arithmetic count equals a day-by-day count over spans of up to three years", () => {
    const holidays = new Map<number, Set<string>>();
    const isHoliday = (iso: string): boolean => {
      const year = Number(iso.slice(0, 4));
      if (!holidays.has(year))
        holidays.set(
          year,
          new Set(
            new Holidays("FR")
              .getHolidays(year)
              .filter((h) => h.type === "public")
              .map((h) => h.date.slice(0, 10)),
          ),
        );
      return holidays.get(year)?.has(iso) ?? false;
    };
    const naive = (from: number, to: number): number => {
      let n = 0;
      for (let day = from + 1; day <= to; day++) {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const w = new Date(day * 86_400_000).getUTCDay();
        if (w !== 0 && w !== 6 && !isHoliday(iso)) n++;
      }
      return n;
    };
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 200; i++) {
      const from = d("2024-01-01") + next(1000);
      const to = from + next(i < 100 ? 40 : 1100);
      expect(workingDaysBetween(from, to, "FR"), `${from} ${to}`).toBe(naive(from, to));
    }
  });
  it("a far-future date is counted from at most ten years of holidays (gate-integrity: 9999-12-31 took 19 s)", () => {
    const n = workingDaysBetween(d("2026-11-02"), d("9999-12-31"), "FR");
    expect(n).toBeGreaterThan(1_850_000);
    expect(n).toBeLessThan(2_090_000);
  });
});

describe("countries", () => {
  it.each([
    ["FR", "FR"],
    ["fr", "FR"],
    ["UK", "GB"],
    ["EL", "GR"],
    ["France", "FR"],
    ["United States", "US"],
    ["Verenigde Staten", "US"],
    ["België", "BE"],
    ["Royaume-Uni", "GB"],
    ["Allemagne", "DE"],
    // The DPA reader's other languages, and forms contracts use that are no official name.
    ["Deutschland", "DE"],
    ["España", "ES"],
    ["Svizzera", "CH"],
    ["USA", "US"],
    ["U.S.A.", "US"],
    ["England", "GB"],
    ["Republic of Ireland", "IE"],
    ["Hong Kong SAR", "HK"],
  ])("%s -> %s", (raw, code) => {
    expect(toCountryCode(raw)).toBe(code);
  });
  it("refuses unknown countries", () => {
    expect(toCountryCode("Atlantis")).toBeUndefined();
    expect(toCountryCode("XX")).toBeUndefined();
  });
});

describe("regions", () => {
  it.each([
    ["eu-west-3", "aws", "FR"],
    ["us-east-1", "aws", "US"],
    ["europe-west1", "gcp", "BE"],
    ["westeurope", "azure", "NL"],
    ["fr-par", "scaleway", "FR"],
    ["gra", "ovh", "FR"],
    ["fsn1", "hetzner", "DE"],
    ["ams3", "digitalocean", "NL"],
    ["eu-west-2", "aws", "GB"],
    ["uksouth", "azure", "GB"],
    ["us-central1", "gcp", "US"],
  ])("%s (%s) is in %s, with or without the provider", (region, provider, country) => {
    expect(lookupRegion(region, provider)).toEqual({ country, provider });
    expect(lookupRegion(region, undefined)).toMatchObject({ country });
  });
  it("accepts provider aliases and reports unknown codes and providers", () => {
    expect(lookupRegion("eu-west-3", "Amazon")).toEqual({ country: "FR", provider: "aws" });
    // The names Terraform gives the providers, as a vendor file written beside Terraform uses them.
    expect(lookupRegion("westeurope", "azurerm")).toEqual({ country: "NL", provider: "azure" });
    expect(lookupRegion("europe-west1", "google-beta")).toEqual({ country: "BE", provider: "gcp" });
    expect(lookupRegion("fsn1", "hcloud")).toEqual({ country: "DE", provider: "hetzner" });
    expect(lookupRegion("mars-1", undefined)).toHaveProperty("error");
    expect(lookupRegion("eu-west-3", "gcp")).toEqual({ error: 'unknown gcp region "eu-west-3"' });
    expect(lookupRegion("x", "acme-cloud")).toHaveProperty("error");
  });
  it("a code shared by providers in the same country is not ambiguous", () => {
    expect(lookupRegion("hil", undefined)).toMatchObject({ country: "US" });
  });
});

describe("derived facts travel beside the document", () => {
  it("mirror the document's shape", () => {
    const doc = {
      dpa: { id: "quicktalk" },
      hosting: [{ provider: "scaleway", region: "fr-par" }, { country: "Verenigde Staten" }],
      subprocessors: [{ name: "Slack", country: "UK" }],
      retention: { "call-logs": "12 months" },
      contract: { objectionWindow: "10 working days" },
      subprocessorChanges: [{ subprocessor: "Slack", change: "add", noticeReceived: "2026-11-02", effective: "2026-11-23" }],
    };
    const { facts, problems } = normalize(doc, { today: "2026-11-22", governingLaw: (id) => (id === "quicktalk" ? "FR" : undefined) });
    expect(problems).toEqual([]);
    expect(facts.hosting).toEqual([{ country: "FR", provider: "scaleway" }, { country: "US" }]);
    expect(facts.subprocessors).toEqual([{ country: "GB" }]);
    expect(facts.retention).toEqual({ "call-logs": { value: 12, unit: "months" } });
    expect(facts.contract).toEqual({ objectionWindow: { value: 10, unit: "working_days" } });
    expect(facts.subprocessorChanges[0]?.elapsed).toEqual({ hours: 504, days: 21, working_days: 14, months: 0, years: 0 });
    expect(facts.subprocessorChanges[0]?.holidaysOf).toBe("FR");
  });
});
