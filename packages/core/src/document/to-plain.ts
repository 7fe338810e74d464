import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";

/** A problem met while turning a document into plain data, at a [start, end) range. */
export interface PlainProblem {
  message: string;
  range: [number, number];
}

export interface PlainResult {
  value: unknown;
  /** How many values the document holds once its aliases are expanded (what policies evaluate). */
  values: number;
  problems: PlainProblem[];
}

/**
 * Turns a composed YAML document into plain JSON-like data in one pass, linear in its size. It
 * replaces yaml's `toJS`, whose alias resolution scans every earlier anchor for each alias and
 * whose duplicate-key check compares each key with every earlier one (both quadratic: 20,000
 * aliases took 50 s, 80,000 keys 62 s).
 *
 * - An alias takes the value of the last anchor of that name before it, in document order; one
 *   with no anchor before it, or inside the node it names (a cycle), is a problem.
 * - Billion-laughs protection: the values an alias brings in count again at each use, and the
 *   expanded document may hold at most `maxExpanded` values more than the text itself.
 * - A duplicate key in one mapping is a problem at the repeated key (YAML 1.2 forbids them).
 * - Merge keys (`<<`, plain only) copy the keys of a mapping or a list of mappings; explicit keys
 *   win over merged ones, and earlier merge sources over later ones.
 * - A `__proto__` key is stored as an own property, never as the object's prototype.
 */
export function toPlain(doc: Document.Parsed, maxExpanded: number): PlainResult {
  return new Converter(maxExpanded).run(doc);
}

interface Anchored {
  done: boolean;
  value: unknown;
  /** How many values this node stands for once its aliases are expanded. */
  weight: number;
}

class AliasBomb extends Error {}

class Converter {
  private readonly problems: PlainProblem[] = [];
  private readonly anchors = new Map<string, Anchored>();
  /** Values in the expanded document beyond those written out in the text. */
  private extra = 0;

  constructor(private readonly maxExpanded: number) {}

  run(doc: Document.Parsed): PlainResult {
    try {
      const { value, weight } = this.node(doc.contents);
      return { value, values: weight, problems: this.problems };
    } catch (error) {
      if (!(error instanceof AliasBomb)) throw error;
      return { value: undefined, values: 0, problems: this.problems };
    }
  }

  /** Returns the value and its weight (values it stands for, aliases expanded). */
  private node(node: unknown): { value: unknown; weight: number } {
    if (node === null || node === undefined) return { value: null, weight: 1 };
    if (isAlias(node)) return this.alias(node);
    const anchor = (node as { anchor?: string }).anchor;
    const record: Anchored | undefined = anchor ? { done: false, value: undefined, weight: 1 } : undefined;
    if (anchor && record) this.anchors.set(anchor, record);
    const result = isMap(node)
      ? this.map(node)
      : isSeq(node)
        ? this.seq(node)
        : { value: isScalar(node) ? scalarValue(node.value) : null, weight: 1 };
    if (record) {
      record.done = true;
      record.value = result.value;
      record.weight = result.weight;
    }
    return result;
  }

  private alias(node: { source: string; range?: [number, number, number] | null }): { value: unknown; weight: number } {
    const target = this.anchors.get(node.source);
    const range = rangeOf(node);
    if (!target) {
      this.problems.push({ message: `unknown alias *${node.source}: no anchor &${node.source} before it in this document`, range });
      return { value: null, weight: 1 };
    }
    if (!target.done) {
      this.problems.push({ message: `alias *${node.source} is inside the node it refers to (a cycle)`, range });
      return { value: null, weight: 1 };
    }
    this.extra += target.weight;
    if (this.extra > this.maxExpanded) {
      this.problems.push({ message: `aliases expand to more than ${this.maxExpanded} values (possible alias bomb)`, range });
      throw new AliasBomb();
    }
    return { value: target.value, weight: target.weight };
  }

  private seq(node: { items: unknown[] }): { value: unknown; weight: number } {
    const out: unknown[] = [];
    let weight = 1;
    for (const item of node.items) {
      // A flow sequence may hold `key: value` pairs: each is a one-key mapping.
      const child = isPair(item) ? this.map({ items: [item] }) : this.node(item);
      out.push(child.value);
      weight += child.weight;
    }
    return { value: out, weight };
  }

  private map(node: { items: unknown[] }): { value: unknown; weight: number } {
    const out: Record<string, unknown> = {};
    const explicit = new Set<string>();
    let weight = 1;
    for (const item of node.items) {
      if (!isPair(item)) continue;
      if (isMergeKey(item.key)) {
        const merged = this.node(item.value);
        weight += merged.weight;
        this.mergeInto(out, merged.value, item.value);
        continue;
      }
      const key = keyString(this.node(item.key).value);
      if (explicit.has(key)) {
        this.problems.push({ message: `duplicate key "${key}": a key may appear once in a mapping`, range: rangeOf(item.key) });
        continue;
      }
      explicit.add(key);
      const child = this.node(item.value);
      weight += child.weight;
      setOwn(out, key, child.value);
    }
    return { value: out, weight };
  }

  /**
   * Copies the merged keys not set yet: an explicit key before the merge keeps its value, one after
   * it overrides (it is set unconditionally), and earlier merge sources win over later ones.
   */
  private mergeInto(out: Record<string, unknown>, merged: unknown, source: unknown): void {
    const sources = Array.isArray(merged) ? merged : [merged];
    for (const s of sources) {
      if (s === null || typeof s !== "object" || Array.isArray(s)) {
        this.problems.push({ message: "a merge key (<<) takes a mapping or a list of mappings", range: rangeOf(source) });
        return;
      }
      for (const [k, v] of Object.entries(s as Record<string, unknown>))
        if (!Object.prototype.hasOwnProperty.call(out, k)) setOwn(out, k, v);
    }
  }
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function scalarValue(value: unknown): unknown {
  // yaml's core schema gives strings, numbers, booleans and null; anything else (a symbol for a
  // quoted "<<", a bigint) becomes its string form.
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "symbol") return value.description ?? "";
  return typeof value === "bigint" ? value.toString() : JSON.stringify(value);
}

/** Object keys are strings: `1:` is "1", `null:` is "" (as yaml's toJS), a collection key its JSON. */
function keyString(key: unknown): string {
  if (key === null || key === undefined) return "";
  if (typeof key === "string" || typeof key === "number" || typeof key === "boolean") return String(key);
  return JSON.stringify(key) ?? "";
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || (key.type !== undefined && key.type !== "PLAIN")) return false;
  return key.value === "<<" || (typeof key.value === "symbol" && key.value.description === "<<");
}

function rangeOf(node: unknown): [number, number] {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], Math.max(range[1], range[0] + 1)] : [0, 1];
}
