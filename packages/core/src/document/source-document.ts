import type { Finding, PathSegment, Position } from "../findings/finding.js";
import type { Located } from "./locate.js";
import type { PathAt } from "./path-at.js";
import type { SourceLines } from "./source-lines.js";

/**
 * A source file as every stage after parsing sees it, whatever its format: its text and lines,
 * its parse problems, the comment tokens suppression directives are read from, and the documents
 * it holds, each able to say where a JSON path is written (Spectral's `Document` is the model: one
 * object owns the text, the parsed tree and `locate(path)`). Findings, suppressions and
 * formatters depend on this shape only: the YAML reader (parse.ts) is one implementation, the
 * Terraform reader (terraform/hcl-source.ts) another, and a further format plugs in beside them.
 */
export interface SourceDocument {
  /** The file as findings name it. */
  readonly file: string;
  /** The text (a byte-order mark removed) and its lines. */
  readonly lines: SourceLines;
  /** Problems reading the file (`parse-error` findings), each at its position. */
  readonly problems: Finding[];
  /** The file's comment tokens, in order: where suppression directives are written. */
  readonly comments: readonly CommentToken[];
  /** The documents the file holds that parsed (YAML: one per `---`), with their data. */
  readonly documents: readonly SourcePart[];
  /**
   * Line ranges (1-based, inclusive) of documents never read (too large to evaluate): each has a
   * problem, and no suppression there can be judged unused.
   */
  readonly unevaluated: ReadonlyArray<[number, number]>;
}

/** A comment as written, with the offset of its first character. */
export interface CommentToken {
  offset: number;
  source: string;
}

/** One document of a source file: its data and where each of its values is written. */
export interface SourcePart {
  /** 0-based index among the file's documents, counting empty ones. */
  readonly index: number;
  /** The document as plain JSON data (YAML's aliases and merge keys resolved). */
  readonly value: unknown;
  /** How many values `value` holds, aliases expanded: the size the policies evaluate. */
  readonly values: number;
  /** The document's [start, end) offsets in the text. */
  readonly range: readonly [number, number];
  /** Where a JSON path is written, as offsets (document/locate.ts says which node is reported). */
  locate(path: readonly PathSegment[]): Located;
  /**
   * The position a finding about a JSON path is reported at: the value, the key when `atKey`, the
   * closest existing parent's first line when the path is absent (docs/vendor-setup-v1.md).
   */
  position(path: readonly PathSegment[], atKey?: boolean): Position;
  /** The reverse of `locate`: the JSON path under an offset (an editor's cursor). */
  pathAt(offset: number): PathAt;
}
