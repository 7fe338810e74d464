// The dependency rules (.dependency-cruiser.cjs) catch what they are there for: `npm run lint`
// checks the repository has no violation, and this checks each rule fires, on a throwaway tree
// laid out like the repository with one forbidden import per rule.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/repo-root.js";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-architecture-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const f of [".dependency-cruiser.cjs", "tsconfig.base.json"]) copyFileSync(join(repoRoot, f), join(dir, f));
  return dir;
}

/** The rules depcruise reports as broken, each as "rule: from -> to". */
function violations(dir: string): string[] {
  const r = spawnSync(
    process.execPath,
    [
      join(repoRoot, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
      "packages",
      "--config",
      ".dependency-cruiser.cjs",
      "--output-type",
      "json",
    ],
    { cwd: dir, encoding: "utf8" },
  );
  const out = JSON.parse(r.stdout) as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
  return out.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

describe("the dependency rules", () => {
  it("each fires on its forbidden import, and allowed imports pass", () => {
    const dir = tree({
      "packages/core/src/errors.ts": "export const e = 1;\n",
      "packages/core/src/lint.ts": 'import { e } from "./errors.js";\nimport { d } from "./document/parse.js";\nexport const l = e + d;\n',
      "packages/core/src/index.ts": 'export { l } from "./lint.js";\n',
      // An arrow back up inside core: input imports the pipeline.
      "packages/core/src/document/parse.ts": 'import { l } from "../lint.js";\nexport const d = 1;\nexport const up = l;\n',
      // Core imports another package.
      "packages/core/src/reports/x.ts": 'import { a } from "../../../authoring/src/index.js";\nexport const x = a;\n',
      "packages/authoring/src/index.ts": 'import { l } from "../../core/src/index.js";\nexport const a = l;\n',
      // The action imports authoring.
      "packages/github-action/src/main.ts": 'import { a } from "../../authoring/src/index.js";\nexport const m = a;\n',
      // The CLI's lint command imports authoring; its policy command may.
      "packages/cli/src/commands/lint.ts": 'import { a } from "../../../authoring/src/index.js";\nexport const c = a;\n',
      "packages/cli/src/commands/policy.ts": 'import { a } from "../../../authoring/src/index.js";\nexport const p = a;\n',
      // An adapter reaches into core's files.
      "packages/language-server/src/server.ts": 'import { l } from "../../core/src/lint.js";\nexport const s = l;\n',
    });
    expect(violations(dir)).toEqual(
      [
        "adapters-use-the-public-entry: packages/authoring/src/index.ts -> packages/core/src/index.ts",
        "adapters-use-the-public-entry: packages/language-server/src/server.ts -> packages/core/src/lint.ts",
        "action-lints-only: packages/github-action/src/main.ts -> packages/authoring/src/index.ts",
        "cli-loads-authoring-for-policy-only: packages/cli/src/commands/lint.ts -> packages/authoring/src/index.ts",
        "core-imports-no-other-package: packages/core/src/reports/x.ts -> packages/authoring/src/index.ts",
        "input-below-engine: packages/core/src/document/parse.ts -> packages/core/src/lint.ts",
        "no-circular: packages/core/src/document/parse.ts -> packages/core/src/lint.ts",
      ].sort(),
    );
  });
});
