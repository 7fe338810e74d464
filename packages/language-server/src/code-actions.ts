import { isEngineRuleId, type PathSegment } from "@dpa-lint/core";
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { cursorAt, packIdOf, parseBuffer, valueAt, type Cursor } from "./cursor.js";
import { SOURCE, type DiagnosticData } from "./diagnostics.js";
import type { Session } from "./sessions.js";
import { contractTerm, listedSubprocessor } from "./terms.js";

/**
 * Quick fixes for dpa-lint's diagnostics, each a WorkspaceEdit on the open document:
 * - a `dpa-lint-disable-next-line RULE -- reason` comment above the finding, the cursor on the
 *   reason when the client takes snippet edits (never for engine rules: they cannot be
 *   suppressed, and a comment naming one is itself an error);
 * - a recorded contract term set to the value the DPA pack states;
 * - a sub-processor's country set to the one the DPA's list gives.
 */
export function codeActions(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  session: Session,
  options: { snippets: boolean },
): CodeAction[] {
  const actions: CodeAction[] = [];
  const parsed = parseBuffer(document);
  for (const d of diagnostics) {
    if (d.source !== SOURCE || !d.data) continue;
    const data = d.data as DiagnosticData;
    const cursor = cursorAt(document, d.range.start, parsed);
    if (cursor) {
      const fix = contractFix(document, data, cursor, session) ?? countryFix(document, data, cursor, session);
      if (fix) actions.push({ ...fix, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true });
    }
    if (!isEngineRuleId(data.ruleId)) actions.push(suppression(document, d, data.ruleId, options.snippets));
  }
  return actions;
}

function suppression(document: TextDocument, d: Diagnostic, ruleId: string, snippets: boolean): CodeAction {
  const line = d.range.start.line;
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? "";
  const head = `${indent}# dpa-lint-disable-next-line ${ruleId} -- `;
  const at = { start: { line, character: 0 }, end: { line, character: 0 } };
  // Without snippets the reason is left empty: the comment then reports a missing reason until
  // one is written, instead of silencing the finding with a placeholder nobody reviewed.
  const edit = snippets
    ? ({ range: at, snippet: { kind: "snippet", value: `${snippetEscape(head)}\${1:why this is accepted}\n` } } as unknown as TextEdit)
    : { range: at, newText: `${head}\n` };
  return {
    title: `Suppress ${ruleId} on this line (with a reason)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [edit] }] },
  };
}

/** `contract.<term>` set to the pack's value (a DPA contract rule's finding only). */
function contractFix(document: TextDocument, data: DiagnosticData, cursor: Cursor, session: Session): Omit<CodeAction, "kind"> | undefined {
  const [head, field] = data.path;
  if (head !== "contract" || typeof field !== "string" || data.path.length !== 2 || !data.dpa) return undefined;
  const pack = session.packs.get(data.dpa);
  const term = pack ? contractTerm(pack.terms, field) : undefined;
  if (!term) return undefined;
  const range = valueRange(document, cursor, data.path);
  if (!range) return undefined;
  return { title: `Set contract.${field} to the ${data.dpa} DPA's ${term.text}`, edit: replace(document, range, term.text) };
}

/** A sub-processor's country set to the one the pack's list gives, when a finding is about an entry recorded elsewhere or nowhere. */
function countryFix(document: TextDocument, data: DiagnosticData, cursor: Cursor, session: Session): Omit<CodeAction, "kind"> | undefined {
  const [head, index] = data.path;
  if (head !== "subprocessors" || typeof index !== "number") return undefined;
  const packId = data.dpa ?? packIdOf(cursor.value);
  const pack = packId ? session.packs.get(packId) : undefined;
  const name = valueAt(cursor.value, ["subprocessors", index, "name"]);
  const listed = pack && typeof name === "string" ? listedSubprocessor(pack.terms, name) : undefined;
  const recorded = valueAt(cursor.value, ["subprocessors", index, "country"]);
  if (!listed?.country || (typeof recorded === "string" && recorded.toUpperCase() === listed.country)) return undefined;
  const title = `Set the country of ${listed.name} to ${listed.country}, as the ${packId} DPA lists it`;
  const countryPath = ["subprocessors", index, "country"];
  if (recorded !== undefined) {
    const range = valueRange(document, cursor, countryPath);
    return range ? { title, edit: replace(document, range, listed.country) } : undefined;
  }
  // No country yet: a `country:` line under the name, at the name's indentation (block style only).
  const nameKey = cursor.doc.locate(["subprocessors", index, "name"]).keyRange;
  if (!nameKey) return undefined;
  const start = document.positionAt(nameKey[0]);
  const lineText = document.getText({ start: { line: start.line, character: 0 }, end: start });
  if (!/^[ \t]*(- )?$/.test(lineText)) return undefined;
  const at = { line: start.line + 1, character: 0 };
  const edit: TextEdit = { range: { start: at, end: at }, newText: `${" ".repeat(start.character)}country: ${listed.country}\n` };
  return { title, edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [edit] }] } };
}

function valueRange(document: TextDocument, cursor: Cursor, path: readonly PathSegment[]) {
  const located = cursor.doc.locate(path);
  if (located.depth !== path.length) return undefined;
  return { start: document.positionAt(located.valueRange[0]), end: document.positionAt(located.valueRange[1]) };
}

function replace(document: TextDocument, range: TextEdit["range"], newText: string): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [{ range, newText }] }] };
}

function snippetEscape(text: string): string {
  return text.replace(/[\\$}]/g, "\\$&");
}
