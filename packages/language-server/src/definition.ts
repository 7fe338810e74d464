import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import type { Finding } from "@dpa-lint/core";
import type { Location, Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { cursorAt, isPackIdPath, packIdOf } from "./cursor.js";
import { rangeOf } from "./diagnostics.js";
import type { Session } from "./sessions.js";

/**
 * Go to definition: from `dpa: <id>` to the pack's terms file, and from a finding to the policy
 * rule that reported it (its METADATA in the .rego source), when those files are on disk.
 */
export function definitionAt(document: TextDocument, position: Position, session: Session, findings: readonly Finding[]): Location[] {
  const out: Location[] = [];
  const cursor = cursorAt(document, position);
  const packId = cursor ? packIdOf(cursor.value) : undefined;
  if (cursor && packId && isPackIdPath(cursor.at.path)) {
    const file = session.packs.get(packId)?.file;
    if (file) out.push(at(file, termsLine(file)));
  }
  for (const f of findings) {
    const r = rangeOf(f);
    if (position.line < r.start.line || position.line > r.end.line) continue;
    const source = session.packs.ruleSource(f.ruleId);
    if (source) out.push(at(source.file, source.line));
  }
  return out;
}

function at(file: string, line: number): Location {
  return { uri: pathToFileURL(file).href, range: { start: { line, character: 0 }, end: { line, character: 0 } } };
}

/** The line of `terms:` in a terms file (0 when not found). */
function termsLine(file: string): number {
  try {
    const lines = readFileSync(file, "utf8").split("\n");
    return Math.max(
      0,
      lines.findIndex((l) => /^terms\s*:/.test(l)),
    );
  } catch {
    return 0;
  }
}
