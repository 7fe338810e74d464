import { readFileSync } from "node:fs";
import { describeThrown, InputError } from "../engine/errors.js";
import { writeFileSafely } from "../files/write.js";
import type { Finding, SuppressedFinding } from "./finding.js";

/**
 * A baseline records today's findings keyed by file, rule and JSON path, not by line
 * (cli-and-output-v1.md), so that lines can move and only new findings fail.
 */
export interface Baseline {
  version: 1;
  findings: Array<{ file: string; ruleId: string; path: Array<string | number>; document?: number; count: number }>;
}

const keyOf = (f: { file: string; ruleId: string; path: unknown; document?: number }): string => JSON.stringify([f.file, f.ruleId, f.document ?? 0, f.path]);

export function createBaseline(findings: readonly Finding[]): Baseline {
  const counts = new Map<string, Baseline["findings"][number]>();
  for (const f of findings) {
    const key = keyOf(f);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { file: f.file, ruleId: f.ruleId, path: f.path, ...(f.document !== undefined ? { document: f.document } : {}), count: 1 });
  }
  return { version: 1, findings: [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v) };
}

export function writeBaseline(path: string, findings: readonly Finding[], display = path): number {
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
    b.findings.every((f) => typeof f?.file === "string" && typeof f.ruleId === "string" && Array.isArray(f.path) && Number.isInteger(f.count) && f.count > 0);
  if (!ok) throw new InputError("not a dpa-lint baseline (version 1, findings with file, ruleId, path, count)", { file: display, field: "findings" });
  return b as Baseline;
}

/** Moves findings the baseline knows (up to its count per key) to suppressed. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, file: string): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const remaining = new Map(baseline.findings.map((f) => [keyOf(f), f.count]));
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const key = keyOf(f);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      suppressed.push({ ...f, suppression: { kind: "baseline", reason: `in the baseline ${file}` } });
    } else kept.push(f);
  }
  return { findings: kept, suppressed };
}
