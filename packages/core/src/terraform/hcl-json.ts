import type * as TreeSitter from "web-tree-sitter";
import { JsonTextError, parseJsonText, type JsonValue } from "../files/json-text.js";
import { parseHcl, type HclAttribute, type HclBlock, type HclExpr, type HclFile } from "./hcl.js";

/**
 * Terraform's JSON configuration syntax (.tf.json), read into the same model as HCL files
 * (developer.hashicorp.com/terraform/language/syntax/json). The top-level keys are block types:
 * `resource` and `data` are objects of type, then name, then body; `provider`, `variable`,
 * `module` and `output` of name, then body; `locals` and `terraform` a body. A body may be an
 * array of bodies (two provider configurations, one with an alias). In a body, a string is a
 * template (`"${var.region}"`, read by the HCL parser), except the meta-arguments that name
 * something (`provider = "aws.eu"`, a module's `providers`); an object or an array of objects is
 * read both as an attribute and as nested blocks, since only a provider's schema tells them apart.
 * Keys named "//" are comments.
 */
export function parseTerraformJson(parser: TreeSitter.Parser, text: string): HclFile {
  let root: JsonValue;
  try {
    root = parseJsonText(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof JsonTextError)
      return { ...empty(), error: { offset: error.offset, message: `Terraform JSON syntax: ${error.message}` } };
    throw error;
  }
  if (root.kind !== "object")
    return { ...empty(), error: { offset: root.offset, message: "Terraform JSON syntax: the file is not a JSON object" } };
  const reader = new JsonReader(parser);
  const file = empty();
  for (const [type, value] of entries(root)) {
    if (type === "resource" || type === "data")
      for (const [kind, named] of entries(value))
        for (const [name, body] of entries(named)) for (const b of bodies(body)) file.blocks.push(reader.block(type, [kind, name], b, 0));
    else if (type === "provider" || type === "variable" || type === "module" || type === "output")
      for (const [name, body] of entries(value)) for (const b of bodies(body)) file.blocks.push(reader.block(type, [name], b, 0));
    else if (type === "locals" || type === "terraform") for (const b of bodies(value)) file.blocks.push(reader.block(type, [], b, 0));
  }
  return file;
}

/** A tfvars file in JSON (terraform.tfvars.json): its top-level values are the attributes. */
export function parseTfvarsJson(parser: TreeSitter.Parser, text: string): HclFile {
  try {
    const root = parseJsonText(text.replace(/^\uFEFF/, ""));
    const file = empty();
    if (root.kind === "object") new JsonReader(parser).body(root, file, 0, true);
    return file;
  } catch (error) {
    if (error instanceof JsonTextError) return { ...empty(), error: { offset: error.offset, message: `JSON syntax: ${error.message}` } };
    throw error;
  }
}

/** Bodies nest no deeper than this (as MAX_BLOCK_DEPTH for HCL). */
const MAX_DEPTH = 32;
/** Meta-arguments whose string names a provider configuration, not a template. */
const PROVIDER_NAMES = new Set(["provider"]);
/**
 * Arguments that are maps, never blocks, in every provider: their keys are the user's own (a tag
 * named "region" is no location), so they are not read as nested blocks.
 */
const MAP_ARGUMENTS = new Set([
  "tags",
  "tags_all",
  "labels",
  "annotations",
  "metadata",
  "environment",
  "variables",
  "parameters",
  "triggers",
  "triggers_replace",
]);

class JsonReader {
  constructor(private readonly parser: TreeSitter.Parser) {}

  block(type: string, labels: string[], body: JsonValue, depth: number): HclBlock {
    const block: HclBlock = { type, labels, offset: body.offset, attributes: new Map(), blocks: [] };
    if (body.kind === "object") this.body(body, block, depth, type === "variable" || type === "output");
    return block;
  }

  /** A body's keys as attributes (and, for objects, nested blocks). `literalObjects`: a variable's default is a value. */
  body(
    body: Extract<JsonValue, { kind: "object" }>,
    into: { attributes: Map<string, HclAttribute>; blocks: HclBlock[] },
    depth: number,
    literalObjects = false,
  ): void {
    for (const [key, value] of body.entries) {
      if (key === "//") continue;
      const offset = body.keys.get(key) ?? value.offset;
      if (PROVIDER_NAMES.has(key) && value.kind === "string") {
        into.attributes.set(key, { name: key, offset, value: { kind: "reference", path: value.value.split("."), offset: value.offset } });
        continue;
      }
      into.attributes.set(key, { name: key, offset, value: this.expr(value, depth, key === "providers") });
      if (literalObjects || depth >= MAX_DEPTH || MAP_ARGUMENTS.has(key)) continue;
      // An object, or a list of objects, may be a nested block (replica, region_configs...).
      const nested = value.kind === "object" ? [value] : value.kind === "array" ? value.items.filter((i) => i.kind === "object") : [];
      for (const n of nested) into.blocks.push(this.block(key, [], n, depth + 1));
    }
  }

  /** A JSON value as an expression: strings are templates, unless `names` (a module's providers map). */
  expr(value: JsonValue, depth: number, names = false): HclExpr {
    const offset = value.offset;
    switch (value.kind) {
      case "literal":
        return { kind: "literal", value: JSON.parse(value.text) as string | number | boolean | null, offset };
      case "string":
        if (names) return { kind: "reference", path: value.value.split("."), offset };
        return this.template(value.value, offset);
      case "array":
        return { kind: "tuple", items: value.items.map((i) => this.expr(i, depth + 1)), offset };
      case "object": {
        const entries = new Map<string, HclExpr>();
        if (depth < MAX_DEPTH) for (const [k, v] of value.entries) entries.set(k, this.expr(v, depth + 1, names));
        return { kind: "object", entries, offset };
      }
    }
  }

  /** A string as Terraform reads it in JSON: a template, parsed by the HCL parser when it interpolates. */
  private template(text: string, offset: number): HclExpr {
    if (!text.includes("${") && !text.includes("%{")) return { kind: "literal", value: text, offset };
    // The same template written as an HCL string: JSON's escapes are HCL's.
    const hcl = parseHcl(this.parser, `x = ${JSON.stringify(text)}\n`);
    const attr = hcl.attributes.get("x");
    if (hcl.error || !attr) return { kind: "other", text, offset };
    // Offsets inside it are the synthetic text's; nothing places a finding by them.
    return { ...attr.value, offset };
  }
}

function entries(value: JsonValue): Array<[string, JsonValue]> {
  return value.kind === "object" ? [...value.entries].filter(([k]) => k !== "//") : [];
}

function bodies(value: JsonValue): JsonValue[] {
  return value.kind === "array" ? value.items.filter((i) => i.kind === "object") : value.kind === "object" ? [value] : [];
}

function empty(): HclFile {
  return { blocks: [], attributes: new Map(), comments: [] };
}
