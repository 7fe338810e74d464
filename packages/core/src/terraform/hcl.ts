import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type * as TreeSitter from "web-tree-sitter";

/**
 * Terraform's HCL, read with a real parser: tree-sitter's HCL grammar (its Terraform variant),
 * compiled to WebAssembly and run by web-tree-sitter, as the policies run under opa-wasm. Every
 * construct Terraform accepts parses (heredocs, templates, dynamic blocks, for expressions); a
 * syntax error is a problem at its position. The tree becomes a small model of blocks,
 * attributes and the expressions dpa-lint can evaluate statically (literals, templates and
 * references), each with its offset in the text.
 */
export interface HclFile {
  blocks: HclBlock[];
  /** Top-level attributes (a .tfvars file is only these). */
  attributes: Map<string, HclAttribute>;
  /** Comments as `{ offset, source }`, `//` comments written with `#` (what suppressions read). */
  comments: Array<{ offset: number; source: string }>;
  /** The first syntax error, if any. */
  error?: { offset: number; message: string };
}

export interface HclBlock {
  type: string;
  labels: string[];
  offset: number;
  attributes: Map<string, HclAttribute>;
  blocks: HclBlock[];
}

export interface HclAttribute {
  name: string;
  /** Where the attribute's name starts: findings point here (`region = "us-east-1"`). */
  offset: number;
  value: HclExpr;
}

/**
 * The expressions dpa-lint evaluates: literals, templates, references, objects and tuples,
 * conditions, operations and a few functions; anything else is `other` (a for expression, a splat...).
 */
export type HclExpr =
  | { kind: "literal"; value: string | number | boolean | null; offset: number }
  | { kind: "template"; parts: Array<string | HclExpr>; offset: number }
  | { kind: "reference"; path: string[]; offset: number }
  | { kind: "object"; entries: Map<string, HclExpr>; offset: number }
  | { kind: "tuple"; items: HclExpr[]; offset: number }
  | { kind: "conditional"; condition: HclExpr; then: HclExpr; else: HclExpr; offset: number }
  | { kind: "call"; name: string; args: HclExpr[]; offset: number }
  /** A unary (one operand) or binary operation: `!`, `-`, `==`, `!=`, `&&`, `||`, and the others. */
  | { kind: "operation"; operator: string; operands: HclExpr[]; offset: number }
  /** `var.regions["eu"]`, `var.list[0]`, `var.list.0`: an element of a collection. */
  | { kind: "index"; target: HclExpr; key: HclExpr; offset: number }
  | { kind: "other"; text: string; offset: number };

let parser: TreeSitter.Parser | undefined;

/** The parser, loaded once per process (web-tree-sitter's runtime and the grammar are Wasm). */
export async function hclParser(): Promise<TreeSitter.Parser> {
  if (parser) return parser;
  // Required, not imported: its CommonJS build, which the committed builds ship beside themselves
  // (a script run from the standalone's code cache cannot import() on Node 20), loaded only here.
  const { Parser, Language } = loadRuntime();
  const runtime = wasmPath("web-tree-sitter", "tree-sitter.wasm");
  await Parser.init({ locateFile: () => runtime });
  // The grammar as bytes: given a path, web-tree-sitter reads it through import("fs/promises"),
  // which a script run from the standalone's code cache cannot do on Node 20.
  const language = await Language.load(readFileSync(wasmPath("@tree-sitter-grammars/tree-sitter-hcl", "tree-sitter-terraform.wasm")));
  const p = new Parser();
  p.setLanguage(language);
  parser = p;
  return p;
}

/** web-tree-sitter: wasm/tree-sitter.cjs beside the committed builds' script, else the package. */
function loadRuntime(): typeof TreeSitter {
  const load = createRequire(import.meta.url);
  const beside = fileURLToPath(new URL("./wasm/tree-sitter.cjs", import.meta.url));
  return load(existsSync(beside) ? beside : "web-tree-sitter") as typeof TreeSitter;
}

/**
 * Where a Wasm file is: in wasm/ beside the script in the committed builds (scripts/bundle-dist.mjs
 * copies it there), else in its package.
 */
function wasmPath(pkg: string, file: string): string {
  const beside = fileURLToPath(new URL(`./wasm/${file}`, import.meta.url));
  if (existsSync(beside)) return beside;
  const require = createRequire(import.meta.url);
  try {
    return require.resolve(`${pkg}/${file}`);
  } catch {
    // A package whose `exports` do not list the file: it is beside the package's manifest.
    return join(dirname(require.resolve(`${pkg}/package.json`)), file);
  }
}

/** Parses one file's text (the parser from hclParser). */
export function parseHcl(p: TreeSitter.Parser, text: string): HclFile {
  const tree = p.parse(text);
  if (!tree) return { blocks: [], attributes: new Map(), comments: [], error: { offset: 0, message: "the HCL parser gave no tree" } };
  try {
    const root = tree.rootNode;
    const comments: HclFile["comments"] = [];
    collectComments(root, comments);
    const body = root.namedChildren.find((c) => c?.type === "body");
    const file: HclFile = { blocks: [], attributes: new Map(), comments };
    if (body) readBody(body, file, 0);
    const error = firstError(root);
    if (error) file.error = error;
    return file;
  } finally {
    tree.delete();
  }
}

function collectComments(node: TreeSitter.Node, out: HclFile["comments"]): void {
  // Iterative: a hostile file nests deeper than the stack.
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop() as TreeSitter.Node;
    if (n.type === "comment") {
      const text = n.text;
      out.push({ offset: n.startIndex, source: text.startsWith("//") ? `#${text.slice(2)}` : text });
      continue;
    }
    for (let i = n.childCount - 1; i >= 0; i--) {
      const c = n.child(i);
      if (c) stack.push(c);
    }
  }
  out.sort((a, b) => a.offset - b.offset);
}

function firstError(root: TreeSitter.Node): HclFile["error"] {
  if (!root.hasError) return undefined;
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop() as TreeSitter.Node;
    if (n.isMissing) return { offset: n.startIndex, message: `HCL syntax error: missing ${n.type}` };
    if (n.type === "ERROR") {
      const near = n.text.slice(0, 30).split("\n")[0];
      return { offset: n.startIndex, message: `HCL syntax error near "${near}"` };
    }
    for (let i = n.childCount - 1; i >= 0; i--) {
      const c = n.child(i);
      if (c?.hasError || c?.isMissing || c?.type === "ERROR") stack.push(c);
    }
  }
  return { offset: 0, message: "HCL syntax error" };
}

/** Deeper blocks are not read: no Terraform configuration nests this far, a hostile one may. */
const MAX_BLOCK_DEPTH = 32;

/** Reads a body's attributes and blocks into `into` (a file or a block). */
function readBody(body: TreeSitter.Node, into: { attributes: Map<string, HclAttribute>; blocks: HclBlock[] }, depth: number): void {
  for (const child of body.namedChildren) {
    if (child?.type === "attribute") {
      const [name, value] = child.namedChildren;
      if (name && value) into.attributes.set(name.text, { name: name.text, offset: name.startIndex, value: exprOf(value) });
    } else if (child?.type === "block" && depth < MAX_BLOCK_DEPTH) into.blocks.push(blockOf(child, depth + 1));
  }
}

function blockOf(node: TreeSitter.Node, depth: number): HclBlock {
  const named = node.namedChildren.filter((c): c is TreeSitter.Node => c !== null);
  const type = named[0]?.text ?? "";
  const labels = named
    .slice(1)
    .filter((c) => c.type === "string_lit" || c.type === "identifier")
    .map((c) => (c.type === "string_lit" ? c.text.slice(1, -1) : c.text));
  const body = named.find((c) => c.type === "body");
  const block: HclBlock = { type, labels, offset: node.startIndex, attributes: new Map(), blocks: [] };
  if (body) readBody(body, block, depth);
  return block;
}

/** An `expression` node (or one of its forms) as an HclExpr. */
export function exprOf(node: TreeSitter.Node, depth = 0): HclExpr {
  const offset = node.startIndex;
  if (depth > MAX_BLOCK_DEPTH) return { kind: "other", text: "(nested too deep)", offset };
  const parts = node.namedChildren.filter((c): c is TreeSitter.Node => c !== null);
  if (node.type === "expression" && parts.length === 1) return exprOf(parts[0] as TreeSitter.Node, depth + 1);
  if (node.type === "expression" && parts[0]?.type === "variable_expr")
    return referenceOf(parts, depth) ?? { kind: "other", text: node.text, offset };
  switch (node.type) {
    case "literal_value":
      return parts.length === 1 ? exprOf(parts[0] as TreeSitter.Node, depth + 1) : { kind: "other", text: node.text, offset };
    case "string_lit":
      return {
        kind: "literal",
        value: unescape(
          parts
            .filter((c) => c.type === "template_literal")
            .map((c) => c.text)
            .join(""),
        ),
        offset,
      };
    case "numeric_lit":
      return { kind: "literal", value: Number(node.text), offset };
    case "bool_lit":
      return { kind: "literal", value: node.text === "true", offset };
    case "null_lit":
      return { kind: "literal", value: null, offset };
    case "template_expr":
    case "quoted_template":
    case "heredoc_template":
      return templateOf(node, depth);
    case "variable_expr":
      return { kind: "reference", path: [node.text], offset };
    case "collection_value":
      return parts.length === 1 ? exprOf(parts[0] as TreeSitter.Node, depth + 1) : { kind: "other", text: node.text, offset };
    case "object":
      return objectOf(node, depth);
    case "tuple":
      return { kind: "tuple", items: parts.filter((c) => c.type === "expression").map((c) => exprOf(c, depth + 1)), offset };
    case "conditional": {
      const [condition, then, otherwise] = parts.map((c) => exprOf(c, depth + 1));
      return condition && then && otherwise
        ? { kind: "conditional", condition, then, else: otherwise, offset }
        : { kind: "other", text: node.text, offset };
    }
    case "function_call": {
      const name = parts.find((c) => c.type === "identifier")?.text ?? "";
      const args = parts.find((c) => c.type === "function_arguments");
      const list = args ? args.namedChildren.filter((c): c is TreeSitter.Node => c?.type === "expression") : [];
      // f(list...) spreads a list into the arguments: not evaluated.
      if (args?.namedChildren.some((c) => c?.type === "ellipsis")) return { kind: "other", text: node.text, offset };
      return { kind: "call", name, args: list.map((c) => exprOf(c, depth + 1)), offset };
    }
    case "operation":
      return parts.length === 1 ? exprOf(parts[0] as TreeSitter.Node, depth + 1) : { kind: "other", text: node.text, offset };
    case "binary_operation":
    case "unary_operation":
      return operationOf(node, depth);
    default:
      return { kind: "other", text: node.text, offset };
  }
}

/**
 * An operation's operator and operands. The grammar lists an operand written as a reference as
 * its parts side by side (`var.env ==` is variable_expr, get_attr, then the operator), so the
 * children are grouped between the operator tokens.
 */
function operationOf(node: TreeSitter.Node, depth: number): HclExpr {
  const groups: TreeSitter.Node[][] = [[]];
  let operator = "";
  for (const c of node.children) {
    if (!c) continue;
    if (!c.isNamed) {
      operator = c.text;
      if ((groups[groups.length - 1] ?? []).length > 0) groups.push([]);
    } else (groups[groups.length - 1] as TreeSitter.Node[]).push(c);
  }
  const operands = groups.filter((g) => g.length > 0).map((g) => operandOf(g, depth + 1));
  const arity = node.type === "unary_operation" ? 1 : 2;
  return operands.length === arity && operands.every((o) => o !== undefined)
    ? { kind: "operation", operator, operands, offset: node.startIndex }
    : { kind: "other", text: node.text, offset: node.startIndex };
}

/** One operand: a node, or a reference written as variable_expr and its get_attr steps. */
function operandOf(nodes: TreeSitter.Node[], depth: number): HclExpr | undefined {
  const [first] = nodes;
  if (!first) return undefined;
  return nodes.length === 1 ? exprOf(first, depth) : referenceOf(nodes, depth);
}

/**
 * A reference written as a variable_expr and its get_attr and index steps (`var.site.region`,
 * `var.regions[var.env]`); undefined for anything else among the steps (a splat), which is not
 * evaluated. `depth` is the caller's: an index's key is an expression, and keys nest.
 */
function referenceOf(nodes: readonly TreeSitter.Node[], depth: number): HclExpr | undefined {
  const [first, ...steps] = nodes;
  if (first?.type !== "variable_expr" || steps.some((s) => s.type !== "get_attr" && s.type !== "index")) return undefined;
  const offset = first.startIndex;
  // Attributes extend the reference's path until the first index; after it, each step is an
  // element of what came before (`var.sites["eu"].region`).
  let expr: HclExpr = { kind: "reference", path: [first.text], offset };
  for (const step of steps) {
    if (step.type === "get_attr") {
      const name = step.text.replace(/^\./, "");
      expr =
        expr.kind === "reference"
          ? { ...expr, path: [...expr.path, name] }
          : { kind: "index", target: expr, key: { kind: "literal", value: name, offset }, offset };
      continue;
    }
    const inner = step.namedChildren[0];
    const legacy = inner?.type === "legacy_index" ? /^\.(\d+)$/.exec(inner.text) : null;
    const keyNode = inner?.type === "new_index" ? inner.namedChildren[0] : null;
    const key: HclExpr | undefined = legacy
      ? { kind: "literal", value: Number(legacy[1]), offset }
      : keyNode
        ? exprOf(keyNode, depth + 1)
        : undefined;
    if (!key) return undefined; // a splat ([*]) is not evaluated
    expr = { kind: "index", target: expr, key, offset };
  }
  return expr;
}

function templateOf(node: TreeSitter.Node, depth: number): HclExpr {
  if (node.type === "template_expr") {
    const inner = node.namedChildren[0];
    return inner ? templateOf(inner, depth + 1) : { kind: "other", text: node.text, offset: node.startIndex };
  }
  const parts: Array<string | HclExpr> = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === "template_literal") parts.push(node.type === "heredoc_template" ? c.text : unescape(c.text));
    else if (c.type === "template_interpolation") {
      const e = c.namedChildren.find((x) => x?.type === "expression");
      parts.push(e ? exprOf(e, depth + 1) : { kind: "other", text: c.text, offset: c.startIndex });
    } else if (c.type === "template_directive") return { kind: "other", text: node.text, offset: node.startIndex };
  }
  // A template that is one interpolation is its value, unconverted (HCL's rule): "${var.regions}"
  // is the list, as Terraform's JSON syntax writes every expression.
  const [only] = parts;
  if (parts.length === 1 && typeof only === "object" && node.type !== "heredoc_template") return only;
  return { kind: "template", parts, offset: node.startIndex };
}

function objectOf(node: TreeSitter.Node, depth: number): HclExpr {
  const entries = new Map<string, HclExpr>();
  for (const elem of node.namedChildren) {
    if (elem?.type !== "object_elem") continue;
    const key = elem.childForFieldName("key");
    const val = elem.childForFieldName("val");
    if (!key || !val) continue;
    const k = exprOf(key, depth + 1);
    const name =
      k.kind === "literal" && typeof k.value === "string" ? k.value : k.kind === "reference" && k.path.length === 1 ? k.path[0] : undefined;
    if (name !== undefined) entries.set(name, exprOf(val, depth + 1));
  }
  return { kind: "object", entries, offset: node.startIndex };
}

/** HCL's string escapes (\n, \", \\, \uNNNN); `$${` and `%%{` stand for `${` and `%{`. */
function unescape(text: string): string {
  return text
    .replace(/\\(["\\nrt]|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/g, (_, e: string) => {
      if (e === "n") return "\n";
      if (e === "r") return "\r";
      if (e === "t") return "\t";
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      return e;
    })
    .replace(/\$\$\{/g, "${")
    .replace(/%%\{/g, "%{");
}
