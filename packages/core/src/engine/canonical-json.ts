/**
 * The bytes OPA hashes for a structured bundle file (data.json, .manifest) when it signs or
 * verifies a bundle (OPA's v1/bundle/hash.go, `walk`): the JSON value with every object's keys in
 * byte order, `{` key `:` value `,` ... `}`, arrays as `[` items `]`, no whitespace, strings as Go's
 * encoding/json writes them (HTML characters not escaped) and numbers as written in the file (OPA
 * decodes them with UseNumber, which keeps the literal). JSON.parse would lose the literal (1.0
 * becomes 1), so this reads the text itself. Linear in the text; nesting is bounded by the caller's
 * size limits and by MAX_DEPTH.
 */
import { PolicyError } from "../errors.js";
import { JsonTextError, parseJsonText, type JsonValue as Value } from "../files/json-text.js";

/** The canonical bytes of a JSON text, or a PolicyError naming `name` when it is not JSON. */
export function canonicalJson(text: string, name: string): Buffer {
  let value: Value;
  try {
    value = parseJsonText(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof JsonTextError) throw new PolicyError(`${error.message} at offset ${error.offset}`, { file: name });
    throw error;
  }
  const out: string[] = [];
  write(value, out);
  return Buffer.from(out.join(""), "utf8");
}

function write(v: Value, out: string[]): void {
  switch (v.kind) {
    case "literal":
      out.push(v.text);
      return;
    case "string":
      out.push(goString(v.value));
      return;
    case "array":
      out.push("[");
      v.items.forEach((item, i) => {
        if (i > 0) out.push(",");
        write(item, out);
      });
      out.push("]");
      return;
    case "object": {
      out.push("{");
      const keys = [...v.entries.keys()].sort((a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")));
      keys.forEach((key, i) => {
        if (i > 0) out.push(",");
        out.push(goString(key), ":");
        write(v.entries.get(key) as Value, out);
      });
      out.push("}");
    }
  }
}

/** A string as Go's encoding/json writes it with SetEscapeHTML(false). */
export function goString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c === 0x08) out += "\\b";
    else if (c === 0x0c) out += "\\f";
    else if (c < 0x20 || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, "0")}`;
    // A lone surrogate (from a \ud800 escape) is invalid UTF-8 to Go: it writes U+FFFD.
    else if (c >= 0xd800 && c <= 0xdfff) out += "\ufffd";
    else out += ch;
  }
  return `${out}"`;
}
