import { parseYamlText, type PathAt, type SourceDocument, type SourcePart } from "@dpa-lint/core";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Position } from "vscode-languageserver";

/** What is under the cursor of a YAML buffer: the document, the path there and the document's value. */
export interface Cursor {
  doc: SourcePart;
  at: PathAt;
  offset: number;
  /** The document as plain data (a partly typed one included). */
  value: Record<string, unknown>;
}

/**
 * The cursor at a position of a buffer. `parsed` is the buffer parsed once for a request that
 * asks about several positions (code actions, one per diagnostic).
 */
export function cursorAt(document: TextDocument, position: Position, parsed: SourceDocument = parseBuffer(document)): Cursor | undefined {
  const offset = document.offsetAt(position);
  const doc = parsed.documents.find((d) => d.range[0] <= offset && offset <= d.range[1]) ?? parsed.documents.at(-1);
  if (!doc) return undefined;
  const value =
    doc.value !== null && typeof doc.value === "object" && !Array.isArray(doc.value) ? (doc.value as Record<string, unknown>) : {};
  return { doc, at: doc.pathAt(offset), offset, value };
}

/** A buffer as the YAML reader parses it. */
export function parseBuffer(document: TextDocument): SourceDocument {
  return parseYamlText(document.uri, document.getText());
}

/** The value at a JSON path of plain data. */
export function valueAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let here = value;
  for (const seg of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<string | number, unknown>)[seg];
  }
  return here;
}

/** The DPA pack a vendor setup names (`dpa: id` or `dpa: {id}`). */
export function packIdOf(value: Record<string, unknown>): string | undefined {
  const dpa = value.dpa;
  if (typeof dpa === "string") return dpa;
  if (dpa && typeof dpa === "object" && typeof (dpa as { id?: unknown }).id === "string") return (dpa as { id: string }).id;
  return undefined;
}

/** Whether a path is the pack id of a vendor setup. */
export function isPackIdPath(path: ReadonlyArray<string | number>): boolean {
  return (path.length === 1 && path[0] === "dpa") || (path.length === 2 && path[0] === "dpa" && path[1] === "id");
}
