import { printable } from "./printable.js";
import type { Finding, Severity } from "../findings/finding.js";
import type { Formatter } from "./types.js";

export type AnnotationKind = "error" | "warning" | "notice";

const KIND: Record<Severity, AnnotationKind> = { error: "error", warning: "warning", info: "notice" };

/** A finding as a GitHub annotation; the properties are those of @actions/core's annotations. */
export interface Annotation {
  kind: AnnotationKind;
  message: string;
  properties: { title: string; file: string; startLine: number; endLine?: number; startColumn?: number; endColumn?: number };
}

/**
 * The one mapping from a finding to an annotation, used by `-f github` and by the GitHub Action.
 * GitHub takes columns only for an annotation on one line.
 */
export function annotationOf(f: Finding): Annotation {
  const oneLine = f.endLine === undefined || f.endLine === f.line;
  return {
    kind: KIND[f.severity],
    // Printable: the runner writes the message to the log, where ESC and bidi controls would act.
    message: printable(f.message + (f.clause ? ` (${f.clause})` : "")),
    properties: {
      title: printable(f.ruleId),
      file: f.file,
      startLine: f.line,
      ...(oneLine ? { startColumn: f.column } : {}),
      ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
      ...(oneLine && f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
    },
  };
}

/** GitHub workflow commands: one annotation per finding, escaped as the runner expects. */
export const github: Formatter = {
  description: "GitHub Actions workflow-command annotations (::error file=...)",
  format(result) {
    return result.results.map(annotation).join("");
  },
};

export function annotation(f: Finding): string {
  const { kind, message, properties: p } = annotationOf(f);
  const props = [
    `file=${escapeProperty(p.file)}`,
    `line=${p.startLine}`,
    ...(p.startColumn !== undefined ? [`col=${p.startColumn}`] : []),
    ...(p.endLine !== undefined ? [`endLine=${p.endLine}`] : []),
    ...(p.endColumn !== undefined ? [`endColumn=${p.endColumn}`] : []),
    `title=${escapeProperty(p.title)}`,
  ].join(",");
  return `::${kind} ${props}::${escapeData(message)}\n`;
}

// As @actions/core's command.ts: data escapes %, CR, LF; properties also : and ,.
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
