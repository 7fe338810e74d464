import { beforeAll, describe, expect, it } from "vitest";
import { Linter, type Finding } from "../src/index.js";
import { repoRoot } from "./helpers.js";

/** Regression tests for the hostile review's findings (gate-integrity issue), one block each. */
let linter: Linter;
beforeAll(async () => {
  linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22" });
});

const head = "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme}\n";
const lint = (text: string) => linter.lintText("vendors/acme.yaml", text);
const brief = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.line}:${f.column} ${f.ruleId}`);

describe("1. engine findings cannot be suppressed", () => {
  it("the one-comment bypass: a suppressed duplicate key no longer hides the document", () => {
    const text = "dpa: quicktalk\nhosting:\n  - region: us-east-1\ndpa: quicktalk # dpa-lint-disable-line parse-error -- importer quirk\n";
    const r = lint(text);
    expect(r.suppressed).toEqual([]);
    expect(brief(r.findings)).toEqual(["4:1 parse-error", "4:16 suppression/invalid"]);
    expect(r.findings[1]?.message).toMatch(/parse-error cannot be suppressed/);
  });

  it("nor can schema/* findings, by id or by wildcard", () => {
    for (const rule of ["schema/unknown-dpa", "schema/*", "suppression/unused"]) {
      const r = lint(`${head}dpa: nosuchpack # dpa-lint-disable-line ${rule} -- not ours\n`);
      expect(r.suppressed).toEqual([]);
      expect(r.findings.map((f) => f.ruleId)).toContain("schema/unknown-dpa");
      expect(r.findings.map((f) => f.ruleId)).toContain("suppression/invalid");
    }
  });

  it("a directive inside a quoted or block scalar is data, not a suppression", () => {
    const quoted = `${head}dpa: quicktalk\nsubprocessors:\n  - name: "Acme # dpa-lint-disable-next-line quicktalk/* -- x"\n    country: FR\n  - name: Other\n    country: FR\n`;
    expect(lint(quoted).suppressed).toEqual([]);
    const block = `${head}dpa: quicktalk\nnotes: |\n  # dpa-lint-disable-next-line quicktalk/* -- x\nsubprocessors:\n  - name: Other\n    country: FR\n`;
    expect(lint(block).suppressed).toEqual([]);
  });

  it("an expiry must be a real date; a malformed one makes the suppression invalid", () => {
    for (const until of ["9999-99-99", "2027-02-30", "tomorrow", "2027-1-5"]) {
      const r = lint(`${head}dpa: quicktalk\nsubprocessors:\n  # dpa-lint-disable-next-line quicktalk/subprocessor-not-listed -- DPO ok (until ${until})\n  - name: Acme Analytics\n    country: FR\n`);
      expect(r.suppressed, until).toEqual([]);
      expect(brief(r.findings), until).toEqual(["7:3 suppression/invalid", "8:11 quicktalk/subprocessor-not-listed"]);
    }
  });

  it("a bare dpa-lint-disable (whole file) is not a directive we honour", () => {
    const r = lint(`# dpa-lint-disable quicktalk/* -- all of it\n${head}dpa: quicktalk\nsubprocessors:\n  - name: Acme Analytics\n    country: FR\n`);
    expect(brief(r.findings)).toEqual(["1:1 suppression/invalid", "8:11 quicktalk/subprocessor-not-listed"]);
  });
});

describe("6. positions stay exact after syntax errors", () => {
  it("one finding at a syntax error that spans lines, and later documents keep their lines", () => {
    const text = `a: [1,\n 2] x\n  y\n---\n${head}dpa: mintt\nhosting:\n  - region: us-east-1\n`;
    const r = lint(text);
    const parse = r.findings.filter((f) => f.ruleId === "parse-error");
    expect(parse).toHaveLength(1);
    const transfer = r.findings.find((f) => f.ruleId === "gdpr/transfer-without-mechanism");
    const lines = text.split("\n");
    expect(transfer?.line).toBe(lines.indexOf("  - region: us-east-1") + 1);
  });

  it("every position lies inside the file", () => {
    for (const text of ["a: [1, 2", "\"abc", "a:\n  - b\n c: d\n   e", "{", "- [\n- ]]]]", "x: 'y\n\n\n"]) {
      const lines = text.split("\n");
      for (const f of lint(text).findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.line).toBeLessThanOrEqual(lines.length);
        expect(f.column).toBeLessThanOrEqual((lines[f.line - 1] ?? "").length + 1);
        expect(f.endLine).toBeLessThanOrEqual(lines.length);
        expect(f.endColumn).toBeLessThanOrEqual((lines[f.endLine - 1] ?? "").length + 1);
      }
    }
  });
});
