import { legalFactsLine, lookupRegion, markdownText as escape, toCountryCode, type Finding } from "@dpa-lint/core";
import type { Hover, Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { cursorAt, isPackIdPath, packIdOf, valueAt } from "./cursor.js";
import { rangeOf } from "./diagnostics.js";
import { describeCountry } from "./legal-facts.js";
import type { Session } from "./sessions.js";
import { contractTerm, listedSubprocessor, periodText } from "./terms.js";

/**
 * Hover: on a finding, its rule, the DPA clause with the verbatim quote and its English gloss,
 * and the dated legal fact that decided it; on a contract term, pack id, sub-processor, region or
 * country, what the DPA and the law say about it.
 */
export function hoverAt(document: TextDocument, position: Position, session: Session, findings: readonly Finding[]): Hover | null {
  const sections: string[] = [];
  const cursor = cursorAt(document, position);
  for (const f of findings.filter((f) => contains(f, position))) sections.push(describeFinding(f, session, cursor?.value));
  if (cursor) {
    const about = describeValue(cursor.at.path, cursor.value, session);
    if (about && sections.length === 0) sections.push(about);
  }
  return sections.length > 0 ? { contents: { kind: "markdown", value: sections.join("\n\n---\n\n") } } : null;
}

function contains(f: Finding, p: Position): boolean {
  const r = rangeOf(f);
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}

function describeFinding(f: Finding, session: Session, value: Record<string, unknown> | undefined): string {
  const meta = session.linter.ruleMeta(f.ruleId);
  const lines = [`**${f.ruleId}** (${f.severity})${meta?.title ? `: ${meta.title}` : ""}`, "", escape(f.message)];
  const clause = f.clause ?? meta?.clause;
  const quote = f.quote ?? meta?.quote;
  if (clause) {
    const gloss = (quote && session.packs.gloss(f.dpa, quote)) ?? (quote === meta?.quote ? meta?.gloss : undefined);
    lines.push(
      "",
      `${f.dpa ? `${f.dpa} DPA ` : ""}${escape(clause)}${quote ? `: «${escape(quote)}»` : ""}${gloss ? ` (${escape(gloss)})` : ""}`,
    );
  }
  const country = value ? countryAt(value, f.path) : undefined;
  if (country) lines.push("", ...describeCountry(country, session.linter.asOf, session.packs.legal).map(escape));
  else lines.push("", legalFactsLine({ asOf: session.linter.asOf, ...session.packs.legal }) ?? "");
  if (f.docsUrl) lines.push("", `[${f.ruleId}](${f.docsUrl})`);
  return lines.join("\n");
}

/** What the value under the cursor means to the pack and the law, when it is a term dpa-lint reads. */
function describeValue(path: ReadonlyArray<string | number>, value: Record<string, unknown>, session: Session): string | undefined {
  const packId = packIdOf(value);
  const pack = packId ? session.packs.get(packId) : undefined;
  if (isPackIdPath(path) && packId) {
    if (!pack) return `no DPA pack "${escape(packId)}" is loaded (known: ${session.packs.ids().join(", ")})`;
    const law = typeof pack.terms.governingLaw === "string" ? `governed by ${pack.terms.governingLaw} law` : "no governing law named";
    const hosting = (pack.terms.hosting as { allowed?: string[] | null } | undefined)?.allowed;
    return [
      `**${pack.id}**: ${escape(pack.title)} (${law})`,
      "",
      `hosting allowed in ${hosting ? hosting.join(", ") : "any country (not restricted by the DPA)"}`,
      `objection window ${periodText(pack.terms.objectionWindow) ?? "not stated"}; prior notice ${periodText(pack.terms.priorNotice) ?? "not stated"}; breach notification ${periodText(pack.terms.breachNotification) ?? "not stated in numbers"}`,
    ].join("\n");
  }
  if (path[0] === "contract" && typeof path[1] === "string" && pack) {
    const term = contractTerm(pack.terms, path[1]);
    if (!term) return `the ${pack.id} DPA states no number for ${path[1]}`;
    const c = term.citation;
    return `the ${pack.id} DPA: **${term.text}**${c?.clause ? `\n\n${escape(c.clause)}: «${escape(c.quote ?? "")}»${c.gloss ? ` (${escape(c.gloss)})` : ""}` : ""}`;
  }
  if (path[0] === "subprocessors" && typeof path[1] === "number" && path[2] === "name" && pack) {
    const name = valueAt(value, path);
    const listed = typeof name === "string" ? listedSubprocessor(pack.terms, name) : undefined;
    if (typeof name === "string")
      return listed
        ? `**${escape(listed.name)}** is on the ${pack.id} DPA's list: ${listed.country ?? "no location given"}${listed.mechanism ? `, ${listed.mechanism}` : ""}`
        : `"${escape(name)}" is not on the ${pack.id} DPA's sub-processor list`;
  }
  const country = countryAt(value, path);
  return country ? describeCountry(country, session.linter.asOf, session.packs.legal).map(escape).join("\n\n") : undefined;
}

/** The country a location value resolves to: a country, or a region of the entry's provider. */
function countryAt(value: Record<string, unknown>, path: readonly (string | number)[]): string | undefined {
  const key = path[path.length - 1];
  const raw = valueAt(value, path);
  if (typeof raw !== "string") return undefined;
  if (key === "country") return toCountryCode(raw);
  if (key === "region") {
    const provider = valueAt(value, [...path.slice(0, -1), "provider"]);
    const found = lookupRegion(raw, typeof provider === "string" ? provider : undefined);
    return "country" in found ? found.country : undefined;
  }
  if (typeof path[path.length - 1] === "number" && path[path.length - 2] === "countries") return toCountryCode(raw);
  return undefined;
}
