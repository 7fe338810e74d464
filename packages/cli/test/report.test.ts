// dpa-lint report: the record of processing (Art. 30) and the contract calendar, as a DPO gets
// them from the examples: golden files for every format, the sources of the cells, MISSING never
// guessed, --as-of, hostile text made inert, and the ICS read back by a real iCalendar parser.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

const FIXTURES = join(repoRoot, "packages", "cli", "test", "fixtures", "reports");
const INPUTS = ["examples/reports", "examples/quicktalk/compliant.yaml"];
const golden = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");

/** The calendar as ical.js reads it (its parse result is jCal, an untyped array). */
function parseIcs(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

describe("report ropa", () => {
  it.each(["md", "csv", "json", "html"])("gives the golden record as %s, the MISSING cells as info findings on stderr", (format) => {
    const r = runCli(["report", "ropa", ...INPUTS, "--as-of", "2026-12-04", "-f", format]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(golden(`ropa.${format}`));
    expect(r.stderr.trim().split("\n")).toEqual([
      "examples/quicktalk/compliant.yaml:5:1  info  the record of processing (Art. 30) has no purposes for quicktalk-telephony: add metadata.description (or processing.purposes)  org/ropa-incomplete",
      "examples/quicktalk/compliant.yaml:13:1  info  the record of processing (Art. 30) has no security measures for quicktalk-telephony: add processing.securityMeasures  org/ropa-incomplete",
    ]);
  });

  it("traces every filled cell to the line that holds its value, and counts each MISSING cell once", () => {
    const ropa = JSON.parse(runCli(["report", "ropa", ...INPUTS, "--as-of", "2026-12-04", "-f", "json"]).stdout) as {
      controller: Array<Record<string, { text: string; source?: { file: string; line: number } }>>;
      findings: unknown[];
    };
    const lines = readFileSync(join(repoRoot, "examples", "reports", "telephony.yaml"), "utf8").split("\n");
    const row = ropa.controller.find((r) => r.activity?.text === "support-telephony");
    expect(lines[(row?.purposes?.source?.line ?? 0) - 1]).toContain("purposes: [answering customer calls");
    expect(lines[(row?.security?.source?.line ?? 0) - 1]).toContain("securityMeasures:");
    expect(lines[(row?.retention?.source?.line ?? 0) - 1]).toContain("call-logs: 12 months");
    const missing = ropa.controller.flatMap((r) => Object.values(r)).filter((c) => c.text === "MISSING");
    expect(missing).toHaveLength(ropa.findings.length);
  });

  it("lists a transfer by the EEA of the day judged: the United Kingdom before and after it left", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-ropa-"));
    writeFileSync(
      join(dir, "uk.yaml"),
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: uk-support}\nvendor: {name: Acme}\ndpa: quicktalk\nsubprocessors:\n  - {name: Colt, country: GB, transferMechanism: adequacy}\n",
    );
    const on = (day: string) =>
      (
        JSON.parse(runCli(["report", "ropa", "uk.yaml", "--as-of", day, "-f", "json"], { cwd: dir }).stdout) as {
          controller: Array<{ transfers: { text: string } }>;
        }
      ).controller[0]?.transfers.text;
    expect(on("2020-06-01")).toBe("none outside the EEA");
    expect(on("2026-12-04")).toBe("Colt in GB: adequacy");
  });

  it("names the clauses and the transfer impact assessment a transfer relies on (format 1.1)", () => {
    const ropa = JSON.parse(runCli(["report", "ropa", "examples/gdpr/transfers-format-1-1.yaml", "-f", "json"]).stdout) as {
      controller: Array<{ transfers: { text: string } }>;
    };
    expect(ropa.controller[0]?.transfers.text).toBe(
      "Vonage in US: scc 2010/87, transfer impact assessment TIA-2021-07; Slack in US: scc 2021/914 module 3, transfer impact assessment TIA-2025-02",
    );
  });

  it("makes a vendor file's text inert: no formula in the CSV, no markup in HTML or Markdown", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-ropa-hostile-"));
    writeFileSync(
      join(dir, "x.yaml"),
      'apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata:\n  name: x\n  description: "=HYPERLINK(\\"http://evil.test\\",\\"x\\")<script>alert(1)</script>|**b**"\nvendor: {name: X}\ndpa: quicktalk\n',
    );
    const csv = runCli(["report", "ropa", "x.yaml", "-f", "csv"], { cwd: dir }).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test""`);
    const html = runCli(["report", "ropa", "x.yaml", "-f", "html"], { cwd: dir }).stdout;
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    const md = runCli(["report", "ropa", "x.yaml", "-f", "md"], { cwd: dir }).stdout;
    expect(md).not.toContain("<script>");
    expect(md).toContain("\\|\\*\\*b\\*\\*");
  });

  it("says what it cannot do in one line, exit 2", () => {
    const kind = runCli(["report", "ropa2"]);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toBe('dpa-lint: report needs ropa or calendar, not "ropa2"; see --help\n');
    const format = runCli(["report", "ropa", "-f", "xlsx"]);
    expect(format.status).toBe(2);
    expect(format.stderr).toBe('dpa-lint: report ropa --format must be one of md, csv, json, html, not "xlsx"; see --help\n');
  });
});

describe("report calendar", () => {
  const CAL_INPUTS = [...INPUTS, "examples/quicktalk/changes.yaml"];

  it("gives the golden ICS, which a real iCalendar parser reads back event by event", () => {
    const r = runCli(["report", "calendar", ...CAL_INPUTS, "--as-of", "2026-12-04"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(golden("calendar.ics"));
    const calendar = parseIcs(r.stdout);
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const byTitle = new Map(events.map((e) => [e.summary, e.startDate.toString()]));
    // Quicktalk's 10 working days from the notice of 2026-11-02 skip 11 November (FR): the last day
    // to object is the 17th, as the rule counts (examples/quicktalk/changes.yaml's finding).
    expect(byTitle.get("Last day to object to Deeptranscript (Quicktalk)")).toBe("2026-11-17");
    expect(byTitle.get("Last day to object to the replacement by Vonage (Quicktalk)")).toBe("2026-11-17");
    expect(byTitle.get("DPA with Quicktalk renews")).toBe("2027-03-01");
    // 60 days before the audit of 15 February 2027.
    expect(byTitle.get("Last day to announce the audit of Quicktalk")).toBe("2026-12-17");
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("keeps each event's id when other files or other events change, so a re-import updates it", () => {
    const uids = (paths: string[]) =>
      new Map(
        parseIcs(runCli(["report", "calendar", ...paths, "--as-of", "2026-12-04"]).stdout)
          .getAllSubcomponents("vevent")
          .map((v) => new ICAL.Event(v))
          .map((e) => [e.summary, e.uid]),
      );
    const alone = uids(["examples/reports"]);
    const together = uids(CAL_INPUTS);
    for (const [summary, uid] of alone) expect(together.get(summary), summary).toBe(uid);
  });
});
