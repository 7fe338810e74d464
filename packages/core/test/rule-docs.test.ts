import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DOCS_BASE,
  docsUrl,
  ENGINE_RULE_META,
  isDpaRule,
  lint,
  Linter,
  loadConfig,
  POLICY_GROUPS,
  readBundle,
  readRuleDoc,
  SEVERITY_OF_SET,
  type RuleMeta,
} from "../src/index.js";
import { policiesDir, repoRoot } from "./helpers.js";

/**
 * Every rule ships with its doc page and its Rego test, and the
 * doc's examples are real: the compliant one does not trigger the rule, the violating one does.
 */
const bundle = readBundle();
const catalogue = bundle.catalogue;
/** A rule shared by every pack has one page; check it once, with the pack its examples name. */
const pages = new Map<string, RuleMeta>();
for (const rule of catalogue.rules) if (rule.doc && !pages.has(rule.doc)) pages.set(rule.doc, rule);

describe("rule docs", () => {
  it("every rule has a doc page", () => {
    expect(catalogue.rules.filter((r) => !r.doc).map((r) => r.id)).toEqual([]);
  });

  for (const [doc, rule] of pages) {
    it(`${doc}: the compliant example passes ${rule.name}, the violating one triggers it`, async () => {
      const page = readRuleDoc(bundle, rule);
      const { compliant, violating, configuration: config } = page ?? {};
      if (!compliant || !violating) throw new Error(`${doc} needs a Compliant and a Violating yaml block`);
      let resolved;
      if (config) {
        const file = join(mkdtempSync(join(tmpdir(), "dpa-lint-doc-")), ".dpa-lint.yaml");
        writeFileSync(file, config);
        resolved = loadConfig(file, repoRoot);
      }
      const ofRule = (ids: string[]): string[] => ids.filter((id) => id === rule.id || (isDpaRule(rule) && id.endsWith(`/${rule.name}`)));
      if (page?.language === "hcl") {
        // Terraform examples: judged, in a repository of their own, against the page's vendor setup.
        const findings = async (tf: string): Promise<string[]> => {
          const dir = mkdtempSync(join(tmpdir(), "dpa-lint-doc-tf-"));
          mkdirSync(join(dir, "vendors"));
          mkdirSync(join(dir, "infra"));
          writeFileSync(join(dir, ".dpa-lint.yaml"), "include: [vendors]\ninfrastructure: [infra]\n");
          if (page.vendorSetup) writeFileSync(join(dir, "vendors", "vendor.yaml"), page.vendorSetup);
          writeFileSync(join(dir, "infra", "main.tf"), tf);
          return (await lint(page.vendorSetup ? [] : ["infra"], { cwd: dir, today: "2026-11-22" })).results.map((f) => f.ruleId);
        };
        expect(ofRule(await findings(compliant))).toEqual([]);
        expect(ofRule(await findings(violating)).length).toBeGreaterThan(0);
        return;
      }
      const linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22", ...(resolved ? { config: resolved } : {}) });
      const matches = (text: string): string[] => ofRule(linter.lintText("doc.yaml", text).findings.map((f) => f.ruleId));
      expect(matches(compliant)).toEqual([]);
      expect(matches(violating).length).toBeGreaterThan(0);
    });
  }
});

describe("rule tests", () => {
  const tests = (dir: string): string =>
    readdirSync(join(policiesDir, dir))
      .filter((f) => f.endsWith("_test.rego"))
      .map((f) => readFileSync(join(policiesDir, dir, f), "utf8"))
      .join("\n");
  it("every rule is named in a Rego unit test of its group", () => {
    const untested = [...pages.values()].filter((r) => {
      const group = isDpaRule(r) ? "shared" : r.pack;
      return !tests(group).includes(`/${r.name}"`);
    });
    expect(untested.map((r) => r.name)).toEqual([]);
  });
});

describe("rule metadata", () => {
  it("every rule names the clause it enforces, and every DPA or GDPR rule quotes it", () => {
    expect(catalogue.rules.filter((r) => !r.clause).map((r) => r.id)).toEqual([]);
    // Organisation rules enforce .dpa-lint.yaml, which has nothing to quote.
    expect(catalogue.rules.filter((r) => !r.quote && r.pack !== "org").map((r) => r.id)).toEqual([]);
  });

  it("Dutch quotes carry an English gloss", () => {
    const dutch = catalogue.rules.filter((r) => r.quote && /\b(de|het|van|binnen|werkdagen|worden|zijn)\b/.test(r.quote));
    expect(dutch.length).toBeGreaterThan(5);
    expect(dutch.filter((r) => !r.gloss).map((r) => r.id)).toEqual([]);
  });
});

describe("the entrypoint", () => {
  it("main.rego collects every set of every policy group, and nothing else (the Wasm compiler needs them literal)", () => {
    const main = readFileSync(join(policiesDir, "main", "main.rego"), "utf8");
    const blocks = [...main.matchAll(/^_(deny|warn|info) contains f if \{\n\tsome pkg\n\tsome f in data\.(\w+)\[pkg\]\.(\w+)\n\}/gm)].map(
      (m) => `${m[2]}.${m[3]} -> _${m[1]}`,
    );
    const expected = POLICY_GROUPS.flatMap((g) => Object.keys(SEVERITY_OF_SET).map((set) => `${g}.${set} -> _${set}`));
    expect(blocks.sort()).toEqual(expected.sort());
    expect(
      readdirSync(policiesDir)
        .filter((d) => (POLICY_GROUPS as readonly string[]).includes(d))
        .sort(),
    ).toEqual([...POLICY_GROUPS].sort());
  });
});

describe("the rule pages under docs/rules", () => {
  it("are what the generator writes from this bundle (run npm run policies:build when this fails)", () => {
    const out = mkdtempSync(join(tmpdir(), "dpa-lint-rule-pages-"));
    execFileSync(process.execPath, [join(repoRoot, "scripts", "gen-rule-docs.mjs"), "--out", out], { cwd: repoRoot, stdio: "pipe" });
    const list = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
    const fresh = list(join(out, "docs", "rules"));
    expect(list(join(repoRoot, "docs", "rules"))).toEqual(fresh);
    for (const f of fresh.filter((x) => x.endsWith(".md"))) {
      expect(readFileSync(join(repoRoot, "docs", "rules", f), "utf8"), f).toBe(readFileSync(join(out, "docs", "rules", f), "utf8"));
    }
  });

  it("hold a page for every docsUrl: each policy rule, each engine rule, and any schema keyword", () => {
    const ids = [
      ...catalogue.rules.map((r) => r.id),
      ...ENGINE_RULE_META.map((r) => r.id.replace("/*", "/x")),
      "schema/required",
      "schema/enum",
    ];
    const missing = ids.filter((id) => {
      const url = docsUrl(id);
      return !url.startsWith(DOCS_BASE) || !existsSync(join(repoRoot, "docs", "rules", url.slice(DOCS_BASE.length)));
    });
    expect(missing).toEqual([]);
  });
});
