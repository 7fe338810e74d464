import { LineCounter, parseAllDocuments, visit, type Document } from "yaml";
import type { Finding } from "../findings/finding.js";
import { rangeToPosition } from "./position.js";

/** Limits that keep untrusted input bounded in time and memory (see ENGINE-NOTES, yaml 2.x). */
export const PARSE_LIMITS = {
  /** Larger files are rejected before parsing: no vendor setup comes near this. */
  maxBytes: 2 * 1024 * 1024,
  /** Passed to yaml's toJS: stops billion-laughs expansions. */
  maxAliasCount: 200,
  /** Deeper values are rejected: the format is at most five levels deep. */
  maxDepth: 64,
} as const;

export interface ParsedDocument {
  /** 0-based index among the file's documents, counting empty ones. */
  index: number;
  node: Document.Parsed;
  /** The document as plain JSON data (aliases and merge keys resolved). */
  value: unknown;
}

export interface ParsedFile {
  file: string;
  lineCounter: LineCounter;
  documents: ParsedDocument[];
  /** parse-error findings: syntax errors, duplicate keys, alias bombs, limits. */
  findings: Finding[];
}

const BOM = "\uFEFF";

/**
 * Parses a vendor file (YAML, or JSON, which yaml reads as YAML 1.2 flow) keeping positions.
 * Never throws for bad content: every problem becomes a `parse-error` finding.
 * Merge keys (`<<`) are enabled: teams share blocks between vendor setups, and a finding on a
 * merged field points at the `<<` line that brought it in.
 */
export function parseYamlText(file: string, rawText: string): ParsedFile {
  const lineCounter = new LineCounter();
  const result: ParsedFile = { file, lineCounter, documents: [], findings: [] };
  const fail = (message: string, start = 0, end = start + 1): ParsedFile => {
    result.findings.push(parseError(file, lineCounter, message, start, end));
    return result;
  };

  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  if (Buffer.byteLength(text, "utf8") > PARSE_LIMITS.maxBytes) {
    lineCounter.addNewLine(0);
    return fail(`file is larger than ${PARSE_LIMITS.maxBytes / (1024 * 1024)} MiB; a vendor setup is never this big`);
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    lineCounter.addNewLine(0);
    return fail("file is binary (it contains a NUL byte), not YAML or JSON");
  }

  let docs: Document.Parsed[];
  try {
    // Always the YAML 1.2 core schema, even under a `%YAML 1.1` directive: dates stay strings
    // (the engine checks them) and `yes`/`no` stay strings (the schema reports a non-boolean).
    docs = parseAllDocuments(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true, schema: "core" }) as Document.Parsed[];
  } catch (error) {
    // The composer recurses per nesting level: absurd nesting overflows the stack.
    if (lineCounter.lineStarts.length === 0) lineCounter.addNewLine(0);
    return fail(error instanceof RangeError ? "nesting is too deep to parse" : `cannot parse: ${String(error)}`);
  }
  if (!Array.isArray(docs)) docs = [docs];

  docs.forEach((node, index) => {
    if (node.errors.length > 0) {
      for (const err of node.errors) {
        const [start, end] = err.pos;
        result.findings.push(parseError(file, lineCounter, firstLine(err.message), start, end));
      }
      return;
    }
    const dangling = danglingAlias(node);
    if (dangling) {
      result.findings.push(parseError(file, lineCounter, `unknown alias *${dangling.source}: no anchor &${dangling.source} before it in this document`, ...dangling.range));
      return;
    }
    let value: unknown;
    try {
      value = node.toJS({ maxAliasCount: PARSE_LIMITS.maxAliasCount });
    } catch (error) {
      const start = node.range[0];
      const why = error instanceof ReferenceError ? "too many alias expansions (possible alias bomb)" : String(error);
      result.findings.push(parseError(file, lineCounter, why, start, start + 1));
      return;
    }
    if (depthExceeds(value, PARSE_LIMITS.maxDepth)) {
      const start = node.range[0];
      result.findings.push(parseError(file, lineCounter, `nesting deeper than ${PARSE_LIMITS.maxDepth} levels`, start, start + 1));
      return;
    }
    result.documents.push({ index, node, value });
  });
  return result;
}

/** The first alias with no anchor before it (yaml only notices when converting, without a position). */
function danglingAlias(doc: Document.Parsed): { source: string; range: [number, number] } | undefined {
  let found: { source: string; range: [number, number] } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        found = { source: node.source, range: [node.range?.[0] ?? 0, node.range?.[1] ?? 1] };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function parseError(file: string, lineCounter: LineCounter, message: string, start: number, end: number): Finding {
  return {
    file,
    ruleId: "parse-error",
    severity: "error",
    message,
    path: [],
    ...rangeToPosition(lineCounter, start, Math.max(end, start + 1)),
  };
}

/** yaml's messages carry a code excerpt after the first line; keep the sentence. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/:$/, "").trim();
}

function depthExceeds(value: unknown, limit: number): boolean {
  // Iterative so that the check itself cannot overflow the stack.
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return false;
}
