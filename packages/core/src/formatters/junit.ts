import type { Finding } from "../findings/finding.js";
import type { Formatter } from "./types.js";
import { attr, text } from "./xml.js";

/** JUnit XML: a test suite per file, a failing test case per finding, a passing one for a clean file. */
export const junit: Formatter = {
  description: "JUnit XML, one test suite per file",
  format(result) {
    const byFile = new Map<string, Finding[]>(result.files.map((f) => [f, []]));
    for (const f of result.results) {
      const list = byFile.get(f.file) ?? [];
      list.push(f);
      byFile.set(f.file, list);
    }
    const failures = result.results.length;
    const tests = [...byFile.values()].reduce((n, list) => n + Math.max(1, list.length), 0);
    const out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="dpa-lint" tests="${tests}" failures="${failures}" errors="0">`,
    ];
    for (const [file, list] of byFile) {
      out.push(`  <testsuite name="${attr(file)}" tests="${Math.max(1, list.length)}" failures="${list.length}" errors="0">`);
      if (list.length === 0) out.push(`    <testcase name="${attr(file)}" classname="${attr(file)}"/>`);
      for (const f of list) {
        out.push(`    <testcase name="${attr(`${f.ruleId} at ${f.line}:${f.column}`)}" classname="${attr(file)}">`);
        out.push(
          `      <failure type="${attr(f.severity)}" message="${attr(f.message)}">${text(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}\n${f.message}${f.clause ? `\nClause: ${f.clause}` : ""}`)}</failure>`,
        );
        out.push("    </testcase>");
      }
      out.push("  </testsuite>");
    }
    out.push("</testsuites>", "");
    return out.join("\n");
  },
};
