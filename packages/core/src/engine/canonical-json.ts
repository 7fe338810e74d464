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

const MAX_DEPTH = 512;
const LITERAL_TOKEN = /(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;
// Control characters must be escaped inside a JSON string: the class excludes them on purpose.
// eslint-disable-next-line no-control-regex
const STRING_TOKEN = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

type Value =
  | { kind: "literal"; text: string }
  | { kind: "string"; value: string }
  | { kind: "array"; items: Value[] }
  | { kind: "object"; entries: Map<string, Value> };

/** The canonical bytes of a JSON text, or a PolicyError naming `name` when it is not JSON. */
export function canonicalJson(text: string, name: string): Buffer {
  const parser = new Parser(text.replace(/^\uFEFF/, ""), name);
  const value = parser.value(0);
  parser.end();
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

class Parser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly name: string,
  ) {}

  value(depth: number): Value {
    if (depth > MAX_DEPTH) this.fail("is nested too deeply");
    this.space();
    const c = this.text[this.at];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return { kind: "string", value: this.string() };
    LITERAL_TOKEN.lastIndex = this.at;
    const literal = LITERAL_TOKEN.exec(this.text);
    if (!literal) this.fail("is not JSON");
    this.at += literal[0].length;
    return { kind: "literal", text: literal[0] };
  }

  end(): void {
    this.space();
    if (this.at !== this.text.length) this.fail("has text after its JSON value");
  }

  private object(depth: number): Value {
    const entries = new Map<string, Value>();
    this.at++;
    this.space();
    if (this.text[this.at] === "}") {
      this.at++;
      return { kind: "object", entries };
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail("is not JSON (an object key must be a string)");
      const key = this.string();
      this.space();
      if (this.text[this.at++] !== ":") this.fail("is not JSON (expected : after a key)");
      // Go keeps the last of duplicate keys, as a map does.
      entries.delete(key);
      entries.set(key, this.value(depth + 1));
      this.space();
      const next = this.text[this.at++];
      if (next === "}") return { kind: "object", entries };
      if (next !== ",") this.fail("is not JSON (expected , or } in an object)");
    }
  }

  private array(depth: number): Value {
    const items: Value[] = [];
    this.at++;
    this.space();
    if (this.text[this.at] === "]") {
      this.at++;
      return { kind: "array", items };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.space();
      const next = this.text[this.at++];
      if (next === "]") return { kind: "array", items };
      if (next !== ",") this.fail("is not JSON (expected , or ] in an array)");
    }
  }

  private string(): string {
    // A JSON string token, matched where it starts (sticky: no copy of the rest of the text),
    // then decoded by JSON.parse (escapes, surrogate pairs).
    STRING_TOKEN.lastIndex = this.at;
    const m = STRING_TOKEN.exec(this.text);
    if (!m) this.fail("is not JSON (a malformed string)");
    this.at += m[0].length;
    return JSON.parse(m[0]) as string;
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? "")) this.at++;
  }

  private fail(what: string): never {
    throw new PolicyError(`${what} at offset ${this.at}`, { file: this.name });
  }
}
