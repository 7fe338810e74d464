import type { RuleMeta } from "../engine/catalogue.js";
import { ConfigError } from "../errors.js";
import { isEngineRuleId } from "../findings/engine-rules.js";
import type { ResolvedConfig } from "./config.js";

/**
 * Every rule key of the configuration (`rules` and each override's) must name a loaded rule, a
 * loaded pack (`quicktalk/*`) or an engine rule: a misspelt id would otherwise change nothing,
 * silently. The error names the key and the nearest known ids.
 */
export function checkRuleKeys(config: ResolvedConfig, rules: readonly RuleMeta[]): void {
  const ids = new Set(rules.map((r) => r.id));
  const packs = new Set(rules.map((r) => `${r.id.slice(0, r.id.indexOf("/"))}/*`));
  const known = (key: string): boolean => ids.has(key) || packs.has(key) || isEngineRuleId(key);
  const sections: Array<[string, Record<string, unknown>]> = [
    ["rules", config.rules],
    ...config.overrides.map((o, i): [string, Record<string, unknown>] => [`overrides[${i}].rules`, o.rules]),
  ];
  const problems: string[] = [];
  for (const [field, section] of sections) {
    for (const key of Object.keys(section)) {
      if (known(key)) continue;
      const near = nearest(key, [...ids, ...packs]);
      problems.push(
        `${field}: no rule "${key}" is loaded${near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : "; run dpa-lint rules"}`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join("; "), config.file ? { file: config.file } : {});
}

/** Up to three candidates within a small edit distance of `word`, closest first. */
export function nearest(word: string, candidates: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(word.length / 10));
  return candidates
    .map((c) => [c, editDistance(word, c)] as const)
    .filter(([, d]) => d <= limit)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([c]) => c);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
