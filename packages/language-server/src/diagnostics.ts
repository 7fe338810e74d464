import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import type { Finding } from "@dpa-lint/core";
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from "vscode-languageserver";
import type { PackIndex } from "./pack-index.js";

export const SOURCE = "dpa-lint";

const SEVERITY: Record<Finding["severity"], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A finding's range: its 1-based, end-exclusive line and column made 0-based (UTF-16 columns both). */
export function rangeOf(f: Pick<Finding, "line" | "column" | "endLine" | "endColumn">): Range {
  return { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } };
}

/** What a diagnostic carries back to the server in code-action requests: the finding it shows. */
export interface DiagnosticData {
  ruleId: string;
  path: Finding["path"];
  document?: number;
  dpa?: string;
}

/**
 * A finding as the editor shows it: the rule id as code linking its page, the configured
 * severity, and, for a DPA term, the clause in the pack's terms file as related information.
 */
export function toDiagnostic(f: Finding, packs: PackIndex | undefined): Diagnostic {
  const data: DiagnosticData = {
    ruleId: f.ruleId,
    path: f.path,
    ...(f.document !== undefined ? { document: f.document } : {}),
    ...(f.dpa ? { dpa: f.dpa } : {}),
  };
  const related = relatedInformation(f, packs);
  return {
    range: rangeOf(f),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    ...(f.docsUrl ? { codeDescription: { href: f.docsUrl } } : {}),
    source: SOURCE,
    message: f.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

/** The DPA clause a finding cites, at its line in the pack's terms file when that file is on disk. */
function relatedInformation(f: Finding, packs: PackIndex | undefined): DiagnosticRelatedInformation[] {
  const pack = f.dpa ? packs?.get(f.dpa) : undefined;
  if (!pack?.file || !f.clause) return [];
  const line = f.quote ? lineOf(pack.file, f.quote) : 0;
  return [
    {
      location: { uri: pathToFileURL(pack.file).href, range: { start: { line, character: 0 }, end: { line, character: 0 } } },
      message: `${f.clause}${f.quote ? `: «${f.quote}»` : ""}`,
    },
  ];
}

/** The 0-based line of the first mention of a quote in a terms file (0 when not found). */
function lineOf(file: string, quote: string): number {
  try {
    const text = readFileSync(file, "utf8");
    const at = text.indexOf(quote.slice(0, 60));
    return at < 0 ? 0 : text.slice(0, at).split("\n").length - 1;
  } catch {
    return 0;
  }
}
