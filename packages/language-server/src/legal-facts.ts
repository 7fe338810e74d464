import { inForce, legalFactsLine, type LegalData } from "@dpa-lint/core";

/**
 * The dated legal facts that decide a country on a day, as a hover shows them: EEA membership
 * (and the state a territory is part of), and the adequacy decisions in force, each with its act
 * and date, from the same legal data the policies read (policies/lib/legal/data.yaml).
 */
export function describeCountry(code: string, asOf: string, legal: LegalData): string[] {
  const lines: string[] = [];
  const eea = legal.eea?.[code];
  const member = eea !== undefined && inForce(eea, asOf);
  if (eea && member) {
    lines.push(
      `${code} is in the EEA on ${asOf} (since ${eea.from ?? "?"}${eea.until ? `, until ${eea.until}` : ""})${eea.part_of ? `, part of ${eea.part_of}` : ""}`,
    );
  } else if (eea) {
    lines.push(`${code} is not in the EEA on ${asOf} (it was from ${eea.from ?? "?"} to ${eea.until ?? "?"})`);
  }
  if (eea?.note) lines.push(eea.note);
  if (!member) {
    const decisions = (legal.adequacy?.[code] ?? []).filter((d) => inForce(d, asOf));
    if (decisions.length === 0)
      lines.push(
        `${code} is outside the EEA with no adequacy decision in force on ${asOf}: a transfer there needs a mechanism (GDPR Art. 46)`,
      );
    for (const d of decisions)
      lines.push(
        `adequacy decision: ${d.decision ?? "?"} of ${d.adopted ?? d.from ?? "?"}${d.scope ? ` (${d.scope})` : d.only ? ` (only ${d.only})` : ""}`,
      );
  }
  lines.push(
    legalFactsLine({
      asOf,
      ...(legal.version ? { version: legal.version } : {}),
      ...(legal.reviewed ? { reviewed: legal.reviewed } : {}),
    }) ?? "",
  );
  return lines;
}
