import { readFileSync } from "node:fs";
import { describeThrown, InputError } from "../errors.js";
import { writeFileSafely, type WriteOptions } from "../files/write.js";
import type { Finding, SuppressedFinding } from "./finding.js";
import { formerId } from "./rule-aliases.js";
import { crypto } from "../builtins.js";

/**
 * A baseline records today's findings keyed by file, rule and JSON path, not by line
 * (docs/cli-and-output-v1.md), so that lines can move and only new findings fail.
 */
export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export interface BaselineEntry {
  file: string;
  ruleId: string;
  path: Array<string | number>;
  document?: number;
  /** Finding.valueHash: the entry covers only this offending value (absent in older baselines). */
  hash?: string;
  count: number;
}

type Keyed = { file: string; ruleId: string; path: unknown; document?: number };
const pathKey = (f: Keyed): string => JSON.stringify([f.file, f.ruleId, f.document ?? 0, f.path]);
const keyOf = (f: Keyed & { hash?: string | undefined }): string => `${pathKey(f)}#${f.hash ?? ""}`;

/**
 * The hash Finding.valueHash holds: of the JSON of the value at `path` in a document, or of its
 * closest existing parent when the path does not exist (a missing field).
 */
export function valueHashAt(doc: unknown, path: readonly (string | number)[]): string {
  let value = doc;
  for (const segment of path) {
    const next: unknown = value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[segment] : undefined;
    if (next === undefined) break;
    value = next;
  }
  return crypto()
    .createHash("sha256")
    .update(JSON.stringify(value) ?? "undefined")
    .digest("hex")
    .slice(0, 16);
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  const counts = new Map<string, Baseline["findings"][number]>();
  for (const f of findings) {
    const key = keyOf({ ...f, hash: f.valueHash });
    const entry = counts.get(key);
    if (entry) entry.count++;
    else
      counts.set(key, {
        file: f.file,
        ruleId: f.ruleId,
        path: f.path,
        ...(f.document !== undefined ? { document: f.document } : {}),
        ...(f.valueHash ? { hash: f.valueHash } : {}),
        count: 1,
      });
  }
  return { version: 1, findings: [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v) };
}

export function writeBaseline(path: string, findings: readonly Finding[], display: string | WriteOptions = path): number {
  const baseline = createBaseline(findings);
  writeFileSafely(path, `${JSON.stringify(baseline, null, 2)}\n`, display);
  return baseline.findings.reduce((n, f) => n + f.count, 0);
}

export function readBaseline(path: string, display = path): Baseline {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read the baseline: ${describeThrown(error)}`, { file: display });
  }
  return parseBaseline(text, display);
}

/** A baseline from its JSON text (the GitHub Action reads the base branch's from git). */
export function parseBaseline(text: string, display: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`cannot read the baseline: ${describeThrown(error)}`, { file: display });
  }
  const b = value as Partial<Baseline> | null;
  const ok =
    b?.version === 1 &&
    Array.isArray(b.findings) &&
    b.findings.every(
      (f) =>
        typeof f?.file === "string" &&
        typeof f.ruleId === "string" &&
        Array.isArray(f.path) &&
        (f.hash === undefined || typeof f.hash === "string") &&
        Number.isInteger(f.count) &&
        f.count > 0,
    );
  if (!ok)
    throw new InputError("not a dpa-lint baseline (version 1, findings with file, ruleId, path, count)", {
      file: display,
      field: "findings",
    });
  return b as Baseline;
}

/**
 * Moves findings the baseline knows (up to its count per key) to suppressed. An entry with a hash
 * matches only a finding about the same value; an entry without one (a baseline written before
 * hashes) matches by path alone. `stale` counts the entries no finding used any more.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  file: string,
): { findings: Finding[]; suppressed: SuppressedFinding[]; stale: number } {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) remaining.set(keyOf(e), (remaining.get(keyOf(e)) ?? 0) + e.count);
  const take = (key: string): boolean => {
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    return left > 0;
  };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const former = formerId(f.ruleId);
    const known = (g: Finding): boolean => take(keyOf({ ...g, hash: g.valueHash })) || take(keyOf(g));
    if (known(f) || (former !== undefined && known({ ...f, ruleId: former })))
      suppressed.push({ ...f, suppression: { kind: "baseline", reason: `in the baseline ${file}` } });
    else kept.push(f);
  }
  let stale = 0;
  for (const left of remaining.values()) stale += left;
  return { findings: kept, suppressed, stale };
}
