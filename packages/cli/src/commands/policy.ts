import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  buildPolicies,
  COVERAGE_THRESHOLD,
  findOpa,
  formatPolicies,
  scaffoldPack,
  SHARED_POLICY_PARTS,
  testPolicies,
} from "@dpa-lint/core/policy";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

export const policyHelp = `Usage: dpa-lint policy <test|build|fmt|new> [options]

  dpa-lint policy test [dir] [--threshold <percent>]
      Run the Rego unit tests of a policy directory (default: policies) with coverage; fail when a
      test fails or coverage is under the threshold (default: ${COVERAGE_THRESHOLD}).
  dpa-lint policy build [dir] [-o <out>]
      Compile a policy directory (default: policies) to a Wasm bundle that lint --policy loads
      (default output: <dir>/.bundle). Only built-ins that run under opa-wasm are accepted.
  dpa-lint policy fmt [paths...] [--check]
      Format Rego files and directories (default: policies) with opa fmt; --check only lists the
      files that are not formatted and fails when there are any (the pre-commit hook).
  dpa-lint policy new ID [--dir <policies>]
      Scaffold a DPA pack: terms in <policies>/dpa/ID/data.yaml, one rule, its test and its doc.

A policy directory builds on dpa-lint's helpers and shared rules, so a typical DPA is a
data.yaml only. The policy commands need OPA: set DPA_LINT_OPA or put opa on the PATH.
`;

export function policyCommand(args: string[], io: Io): number {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "-h" || sub === "--help") {
    io.stdout(policyHelp);
    return sub === undefined ? EXIT.error : EXIT.ok;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      threshold: { type: "string", default: String(COVERAGE_THRESHOLD) },
      output: { type: "string", short: "o" },
      dir: { type: "string", default: "policies" },
      check: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(policyHelp);
    return EXIT.ok;
  }
  const dir = resolve(io.cwd, positionals[0] ?? "policies");
  switch (sub) {
    case "new": {
      const id = positionals[0];
      if (!id) throw new UsageError("policy new needs an ID");
      for (const file of scaffoldPack(id, resolve(io.cwd, values.dir), io.cwd)) io.stdout(`created ${file}\n`);
      io.stdout(`Next: edit the terms, then dpa-lint policy test ${values.dir} and dpa-lint lint --policy ${values.dir}\n`);
      return EXIT.ok;
    }
    case "test": {
      needDir(dir, io.cwd);
      const threshold = Number(values.threshold);
      if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100)
        throw new UsageError(`--threshold must be a percentage, not "${values.threshold}"`);
      const report = testPolicies(findOpa(io.env), dir, SHARED_POLICY_PARTS);
      io.stdout(
        report.output
          .split("\n")
          .filter((l) => /FAIL|ERROR|error|^PASS: |^FAIL: /.test(l))
          .join("\n")
          .concat("\n"),
      );
      io.stdout(`Rego coverage: ${report.coverage.toFixed(1)}% (threshold ${threshold}%)\n`);
      if (!report.passed) return EXIT.findings;
      if (report.coverage < threshold) {
        io.stderr(`dpa-lint: Rego coverage ${report.coverage.toFixed(1)}% is under ${threshold}%\n`);
        return EXIT.findings;
      }
      return EXIT.ok;
    }
    case "fmt": {
      const paths = positionals.length > 0 ? positionals.map((p) => resolve(io.cwd, p)) : [dir];
      for (const p of paths) needDir(p, io.cwd, "file or directory");
      const report = formatPolicies(findOpa(io.env), paths, { check: values.check === true });
      const shown = report.files.map((f) => relative(io.cwd, f) || f);
      if (values.check) {
        if (shown.length === 0) return EXIT.ok;
        io.stderr(
          `dpa-lint: ${shown.length === 1 ? "this file is" : "these files are"} not formatted (run dpa-lint policy fmt):\n${shown.map((f) => `  ${f}\n`).join("")}`,
        );
        return EXIT.findings;
      }
      for (const f of shown) io.stdout(`formatted ${f}\n`);
      return EXIT.ok;
    }
    case "build": {
      needDir(dir, io.cwd);
      const out = resolve(io.cwd, values.output ?? join(dir, ".bundle"));
      const catalogue = buildPolicies({ opa: findOpa(io.env), dirs: [...SHARED_POLICY_PARTS, dir], outDir: out });
      io.stdout(
        `built ${relative(io.cwd, out) || "."}: ${catalogue.rules.length} rules in ${catalogue.packs.length} packs (${catalogue.packs.map((p) => p.id).join(", ")})\n`,
      );
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown policy command "${sub}" (test, build, fmt, new)`);
  }
}

function needDir(dir: string, cwd: string, what = "directory"): void {
  if (!existsSync(dir)) throw new UsageError(`${relative(cwd, dir) || dir}: no such policy ${what}`);
}
