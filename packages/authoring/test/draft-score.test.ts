// The draft reader's scorer (src/draft/score.ts) and the floor CI holds the reader to
// (npm run draft:score -- --check over the built-in DPAs and the corpus in draft-corpus/).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../../test/support/repo-root.js";
import { sharedDpas } from "../../../test/support/shared-dpas.js";
import { draftFromText, overall, scoreDraft, type Draft } from "../src/index.js";

const draftOf = (text: string): Draft => draftFromText({ name: "x.txt", format: "text", text }, "x");

describe("the scorer's matching rules", () => {
  const text = [
    "1. Sub-processors",
    "",
    "The Customer may object to a new sub-processor within 10 business days of the notice.",
    "",
    "2. Breaches",
    "",
    "The Processor shall notify the Controller of a personal data breach within 24 hours.",
    "",
    "3. Law",
    "",
    "This agreement is governed by Belgian law.",
  ].join("\n");

  it("counts a term right when value and unit agree, business and working days being one unit", () => {
    const score = scoreDraft(draftOf(text), {
      objectionWindow: { value: 10, unit: "working_days" },
      breachNotification: "24 hours",
      governingLaw: "BE",
    });
    expect([score.families.objectionWindow, score.families.breachNotification, score.families.governingLaw]).toEqual([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 1, fp: 0, fn: 0 },
      { tp: 1, fp: 0, fn: 0 },
    ]);
    expect(score.quotes).toEqual({ checked: 4, notFound: [] });
  });

  it("a wrong value is a false positive and a false negative; a number where the text has none a false positive", () => {
    const score = scoreDraft(draftOf(text), { objectionWindow: { value: 30, unit: "days" }, breachNotification: null, governingLaw: "FR" });
    expect(score.families.objectionWindow).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.families.breachNotification).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.families.governingLaw).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("an ambiguous term annotated with its readings is right when the draft gives one of them; a term left out is not scored", () => {
    const score = scoreDraft(draftOf(text), {
      objectionWindow: { value: 30, unit: "days", readings: [{ value: 10, unit: "working_days" }, "30 days"] },
    });
    expect(overall(score)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("a term not found where the annotation has one is missed; sub-processors match by name and country", () => {
    const list =
      "Annex 3 - List of sub-processors\n\n| Name | Location |\n|---|---|\n| Hetzner Online GmbH | Germany |\n| Mailjet SAS | France |\n";
    const score = scoreDraft(draftOf(list), {
      priorNotice: { value: 30, unit: "days" },
      subprocessors: {
        list: [
          { name: "Hetzner", country: "DE" },
          { name: "Mailjet", country: "BE" },
          { name: "Stripe", country: "US" },
        ],
      },
    });
    expect(score.families.priorNotice).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.families.subprocessors).toEqual({ tp: 1, fp: 1, fn: 2 });
  });
});

describe("npm run draft:score", () => {
  it("holds the reader to the floor on the built-in DPAs and both halves of the corpus, every quote verbatim", () => {
    sharedDpas();
    const run = spawnSync(process.execPath, [join(repoRoot, "scripts", "draft-score.mjs"), "--check"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    for (const set of ["builtin", "dev", "test"])
      expect(run.stdout).toMatch(new RegExp(`^${set}: \\d+ DPAs; quotes verbatim (\\d+)/\\1$`, "m"));
  }, 120_000);

  it("never prints the test half DPA by DPA", () => {
    const run = spawnSync(process.execPath, [join(repoRoot, "scripts", "draft-score.mjs"), "--set", "test", "--verbose"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/totals only/);
  });
});

describe("the round trip through PDF, Word and HTML (npm run draft:roundtrip)", () => {
  const roundtrip = (...args: string[]) =>
    spawnSync(process.execPath, [join(repoRoot, "scripts", "draft-roundtrip.mjs"), ...args], { encoding: "utf8" });

  /** Drafts one dev text both ways and expects it alike; the files go to `keep` when given. */
  const expectAlike = (format: string, id: string, flags: string[] = [], keep?: string): void => {
    const run = roundtrip("--format", format, ...flags, "--id", id, ...(keep ? ["--keep", keep] : []));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`1 of 1 dev texts draft alike from text and ${format}`));
  };

  it("drafts a dev text from its plain text and from a PDF, a Word file and a web page of it, alike", () => {
    for (const format of ["pdf", "docx", "html"]) expectAlike(format, "vetconnect-en");
  }, 120_000);

  it("draws a text's tables in the PDF as ruled cells, and keeps its files in a directory it makes", () => {
    // Gidsly's sub-processors: a table of six columns whose rows run over a page, one alone on its page.
    const keep = join(mkdtempSync(join(tmpdir(), "dpa-lint-roundtrip-test-")), "new", "dir");
    expectAlike("pdf", "gidsly-subprocessors-en", [], keep);
    expect(readFileSync(join(keep, "gidsly-subprocessors-en.txt"), "utf8")).toMatch(/^\| 12 \| Mollie B\.V\. \|/m);
    expect(readFileSync(join(keep, "gidsly-subprocessors-en.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);

  it("gives a Word file's clauses Word's own numbering when asked", () => {
    // PDFShift's "4.1 Appointment. Company authorises ...": a numbered list item once its number is Word's.
    const keep = mkdtempSync(join(tmpdir(), "dpa-lint-roundtrip-test-"));
    expectAlike("docx", "pdfshift-en", ["--numbered"], keep);
    expect(readFileSync(join(keep, "pdfshift-en.txt"), "utf8")).toMatch(/^4\.1 Appointment\. /m);
  }, 120_000);

  // Each PDF layout flag, with the texts whose defects it found.
  it.each([
    ["sets the paragraphs justified", "--justified", ["misterchameleon-nl"]], // a bullet's line of a few long words
    ["sets the headings at the text's own size", "--body-headings", ["cradl-en", "neuralcrm-es"]], // a short item last on its page
    ["ends the pages half way down", "--short-pages", ["derr-subencargados-es"]], // a row alone on its page
  ])(
    "%s in the PDF when asked (%s)",
    (_, flag, ids) => {
      for (const id of ids) expectAlike("pdf", id, [flag]);
    },
    120_000,
  );

  it("refuses another format, and reads no test-half text", () => {
    const bad = roundtrip("--format", "rtf");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format is pdf, docx or html/);
    expect(roundtrip("--id", "hetzner-en").stdout).toMatch(/0 of 0 dev texts/);
  });
});
