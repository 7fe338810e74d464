// Writes <example>.expected.json for examples that have none (or all, with --all), from the
// current findings. Review every written file before committing: these are the acceptance tests.
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { Linter, collectFiles, defaultConfig, loadConfig } from "../packages/core/dist/index.js";
import { root } from "./tools.mjs";

const all = process.argv.includes("--all");
// As in packages/core/test/helpers.ts: the nearest .dpa-lint.yaml under examples/ applies.
function configFor(abs) {
  for (let dir = dirname(abs); dir.startsWith(join(root, "examples")); dir = dirname(dir)) {
    if (existsSync(join(dir, ".dpa-lint.yaml"))) return loadConfig(join(dir, ".dpa-lint.yaml"), root);
  }
  return defaultConfig(root);
}

for (const abs of collectFiles(["examples"], root).files) {
  const linter = await Linter.create({ cwd: root, today: "2026-11-22", config: configFor(abs) });
  const file = relative(root, abs);
  const target = join(root, file.replace(/\.(ya?ml|json)$/, ".expected.json"));
  if (existsSync(target) && !all) continue;
  const findings = linter
    .lintFile(file)
    .findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, path: f.path }));
  writeFileSync(target, `${JSON.stringify(findings, null, 2)}\n`);
  console.log(`wrote ${relative(root, target)}: ${findings.length} findings`);
}
