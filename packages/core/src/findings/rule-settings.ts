import picomatch from "picomatch";
import type { Finding } from "./finding.js";
import { isEngineRule } from "./engine-rules.js";
import { formerId } from "./rule-aliases.js";

/** What a rule may be set to in the configuration: off, or the severity it reports at. */
export type RuleSetting = "off" | "info" | "warning" | "error";

/** The configuration's rule settings: `rules`, and `overrides` for some files (ResolvedConfig has both). */
export interface RuleSettings {
  rules: Record<string, RuleSetting>;
  overrides: ReadonlyArray<{ files: string[]; rules: Record<string, RuleSetting> }>;
}

/**
 * Applies the configuration's `rules` and then each matching `overrides` entry, in order (later
 * wins, as in ESLint). A key is a rule id (`quicktalk/subprocessor-not-listed`) or a whole pack
 * (`quicktalk/*`); the exact id beats the pack. `off` drops the finding, a severity replaces it.
 * Engine findings (`parse-error`, `schema/*`) can be lowered too, but not switched off: an
 * unreadable file must never pass silently.
 */
export function applyRuleSettings(findings: readonly Finding[], config: RuleSettings, relativeToRoot: (file: string) => string): Finding[] {
  const settingOf = settingsOf(config);
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = settingOf(f.ruleId, relativeToRoot(f.file));
    if (setting === undefined) out.push(f);
    else if (setting === "off") {
      if (isEngineRule(f.ruleId)) out.push(f);
    } else out.push({ ...f, severity: setting });
  }
  return out;
}

/** The settings of each configuration, their globs compiled once for all the files of a run. */
const compiled = new WeakMap<RuleSettings, ReturnType<typeof ruleSettingsFor>>();

function settingsOf(config: RuleSettings): ReturnType<typeof ruleSettingsFor> {
  let settingOf = compiled.get(config);
  if (!settingOf) {
    settingOf = ruleSettingsFor(config);
    compiled.set(config, settingOf);
  }
  return settingOf;
}

/**
 * The configuration's setting of a rule for a file (relative to the configuration's root, with /):
 * `rules`, then each matching `overrides` entry in order; undefined when nothing sets it (the rule's
 * own severity stands). The one reading of the settings, for findings and for --print-config.
 */
export function ruleSettingsFor(config: RuleSettings): (ruleId: string, relativePath: string) => RuleSetting | undefined {
  const overrides = config.overrides.map((o) => ({ match: picomatch(o.files, { dot: true }), rules: o.rules }));
  // Each file's and rule's setting, worked out once: a file can hold 100,000 findings of a few
  // rules, and going through every entry's globs for each finding was findings times entries.
  const matching = new Map<string, Array<Record<string, RuleSetting>>>();
  const known = new Map<string, RuleSetting | undefined>();
  return (ruleId, rel) => {
    const key = `${rel}\u0000${ruleId}`;
    if (known.has(key)) return known.get(key);
    let entries = matching.get(rel);
    if (!entries) {
      entries = overrides.filter((o) => o.match(rel)).map((o) => o.rules);
      matching.set(rel, entries);
    }
    let setting = settingFor(config.rules, ruleId);
    for (const rules of entries) setting = settingFor(rules, ruleId) ?? setting;
    known.set(key, setting);
    return setting;
  };
}

function settingFor(rules: Record<string, RuleSetting>, ruleId: string): RuleSetting | undefined {
  const pack = ruleId.includes("/") ? `${ruleId.slice(0, ruleId.indexOf("/"))}/*` : undefined;
  const former = formerId(ruleId);
  return rules[ruleId] ?? (former ? rules[former] : undefined) ?? (pack ? rules[pack] : undefined);
}
