import picomatch from "picomatch";
import type { ResolvedConfig, RuleSetting } from "../config/config.js";
import type { Finding } from "./finding.js";
import { formerId } from "./rule-aliases.js";

/**
 * Applies the configuration's `rules` and then each matching `overrides` entry, in order (later
 * wins, as in ESLint). A key is a rule id (`quicktalk/subprocessor-not-listed`) or a whole pack
 * (`quicktalk/*`); the exact id beats the pack. `off` drops the finding, a severity replaces it.
 * Engine findings (`parse-error`, `schema/*`) can be lowered too, but not switched off: an
 * unreadable file must never pass silently.
 */
export function applyRuleSettings(findings: readonly Finding[], config: ResolvedConfig, relativeToRoot: (file: string) => string): Finding[] {
  const overrides = config.overrides.map((o) => ({ match: picomatch(o.files, { dot: true }), rules: o.rules }));
  const out: Finding[] = [];
  for (const f of findings) {
    let setting = settingFor(config.rules, f.ruleId);
    const rel = relativeToRoot(f.file);
    for (const o of overrides) if (o.match(rel)) setting = settingFor(o.rules, f.ruleId) ?? setting;
    if (setting === undefined) out.push(f);
    else if (setting === "off") {
      if (isEngineRule(f.ruleId)) out.push(f);
    } else out.push({ ...f, severity: setting });
  }
  return out;
}

function settingFor(rules: Record<string, RuleSetting>, ruleId: string): RuleSetting | undefined {
  const pack = ruleId.includes("/") ? `${ruleId.slice(0, ruleId.indexOf("/"))}/*` : undefined;
  const former = formerId(ruleId);
  return rules[ruleId] ?? (former ? rules[former] : undefined) ?? (pack ? rules[pack] : undefined);
}

/**
 * The rule ids the engine itself makes, not listed in any bundle's catalogue: the one list the
 * settings, the suppressions and the configuration check read. `<family>/*` names a family.
 */
export const ENGINE_RULES = ["parse-error", "schema/*", "file/*", "suppression/*"] as const;

/** Whether `ruleId` (or a `<family>/*` pattern) belongs to one of ENGINE_RULES. */
export function isEngineRuleId(ruleId: string): boolean {
  return ENGINE_RULES.some((r) => r === ruleId || (r.endsWith("/*") && ruleId.startsWith(r.slice(0, -1)) && ruleId.length > r.length - 1));
}

/**
 * Findings the engine makes about the file itself (it cannot be read or is not a vendor setup):
 * the engine rules but the suppression warnings, which settings may switch off.
 */
export function isEngineRule(ruleId: string): boolean {
  return isEngineRuleId(ruleId) && !ruleId.startsWith("suppression/");
}
