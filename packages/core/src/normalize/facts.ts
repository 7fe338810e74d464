import type { PathSegment } from "../findings/finding.js";
import { formatPath } from "../schema/validate.js";
import { parseDate, wholeMonthsBetween } from "./date.js";
import { countryName, toCountryCode } from "./countries.js";
import { isDuration, parseDuration, type Duration } from "./duration.js";
import { lookupRegion } from "./regions.js";
import { workingDaysBetween } from "./working-days.js";

/**
 * Derived facts, computed in TypeScript so that Rego only decides (ARCHITECTURE.md principle 5).
 * They travel beside the document as `input.derived`, mirroring its shape: the facts of
 * `hosting[2]` are at `derived.hosting[2]`, so a rule reports the YAML path it read.
 */
export interface Facts {
  today: string;
  dpa: { id?: string };
  vendor: { country?: string };
  hosting: Array<{ country?: string; provider?: string }>;
  subprocessors: Array<{ country?: string; since?: number }>;
  retention: Record<string, Duration>;
  contract: Record<string, Duration>;
  subprocessorChanges: Array<ChangeFacts>;
}

export interface ChangeFacts {
  noticeReceived?: number;
  effective?: number;
  /** Time from the notice to the change, in every unit a DPA term may use. */
  elapsed?: { hours: number; days: number; working_days: number; months: number; years: number };
  /** Whose public holidays were skipped when counting working days. */
  holidaysOf?: string;
}

export interface NormalizeProblem {
  ruleId: string;
  message: string;
  path: PathSegment[];
}

export interface NormalizeContext {
  /** Today's date as YYYY-MM-DD; injected so that runs and tests are reproducible. */
  today: string;
  /** The governing-law country of a DPA pack, for its working days. */
  governingLaw(dpaId: string): string | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const DURATION_FIELDS = ["objectionWindow", "priorNotice", "breachNotification", "auditNotice"] as const;

export function dpaIdOf(doc: Obj): string | undefined {
  const dpa = doc.dpa;
  if (typeof dpa === "string") return dpa;
  if (isObj(dpa) && typeof dpa.id === "string") return dpa.id;
  return undefined;
}

export function normalize(doc: unknown, ctx: NormalizeContext): { facts: Facts; problems: NormalizeProblem[] } {
  const problems: NormalizeProblem[] = [];
  const report = (ruleId: string, path: PathSegment[], message: string): void => {
    problems.push({ ruleId, path, message });
  };
  const root: Obj = isObj(doc) ? doc : {};
  const dpaId = dpaIdOf(root);
  const facts: Facts = {
    today: ctx.today,
    dpa: dpaId ? { id: dpaId } : {},
    vendor: {},
    hosting: [],
    subprocessors: [],
    retention: {},
    contract: {},
    subprocessorChanges: [],
  };

  const country = (value: unknown, path: PathSegment[]): string | undefined => {
    if (typeof value !== "string") return undefined; // the schema reports the type
    const code = toCountryCode(value);
    if (!code) report("schema/country", path, `${formatPath(path)} "${value}" is not a known country (use an ISO code such as FR, or a name)`);
    return code;
  };
  const duration = (value: unknown, path: PathSegment[]): Duration | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string" && typeof value !== "number") return undefined; // schema reports it
    const d = parseDuration(value);
    if (isDuration(d)) return d;
    report("schema/duration", path, `${formatPath(path)}: ${d.error}`);
    return undefined;
  };
  const date = (value: unknown, path: PathSegment[]): number | undefined => {
    if (typeof value !== "string") return undefined;
    const d = parseDate(value);
    if (typeof d === "number") return d;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) report("schema/date", path, `${formatPath(path)}: ${d.error}`);
    return undefined; // a malformed date is already a schema/pattern finding
  };

  const vendor = isObj(root.vendor) ? root.vendor : {};
  const vc = country(vendor.country, ["vendor", "country"]);
  if (vc) facts.vendor.country = vc;
  if (isObj(root.dpa)) date(root.dpa.signedOn, ["dpa", "signedOn"]);

  list(root.hosting).forEach((entry, i) => {
    const f: Facts["hosting"][number] = {};
    facts.hosting.push(f);
    if (!isObj(entry)) return;
    const byCountry = entry.country === undefined ? undefined : country(entry.country, ["hosting", i, "country"]);
    if (entry.region === undefined && entry.country === undefined) {
      report("schema/required", ["hosting", i], `hosting[${i}] needs a region or a country`);
      return;
    }
    if (typeof entry.region === "string") {
      const provider = typeof entry.provider === "string" ? entry.provider : undefined;
      const found = lookupRegion(entry.region, provider);
      if ("error" in found) {
        const at: PathSegment[] = found.error.startsWith("unknown provider") ? ["hosting", i, "provider"] : ["hosting", i, "region"];
        report("schema/region", at, `${formatPath(at)}: ${found.error}`);
      } else {
        f.provider = found.provider;
        if (byCountry && byCountry !== found.country) {
          report(
            "schema/region-country-mismatch",
            ["hosting", i, "country"],
            `hosting[${i}] says country ${byCountry} but region "${entry.region}" is in ${countryName(found.country)} (${found.country})`,
          );
        }
        f.country = found.country;
        return;
      }
    }
    if (byCountry) f.country = byCountry;
  });

  list(root.subprocessors).forEach((entry, i) => {
    const f: Facts["subprocessors"][number] = {};
    facts.subprocessors.push(f);
    if (!isObj(entry)) return;
    const c = country(entry.country, ["subprocessors", i, "country"]);
    if (c) f.country = c;
    const since = date(entry.since, ["subprocessors", i, "since"]);
    if (since !== undefined) f.since = since;
  });

  if (isObj(root.retention)) {
    for (const [category, value] of Object.entries(root.retention)) {
      const d = duration(value, ["retention", category]);
      if (d) facts.retention[category] = d;
    }
  }

  if (isObj(root.contract)) {
    for (const field of DURATION_FIELDS) {
      const d = duration(root.contract[field], ["contract", field]);
      if (d) facts.contract[field] = d;
    }
  }

  const holidaysOf = dpaId ? ctx.governingLaw(dpaId) : undefined;
  list(root.subprocessorChanges).forEach((entry, i) => {
    const f: ChangeFacts = {};
    facts.subprocessorChanges.push(f);
    if (!isObj(entry)) return;
    const notice = date(entry.noticeReceived, ["subprocessorChanges", i, "noticeReceived"]);
    const effective = date(entry.effective, ["subprocessorChanges", i, "effective"]);
    if (notice !== undefined) f.noticeReceived = notice;
    if (effective !== undefined) f.effective = effective;
    if (notice === undefined || effective === undefined) return;
    const days = effective - notice;
    const months = wholeMonthsBetween(notice, effective);
    f.elapsed = {
      hours: days * 24,
      days,
      working_days: days <= 0 ? 0 : workingDaysBetween(notice, effective, holidaysOf),
      months,
      years: Math.floor(months / 12),
    };
    if (holidaysOf) f.holidaysOf = holidaysOf;
  });

  return { facts, problems };
}
