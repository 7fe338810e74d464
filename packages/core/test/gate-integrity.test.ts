import { beforeAll, describe, expect, it } from "vitest";
import { expectLinear as expectLinearCost } from "../../../test/support/linearity.js";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { applyRuleSettings, defaultConfig, FORMATTERS, Linter, parseConfig, type Finding, type RuleSettings } from "../src/index.js";
import { aliasBomb, repoRoot } from "./helpers.js";

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
      const r = lint(
        `${head}dpa: quicktalk\nsubprocessors:\n  # dpa-lint-disable-next-line quicktalk/subprocessor-not-listed -- DPO ok (until ${until})\n  - name: Acme Analytics\n    country: FR\n`,
      );
      expect(r.suppressed, until).toEqual([]);
      expect(brief(r.findings), until).toEqual(["7:3 suppression/invalid", "8:11 quicktalk/subprocessor-not-listed"]);
    }
  });

  it("a bare dpa-lint-disable (whole file) is not a directive we honour", () => {
    const r = lint(
      `# dpa-lint-disable quicktalk/* -- all of it\n${head}dpa: quicktalk\nsubprocessors:\n  - name: Acme Analytics\n    country: FR\n`,
    );
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
    for (const text of ["a: [1, 2", '"abc', "a:\n  - b\n c: d\n   e", "{", "- [\n- ]]]]", "x: 'y\n\n\n"]) {
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

/** Cost grows at most ~linearly (test/support/linearity.ts has the margins). */
function expectLinear(make: (n: number) => string, n: number): void {
  expectLinearCost(lint, make, n);
}

describe("3. every algorithm is linear and every resource bounded", () => {
  it("aliases resolve in linear time", () => {
    expectLinear(
      (n) =>
        `x:\n${Array.from({ length: n }, (_, i) => `  a${i}: &a${i} v\n`).join("")}y:\n${Array.from({ length: n }, (_, i) => `  - *a${i}\n`).join("")}`,
      1000,
    );
  });

  it("duplicate keys are found in linear time, each at its key", () => {
    expectLinear((n) => `retention:\n${Array.from({ length: n }, (_, i) => `  k${i}: 1 year\n`).join("")}`, 2500);
    const r = lint(`${head}dpa: mintt\nretention:\n  a: 1 year\n  b: 1 year\n  a: 2 years\n`);
    expect(brief(r.findings)).toEqual(["9:3 parse-error"]);
  });

  it("an alias bomb is stopped by the expanded size, not by the alias count", () => {
    expect(lint(aliasBomb()).findings.map((f) => f.message)).toEqual([expect.stringMatching(/alias bomb/)]);
    // 300 merges of a shared block are ordinary YAML, not an attack.
    const merges = `${head}dpa: mintt\nx: &d {country: FR}\nsubprocessors:\n${Array.from({ length: 300 }, (_, i) => `  - {<<: *d, name: S${i}}\n`).join("")}`;
    expect(lint(merges).findings.map((f) => f.ruleId)).not.toContain("parse-error");
  });

  it("an alias inside the node it names is a cycle, reported once", () => {
    expect(lint("a: &a [1, *a]\n").findings.map((f) => f.message)).toEqual([expect.stringMatching(/cycle/)]);
  });

  it("a document too large to evaluate gets a finding, and the file's other documents are still linted", () => {
    const subs = Array.from({ length: 3000 }, (_, i) => `  - {name: Sub${i}, country: US}\n`).join("");
    const text = `${head}dpa: quicktalk\nsubprocessors:\n${subs}---\n${head.replace("acme", "acme2")}dpa: mintt\nhosting:\n  - region: us-east-1\n`;
    const r = lint(text);
    expect(r.findings.map((f) => f.ruleId)).toEqual(["parse-error", "gdpr/transfer-without-mechanism"]);
    expect(r.findings[0]?.message).toMatch(/holds at least 9,\d{3} values and is not evaluated/);
  });

  it("nesting beyond the limit is one finding, whatever the thread's stack", () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    expect(lint(deep).findings.map((f) => f.message)).toEqual(["nesting deeper than 64 levels"]);
    const block = Array.from({ length: 100 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n");
    expect(lint(block).findings.map((f) => f.message)).toEqual(["nesting deeper than 64 levels"]);
  });

  it("the policies' cost grows linearly with the sub-processors, each one unlisted (three findings apiece)", () => {
    // Matching each sub-processor against every entry of the DPA's list made this superlinear.
    expectLinear(
      (n) =>
        `${head}dpa: quicktalk\nhosting:\n  - country: NL\nsubprocessors:\n${Array.from({ length: n }, (_, i) => `  - {name: Unlisted ${i}, country: US, purpose: p}\n`).join("")}`,
      // 8x this stays under the per-document value budget: the policies run at both sizes.
      60,
    );
  });

  it("a document far over the budget is not composed; its suppressions are not judged unused", () => {
    const lines = Array.from({ length: 3000 }, () => "  - country: US # dpa-lint-disable-line quicktalk/hosting-country -- why\n").join("");
    const r = lint(
      `${head}dpa: quicktalk\nhosting:\n${lines}---\n${head}dpa: mintt\nhosting:\n  - region: us-east-1 # dpa-lint-disable-line mintt/hosting-region -- unused\n`,
    );
    expect(brief(r.findings)).toEqual(["1:1 parse-error", "3014:13 gdpr/transfer-without-mechanism", "3014:23 suppression/unused"]);
    expect(r.findings[0]?.message).toMatch(/^this document holds at least 6,0\d\d values and is not evaluated/);
  });

  it("every output format writes one file's findings in time linear in their number; 150,000 of them do not overflow the default format's stack", () => {
    // A Terraform file of 20,000 resources gives 20,000 findings. stylish (the default) and
    // checkstyle grouped them by copying the file's list for each finding (quadratic: 60 s), and
    // stylish took its column width as Math.max(...widths) (a stack overflow past ~120,000).
    const findings = new Map<string, Finding[]>();
    const make = (n: number): string => {
      findings.set(
        String(n),
        Array.from({ length: n }, (_, i) => ({
          file: "infra/main.tf",
          line: 1 + i,
          column: 3,
          endLine: 1 + i,
          endColumn: 9,
          severity: "error" as const,
          ruleId: "gdpr/transfer-without-mechanism",
          message: `aws_s3_bucket.b${i} is placed in US`,
          path: [],
        })),
      );
      return String(n);
    };
    const resultOf = (key: string) => {
      const results = findings.get(key) ?? [];
      return {
        files: ["infra/main.tf"],
        results,
        suppressed: [],
        summary: { files: 1, errors: results.length, warnings: 0, infos: 0, suppressed: 0 },
      };
    };
    const context = { color: false, rules: [], toolVersion: "test" };
    for (const [name, formatter] of Object.entries(FORMATTERS))
      expectLinearCost((key) => formatter.format(resultOf(key), context), make, 2000, name);
    expect(FORMATTERS.stylish.format(resultOf(make(150_000)), context)).toContain("b149999");
  });

  it("rule settings apply in time linear in the findings and the overrides", () => {
    // Every override's globs were matched again for each finding, and compiled again for each
    // file: findings times overrides.
    const runs = new Map<string, Finding[]>();
    const make = (n: number): string => {
      const findings = Array.from({ length: n }, (_, i) => ({
        file: "infra/main.tf",
        line: 1 + i,
        column: 1,
        severity: "error" as const,
        ruleId: `gdpr/rule-${i % 7}`,
        message: "m",
        path: [],
      }));
      runs.set(String(n), findings);
      return String(n);
    };
    // Each run's globs are new (as a new run's are): V8 keeps compiled patterns by their source, and
    // globs seen before let the smaller input's runs skip that work where the larger's, too many
    // to keep, do not (linear work measured 41x on a loaded machine).
    let run = 0;
    const apply = (key: string): Finding[] => {
      const findings = runs.get(key) as Finding[];
      run++;
      const overrides = findings.map((_, i) => ({
        files: [`infra/**/*-${i}-${run}.tf`, "infra/*.tf"],
        rules: { [`gdpr/rule-${i % 7}`]: "warning" as const },
      }));
      return applyRuleSettings(findings, { rules: {}, overrides } satisfies RuleSettings, (f) => f);
    };
    expect(apply(make(3)).map((f) => f.severity)).toEqual(["warning", "warning", "warning"]);
    // 600 (4,800 in the larger input): at 150 the smaller run took a millisecond or two, too
    // short to measure on a loaded machine.
    expectLinearCost(apply, make, 600, "overrides");
  });

  it("working days to 9999-12-31 are counted at once", () => {
    const changes = Array.from(
      { length: 20 },
      (_, i) => `  - {subprocessor: X${i}, change: add, noticeReceived: 2026-11-02, effective: 9999-12-31}\n`,
    ).join("");
    const t0 = performance.now();
    lint(`${head}dpa: quicktalk\nsubprocessorChanges:\n${changes}`);
    // Day by day this took 102 s; arithmetic with at most ten years of holidays is milliseconds.
    // A generous bound so that a loaded machine cannot fail it.
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("4. one bad number never fails the run", () => {
  it("an integer of 2^31 or more is a schema finding at the field, not an evaluation failure", () => {
    const r = lint(`${head}dpa: quicktalk\ncontract:\n  auditsPerYear: 2147483648\n`);
    expect(brief(r.findings)).toEqual(["7:18 schema/number-range"]);
    expect(lint(`${head}dpa: quicktalk\nx: .inf\n`).findings.map((f) => f.ruleId)).toContain("schema/number-range");
  });

  it("a duration beyond a million units is a schema/duration finding", () => {
    const r = lint(`${head}dpa: quicktalk\ncontract:\n  auditNotice: 4294967295 days\n`);
    expect(brief(r.findings)).toEqual(["7:16 schema/duration"]);
  });

  it("a fractional count is a schema finding and the policies do not judge it floored", () => {
    const r = lint(`${head}dpa: quicktalk\ncontract:\n  auditsPerYear: 1.5\n`);
    expect(brief(r.findings)).toEqual(["7:18 schema/type"]);
  });

  it("130,000 list items do not overflow the stack", () => {
    const r = lint(`${head}dpa: mintt\nprocessing:\n  dataCategories: [${Array.from({ length: 130_000 }, () => "c").join(", ")}]\n`);
    expect(r.findings.map((f) => f.ruleId)).toEqual(["parse-error"]);
  });
});

describe("10. smaller holes", () => {
  const context = { color: false, rules: [], toolVersion: "test" };
  const resultOf = (text: string) => {
    const r = lint(text);
    return {
      files: [r.file],
      results: r.findings,
      suppressed: r.suppressed,
      summary: { files: 1, errors: r.findings.length, warnings: 0, infos: 0, suppressed: 0 },
    };
  };
  const hostile = `${head}dpa: quicktalk\nsubprocessors:\n  - name: "Evil\\u001b[2K\\u001b[1Ahidden\\ufffe"\n    country: FR\n`;

  it("ANSI escapes from vendor files never reach the terminal or the Markdown summary", () => {
    const result = resultOf(hostile);
    expect(result.results.map((f) => f.ruleId)).toContain("quicktalk/subprocessor-not-listed");
    for (const name of ["stylish", "markdown"]) {
      const out = FORMATTERS[name]?.format(result, context) ?? "";
      expect(out, name).not.toContain("\u001b");
      // Markdown escapes the backslash and the bracket too: it renders as the same text.
      expect(out, name).toContain(name === "markdown" ? "\\\\u{1b}\\[2K" : "\\u{1b}[2K");
    }
  });

  it("a line break in a value never starts a workflow command in any terminal format; ESC and bidi controls are shown, not sent", () => {
    const text = `${head}dpa: quicktalk\nsubprocessors:\n  - name: "Evil\\n::add-mask::secret\\r\\n::error file=x::pwned\\u202Egnp.exe\\u001b[31m\\tx"\n    country: FR\n`;
    const result = resultOf(text);
    expect(result.results.map((f) => f.message).join("")).toContain("\n::add-mask::");
    for (const name of ["stylish", "compact", "github", "markdown"]) {
      const out = FORMATTERS[name]?.format(result, context) ?? "";
      const commands = out.split("\n").filter((line) => line.startsWith("::"));
      expect(commands, name).toHaveLength(name === "github" ? result.results.length : 0);
      // eslint-disable-next-line no-control-regex -- the control characters are what is tested
      expect(out, name).not.toMatch(/[\u001b\u202e\r\t]/);
      expect(out, name).not.toMatch(/\n::(add-mask|error file=x)/);
    }
    expect(FORMATTERS.stylish?.format(result, context)).toContain(
      "Evil\\u{a}::add-mask::secret\\u{d}\\u{a}::error file=x::pwned\\u{202e}gnp.exe\\u{1b}[31m\\u{9}x",
    );
  });

  it("Markdown renders whatever a file name, a message or a reason holds as those characters: no link, image, HTML, mention or broken cell", () => {
    const nasty =
      "a`b` ![img](https://evil.example/x.png) [link](https://evil.example) <b>bold</b> @octocat www.evil.example https://evil.example &amp; *em* ~~s~~ | c \\ d";
    const finding: Finding = {
      file: `vendors/${nasty}.yaml`,
      line: 3,
      column: 5,
      severity: "error",
      ruleId: "r/x",
      message: nasty,
      clause: nasty,
      path: [],
    };
    const suppressed = { ...finding, suppression: { kind: "inline" as const, reason: nasty } };
    const result = {
      files: [finding.file],
      results: [finding],
      suppressed: [suppressed],
      summary: { files: 1, errors: 1, warnings: 0, infos: 0, suppressed: 1 },
    };
    const out = FORMATTERS.markdown?.format(result, context) ?? "";
    const html = micromark(out, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
    expect(html).not.toMatch(/<a |<img |<b>|<del>|<em>/);
    // Each table row keeps its cells: 5 in the findings table, 4 in the suppressed one.
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1]?.match(/<td>/g) ?? []).length).filter((n) => n > 0);
    expect(rows).toEqual([5, 4]);
    // What is read is what the file said (the zero-width spaces that stop mentions aside).
    const decoded = html
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/\u200b/g, "");
    expect(decoded).toContain(`vendors/${nasty}.yaml:3:5`);
    expect(decoded.split(nasty).length - 1).toBeGreaterThanOrEqual(4);
  });

  it("JUnit stays well-formed XML with U+FFFE and lone surrogates in a message", () => {
    const out = FORMATTERS.junit?.format(resultOf(hostile), context) ?? "";
    expect(out).not.toMatch(/[\uFFFE\uFFFF]/);
    expect(() => {
      new XMLParser().parse(out);
    }).not.toThrow();
    expect(XMLValidator.validate(out)).toBe(true);
  });

  it("yaml prints no warning of its own on stderr (collection keys)", () => {
    const warnings: string[] = [];
    const listener = (w: Error): void => void warnings.push(w.message);
    process.on("warning", listener);
    lint(`${head}dpa: quicktalk\n? [a, b]\n: c\n`);
    process.off("warning", listener);
    expect(warnings).toEqual([]);
  });

  it("an unknown rule id in the configuration is an error with a did-you-mean", async () => {
    const config = {
      ...defaultConfig(repoRoot),
      file: "/x/.dpa-lint.yaml",
      rules: { "quicktalk/subprocesor-not-listed": "off" as const },
      overrides: [{ files: ["a"], rules: { "mintt/*": "warning" as const, "nopack/*": "off" as const } }],
    };
    await expect(Linter.create({ cwd: repoRoot, config })).rejects.toThrow(
      'rules: no rule "quicktalk/subprocesor-not-listed" is loaded (did you mean quicktalk/subprocessor-not-listed?); overrides[0].rules: no rule "nopack/*" is loaded; run dpa-lint rules',
    );
  });

  it("configuration errors are one line", () => {
    expect(() => parseConfig("include: 3\nrules: {a/b: loud}\n", "c.yaml", repoRoot)).toThrow(/^[^\n]+$/);
  });
});

describe("3b. files that cannot be within the value budget are refused before the parser runs", () => {
  it("a 1.2 MB flow list of 150,000 items is one parse-error at the file's start, not seconds of lexing", () => {
    const items = Array.from({ length: 150_000 }, (_, i) => `a${i}`).join(", ");
    const r = lint(`${head}dpa: mintt\nprocessing:\n  dataCategories: [${items}]\n`);
    expect(brief(r.findings)).toEqual(["1:1 parse-error"]);
    expect(r.findings[0]?.message).toMatch(/^file holds more than 50,000 commas and line breaks/);
  });

  it("a file under the bound is parsed as before", () => {
    const items = Array.from({ length: 3_000 }, (_, i) => `a${i}`).join(", ");
    const r = lint(`${head}dpa: mintt\nprocessing:\n  dataCategories: [${items}]\n`);
    expect(r.findings.map((f) => f.ruleId)).toContain("parse-error");
    expect(r.findings[0]?.message).toMatch(/^this document holds at least 3,0\d\d values and is not evaluated/);
  });
});
