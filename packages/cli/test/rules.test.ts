import { describe, expect, it } from "vitest";
import { readBundle } from "@dpa-lint/core";
import { runCli } from "./run-cli.js";

const catalogue = readBundle().catalogue;

describe("dpa-lint rules", () => {
  it("lists every rule of every pack with its severity, title and clause", () => {
    const r = runCli(["rules"]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    for (const rule of catalogue.rules) {
      const line = lines.find((l) => l.trimStart().startsWith(`${rule.id} `));
      expect(line, rule.id).toBeDefined();
      expect(line).toContain(rule.severity);
      expect(line).toContain(rule.title);
      if (rule.clause) expect(line).toContain(`[${rule.clause}]`);
    }
    for (const pack of catalogue.packs) expect(lines).toContain(lines.find((l) => l.startsWith(`${pack.id}  `)));
  });

  it("--dpa limits the list to one pack, --format json gives the catalogue", () => {
    const r = runCli(["rules", "--dpa", "septeo", "--format", "json"]);
    const json = JSON.parse(r.stdout) as { packs: Array<{ id: string; rules: Array<{ id: string }> }> };
    expect(json.packs.map((p) => p.id)).toEqual(["septeo"]);
    expect(json.packs[0]?.rules.every((rule) => rule.id.startsWith("septeo/"))).toBe(true);
  });

  it("an unknown pack is a usage error", () => {
    const r = runCli(["rules", "--dpa", "nope"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dpa-lint: no pack "nope" (known: easi, gdpr, geniebelt, infra, mintt, org, quicktalk, septeo); see --help\n');
  });
});

describe("dpa-lint explain", () => {
  it("shows the rationale, clause, quote with its English gloss, and both examples", () => {
    const r = runCli(["explain", "quicktalk/change-before-objection-window"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      "quicktalk/change-before-objection-window: Change takes effect before the objection window closes\nseverity: error\n",
    );
    expect(r.stdout).toContain(
      "Clause: 4.4 (L79)\nQuote: «binnen tien (10) werkdagen na ontvangst van de melding van Quicktalk»\nEnglish: within ten (10) working days after receipt of Quicktalk's notice\n",
    );
    expect(r.stdout).toContain("Compliant:\n    apiVersion: dpa-lint/v1");
    expect(r.stdout).toContain("Violating:\n    apiVersion: dpa-lint/v1");
  });

  it("shows no other pack's examples as if they were the rule's own, and says where they are", () => {
    const out = runCli(["explain", "mintt/change-before-objection-window"]).stdout;
    expect(out).toContain(
      "No example is written for the mintt pack. The rule's examples use the quicktalk pack's terms: dpa-lint explain quicktalk/change-before-objection-window",
    );
    expect(out).not.toContain("Violating:");
    expect(runCli(["explain", "quicktalk/change-before-objection-window"]).stdout).toContain("Violating:");
  });

  it("an unknown rule suggests the ones with that name", () => {
    const r = runCli(["explain", "acme/hosting-country"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'no rule "acme/hosting-country" (did you mean easi/hosting-country, geniebelt/hosting-country, mintt/hosting-country?)',
    );
  });
});

describe("the legal facts", () => {
  it("dpa-lint rules names the version and review date of the dated legal facts", () => {
    const text = runCli(["rules"]);
    expect(text.stdout.split("\n")[0]).toMatch(/^legal facts \d{4}\.\d{2}, reviewed \d{4}-\d{2}-\d{2} /);
    const json = JSON.parse(runCli(["rules", "--format", "json"]).stdout) as { legalFacts: { version: string; reviewed: string } };
    expect(json.legalFacts.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("dpa-lint terms", () => {
  it("shows a pack's terms with their citations, in text and JSON", () => {
    const text = runCli(["terms", "quicktalk"]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(
      "  objection window     10 working days\n      4.4 (L79): «binnen tien (10) werkdagen na ontvangst van de melding van Quicktalk»",
    );
    expect(text.stdout).toMatch(/^ {4}Slack +US +scc {2}\(also Slack Technologies\)$/m);
    const json = JSON.parse(runCli(["terms", "easi", "--format", "json"]).stdout) as {
      terms: { objectionWindow: { readings: unknown[] } };
    };
    expect(json.terms.objectionWindow.readings).toHaveLength(2);
  });

  it("an unknown pack is a usage error naming the known ones", () => {
    const r = runCli(["terms", "nope"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no DPA pack "nope" (known: easi, geniebelt, mintt, quicktalk, septeo)');
  });
});
