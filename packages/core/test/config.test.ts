import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  configForFile,
  FORMATTERS,
  findConfig,
  formatContext,
  lint,
  loadConfig,
  parseConfig,
  readBundle,
} from "../src/index.js";

const vendor = (region: string, name = "a"): string =>
  `apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: ${name}}\nvendor: {name: A}\ndpa: mintt\nhosting:\n  - country: ${region}\n`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-config-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe(".dpa-lint.yaml", () => {
  it("is found by walking up from the working directory", () => {
    const dir = repo({ ".dpa-lint.yaml": "include: [vendors]\n", "vendors/deep/x.yaml": vendor("FR") });
    expect(findConfig(join(dir, "vendors", "deep"))).toBe(join(dir, ".dpa-lint.yaml"));
  });

  it("reports every problem with its line and column", () => {
    const dir = repo({
      ".dpa-lint.yaml":
        "org:\n  minObjectionWindow: soon\n  allowedCountries: [EEA, Narnia]\nrules:\n  gdpr/transfer-without-mechanism: fatal\nextra: 1\n",
    });
    let error: unknown;
    try {
      loadConfig(".dpa-lint.yaml", dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).oneLine()).toBe(
      [
        '.dpa-lint.yaml:5:36: rules["gdpr/transfer-without-mechanism"] must be one of "off", "info", "warning", "error"',
        '.dpa-lint.yaml:6:1: unknown field "extra" in the document',
      ].join("; "),
    );
    const dir2 = repo({ ".dpa-lint.yaml": "org:\n  minObjectionWindow: soon\n  allowedCountries: [EEA, Narnia]\n" });
    expect(() => loadConfig(".dpa-lint.yaml", dir2)).toThrow(
      '.dpa-lint.yaml:2:23: org.minObjectionWindow: "soon" is not a duration (expected e.g. "30 days", "10 working days", "24h", "P6M"); .dpa-lint.yaml:3:27: org.allowedCountries[1]: "Narnia" is neither a country nor a group (EEA, adequacy)',
    );
  });

  it("org policy reaches Rego as data, include and exclude choose the files", async () => {
    const dir = repo({
      ".dpa-lint.yaml": "include: [vendors]\nexclude: ['vendors/legacy/**']\norg:\n  allowedCountries: [EEA]\n",
      "vendors/swiss.yaml": vendor("CH"),
      "vendors/legacy/old.yaml": vendor("CH"),
    });
    const result = await lint([], { cwd: dir, today: "2026-11-22" });
    expect(result.summary.files).toBe(1);
    expect(result.results.map((f) => [f.file, f.ruleId, f.line])).toEqual([["vendors/swiss.yaml", "org/country-not-allowed", 7]]);
  });

  it("rule settings change severity or switch rules off, per glob too; engine findings stay", async () => {
    const dir = repo({
      ".dpa-lint.yaml": [
        "rules:",
        "  gdpr/transfer-without-mechanism: warning",
        "  schema/*: off",
        "overrides:",
        "  - files: ['vendors/sandbox/**']",
        "    rules:",
        "      gdpr/*: off",
      ].join("\n"),
      "vendors/us.yaml": vendor("US"),
      "vendors/sandbox/us.yaml": vendor("US", "sandbox"),
      "vendors/broken.yaml": "apiVersion: dpa-lint/v1\n",
    });
    const result = await lint(["vendors"], { cwd: dir, today: "2026-11-22" });
    expect(result.results.map((f) => [f.file, f.ruleId, f.severity])).toEqual([
      ["vendors/broken.yaml", "schema/required", "error"],
      ["vendors/broken.yaml", "schema/required", "error"],
      ["vendors/broken.yaml", "schema/required", "error"],
      ["vendors/broken.yaml", "schema/required", "error"],
      ["vendors/us.yaml", "gdpr/transfer-without-mechanism", "warning"],
    ]);
  });
});

describe("metadata.name", () => {
  it("is unique in the repository: later uses name the first", async () => {
    const dir = repo({ "vendors/a.yaml": vendor("FR"), "vendors/b.yaml": `${vendor("FR")}---\n${vendor("DE")}` });
    const result = await lint(["vendors"], { cwd: dir, today: "2026-11-22" });
    expect(result.results.map((f) => [f.file, f.ruleId, f.line, f.column, f.message])).toEqual([
      [
        "vendors/b.yaml",
        "schema/duplicate-name",
        3,
        18,
        'metadata.name "a" is already used in vendors/a.yaml:3; names are unique in the repository',
      ],
      [
        "vendors/b.yaml",
        "schema/duplicate-name",
        11,
        18,
        'metadata.name "a" is already used in vendors/a.yaml:3; names are unique in the repository',
      ],
    ]);
  });
});

describe("the spec's configuration example", () => {
  it("loads, with its durations normalised and its groups kept", () => {
    const fixture = join(__dirname, "fixtures", "spec-config-example.yaml");
    const spec = join(__dirname, "..", "..", "..", "docs", "vendor-setup-v1.md");
    expect(readFileSync(spec, "utf8")).toContain(readFileSync(fixture, "utf8"));
    const config = loadConfig(fixture);
    expect(config.org).toEqual({
      allowedCountries: ["EEA", "adequacy"],
      minObjectionWindow: { value: 10, unit: "days" },
      maxBreachNotification: { value: 48, unit: "hours" },
      maxRetention: { default: { value: 3, unit: "years" }, "call-recordings": { value: 1, unit: "years" } },
    });
  });
});

describe("docs/configuration.md, the configuration reference", () => {
  const repoRoot = join(__dirname, "..", "..", "..");

  it("is what the generator writes from the schema (run node scripts/compile-schemas.mjs when this fails)", () => {
    const out = mkdtempSync(join(tmpdir(), "dpa-lint-config-docs-"));
    execFileSync(process.execPath, [join(repoRoot, "scripts", "gen-config-docs.mjs"), "--out", out], { stdio: "pipe" });
    expect(readFileSync(join(repoRoot, "docs", "configuration.md"), "utf8")).toBe(
      readFileSync(join(out, "docs", "configuration.md"), "utf8"),
    );
  });

  it("documents every key of the schema, and its complete example loads", () => {
    const page = readFileSync(join(repoRoot, "docs", "configuration.md"), "utf8");
    const schema = JSON.parse(readFileSync(join(repoRoot, "packages/core/src/config/config.schema.json"), "utf8")) as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    for (const [key, s] of Object.entries(schema.properties)) {
      expect(page).toContain(`| \`${key}\` |`);
      for (const nested of Object.keys(s.properties ?? {})) expect(page).toContain(`| \`${key}.${nested}\` |`);
    }
    const example = /## A complete example\n\n```yaml\n([\s\S]*?)```/.exec(page)?.[1] ?? "";
    const dir = repo({ ".dpa-lint.yaml": example });
    const config = loadConfig(".dpa-lint.yaml", dir);
    expect(config.docsBase).toBe("https://github.com/dpa-lint/dpa-lint/blob/v0.2.0/docs/rules/");
    expect(config.org.forbiddenTransferMechanisms).toEqual(["derogation"]);
  });
});

describe("docsBase", () => {
  it("moves dpa-lint's rule pages (findings' docsUrl, SARIF helpUri) and refuses what is not an http(s) URL", async () => {
    const dir = repo({ ".dpa-lint.yaml": "docsBase: https://wiki.example.com/dpa-lint/rules\n", "vendors/a.yaml": vendor("US") });
    const result = await lint([], { cwd: dir, today: "2026-11-22" });
    expect(result.results.length).toBeGreaterThan(0);
    for (const f of result.results) expect(f.docsUrl).toMatch(/^https:\/\/wiki\.example\.com\/dpa-lint\/rules\/[a-z]+\/[a-z-]+\.md$/);
    const log = JSON.parse(
      FORMATTERS.sarif.format(result, formatContext([readBundle()], "test", false, loadConfig(".dpa-lint.yaml", dir).docsBase)),
    ) as {
      runs: { tool: { driver: { rules: { helpUri: string }[]; informationUri: string } } }[];
    };
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.informationUri).toBe("https://github.com/dpa-lint/dpa-lint");
    expect(driver?.rules.map((r) => r.helpUri.slice(0, 37))).toEqual(driver?.rules.map(() => "https://wiki.example.com/dpa-lint/rul"));
    const bad = repo({ ".dpa-lint.yaml": "docsBase: wiki/rules\n" });
    expect(() => loadConfig(".dpa-lint.yaml", bad)).toThrow(
      ".dpa-lint.yaml:1:11: docsBase must be an http(s) URL: where dpa-lint's rule pages (docs/rules/) are published",
    );
  });
});

describe("policies entries: paths, npm packages and signed bundles", () => {
  it("a path resolves against the configuration's directory, npm:<package> stays a name, {path, verify} records the key; --print-config shows them as written", () => {
    const root = "/repo/sub";
    const config = parseConfig(
      "policies:\n  - packs/local\n  - npm:@acme/dpa-pack@sha256:" +
        "a".repeat(64) +
        "\n  - path: packs/signed\n    verify: keys/acme.pem\n  - path: npm:@acme/other\n    verify: keys/other.pem\n",
      ".dpa-lint.yaml",
      root,
      "/repo/sub/.dpa-lint.yaml",
    );
    expect(config.policies).toEqual([
      "/repo/sub/packs/local",
      `npm:@acme/dpa-pack@sha256:${"a".repeat(64)}`,
      "/repo/sub/packs/signed",
      "npm:@acme/other",
    ]);
    expect(config.policyKeys).toEqual({
      "/repo/sub/packs/signed": "/repo/sub/keys/acme.pem",
      "npm:@acme/other": "/repo/sub/keys/other.pem",
    });
    expect(configForFile("vendors/a.yaml", root, config, []).policies).toEqual([
      "packs/local",
      `npm:@acme/dpa-pack@sha256:${"a".repeat(64)}`,
      { path: "packs/signed", verify: "keys/acme.pem" },
      { path: "npm:@acme/other", verify: "keys/other.pem" },
    ]);
    expect(() => parseConfig("policies:\n  - path: packs/signed\n", ".dpa-lint.yaml", root)).toThrow(/policies/);
  });
});
