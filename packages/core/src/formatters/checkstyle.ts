import type { Finding } from "../findings/finding.js";
import type { Formatter } from "./types.js";
import { attr } from "./xml.js";
import { groupBy } from "../arrays.js";

/** Checkstyle XML, which most CI servers and code review tools read: a file element per file. */
export const checkstyle: Formatter = {
  description: "Checkstyle XML",
  format(result) {
    const byFile = groupBy(result.results, (f) => f.file, new Map<string, Finding[]>(result.files.map((f) => [f, []])));
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
    for (const [file, list] of byFile) {
      out.push(`  <file name="${attr(file)}">`);
      for (const f of list) {
        out.push(
          `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${attr(f.message)}" source="${attr(`dpa-lint.${f.ruleId}`)}"/>`,
        );
      }
      out.push("  </file>");
    }
    out.push("</checkstyle>", "");
    return out.join("\n");
  },
};
