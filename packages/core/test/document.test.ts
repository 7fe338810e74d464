import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { LineCounter, Parser } from "yaml";
import { scanCst } from "../src/document/cst-scan.js";
import { parseSuppressions } from "../src/findings/suppressions.js";
import { Linter, PARSE_LIMITS, parseYamlText, SourceLines, type Finding, type SourceDocument } from "../src/index.js";
import { hclParser } from "../src/terraform/hcl.js";
import { readTerraformSource } from "../src/terraform/hcl-source.js";
import { aliasBomb, exampleFiles, repoRoot } from "./helpers.js";

/** Pins exact positions for each YAML construct and each error kind (issue 3). */
let linter: Linter;
beforeAll(async () => {
  linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22" });
});

const head = "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata:\n  name: acme\nvendor:\n  name: Acme\ndpa: mintt\n";
const lint = (text: string, file = "vendors/acme.yaml"): Finding[] => linter.lintText(file, text).findings;
const at = (f: Finding | undefined): [string, number, number, number, number] | undefined =>
  f && [f.ruleId, f.line, f.column, f.endLine, f.endColumn];

describe("positions of YAML constructs", () => {
  it("block style: the value of the field", () => {
    const [f] = lint(`${head}hosting:\n  - region: us-east-1\n`);
    expect(at(f)).toEqual(["gdpr/transfer-without-mechanism", 9, 13, 9, 22]);
    expect(f?.path).toEqual(["hosting", 0, "region"]);
  });

  it("flow style", () => {
    const [f] = lint(`${head}hosting: [{country: FR}, {region: us-east-1, provider: aws}]\n`);
    expect(at(f)).toEqual(["gdpr/transfer-without-mechanism", 8, 35, 8, 44]);
  });

  it("an alias reports its use site, not the anchor", () => {
    const text = `${head}subprocessors:\n  - &slack {name: Slack, country: US}\n  - *slack\n`;
    const transfers = lint(text).filter((f) => f.ruleId.startsWith("gdpr/"));
    expect(transfers.map((f) => [...(at(f) ?? []), f.path.join(".")])).toEqual([
      ["gdpr/transfer-without-mechanism", 9, 35, 9, 37, "subprocessors.0.country"],
      ["gdpr/transfer-without-mechanism", 10, 5, 10, 11, "subprocessors.1.country"],
    ]);
  });

  it("an alias with no anchor is a parse error at the alias", () => {
    expect(lint(`${head}hosting:\n  - *us\n`).map(at)).toEqual([["parse-error", 9, 5, 9, 8]]);
  });

  it("merge keys are applied; a merged field is reported at the << value", () => {
    const override = `${head}hosting:\n  - &base {region: eu-west-3, provider: aws}\n  - <<: *base\n    region: us-east-1\n  - <<: *base\n`;
    expect(lint(override).map(at)).toEqual([["gdpr/transfer-without-mechanism", 11, 13, 11, 22]]);
    const merged = `${head}hosting:\n  - &us {region: us-east-1}\n  - <<: *us\n    purpose: backups\n`;
    expect(lint(merged).map(at)).toEqual([
      ["gdpr/transfer-without-mechanism", 9, 18, 9, 27],
      ["gdpr/transfer-without-mechanism", 10, 9, 10, 12],
    ]);
  });

  it("comments do not move positions", () => {
    const [f] = lint(`# header comment\n${head}hosting: # where\n  # the US region\n  - region: us-east-1 # backups\n`);
    expect(at(f)).toEqual(["gdpr/transfer-without-mechanism", 11, 13, 11, 22]);
  });

  it("CRLF line endings", () => {
    const [f] = lint(`${head}hosting:\n  - region: us-east-1\n`.replace(/\n/g, "\r\n"));
    expect(at(f)).toEqual(["gdpr/transfer-without-mechanism", 9, 13, 9, 22]);
  });

  it("a BOM does not shift line 1", () => {
    const [f] = lint(`\uFEFFapiVersion: v0\nkind: VendorSetup\nmetadata: {name: a}\nvendor: {name: A}\ndpa: mintt\n`);
    expect(at(f)).toEqual(["schema/enum", 1, 13, 1, 15]);
  });

  it("several documents: each is a vendor setup, findings carry the document index", () => {
    const findings = lint(`${head}---\n${head.replace("acme", "acme-2")}hosting:\n  - region: us-east-1\n`);
    expect(findings.map((f) => [f.line, f.document])).toEqual([[17, 1]]);
    // Two documents of one name in one file: the second is a duplicate, as in a whole-repository run.
    const twice = lint(`${head}---\n${head}`);
    expect(twice.map((f) => [f.ruleId, f.line, f.document])).toEqual([["schema/duplicate-name", 12, 1]]);
  });

  it("JSON files with the same structure", () => {
    const json = JSON.stringify(
      {
        apiVersion: "dpa-lint/v1",
        kind: "VendorSetup",
        metadata: { name: "a" },
        vendor: { name: "A" },
        dpa: "mintt",
        hosting: [{ region: "us-east-1" }],
      },
      null,
      2,
    );
    const [f] = lint(json, "vendors/a.json");
    expect(at(f)).toEqual(["gdpr/transfer-without-mechanism", 13, 17, 13, 28]);
  });
});

describe("YAML 1.1 documents", () => {
  it("keep dates as dates and yes/no as strings: the 1.2 core schema applies", () => {
    const text = `%YAML 1.1\n---\n${head}subprocessorChanges:\n  - {subprocessor: Ecritel, change: remove, noticeReceived: 2026-11-02, effective: 2026-11-30}\nsubprocessors:\n  - {name: Ecritel, country: FR, dpfCertified: yes}\n`;
    expect(lint(text).map(at)).toEqual([["schema/type", 13, 48, 13, 51]]);
  });
});

describe("parse errors are findings at their position", () => {
  it("a syntax error", () => {
    const findings = lint(`${head}hosting: [unclosed\n`);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId === "parse-error")).toBe(true);
    expect(findings[0]?.line).toBeGreaterThanOrEqual(8);
  });

  it("a duplicate key", () => {
    expect(lint(`${head}dpa: septeo\n`).map((f) => [...(at(f) ?? []), f.message])).toEqual([
      ["parse-error", 8, 1, 8, 4, 'duplicate key "dpa": a key may appear once in a mapping'],
    ]);
  });

  it("an alias bomb is stopped", () => {
    const findings = lint(aliasBomb());
    expect(findings.map((f) => f.ruleId)).toEqual(["parse-error"]);
    expect(findings[0]?.message).toMatch(/alias/);
  });

  it("very deep nesting", () => {
    const deep = `${"[".repeat(100)}${"]".repeat(100)}`;
    const findings = lint(`${head}hosting: ${deep}\n`);
    expect(findings.map((f) => f.ruleId)).toContain("parse-error");
  });

  it("a huge file is refused before parsing", () => {
    const findings = lint(`${head}# ${"x".repeat(PARSE_LIMITS.maxBytes)}\n`);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([["parse-error", 1]]);
  });

  it("a binary file", () => {
    const findings = lint("\u0000\u0001\u0002PNG");
    expect(findings.map((f) => f.message)).toEqual(["file is binary (it contains a NUL byte), not YAML or JSON"]);
  });

  it("an empty file is not a silent pass", () => {
    expect(lint("# nothing here\n").map((f) => f.ruleId)).toEqual(["schema/empty"]);
  });
});

describe("the value count taken before composing", () => {
  it("never exceeds the count of the composed document, on every example and on aliases, merges, nulls and complex keys", () => {
    const texts = [
      ...exampleFiles().map((f) => readFileSync(join(repoRoot, f), "utf8")),
      "a: &x {b: 1, c: [1, 2]}\nd: *x\ne:\n  <<: *x\n  f:\n? [k1, k2, k3]\n: v\ng: [h: 1, i]\n---\n- |\n  text\n- 'q'\n- \"d\"\n",
    ];
    for (const text of texts) {
      const parsed = parseYamlText("x.yaml", text);
      const bounds = scanCst(Array.from(new Parser().parse(text)), 64).documents.map((d) => d.values);
      const exact = parsed.documents.map((d) => d.values);
      expect(bounds.length, text.slice(0, 40)).toBe(exact.length);
      bounds.forEach((b, i) => expect(b, text.slice(0, 40)).toBeLessThanOrEqual(exact[i] ?? 0));
      expect(bounds.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
  });
});

describe("the format-neutral document (SourceDocument)", () => {
  it("maps offsets to lines as yaml's LineCounter did, on any text (CRLF, empty lines, no final newline)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", " ", "\n", "\r\n", "#")), fc.nat(), (parts, n) => {
        const text = parts.join("");
        const lines = new SourceLines(text);
        const counter = new LineCounter();
        counter.addNewLine(0);
        for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) counter.addNewLine(i + 1);
        const offset = n % (text.length + 1);
        expect(lines.linePos(offset)).toEqual(counter.linePos(offset));
      }),
    );
  });

  it("gives each YAML document its positions, its path under an offset and its range", () => {
    const text = `${head}hosting:\n  - region: eu-west-3\n---\n${head}`;
    const source = parseYamlText("x.yaml", text);
    const [first, second] = source.documents;
    expect(first?.position(["hosting", 0, "region"])).toEqual({ line: 9, column: 13, endLine: 9, endColumn: 22 });
    expect(first?.position(["hosting", 0, "region"], true)).toEqual({ line: 9, column: 5, endLine: 9, endColumn: 11 });
    // An absent path is reported on its closest parent's first line.
    expect(first?.position(["hosting", 0, "provider"])).toEqual({ line: 9, column: 5, endLine: 9, endColumn: 22 });
    expect(first?.pathAt(text.indexOf("eu-west-3")).path).toEqual(["hosting", 0, "region"]);
    expect(second?.index).toBe(1);
    const [start, end] = second?.range ?? [0, 0];
    expect([text.slice(start, end).includes("apiVersion"), text.slice(start, end).includes("eu-west-3")]).toEqual([true, false]);
  });

  it("reads suppressions and parse problems the same way from a second format (Terraform)", async () => {
    const parser = await hclParser();
    const hcl = 'provider "aws" {\n  # dpa-lint-disable-next-line infra/* -- staging only\n  region = "us-east-1"\n}\n';
    const yaml = `${head}hosting:\n  # dpa-lint-disable-next-line infra/* -- staging only\n  - region: us-east-1\n`;
    const documents: SourceDocument[] = [readTerraformSource(parser, "main.tf", hcl, false).source, parseYamlText("x.yaml", yaml)];
    const read = documents.map((d) => parseSuppressions(d).map((s) => [s.rules, s.reason, s.target - s.line]));
    expect(read[0]).toEqual([[["infra/*"], "staging only", 1]]);
    expect(read[1]).toEqual(read[0]);
    const broken = readTerraformSource(parser, "main.tf", 'provider "aws" {\n  region = \n', false).source;
    expect(broken.problems.map((p) => [p.ruleId, p.line])).toEqual([["parse-error", 1]]);
    expect(broken.documents).toEqual([]);
  });
});
