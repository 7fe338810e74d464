/**
 * JSON read by hand, each value with its offset in the text: number literals kept as written (what
 * OPA hashes, engine/canonical-json.ts) and positions for findings (Terraform's JSON syntax,
 * terraform/hcl-json.ts). Linear in the text; nesting bounded by MAX_DEPTH.
 */
const MAX_DEPTH = 512;
const LITERAL_TOKEN = /(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;
// Control characters must be escaped inside a JSON string: the class excludes them on purpose.
// eslint-disable-next-line no-control-regex
const STRING_TOKEN = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** A JSON value where it starts in the text; an object also keeps where each key starts. */
export type JsonValue =
  | { kind: "literal"; text: string; offset: number }
  | { kind: "string"; value: string; offset: number }
  | { kind: "array"; items: JsonValue[]; offset: number }
  | { kind: "object"; entries: Map<string, JsonValue>; keys: Map<string, number>; offset: number };

type Value = JsonValue;

/** The text is not JSON: what is wrong, and where. */
export class JsonTextError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "JsonTextError";
  }
}

/** The JSON value of a whole text; a JsonTextError when it is not one. */
export function parseJsonText(text: string): JsonValue {
  const parser = new Parser(text);
  const value = parser.value(0);
  parser.end();
  return value;
}

class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  value(depth: number): Value {
    if (depth > MAX_DEPTH) this.fail("is nested too deeply");
    this.space();
    const c = this.text[this.at];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    const offset = this.at;
    if (c === '"') return { kind: "string", value: this.string(), offset };
    LITERAL_TOKEN.lastIndex = this.at;
    const literal = LITERAL_TOKEN.exec(this.text);
    if (!literal) this.fail("is not JSON");
    this.at += literal[0].length;
    return { kind: "literal", text: literal[0], offset };
  }

  end(): void {
    this.space();
    if (this.at !== this.text.length) this.fail("has text after its JSON value");
  }

  private object(depth: number): Value {
    const entries = new Map<string, Value>();
    const keys = new Map<string, number>();
    const offset = this.at;
    this.at++;
    this.space();
    if (this.text[this.at] === "}") {
      this.at++;
      return { kind: "object", entries, keys, offset };
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail("is not JSON (an object key must be a string)");
      const keyOffset = this.at;
      const key = this.string();
      this.space();
      if (this.text[this.at++] !== ":") this.fail("is not JSON (expected : after a key)");
      // Go keeps the last of duplicate keys, as a map does.
      entries.delete(key);
      entries.set(key, this.value(depth + 1));
      keys.set(key, keyOffset);
      this.space();
      const next = this.text[this.at++];
      if (next === "}") return { kind: "object", entries, keys, offset };
      if (next !== ",") this.fail("is not JSON (expected , or } in an object)");
    }
  }

  private array(depth: number): Value {
    const items: Value[] = [];
    const offset = this.at;
    this.at++;
    this.space();
    if (this.text[this.at] === "]") {
      this.at++;
      return { kind: "array", items, offset };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.space();
      const next = this.text[this.at++];
      if (next === "]") return { kind: "array", items, offset };
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
    throw new JsonTextError(what, this.at);
  }
}
