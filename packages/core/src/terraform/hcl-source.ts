import type * as TreeSitter from "web-tree-sitter";
import type { SourceDocument } from "../document/source-document.js";
import { findingAt, type Finding } from "../findings/finding.js";
import { SourceLines } from "../document/source-lines.js";
import { parseTerraformJson } from "./hcl-json.js";
import { parseHcl, type HclFile } from "./hcl.js";

/**
 * A Terraform file (HCL, or Terraform's JSON syntax when `json`) as a SourceDocument, beside the
 * model the placements read. Terraform is judged through that model, not by JSON paths, so its
 * `documents` are empty and its findings are placed at the offsets the model keeps; its comments
 * and parse problem are what a YAML file's are, for the same suppressions and findings code.
 */
export function readTerraformSource(
  parser: TreeSitter.Parser,
  file: string,
  text: string,
  json: boolean,
): { source: SourceDocument; hcl: HclFile } {
  const hcl = json ? parseTerraformJson(parser, text) : parseHcl(parser, text);
  const lines = new SourceLines(text);
  const problems: Finding[] = [];
  if (hcl.error) {
    // The one character where the parser stopped.
    const { line, col } = lines.linePos(hcl.error.offset);
    problems.push(findingAt(file, "parse-error", hcl.error.message, line, col));
  }
  return { source: { file, lines, problems, comments: hcl.comments, documents: [], unevaluated: [] }, hcl };
}
