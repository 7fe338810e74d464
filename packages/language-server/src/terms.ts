import type { Terms } from "./pack-index.js";

/** A period of a pack's terms (`{value, unit}`) in the words a vendor setup writes it. */
export function periodText(p: unknown): string | undefined {
  if (!p || typeof p !== "object") return undefined;
  const { value, unit } = p as { value?: unknown; unit?: unknown };
  if (typeof value !== "number" || typeof unit !== "string") return undefined;
  const word = unit.replace("_", " ");
  return `${value} ${value === 1 ? word.replace(/s$/, "") : word}`;
}

/**
 * The recorded contract terms (`contract.*` of a vendor setup) and where the pack states each:
 * the value a vendor setup should record, as YAML text, and the citation it comes from.
 */
export function contractTerm(
  terms: Terms,
  field: string,
): { text: string; citation?: { clause?: string; quote?: string; gloss?: string } } | undefined {
  const citations = (terms.citations ?? {}) as Record<string, { clause?: string; quote?: string; gloss?: string }>;
  const clauses = (terms.clauses ?? {}) as Record<string, { clause?: string; quote?: string; gloss?: string }>;
  const audit = (terms.audit ?? {}) as { maxPerYear?: unknown; notice?: unknown };
  const cite = (c: { clause?: string; quote?: string; gloss?: string } | undefined) => (c ? { citation: c } : {});
  switch (field) {
    case "objectionWindow":
    case "priorNotice":
    case "breachNotification": {
      const text = periodText(terms[field]);
      return text ? { text, ...cite(citations[field]) } : undefined;
    }
    case "auditsPerYear":
      return typeof audit.maxPerYear === "number" ? { text: String(audit.maxPerYear), ...cite(clauses["contract-audits"]) } : undefined;
    case "auditNotice": {
      const text = periodText(audit.notice);
      return text ? { text, ...cite(clauses["contract-audits"]) } : undefined;
    }
    default:
      return undefined;
  }
}

/** A sub-processor of a pack's list, found by its name or one of its aliases (case-insensitive). */
export function listedSubprocessor(
  terms: Terms,
  name: string,
): { name: string; country?: string | null; mechanism?: string | null } | undefined {
  const list = ((terms.subprocessors as { list?: unknown } | undefined)?.list ?? []) as Array<{
    name: string;
    aliases?: string[];
    country?: string | null;
    mechanism?: string | null;
  }>;
  const wanted = name.trim().toLowerCase();
  return list.find((s) => s.name.toLowerCase() === wanted || (s.aliases ?? []).some((a) => a.toLowerCase() === wanted));
}
