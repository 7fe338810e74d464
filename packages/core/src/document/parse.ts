import { Composer, Parser, type CST, type Document } from "yaml";
import type { Finding, PathSegment, Position } from "../findings/finding.js";
import { scanCst, type CstScan } from "./cst-scan.js";
import { locate, positionOf, type Located } from "./locate.js";
import { pathAt, type PathAt } from "./path-at.js";
import type { CommentToken, SourceDocument, SourcePart } from "./source-document.js";
import { SourceLines } from "./source-lines.js";
import { toPlain } from "./to-plain.js";
import { thousands } from "../thousands.js";

/**
 * Limits that keep untrusted input bounded in time and memory. Every step after them is linear in
 * the input, so a file within the limits lints in bounded time (gate-integrity issue).
 */
export const PARSE_LIMITS = {
  /** Larger files are rejected before they are read: no vendor setup comes near this. */
  maxBytes: 2 * 1024 * 1024,
  /** Values aliases may add to a document beyond those written out: stops billion-laughs. */
  maxAliasExpansion: 100_000,
  /** Deeper nesting is rejected before composing: the format is at most five levels deep. */
  maxDepth: 64,
  /**
   * Values (aliases expanded) the policies evaluate in one document and in one file. Policy
   * evaluation in Wasm costs up to ~0.4 ms a value and grows faster than the document (4,000
   * sub-processors took 33 s), so larger documents get a finding instead of an evaluation. A real
   * vendor setup holds 50 to 500 values.
   */
  maxValuesPerDocument: 2_000,
  maxValuesPerFile: 5_000,
  /**
   * Commas and line breaks a file may hold before it is parsed: every value after the first needs
   * one, so a file with ten times the file's value budget cannot be evaluated anyway, and yaml's
   * lexer alone takes about a second on 150,000 flow items. Counting is one pass over the text.
   */
  maxSeparators: 50_000,
} as const;

/** A YAML document of a file: the SourcePart every later stage reads, over yaml's parsed tree. */
export class YamlPart implements SourcePart {
  readonly range: readonly [number, number];

  constructor(
    readonly index: number,
    /** yaml's tree; only the document layer reads it (positions are asked through the methods). */
    readonly node: Document.Parsed,
    readonly value: unknown,
    readonly values: number,
    private readonly lines: SourceLines,
  ) {
    this.range = [node.range[0], node.range[2]];
  }

  locate(path: readonly PathSegment[]): Located {
    return locate(this.node, path);
  }

  position(path: readonly PathSegment[], atKey = false): Position {
    return positionOf(this.node, this.lines, path, atKey);
  }

  pathAt(offset: number): PathAt {
    return pathAt(this.node, offset);
  }
}

/** A YAML file read: the format-neutral SourceDocument whose documents are YamlParts. */
export interface ParsedFile extends SourceDocument {
  documents: YamlPart[];
  problems: Finding[];
  comments: CommentToken[];
  unevaluated: Array<[number, number]>;
  /** @deprecated The former name of `problems`. */
  readonly findings: Finding[];
  /** @deprecated The former name of `lines` (its `linePos` and `lineStarts` are yaml's LineCounter's). */
  readonly lineCounter: SourceLines;
}

/** @deprecated The name of a YAML file's document before SourcePart: use `SourcePart`. */
export type ParsedDocument = YamlPart;

const BOM = "\uFEFF";

export interface ParseOptions {
  /**
   * The linter's value budget: documents certainly over it are not composed (a parse-error
   * each). Configuration and pack-terms files are read whole.
   */
  budget?: boolean;
}

/**
 * Parses a vendor file (YAML, or JSON, which yaml reads as YAML 1.2 flow) keeping positions.
 * Never throws for bad content: every problem becomes a `parse-error` finding, one per syntax
 * error (the first of each document: the parser's follow-on complaints about the tokens after it
 * are noise). A document with a problem is not linted further.
 * Merge keys (`<<`) are enabled: teams share blocks between vendor setups, and a finding on a
 * merged field points at the `<<` line that brought it in.
 */
export function parseYamlText(file: string, rawText: string, options: ParseOptions = {}): ParsedFile {
  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  const lines = new SourceLines(text);
  const result: ParsedFile = {
    file,
    lines,
    documents: [],
    problems: [],
    comments: [],
    unevaluated: [],
    get findings() {
      return this.problems;
    },
    get lineCounter() {
      return this.lines;
    },
  };
  const fail = (message: string, start = 0, end = start + 1): ParsedFile => {
    result.problems.push(parseError(file, lines, message, start, end));
    return result;
  };

  if (Buffer.byteLength(text, "utf8") > PARSE_LIMITS.maxBytes) return fail(tooLargeMessage());
  if (separatorsOver(text, PARSE_LIMITS.maxSeparators)) return fail(tooManySeparatorsMessage());
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return fail("file is binary (it contains a NUL byte), not YAML or JSON", nul);

  // The parser (tokens) is iterative; the composer recurses per nesting level, so the depth is
  // checked on the tokens first and the composer only sees what it can handle on any thread.
  const tokens: CST.Token[] = Array.from(new Parser().parse(text));
  const scan = scanCst(tokens, PARSE_LIMITS.maxDepth);
  result.comments = scan.comments;
  if (scan.tooDeepAt !== undefined) return fail(`nesting deeper than ${PARSE_LIMITS.maxDepth} levels`, scan.tooDeepAt);
  const oversized = options.budget ? skipOversized(scan.documents, text.length) : new Map<number, never>();
  for (const { start, end, values } of oversized.values()) {
    result.problems.push(parseError(file, lines, overBudgetMessage(values, true), start, start + 1));
    result.unevaluated.push(lines.lineSpan(start, end));
  }

  // Always the YAML 1.2 core schema, even under a `%YAML 1.1` directive: dates stay strings (the
  // engine checks them) and `yes`/`no` stay strings (the schema reports a non-boolean). Duplicate
  // keys are found by toPlain in linear time; logLevel "error" keeps yaml's warnings off stderr.
  const composer = new Composer({ merge: true, prettyErrors: false, uniqueKeys: false, schema: "core", logLevel: "error" });
  const docs: Document.Parsed[] = [];
  for (const doc of composer.compose(tokens, false, text.length)) docs.push(doc);

  docs.forEach((node, index) => {
    if (oversized.has(node.range[0])) return;
    const first = node.errors.reduce<(typeof node.errors)[number] | undefined>(
      (a, e) => (a === undefined || e.pos[0] < a.pos[0] ? e : a),
      undefined,
    );
    if (first) {
      result.problems.push(parseError(file, lines, firstLine(first.message), first.pos[0], first.pos[1]));
      return;
    }
    const plain = toPlain(node, PARSE_LIMITS.maxAliasExpansion);
    if (plain.problems.length > 0) {
      for (const p of plain.problems) result.problems.push(parseError(file, lines, p.message, ...p.range));
      return;
    }
    result.documents.push(new YamlPart(index, node, plain.value, plain.values, lines));
  });
  return result;
}

/**
 * Documents whose values certainly exceed the per-document budget are not composed (composing
 * a 2 MB document costs more than everything else the file needs): each document token's value
 * becomes an empty scalar. Returns them by start offset, with their extent and lower bound.
 */
function skipOversized(documents: CstScan["documents"], textEnd: number): Map<number, { start: number; end: number; values: number }> {
  const skipped = new Map<number, { start: number; end: number; values: number }>();
  documents.forEach(({ token, values }, i) => {
    if (values <= PARSE_LIMITS.maxValuesPerDocument || !token.value) return;
    const end = documents[i + 1]?.token.offset ?? textEnd;
    skipped.set(token.offset, { start: token.value.offset, end, values });
    token.value = { type: "scalar", offset: token.value.offset, indent: 0, source: "" };
  });
  return skipped;
}

/** Why a document is not evaluated; `atLeast`: the count is a lower bound taken before composing. */
export function overBudgetMessage(values: number, atLeast = false): string {
  const { maxValuesPerDocument: perDoc, maxValuesPerFile: perFile } = PARSE_LIMITS;
  const limit = `dpa-lint evaluates at most ${thousands(perDoc)} values a document and ${thousands(perFile)} a file`;
  return `this document holds ${atLeast ? "at least " : ""}${thousands(values)} values and is not evaluated: ${limit}; split it into several vendor files`;
}

export function tooLargeMessage(): string {
  return `file is larger than ${PARSE_LIMITS.maxBytes / (1024 * 1024)} MiB; a vendor setup is never this big`;
}

function parseError(file: string, lines: SourceLines, message: string, start: number, end: number): Finding {
  return {
    file,
    ruleId: "parse-error",
    severity: "error",
    message,
    path: [],
    ...lines.position(start, Math.max(end, start + 1)),
  };
}

/** yaml's messages carry a code excerpt after the first line; keep the sentence. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/:$/, "").trim();
}

/** Whether the text holds more than `limit` commas and line breaks (stops counting there). */
function separatorsOver(text: string, limit: number): boolean {
  // Each separator is one character: a shorter text (every vendor file we have seen) has no need
  // to be counted.
  if (text.length <= limit) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 44 || c === 10) && ++count > limit) return true;
  }
  return false;
}

function tooManySeparatorsMessage(): string {
  const { maxSeparators, maxValuesPerFile } = PARSE_LIMITS;
  return `file holds more than ${thousands(maxSeparators)} commas and line breaks, so more values than the ${thousands(maxValuesPerFile)} dpa-lint evaluates a file; split it into several vendor files`;
}
