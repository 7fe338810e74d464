import { beforeAll, describe, expect, it } from "vitest";
import { Linter } from "../src/index.js";
import { repoRoot } from "./helpers.js";

const head = "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme}\ndpa: quicktalk\nsubprocessors:\n";
let linter: Linter;
let audit: Linter;
beforeAll(async () => {
  linter = await Linter.create({ cwd: repoRoot, today: "2026-11-22" });
  audit = await Linter.create({ cwd: repoRoot, today: "2026-11-22", inlineSuppressions: false });
});
const brief = (fs: Array<{ ruleId: string; line: number; severity: string }>): string[] =>
  fs.map((f) => `${f.line} ${f.severity} ${f.ruleId}`);

describe("inline suppressions", () => {
  it("the spec's comment suppresses the finding on the next line, with its reason and expiry", () => {
    const comment =
      "# dpa-lint-disable-next-line quicktalk/subprocessor-not-listed -- approved by the DPO on 2026-10-12, ticket PRIV-231 (until 2027-01-31)";
    const text = `${head}  ${comment}\n  - name: Acme Analytics\n    country: FR\n`;
    const r = linter.lintText("v.yaml", text);
    expect(brief(r.findings)).toEqual([]);
    expect(r.suppressed.map((f) => [f.ruleId, f.line, f.suppression])).toEqual([
      [
        "quicktalk/subprocessor-not-listed",
        8,
        { kind: "inline", reason: "approved by the DPO on 2026-10-12, ticket PRIV-231", until: "2027-01-31" },
      ],
    ]);
  });

  it("a comment at the end of the line, and pack wildcards", () => {
    const r = linter.lintText(
      "v.yaml",
      `${head}  - name: Acme Analytics # dpa-lint-disable-line quicktalk/* -- trial until the DPA amendment\n    country: FR\n`,
    );
    expect(brief(r.findings)).toEqual([]);
    expect(r.suppressed).toHaveLength(1);
  });

  it("an expired suppression stops working and is reported", () => {
    const r = linter.lintText(
      "v.yaml",
      `${head}  # dpa-lint-disable-next-line quicktalk/subprocessor-not-listed -- pilot (until 2026-06-30)\n  - name: Acme Analytics\n    country: FR\n`,
    );
    expect(brief(r.findings)).toEqual(["7 warning suppression/expired", "8 error quicktalk/subprocessor-not-listed"]);
  });

  it("a suppression without a reason does nothing and is an error", () => {
    const r = linter.lintText(
      "v.yaml",
      `${head}  # dpa-lint-disable-next-line quicktalk/subprocessor-not-listed\n  - name: Acme Analytics\n    country: FR\n`,
    );
    expect(brief(r.findings)).toEqual(["7 error suppression/invalid", "8 error quicktalk/subprocessor-not-listed"]);
    expect(r.findings[0]?.message).toBe('the suppression of quicktalk/subprocessor-not-listed needs a reason after " -- "');
  });

  it("an unused suppression is reported", () => {
    const r = linter.lintText(
      "v.yaml",
      `${head}  # dpa-lint-disable-next-line quicktalk/subprocessor-not-listed -- stale\n  - name: Scaleway\n    country: FR\n`,
    );
    expect(brief(r.findings)).toEqual(["7 warning suppression/unused"]);
  });

  it("audit mode ignores every suppression", () => {
    const r = audit.lintText(
      "v.yaml",
      `${head}  # dpa-lint-disable-next-line quicktalk/subprocessor-not-listed -- ok\n  - name: Acme Analytics\n    country: FR\n`,
    );
    expect(brief(r.findings)).toEqual(["8 error quicktalk/subprocessor-not-listed"]);
    expect(r.suppressed).toEqual([]);
  });
});
