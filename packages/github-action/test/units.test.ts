import { describe, expect, it } from "vitest";
import type { Finding, LintResult } from "@dpa-lint/core";
import { planAnnotations } from "../src/annotations.js";
import { readInputs } from "../src/inputs.js";
import { sarifForUpload } from "../src/sarif.js";
import { jobSummary } from "../src/summary.js";

const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? "");

describe("inputs", () => {
  it("reads every input of action.yml, with the defaults for empty ones", () => {
    expect(inputs({})).toEqual({
      paths: [],
      terraformPlans: [],
      policies: [],
      failSeverity: "error",
      changedFilesOnly: false,
      maxAnnotations: 10,
      usePullRequestConfig: false,
      inlineSuppressions: true,
    });
    expect(
      inputs({
        paths: "vendors/\n  infra/**/*.yaml \n\n",
        policies: "policies\n",
        config: "ci/dpa.yaml",
        "fail-severity": "warning",
        "changed-files-only": "true",
        "sarif-file": "x.sarif",
        baseline: "b.json",
        "max-annotations": "0",
        "use-pull-request-config": "True",
        "inline-suppressions": "false",
        "as-of": "2020-07-15",
        "terraform-plan": "plan.json\n infra/staging.json\n",
      }),
    ).toEqual({
      paths: ["vendors/", "infra/**/*.yaml"],
      terraformPlans: ["plan.json", "infra/staging.json"],
      policies: ["policies"],
      config: "ci/dpa.yaml",
      failSeverity: "warning",
      changedFilesOnly: true,
      sarifFile: "x.sarif",
      baseline: "b.json",
      maxAnnotations: 0,
      usePullRequestConfig: true,
      inlineSuppressions: false,
      asOf: "2020-07-15",
    });
  });

  it.each([
    ["fail-severity", "fatal", 'input fail-severity: must be error, warning or info, not "fatal"'],
    ["max-annotations", "11", "input max-annotations: must be a whole number from 0 to 10"],
    ["max-annotations", "-1", "input max-annotations: must be a whole number from 0 to 10"],
    ["max-annotations", "ten", "input max-annotations: must be a whole number from 0 to 10"],
    ["changed-files-only", "yes", 'input changed-files-only: must be true or false, not "yes"'],
    ["use-pull-request-config", "1", 'input use-pull-request-config: must be true or false, not "1"'],
    ["inline-suppressions", "no", 'input inline-suppressions: must be true or false, not "no"'],
    ["as-of", "15/07/2020", 'input as-of: must be a date written YYYY-MM-DD, not "15/07/2020"'],
  ])("rejects %s: %s", (name, value, message) => {
    expect(() => inputs({ [name]: value })).toThrow(message);
  });
});

function finding(file: string, line: number, severity: Finding["severity"], ruleId = "r/x"): Finding {
  return { file, line, column: 1, severity, ruleId, message: `${ruleId} at ${line}`, path: [] };
}

describe("annotations", () => {
  const changed = new Map([["/ws/vendors/pr.yaml", [[20, 22]] as Array<[number, number]>]]);

  it("shows at most `max` of each kind, findings on changed lines first, then changed files", () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding("vendors/old.yaml", i + 1, "error")),
      finding("vendors/pr.yaml", 5, "error"),
      finding("vendors/pr.yaml", 21, "error"),
      finding("vendors/pr.yaml", 30, "warning"),
    ];
    const plan = planAnnotations(findings, changed, "/ws", 10);
    const errors = plan.shown.filter((a) => a.kind === "error").map((a) => `${a.finding.file}:${a.finding.line}`);
    expect(errors).toEqual([
      "vendors/pr.yaml:21",
      "vendors/pr.yaml:5",
      ...Array.from({ length: 8 }, (_, i) => `vendors/old.yaml:${i + 1}`),
    ]);
    expect(plan.shown.filter((a) => a.kind === "warning")).toHaveLength(1);
    expect(plan.hidden).toEqual({ error: 4, warning: 0, notice: 0 });
    expect(plan.overflow).toBe("4 more findings are not annotated (4 errors): GitHub shows 10 of each kind per step. See the job summary.");
  });

  it("finds a finding's changed line among many hunks, in any order, at their first and last lines", () => {
    // The hunks are searched by halves (a Terraform file's 100,000 findings against its every
    // hunk took seconds); given out of order, they are put in order first.
    const hunks: Array<[number, number]> = [
      ...Array.from({ length: 5000 }, (_, i): [number, number] => [10 * i + 3, 10 * i + 5]),
    ].reverse();
    const many = new Map([["/ws/infra/main.tf", hunks]]);
    const lines = [3, 5, 6, 9, 49_995, 49_996, 1, 2];
    const plan = planAnnotations(
      lines.map((l) => finding("infra/main.tf", l, "info")),
      many,
      "/ws",
      10,
    );
    expect(plan.shown.map((a) => a.finding.line)).toEqual([3, 5, 49_995, 6, 9, 49_996, 1, 2]);
  });

  it("says max-annotations, not GitHub, limited them when it asks for fewer than GitHub's 10", () => {
    const plan = planAnnotations([finding("a.yaml", 1, "error"), finding("a.yaml", 2, "error")], undefined, "/ws", 1);
    expect(plan.overflow).toBe(
      "1 more finding is not annotated (1 error): max-annotations shows 1 of each kind per step. See the job summary.",
    );
  });

  it("keeps a notice slot for the overflow notice", () => {
    const findings = [...Array.from({ length: 11 }, (_, i) => finding("a.yaml", i + 1, "info")), finding("b.yaml", 1, "warning")];
    const plan = planAnnotations(findings, undefined, "/ws", 10);
    expect(plan.shown.filter((a) => a.kind === "notice")).toHaveLength(9);
    expect(plan.hidden).toEqual({ error: 0, warning: 0, notice: 2 });
    expect(plan.overflow).toMatch(/^2 more findings are not annotated \(2 info findings\)/);
  });

  it("adds nothing, not even the notice, with max 0; nothing hidden means no notice", () => {
    expect(planAnnotations([finding("a.yaml", 1, "error")], undefined, "/ws", 0)).toEqual({
      shown: [],
      hidden: { error: 1, warning: 0, notice: 0 },
    });
    expect(planAnnotations([finding("a.yaml", 1, "error")], undefined, "/ws", 10).overflow).toBeUndefined();
  });
});

describe("job summary", () => {
  const context = { color: false, rules: [], toolVersion: "0.0.0" };
  const result = (n: number): LintResult => {
    const results = Array.from({ length: n }, (_, i) => ({ ...finding(`vendors/v${i}.yaml`, i + 1, "error"), message: "x".repeat(200) }));
    return { files: [], results, suppressed: [], summary: { files: n, errors: n, warnings: 0, infos: 0, suppressed: 0 } };
  };

  it("puts the notes under the heading and lists every finding when it fits", () => {
    const text = jobSummary(result(3), context, ["Configuration: the defaults."]);
    expect(text.startsWith("## dpa-lint\n\n> Configuration: the defaults.\n\n3 files checked")).toBe(true);
    expect(text.match(/^\| ❌ /gm)).toHaveLength(3);
  });

  it("stays within the limit by cutting rows, keeps the full counts and says how many rows are left out", () => {
    const limit = 1024 * 1024 - 4096;
    const text = jobSummary(result(10_000), context, []);
    expect(Buffer.byteLength(text, "utf8")).toBeLessThanOrEqual(limit);
    const rows = text.match(/^\| ❌ /gm)?.length ?? 0;
    expect(rows).toBeGreaterThan(3000);
    expect(text).toContain("10000 files checked: **10000** errors");
    expect(text).toContain(`_${10_000 - rows} more findings are not listed here (GitHub limits a job summary to 1 MiB)`);
  });
});

describe("SARIF for upload", () => {
  it("keeps every result under the limit, and the first ones beyond it, saying how many are left out", () => {
    const findings = [finding("a.yaml", 1, "error"), finding("a.yaml", 2, "warning"), finding("b.yaml", 1, "info")];
    const result: LintResult = {
      files: [],
      results: findings,
      suppressed: [],
      summary: { files: 2, errors: 1, warnings: 1, infos: 1, suppressed: 0 },
    };
    const context = { color: false, rules: [], toolVersion: "0.0.0" };
    const count = (text: string): number => (JSON.parse(text) as { runs: Array<{ results: unknown[] }> }).runs[0]?.results.length ?? -1;
    const all = sarifForUpload(result, context);
    expect([count(all.text), all.omitted]).toEqual([3, 0]);
    const cut = sarifForUpload(result, context, 2);
    expect([count(cut.text), cut.omitted]).toEqual([2, 1]);
  });
});
