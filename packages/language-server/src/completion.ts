import { durationText, KNOWN_PROVIDERS, regionsOf, type Duration } from "@dpa-lint/core";
import { CompletionItemKind, type CompletionItem, type Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { cursorAt, isPackIdPath, packIdOf, valueAt } from "./cursor.js";
import type { Session } from "./sessions.js";
import type { Terms } from "./pack-index.js";
import { allowedValues } from "./schema-values.js";

/**
 * Completion of the values dpa-lint knows: DPA pack ids (`dpa`), sub-processor names from the
 * pack's list, providers and their region codes (with the country each is in), the pack's
 * retention categories as data categories, and every value the format's schema lists. The item replaces the scalar under the cursor, if any.
 */
export function completionsAt(document: TextDocument, position: Position, session: Session): CompletionItem[] {
  const cursor = cursorAt(document, position);
  if (!cursor || cursor.at.onKey) return [];
  const path = cursor.at.path;
  const pack = session.packs.get(packIdOf(cursor.value) ?? "");
  const range = cursor.at.scalar
    ? { start: document.positionAt(cursor.at.scalar.range[0]), end: document.positionAt(cursor.at.scalar.range[1]) }
    : { start: position, end: position };
  const item = (label: string, detail: string, kind: CompletionItemKind, sort?: number): CompletionItem => ({
    label,
    detail,
    kind,
    textEdit: { range, newText: label },
    ...(sort !== undefined ? { sortText: String(sort).padStart(5, "0") } : {}),
  });
  const last = path[path.length - 1];
  if (isPackIdPath(path))
    return session.packs.ids().map((id) => item(id, session.packs.get(id)?.title ?? "DPA pack", CompletionItemKind.Module));
  if (path[0] === "subprocessors" && typeof path[1] === "number" && last === "name" && path.length === 3 && pack)
    return subprocessorList(pack.terms).map((s, i) =>
      item(s.name, `${s.country ?? "no location"}${s.mechanism ? `, ${s.mechanism}` : ""} (${pack.id} DPA)`, CompletionItemKind.Value, i),
    );
  if (last === "provider" && path.length === 3) return KNOWN_PROVIDERS.map((p) => item(p, "provider", CompletionItemKind.EnumMember));
  if (last === "region" && path.length === 3) {
    const provider = valueAt(cursor.value, [...path.slice(0, -1), "provider"]);
    const providers = typeof provider === "string" ? [provider] : KNOWN_PROVIDERS;
    return providers.flatMap((p) => regionsOf(p).map((r, i) => item(r.code, `${r.country} (${p})`, CompletionItemKind.EnumMember, i)));
  }
  // A data category the DPA sets a retention limit for (retention is keyed by these names).
  if (path[0] === "processing" && path[1] === "dataCategories" && typeof last === "number" && pack) {
    const retention = (pack.terms.retention ?? []) as Array<{ category: string; max?: Duration | string }>;
    return retention.map((r, i) =>
      item(
        r.category,
        `${pack.id} DPA: at most ${typeof r.max === "string" ? r.max : r.max ? durationText(r.max) : "?"}`,
        CompletionItemKind.Value,
        i,
      ),
    );
  }
  // Any other field whose values the format lists (transferMechanism, change, legalBasis...).
  return allowedValues(path).map((v, i) => item(v.value, v.description ?? "vendor setup format", CompletionItemKind.EnumMember, i));
}

function subprocessorList(terms: Terms): Array<{ name: string; country?: string | null; mechanism?: string | null }> {
  return ((terms.subprocessors as { list?: unknown } | undefined)?.list ?? []) as Array<{
    name: string;
    country?: string | null;
    mechanism?: string | null;
  }>;
}
