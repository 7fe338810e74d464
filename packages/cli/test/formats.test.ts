import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { docsUrl, readBundle, VERSION } from "@dpa-lint/core";
import { sarifProblems } from "../../../test/support/sarif.js";
import { repoRoot, runCli } from "./run-cli.js";

const CHANGES = "examples/quicktalk/changes.yaml";

describe("--format json", () => {
  it("is the spec's shape, byte for byte", () => {
    const r = runCli(["lint", "-f", "json", "--as-of", "2026-11-22", "examples/gdpr/us-hosting-without-mechanism.yaml"]);
    expect(r.status).toBe(1);
    const facts = readBundle().catalogue.legalFacts;
    expect(r.stdout).toBe(`{
  "version": 1,
  "results": [
    {
      "file": "examples/gdpr/us-hosting-without-mechanism.yaml",
      "ruleId": "gdpr/transfer-without-mechanism",
      "severity": "error",
      "message": "hosting[1].region \\"us-east-1\\" is in US, outside the EEA and without an adequacy decision, and has no transferMechanism",
      "line": 13,
      "column": 13,
      "endLine": 13,
      "endColumn": 22,
      "path": [
        "hosting",
        1,
        "region"
      ],
      "clause": "GDPR Art. 44, 46",
      "docsUrl": "https://github.com/dpa-lint/dpa-lint/blob/main/docs/rules/gdpr/transfer-without-mechanism.md"
    }
  ],
  "suppressed": [],
  "summary": {
    "files": 1,
    "errors": 1,
    "warnings": 0,
    "infos": 0,
    "suppressed": 0
  },
  "legalFacts": {
    "asOf": "2026-11-22",
    "version": "${facts?.version}",
    "reviewed": "${facts?.reviewed}"
  },
  "policies": [
    {
      "kind": "builtin",
      "location": "builtin",
      "packs": [
${readBundle()
  .catalogue.packs.map((p) => `        "${p.id}"`)
  .join(",\n")}
      ],
      "version": "${VERSION}",
      "digest": "sha256:${readBundle().digest}",
      "signature": "unsigned"
    }
  ]
}
`);
  });

  it("is stable between runs and sorted by file, line, column, rule", () => {
    const a = runCli(["lint", "-f", "json", "examples"]).stdout;
    expect(runCli(["lint", "-f", "json", "examples"]).stdout).toBe(a);
    const results = (JSON.parse(a) as { results: Array<{ file: string; line: number; column: number; ruleId: string }> }).results;
    const key = (f: (typeof results)[number]): string =>
      `${f.file}\u0000${String(f.line).padStart(6, "0")}\u0000${String(f.column).padStart(6, "0")}\u0000${f.ruleId}`;
    expect(results.map(key)).toEqual(results.map(key).sort());
  });
});

describe("--format github", () => {
  it("writes one escaped workflow command per finding", () => {
    const r = runCli(["lint", "-f", "github", CHANGES]);
    expect(r.stdout.split("\n")[0]).toBe(
      "::error file=examples/quicktalk/changes.yaml,line=14,col=16,endLine=14,endColumn=26,title=quicktalk/change-before-objection-window::Vonage takes effect on 2026-11-16, when only 8 working days of the quicktalk DPA's objection window of 10 working days from the notice of 2026-11-02 had run; the controller may still object on the window's last day, so the change may take effect only the day after (4.4 (L79))",
    );
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(3);
  });
});

describe("--format markdown", () => {
  it("summarises with a table", () => {
    const r = runCli(["lint", "-f", "markdown", CHANGES]);
    expect(r.stdout).toContain("## dpa-lint\n\n1 file checked: **3** errors, **0** warnings, 0 info, 0 suppressed.\n");
    expect(r.stdout).toContain(
      "| ❌ | `examples/quicktalk/changes.yaml:19:16` | `quicktalk/change-while-objection-raised` | Twilio is set to take effect on 2026-12-01 while the objection to it is still raised | 4.4 (L79) |",
    );
  });
});

describe("--format markdown, suppressed findings", () => {
  it("folds them under the table with their kind and reason", () => {
    const text =
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: x}\nvendor: {name: Acme}\ndpa: mintt\nhosting:\n  # dpa-lint-disable-next-line gdpr/transfer-without-mechanism -- SCCs <signed> | PRIV-12\n  - country: US\n";
    const r = runCli(["lint", "-f", "markdown", "-", "--stdin-filename", "vendors/x.yaml"], { input: text });
    expect(r.stdout).toContain(
      "<details><summary>1 suppressed finding</summary>\n\n| location | rule | by | reason |\n|---|---|---|---|\n| `vendors/x.yaml:8:14` | `gdpr/transfer-without-mechanism` | inline | SCCs &lt;signed&gt; \\| PRIV-12 |\n\n</details>\n",
    );
  });
});

describe("--format junit", () => {
  it("parses as JUnit XML with a suite per file and a failure per finding", () => {
    const r = runCli(["lint", "-f", "junit", "examples/quicktalk"]);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(r.stdout) as {
      testsuites: { failures: string; testsuite: Array<{ name: string; failures: string; testcase: unknown }> };
    };
    expect(xml.testsuites.testsuite.map((s) => s.name)).toEqual([
      "examples/quicktalk/changes.yaml",
      "examples/quicktalk/compliant.yaml",
      "examples/quicktalk/contract.yaml",
      "examples/quicktalk/data-localisation.yaml",
      "examples/quicktalk/end-of-contract.yaml",
      "examples/quicktalk/hosting-and-retention.yaml",
      "examples/quicktalk/post-termination-retention.yaml",
      "examples/quicktalk/subprocessors.yaml",
      "examples/quicktalk/transfers.yaml",
    ]);
    expect(xml.testsuites.testsuite.map((s) => Number(s.failures))).toEqual([3, 0, 6, 3, 1, 2, 1, 5, 4]);
    expect(Number(xml.testsuites.failures)).toBe(25);
  });
});

describe("--format sarif", () => {
  const validate = sarifProblems;

  it("passes @microsoft/sarif-multitool validate, which does catch a broken log", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-sarif-"));
    const file = join(dir, "dpa-lint.sarif");
    runCli(["lint", "-f", "sarif", "-o", file, "examples"]);
    expect(validate(file)).toEqual([]);
    const sarif = JSON.parse(readFileSync(file, "utf8")) as {
      runs: Array<{
        results: Array<{ partialFingerprints: Record<string, string>; locations: unknown[] }>;
        tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
      }>;
    };
    const run = sarif.runs[0];
    expect(run?.results.length).toBeGreaterThan(40);
    expect(run?.results.every((r) => Object.keys(r.partialFingerprints).length === 1)).toBe(true);
    // Each rule's help is its generated page (a family page for schema keywords without their own).
    expect(run?.tool.driver.rules.filter((r) => r.helpUri !== docsUrl(r.id)).map((r) => r.id)).toEqual([]);
    expect(run?.tool.driver.rules.every((r) => r.helpUri.startsWith("https://github.com/dpa-lint/dpa-lint/blob/main/docs/rules/"))).toBe(
      true,
    );
    const broken = join(dir, "broken.sarif");
    runCli(["lint", "-f", "sarif", "-o", broken, CHANGES]);
    const text = readFileSync(broken, "utf8").replace('"startLine": 14', '"startLine": 0');
    writeFileSync(broken, text);
    expect(validate(broken).length).toBeGreaterThan(0);
  }, 120_000);

  it("fingerprints ignore line moves", () => {
    const a = runCli(["lint", "-f", "sarif", "-", "--stdin-filename", "v.yaml"], {
      input: readFileSync(join(repoRoot, CHANGES), "utf8"),
    }).stdout;
    const b = runCli(["lint", "-f", "sarif", "-", "--stdin-filename", "v.yaml"], {
      input: `# a comment moves everything down\n${readFileSync(join(repoRoot, CHANGES), "utf8")}`,
    }).stdout;
    const prints = (s: string): string[] =>
      (JSON.parse(s) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> }).runs[0]!.results.map(
        (r) => Object.values(r.partialFingerprints)[0]!,
      );
    expect(prints(b)).toEqual(prints(a));
  });
});

describe("lint flags", () => {
  it("--format may repeat, each --output-file going with the format before it", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-out-"));
    const r = runCli(["lint", "-f", "json", "-o", join(dir, "r.json"), "-f", "stylish", "-f", "junit", "-o", join(dir, "r.xml"), CHANGES]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("✖ 3 problems (3 errors, 0 warnings) in 1 file");
    expect((JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as { summary: { errors: number } }).summary.errors).toBe(3);
    expect(readFileSync(join(dir, "r.xml"), "utf8")).toContain("<testsuites");
  });

  it("refuses an --output-file without a format, two formats on stdout and an unknown format", () => {
    expect(runCli(["lint", "-o", "x.json", CHANGES]).stderr).toBe(
      "dpa-lint: each --output-file must follow the --format it writes; see --help\n",
    );
    expect(runCli(["lint", "-f", "json", "-f", "junit", CHANGES]).stderr).toBe(
      "dpa-lint: only one --format can write to stdout; give the others an --output-file; see --help\n",
    );
    const r = runCli(["lint", "-f", "html", CHANGES]);
    expect(r.stderr).toBe(
      'dpa-lint: unknown format "html" (known: stylish, compact, json, sarif, junit, github, markdown, gitlab, checkstyle, or a formatter module\'s path); see --help\n',
    );
    expect(r.status).toBe(2);
  });

  it("--quiet reports errors only; --max-warnings fails on too many warnings", () => {
    const q = runCli(["lint", "-q", "-f", "compact", "examples/quicktalk/subprocessors.yaml"]);
    expect(q.stdout).toBe(
      'examples/quicktalk/subprocessors.yaml:11:11  error    sub-processor "Acme Analytics" is not on the quicktalk DPA\'s list and no change notice for it is recorded in subprocessorChanges  quicktalk/subprocessor-not-listed\n\n✖ 1 problem (1 error, 0 warnings) in 1 file\n',
    );
    const compliant = "examples/septeo/compliant.yaml";
    expect(runCli(["lint", compliant]).status).toBe(0);
    expect(runCli(["lint", "--max-warnings", "1", compliant]).status).toBe(0);
    const over = runCli(["lint", "--max-warnings", "0", compliant]);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe("dpa-lint: 1 warning, more than --max-warnings 0 allows\n");
    expect(runCli(["lint", "--fail-severity", "warning", compliant]).status).toBe(1);
  });

  it("reads standard input with - and names it with --stdin-filename", () => {
    const r = runCli(["lint", "-", "--stdin-filename", "vendors/piped.yaml"], { input: readFileSync(join(repoRoot, CHANGES), "utf8") });
    expect(r.stdout.split("\n")[0]).toMatch(/^vendors\/piped\.yaml:14:16 {2}error/);
    expect(r.status).toBe(1);
  });

  it("colours only on request or on a terminal, and never with NO_COLOR", () => {
    expect(runCli(["lint", CHANGES], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout).toContain("\u001b[31m");
    expect(runCli(["lint", CHANGES], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
    expect(runCli(["lint", CHANGES], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } }).stdout).not.toContain("\u001b[");
  });
});

describe("suppressions in the output", () => {
  const text =
    "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme}\ndpa: quicktalk\nsubprocessors:\n  # dpa-lint-disable-next-line quicktalk/subprocessor-not-listed -- DPO approval PRIV-231\n  - name: Acme Analytics\n    country: FR\n";

  it("are listed under suppressed and counted in the summary, and the run passes", () => {
    const r = runCli(["lint", "-f", "json", "-", "--stdin-filename", "v.yaml"], { input: text });
    const json = JSON.parse(r.stdout) as {
      results: unknown[];
      suppressed: Array<{ ruleId: string; suppression: unknown }>;
      summary: { suppressed: number };
    };
    expect(json.results).toEqual([]);
    expect(json.suppressed.map((f) => [f.ruleId, f.suppression])).toEqual([
      ["quicktalk/subprocessor-not-listed", { kind: "inline", reason: "DPO approval PRIV-231" }],
    ]);
    expect(json.summary.suppressed).toBe(1);
    expect(r.status).toBe(0);
    expect(runCli(["lint", "-", "--stdin-filename", "v.yaml"], { input: text }).stdout).toBe(
      "✓ 1 file checked, no problems (1 suppressed)\n",
    );
  });

  it("--no-inline-suppressions is the audit mode", () => {
    const r = runCli(["lint", "--no-inline-suppressions", "-", "--stdin-filename", "v.yaml"], { input: text });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("quicktalk/subprocessor-not-listed");
  });
});

describe("--format sarif from a subdirectory of a repository", () => {
  it("locates files from the repository's top, keeps suppressed findings with their justification, records the exit code, and validates", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-sarif-root-"));
    mkdirSync(join(dir, ".git"));
    mkdirSync(join(dir, "infra", "vendors"), { recursive: true });
    writeFileSync(
      join(dir, "infra", "vendors", "acme.yaml"),
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme}\ndpa: mintt\nhosting:\n  - country: US\nsubprocessors:\n  - name: Pilot Tool # dpa-lint-disable-line mintt/subprocessor-not-listed -- pilot agreed with the DPO\n    country: FR\n",
    );
    const out = join(dir, "infra", "report.sarif");
    const r = runCli(["lint", "-f", "sarif", "-o", "report.sarif", "vendors"], { cwd: join(dir, "infra") });
    expect(r.status).toBe(1);
    const run = (JSON.parse(readFileSync(out, "utf8")) as { runs: Array<Record<string, unknown>> }).runs[0] as {
      originalUriBaseIds: { "%SRCROOT%": { uri: string } };
      invocations: Array<{ exitCode: number }>;
      results: Array<{
        ruleId: string;
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        suppressions?: unknown[];
      }>;
    };
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe(`${pathToFileURL(dir).href}/`);
    expect(run.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual([
      "infra/vendors/acme.yaml",
      "infra/vendors/acme.yaml",
    ]);
    expect(run.results.find((x) => x.ruleId === "mintt/subprocessor-not-listed")?.suppressions).toEqual([
      { kind: "inSource", justification: "pilot agreed with the DPO" },
    ]);
    expect(run.invocations).toEqual([{ executionSuccessful: true, exitCode: 1 }]);
    expect(sarifProblems(out)).toEqual([]);
  }, 120_000);
});

describe("--format gitlab, checkstyle and formatter modules", () => {
  it("gitlab is a Code Quality report: the fields GitLab requires, paths from the repository's top", () => {
    const r = runCli(["lint", "-f", "gitlab", CHANGES]);
    const issues = JSON.parse(r.stdout) as unknown[];
    // GitLab's documented Code Quality format (docs.gitlab.com, "Code Quality report format").
    const Ajv = createRequire(join(repoRoot, "packages", "core", "package.json"))("ajv") as new (o: object) => {
      validate(schema: object, data: unknown): boolean;
      errors?: unknown;
    };
    const ajv = new Ajv({ allErrors: true });
    const schema = {
      type: "array",
      items: {
        type: "object",
        required: ["description", "check_name", "fingerprint", "severity", "location"],
        properties: {
          description: { type: "string" },
          check_name: { type: "string" },
          fingerprint: { type: "string" },
          severity: { enum: ["info", "minor", "major", "critical", "blocker"] },
          location: {
            type: "object",
            required: ["path", "lines"],
            properties: {
              path: { type: "string" },
              lines: { type: "object", required: ["begin"], properties: { begin: { type: "integer", minimum: 1 } } },
            },
          },
        },
      },
    };
    expect(ajv.validate(schema, issues), JSON.stringify(ajv.errors)).toBe(true);
    expect(issues).toContainEqual(
      expect.objectContaining({
        check_name: "quicktalk/change-while-objection-raised",
        severity: "major",
        location: { path: CHANGES, lines: { begin: 19, end: 19 } },
      }),
    );
  });

  it("checkstyle is XML with a file element per file and an error per finding", () => {
    const r = runCli(["lint", "-f", "checkstyle", CHANGES]);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(r.stdout) as {
      checkstyle: { file: { name: string; error: Array<{ line: string; source: string }> } };
    };
    expect(xml.checkstyle.file.name).toBe(CHANGES);
    expect(xml.checkstyle.file.error.map((e) => `${e.line} ${e.source}`)).toContain("19 dpa-lint.quicktalk/change-while-objection-raised");
  });

  it("-f ./module.js loads a formatter module; a broken one is one line, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-formatter-"));
    writeFileSync(join(dir, "count.mjs"), "export default (result) => `${result.results.length} findings\\n`;\n");
    const r = runCli(["lint", "-f", join(dir, "count.mjs"), CHANGES]);
    expect(r.stdout).toBe("3 findings\n");
    expect(r.status).toBe(1);
    writeFileSync(join(dir, "broken.mjs"), "export default 42;\n");
    const bad = runCli(["lint", "-f", join(dir, "broken.mjs"), CHANGES]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^dpa-lint: --format .*broken\.mjs: the module's default export must be a function/);
  });
});
