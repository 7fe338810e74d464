import { docsUrl } from "../formatters/docs-url.js";
import type { Finding, SuppressedFinding } from "./finding.js";

/**
 * Inline suppressions (cli-and-output-v1.md, "Suppressing a finding"):
 *
 *   # dpa-lint-disable-next-line <rule>[, <rule>...] -- <reason> (until YYYY-MM-DD)
 *   some: value # dpa-lint-disable-line <rule> -- <reason>
 *
 * The reason is mandatory; after `until` the suppression stops working and is reported; one that
 * matches no finding is reported as unused. A rule may be written `<pack>/*`.
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
}

const DIRECTIVE = /(?:^|\s)#\s*dpa-lint-disable-(next-line|line)\b(.*)$/;

export function parseSuppressions(text: string): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const m = DIRECTIVE.exec(lineText);
    if (!m) return;
    const line = i + 1;
    const rest = (m[2] ?? "").trim();
    const [rulePart = "", ...reasonParts] = rest.split(/\s--\s?|^--\s?/);
    let reason = reasonParts.join(" -- ").trim();
    let until: string | undefined;
    const u = /\(until (\d{4}-\d{2}-\d{2})\)\s*$/.exec(reason);
    if (u) {
      until = u[1];
      reason = reason.slice(0, u.index).trim();
    }
    const s: InlineSuppression = {
      line,
      column: lineText.indexOf("#") + 1,
      target: m[1] === "next-line" ? line + 1 : line,
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      raw: lineText.slice(lineText.indexOf("#")),
    };
    if (reason) s.reason = reason;
    if (until) s.until = until;
    out.push(s);
  });
  return out;
}

function matches(rule: string, ruleId: string): boolean {
  return rule === ruleId || (rule.endsWith("/*") && ruleId.startsWith(rule.slice(0, -1)));
}

/**
 * Splits findings into kept and suppressed, and adds findings about the suppressions themselves:
 * missing reason or rule (error, the suppression does nothing), expired (warning), unused (warning).
 */
export function applySuppressions(
  file: string,
  findings: readonly Finding[],
  suppressions: readonly InlineSuppression[],
  today: string,
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
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
    docsUrl: docsUrl(ruleId),
  });
  const active = suppressions.filter((s) => {
    if (s.rules.length === 0) problems.push(at(s, "suppression/invalid", "error", "a dpa-lint-disable comment must name the rules it suppresses"));
    else if (!s.reason) problems.push(at(s, "suppression/invalid", "error", `the suppression of ${s.rules.join(", ")} needs a reason after " -- "`));
    else if (s.until && s.until < today) problems.push(at(s, "suppression/expired", "warning", `the suppression of ${s.rules.join(", ")} expired on ${s.until}`));
    else return true;
    return false;
  });
  const used = new Set<InlineSuppression>();
  for (const f of findings) {
    const s = active.find((c) => c.target === f.line && c.rules.some((r) => matches(r, f.ruleId)));
    if (!s) {
      kept.push(f);
      continue;
    }
    used.add(s);
    suppressed.push({ ...f, suppression: { kind: "inline", reason: s.reason ?? "", ...(s.until ? { until: s.until } : {}) } });
  }
  for (const s of active) if (!used.has(s)) problems.push(at(s, "suppression/unused", "warning", `no ${s.rules.join(", ")} finding on line ${s.target} to suppress`));
  return { findings: [...kept, ...problems], suppressed };
}
