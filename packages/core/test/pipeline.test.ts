import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMATTERS, Linter, lint, parseConfig, readBundle, thousands } from "../src/index.js";
import { repoRoot } from "./helpers.js";

/** The pipeline refactor's regressions: one finalize step after the cross-file checks. */
const vendor = (name: string, extra = ""): string =>
  `apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: ${name}}\nvendor: {name: Acme}\ndpa: mintt\n${extra}`;

function repo(files: Record<string, string>, config: string): string {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-pipeline-"));
  mkdirSync(join(dir, "vendors"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "vendors", name), text);
  writeFileSync(join(dir, ".dpa-lint.yaml"), config);
  return dir;
}

describe("the configuration reaches findings made after the per-file checks", () => {
  it("rules: {schema/duplicate-name: info} lowers the cross-file duplicate-name finding", async () => {
    const dir = repo({ "a.yaml": vendor("same"), "b.yaml": vendor("same") }, "rules:\n  schema/duplicate-name: info\n");
    const result = await lint([], { cwd: dir, today: "2026-11-22" });
    expect(result.results.map((f) => `${f.file} ${f.ruleId} ${f.severity}`)).toEqual(["vendors/b.yaml schema/duplicate-name info"]);
    expect(result.results[0]?.docsUrl).toMatch(/docs\/rules\/schema\/duplicate-name\.md$/);
  });

  it("settings apply to suppression problems, per file through overrides too", async () => {
    const stale = vendor(
      "a",
      "subprocessors:\n  - name: Ecritel # dpa-lint-disable-line mintt/subprocessor-not-listed -- old\n    country: FR\n",
    );
    const dir = repo({ "a.yaml": stale }, "rules:\n  suppression/unused: off\n");
    expect((await lint([], { cwd: dir, today: "2026-11-22" })).results).toEqual([]);
    const viaOverride = repo(
      { "a.yaml": stale },
      "overrides:\n  - files: ['vendors/a.yaml']\n    rules:\n      suppression/unused: error\n",
    );
    expect((await lint([], { cwd: viaOverride, today: "2026-11-22" })).results.map((f) => `${f.ruleId} ${f.severity}`)).toEqual([
      "suppression/unused error",
    ]);
  });

  it("a configuration file names an engine rule by its own id", () => {
    expect(() => parseConfig("rules:\n  suppression/unused: off\n", ".dpa-lint.yaml", "/")).not.toThrow();
  });
});

describe("the engine's own rules have titles and help", () => {
  it("SARIF titles each engine rule for what it is", async () => {
    const dir = repo(
      {
        "a.yaml": vendor(
          "a",
          "subprocessors:\n  - name: Ecritel # dpa-lint-disable-line mintt/subprocessor-not-listed -- old\n    country: FR\n",
        ),
        "b.yaml": ": :\n",
      },
      "{}\n",
    );
    const result = await lint([], { cwd: dir, today: "2026-11-22" });
    const sarif = JSON.parse(
      FORMATTERS.sarif?.format(result, { color: false, rules: readBundle().catalogue.rules, toolVersion: "0" }) ?? "{}",
    ) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } } }>;
    };
    const titles = Object.fromEntries((sarif.runs[0]?.tool.driver.rules ?? []).map((r) => [r.id, r.shortDescription.text]));
    expect(titles).toEqual({
      "parse-error": "The file cannot be read or parsed",
      "suppression/unused": "A suppression with nothing to suppress",
    });
  });
});

describe("one source for each list", () => {
  it("the configuration's forbiddenTransferMechanisms are the format's transfer mechanisms", async () => {
    const vendor = (await import("../src/schema/vendor-setup.schema.json", { with: { type: "json" } })).default as {
      $defs: { transferMechanism: { enum: string[] } };
    };
    const config = (await import("../src/config/config.schema.json", { with: { type: "json" } })).default as {
      properties: { org: { properties: { forbiddenTransferMechanisms: { items: { enum: string[] } } } } };
    };
    const forbiddable = config.properties.org.properties.forbiddenTransferMechanisms.items.enum;
    // none is no mechanism and privacy-shield is invalid anyway (gdpr/privacy-shield); every other
    // mechanism can be forbidden.
    expect([...forbiddable, "none", "privacy-shield"].sort()).toEqual([...vendor.$defs.transferMechanism.enum].sort());
  });
});

describe("counts in messages", () => {
  it("are written with thousands separators, without Intl (its first use costs ~11 ms of every start)", () => {
    expect([0, 999, 1500, 50_000, 1_234_567].map(thousands)).toEqual(["0", "999", "1,500", "50,000", "1,234,567"]);
    const sources = ["packages/core/src", "packages/cli/src", "packages/github-action/src"].flatMap((dir) =>
      readdirSync(join(repoRoot, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".ts") && !f.endsWith("thousands.ts"))
        .map((f) => join(repoRoot, dir, f)),
    );
    expect(sources.filter((f) => /\.toLocaleString\(|new Intl\./.test(readFileSync(f, "utf8")))).toEqual([]);
  });
});

describe("one pipeline for every entry point", () => {
  /** Every example vendor file under examples/ (the .expected.json beside each is not one). */
  const examples = (dir = join(repoRoot, "examples")): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? examples(join(dir, e.name))
        : /\.(ya?ml|json)$/.test(e.name) && !e.name.endsWith(".expected.json")
          ? [join(dir, e.name)]
          : [],
    );
  const brief = (fs: ReadonlyArray<{ line: number; column: number; ruleId: string; severity: string; message: string }>): string[] =>
    fs.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);

  it("lint(), lintFile and lintText give the same findings for the same text, on every example", async () => {
    const options = { cwd: repoRoot, today: "2026-11-22" };
    const linter = await Linter.create(options);
    const files = examples();
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const viaLint = brief((await lint([file], { ...options, linter, workers: 1 })).results);
      expect(brief(linter.lintFile(file).findings), file).toEqual(viaLint);
      expect(brief(linter.lintText(file, readFileSync(file, "utf8")).findings), file).toEqual(viaLint);
    }
  });

  it("lintText reports two documents of one name, as the CLI does", async () => {
    const linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22" });
    const text = `${vendor("same")}---\n${vendor("same")}`;
    expect(brief(linter.lintText("vendors/x.yaml", text).findings)).toEqual([
      '9:18 error schema/duplicate-name metadata.name "same" is already used in vendors/x.yaml:3; names are unique in the repository',
    ]);
  });
});
