import type { PolicySource } from "../engine/policy.js";
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

/**
 * The packs that judged a run, as human-readable reports name them: each source with its packs,
 * where it was read, the start of its digest and whether a signature vouched for it.
 */
export function policiesLine(sources: readonly PolicySource[] | undefined): string | undefined {
  if (!sources || sources.length === 0) return undefined;
  const one = (s: PolicySource): string => {
    const what =
      s.kind === "builtin"
        ? `the built-in policies${s.version ? ` ${s.version}` : ""}`
        : `${s.location}${s.kind === "npm" && s.version ? `@${s.version}` : ""} (${s.kind})`;
    return `${what}: ${s.packs.length > 0 ? s.packs.join(", ") : "no packs"}; ${s.digest.slice(0, 19)}; ${s.signature}`;
  };
  return `Policies: ${sources.map(one).join(" | ")}.`;
}
