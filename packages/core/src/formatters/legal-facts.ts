import type { JudgedBy } from "../result.js";

/**
 * The sentence every human-readable report carries about the law it applied: the day judged
 * (`--as-of`) and the version of the dated legal facts (adequacy decisions, EEA membership).
 */
export function legalFactsLine(judged: JudgedBy | undefined): string | undefined {
  if (!judged) return undefined;
  const facts = judged.version
    ? `legal facts ${judged.version}, reviewed ${judged.reviewed ?? "on an unknown day"}`
    : "no dated legal facts in the policy bundle";
  return `Judged by the law in force on ${judged.asOf} (${facts}).`;
}
