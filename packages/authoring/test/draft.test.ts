// dpa-lint policy draft: the DPA reader, judged against the hand-written built-in packs on the
// five DPAs they were drawn from (precision and recall per term), and on short texts in the four
// languages it reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { SHARED_DPAS, sharedDpas } from "../../../test/support/shared-dpas.js";
import { draftFromFile, foundTerms, quoteAppearsIn, type Draft } from "../src/index.js";
import { repoRoot } from "../../../test/support/repo-root.js";

const DPAS = SHARED_DPAS;
const PACKS = ["easi", "geniebelt", "mintt", "quicktalk", "septeo"];

interface Period {
  value: number;
  unit: string;
}
interface HandTerms {
  source: string;
  governingLaw: string | null;
  hosting: { allowed: string[] | null; declared: string[] | null };
  subprocessors: { listed: boolean; list: Array<{ name: string; aliases?: string[]; country: string | null }> };
  priorNotice: Period | null;
  objectionWindow: Period | null;
  breachNotification: Period | null;
  audit: { maxPerYear: number | null; uncapped?: true; notice: Period | null };
  retention: Array<{ max: Period }>;
  specialCategories: string[] | null;
  citations?: Record<string, unknown>;
}

/** The matching key of a company name (as lib/names.rego keys them). */
const SUFFIXES = new Set(
  "inc llc ltd limited plc corp corporation co company sa sas sasu sarl srl spa bv nv gmbh ag oy ab as ou oü se".split(" "),
);
const key = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[.,()&'"\-_/]/g, " ")
    .split(/\s+/)
    .filter((w) => w && !SUFFIXES.has(w))
    .join("");

const samePeriod = (a: Period | null | undefined, b: Period | null | undefined): boolean =>
  a === null || b === null ? a === b : !!a && !!b && a.value === b.value && a.unit === b.unit;

interface Score {
  right: number;
  found: number;
  expected: number;
  hit: number;
  wrong: string[];
  missed: string[];
}

/** Term by term: what the draft found and whether it equals the hand-written pack. */
function score(id: string, hand: HandTerms, d: Draft): Score {
  const s: Score = { right: 0, found: 0, expected: 0, hit: 0, wrong: [], missed: [] };
  const term = (name: string, stated: boolean, found: boolean, right: boolean): void => {
    if (stated) s.expected++;
    if (found) {
      s.found++;
      if (right) s.right++;
      else s.wrong.push(`${id}.${name}`);
    }
    if (stated && found && right) s.hit++;
    else if (stated) s.missed.push(`${id}.${name}`);
  };
  const t = d.terms;
  term("governingLaw", hand.governingLaw !== null, !!t.governingLaw, t.governingLaw?.value === hand.governingLaw);
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  term("hosting.allowed", hand.hosting.allowed !== null, !!t.hostingAllowed, same(t.hostingAllowed?.value, hand.hosting.allowed));
  term(
    "hosting.declared",
    hand.hosting.declared !== null,
    !!t.hostingDeclared,
    JSON.stringify(t.hostingDeclared?.value) === JSON.stringify(hand.hosting.declared),
  );
  for (const name of ["priorNotice", "objectionWindow", "breachNotification"] as const) {
    // A term the DPA states without a number counts when the pack cites it ("without undue delay").
    const stated = hand[name] !== null || (name === "breachNotification" && !!hand.citations?.[name]);
    term(name, stated, !!t[name], samePeriod(t[name]?.value, hand[name]));
  }
  term("audit.maxPerYear", hand.audit.maxPerYear !== null, !!t.auditMaxPerYear, t.auditMaxPerYear?.value === hand.audit.maxPerYear);
  term("audit.uncapped", hand.audit.uncapped === true, !!t.auditUncapped, hand.audit.uncapped === true);
  term("audit.notice", hand.audit.notice !== null, !!t.auditNotice, samePeriod(t.auditNotice?.value, hand.audit.notice));
  term("specialCategories", hand.specialCategories !== null, !!t.specialCategories, JSON.stringify(hand.specialCategories) === "[]");
  for (const e of hand.subprocessors.list) {
    const keys = new Set([e.name, ...(e.aliases ?? [])].map(key));
    const got = t.subprocessors.find((f) => keys.has(key(f.value.name)));
    term(`subprocessor ${e.name}`, true, !!got, got?.value.country === e.country);
  }
  for (const f of t.subprocessors) {
    const listed = hand.subprocessors.list.some((e) => [e.name, ...(e.aliases ?? [])].map(key).includes(key(f.value.name)));
    if (!listed) term(`subprocessor ${f.value.name}`, false, true, false);
  }
  const retained = hand.retention.map((r) => r.max);
  for (const r of t.retention)
    term(
      `retention ${r.category}`,
      false,
      true,
      retained.some((m) => samePeriod(m, r.value)),
    );
  for (const m of retained)
    term(
      `retention ${m.value} ${m.unit}`,
      true,
      t.retention.some((r) => samePeriod(r.value, m)),
      true,
    );
  return s;
}

describe("policy draft on the five DPAs of the built-in packs", () => {
  const drafts = new Map<string, { hand: HandTerms; draft: Draft; text: string }>();
  beforeAll(async () => {
    sharedDpas();
    for (const id of PACKS) {
      const hand = (parse(readFileSync(join(repoRoot, "policies", "dpa", id, "data.yaml"), "utf8")) as { terms: HandTerms }).terms;
      const file = join(DPAS, hand.source);
      drafts.set(id, { hand, draft: await draftFromFile(file, id), text: readFileSync(file, "utf8") });
    }
  });

  it("reaches 95% precision and 80% recall over the five, term by term against the hand-written packs", () => {
    const total = { right: 0, found: 0, expected: 0, hit: 0, wrong: [] as string[], missed: [] as string[] };
    for (const [id, { hand, draft }] of drafts) {
      const s = score(id, hand, draft);
      total.right += s.right;
      total.found += s.found;
      total.expected += s.expected;
      total.hit += s.hit;
      total.wrong.push(...s.wrong);
      total.missed.push(...s.missed);
    }
    const precision = total.right / total.found;
    const recall = total.hit / total.expected;
    const report = `precision ${(100 * precision).toFixed(1)}% (${total.right}/${total.found}), recall ${(100 * recall).toFixed(1)}% (${total.hit}/${total.expected}); wrong: ${total.wrong.join(", ") || "none"}; missed: ${total.missed.join(", ") || "none"}`;
    console.warn(`policy draft on the five DPAs: ${report}`);
    expect(precision, report).toBeGreaterThanOrEqual(0.95);
    expect(recall, report).toBeGreaterThanOrEqual(0.8);
  });

  it("finds all 25 listed sub-processors with the right country", () => {
    const listed: string[] = [];
    for (const [id, { hand, draft }] of drafts)
      for (const e of hand.subprocessors.list) {
        const keys = new Set([e.name, ...(e.aliases ?? [])].map(key));
        const got = draft.terms.subprocessors.find((f) => keys.has(key(f.value.name)));
        listed.push(`${id} ${e.name} ${got ? `${got.value.name} ${got.value.country}` : "MISSING"} (expected ${e.country})`);
        if (got) expect(got.value.country, `${id} ${e.name}`).toBe(e.country);
      }
    // The two Quicktalk hosting companies are named in Bijlage C, not in its table of sub-processors.
    const inTables = listed.filter((l) => !/^quicktalk (Telehouse|Equinix) /.test(l));
    expect(inTables.filter((l) => l.includes("MISSING"))).toEqual([]);
    expect(inTables).toHaveLength(25);
  });

  it("quotes every term verbatim from the DPA, with the line it is on", () => {
    for (const [id, { draft, text }] of drafts) {
      const lines = text.split("\n");
      const all = foundTerms(draft);
      expect(all.length, id).toBeGreaterThanOrEqual(3);
      for (const f of all) {
        expect(quoteAppearsIn(f.quote, text), `${id}: ${f.quote}`).toBe(true);
        expect(lines[f.line - 1]?.trim().length ?? 0, `${id} line ${f.line}`).toBeGreaterThan(0);
        expect(f.method, id).toMatch(/^(sentence pattern|table row|numbered list entry|bulleted list entry|the document.s first line)/);
      }
    }
  });

  it('records Easi\'s "fifteen/thirty days" as ambiguous with both readings, never a silent choice', () => {
    const w = drafts.get("easi")?.draft.terms.objectionWindow;
    expect(w?.readings).toEqual([
      { value: 15, unit: "days" },
      { value: 30, unit: "days" },
    ]);
    expect(w?.ambiguity).toMatch(/fifteen\/thirty days/);
  });
});
