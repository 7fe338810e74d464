import type { SourceDocument } from "../document/source-document.js";
import { parseDate } from "../normalize/date.js";
import { isEngineRuleId } from "./engine-rules.js";
import type { Finding, SuppressedFinding } from "./finding.js";
import { formerId } from "./rule-aliases.js";
import { groupBy } from "../arrays.js";

/**
 * Inline suppressions (docs/cli-and-output-v1.md, "Suppressing a finding"):
 *
 *   # dpa-lint-disable-next-line <rule>[, <rule>...] -- <reason> (until YYYY-MM-DD)
 *   some: value # dpa-lint-disable-line <rule> -- <reason>
 *
 * The reason is mandatory; after `until` the suppression stops working and is reported; one that
 * matches no finding is reported as unused. A rule may be written `<pack>/*`. Engine findings
 * (ENGINE_RULES: parse, schema, file and suppression problems) cannot be suppressed: a suppression that names one is
 * itself an error and suppresses nothing, or one comment could switch the whole gate off.
 */
export interface InlineSuppression {
  line: number;
  column: number;
  /** The line whose findings it suppresses. */
  target: number;
  rules: string[];
  reason?: string;
  until?: string;
  raw: string;
  /** Why the directive is malformed (it then suppresses nothing). */
  problem?: string;
}

/** A comment token's text: `# dpa-lint-disable-<kind> <rules> -- <reason>`. */
const DIRECTIVE = /^#\s*dpa-lint-disable(-next-line|-line)?(?![\w-])(.*)$/;
const UNTIL = /\(until\s+([^()]*)\)\s*$/;

/**
 * The suppressions of a file, read from its comment tokens, whatever its format: a directive-like
 * text inside a quoted or block string is data, not a directive.
 */
export function parseSuppressions({ comments, lines }: Pick<SourceDocument, "comments" | "lines">): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.source.trimEnd());
    if (!m) continue;
    const { line, col } = lines.linePos(comment.offset);
    const rest = (m[2] ?? "").trim();
    const [rulePart = "", ...reasonParts] = rest.split(/\s--\s?|^--\s?/);
    let reason = reasonParts.join(" -- ").trim();
    const s: InlineSuppression = {
      line,
      column: col,
      target: m[1] === "-line" ? line : line + 1,
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      raw: comment.source.trimEnd(),
    };
    if (m[1] === undefined) s.problem = "use dpa-lint-disable-next-line or dpa-lint-disable-line: a whole file cannot be exempted";
    const u = UNTIL.exec(reason);
    if (u) {
      reason = reason.slice(0, u.index).trim();
      const date = (u[1] ?? "").trim();
      if (typeof parseDate(date) === "number") s.until = date;
      else s.problem = `"(until ${date})" is not a real date written YYYY-MM-DD`;
    }
    if (reason) s.reason = reason;
    out.push(s);
  }
  return out;
}

function matches(rule: string, ruleId: string): boolean {
  return rule === ruleId || rule === formerId(ruleId) || (rule.endsWith("/*") && ruleId.startsWith(rule.slice(0, -1)));
}

/**
 * Splits findings into kept and suppressed, and reports problems with the suppressions themselves:
 * missing reason or rule (error, the suppression does nothing), expired (warning), unused (warning).
 */
export function applySuppressions(
  file: string,
  findings: readonly Finding[],
  suppressions: readonly InlineSuppression[],
  today: string,
  unevaluated: ReadonlyArray<readonly [number, number]> = [],
): { findings: Finding[]; suppressed: SuppressedFinding[]; problems: Finding[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const problems: Finding[] = [];
  const at = (s: InlineSuppression, ruleId: string, severity: Finding["severity"], message: string): Finding => ({
    file,
    ruleId,
    severity,
    message,
    path: [],
    line: s.line,
    column: s.column,
    endLine: s.line,
    endColumn: s.column + s.raw.length,
  });
  const active = suppressions.filter((s) => {
    const engine = s.rules.filter(isEngineRuleId);
    if (s.problem) problems.push(at(s, "suppression/invalid", "error", s.problem));
    else if (engine.length > 0)
      problems.push(
        at(
          s,
          "suppression/invalid",
          "error",
          `${engine.join(", ")} cannot be suppressed: problems with the file itself are fixed, never silenced`,
        ),
      );
    else if (s.rules.length === 0)
      problems.push(at(s, "suppression/invalid", "error", "a dpa-lint-disable comment must name the rules it suppresses"));
    else if (!s.reason)
      problems.push(at(s, "suppression/invalid", "error", `the suppression of ${s.rules.join(", ")} needs a reason after " -- "`));
    else if (s.until && s.until < today)
      problems.push(at(s, "suppression/expired", "warning", `the suppression of ${s.rules.join(", ")} expired on ${s.until}`));
    else return true;
    return false;
  });
  // By target line: a file may hold thousands of suppressions and of findings.
  const byTarget = groupBy(active, (s) => s.target);
  const used = new Set<InlineSuppression>();
  for (const f of findings) {
    const s = byTarget.get(f.line)?.find((c) => c.rules.some((r) => matches(r, f.ruleId)));
    if (!s) {
      kept.push(f);
      continue;
    }
    used.add(s);
    suppressed.push({ ...f, suppression: { kind: "inline", reason: s.reason ?? "", ...(s.until ? { until: s.until } : {}) } });
  }
  const judged = (s: InlineSuppression): boolean => !unevaluated.some(([from, to]) => s.target >= from && s.target <= to);
  for (const s of active)
    if (!used.has(s) && judged(s))
      problems.push(at(s, "suppression/unused", "warning", `no ${s.rules.join(", ")} finding on line ${s.target} to suppress`));
  return { findings: kept, suppressed, problems };
}
