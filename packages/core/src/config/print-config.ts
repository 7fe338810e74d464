import { isNpmPack } from "../files/npm-pack.js";
import { relative, resolve } from "node:path";
import type { RuleMeta } from "../engine/catalogue.js";
import { selectIncluded } from "../files/collect.js";
import { toPosix } from "../files/posix.js";
import { ruleSettingsFor, type RuleSetting } from "../findings/rule-settings.js";
import { DEFAULT_INCLUDE, type OrgPolicy, type ResolvedConfig } from "./config.js";

/** What `lint --print-config FILE` shows: the configuration as it applies to that one file. */
export interface FileConfig {
  file: string;
  /** The configuration file in force (relative to cwd), or null for the defaults. */
  configFile: string | null;
  /** Whether a lint of the repository (or a hook naming the file) lints it. */
  linted: boolean;
  include: string[];
  exclude: string[];
  asOf: string | null;
  org: OrgPolicy;
  /** As the configuration writes them: a path (relative to the working directory), npm:<package>, or {path, verify}. */
  policies: Array<string | { path: string; verify: string }>;
  baseline: string | null;
  /** Every loaded rule's severity for this file after `rules` and `overrides` (or "off"). */
  rules: Record<string, RuleSetting>;
}

/**
 * The resolved configuration for one file, as ESLint's --print-config gives it: which file the
 * settings come from, whether the file is linted at all, and the severity each loaded rule reports
 * at in it. Paths are relative to `cwd`.
 */
export function configForFile(file: string, cwd: string, config: ResolvedConfig, rules: readonly RuleMeta[]): FileConfig {
  const shown = (path: string): string => relative(cwd, path) || ".";
  const [include, root] = config.include.length > 0 ? [config.include, config.root] : [DEFAULT_INCLUDE, cwd];
  const linted = selectIncluded([file], cwd, { include, root, exclude: config.exclude, excludeRoot: config.root }).length > 0;
  const settingOf = ruleSettingsFor(config);
  const rel = toPosix(relative(config.root, resolve(cwd, file)));
  const settings = [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r): [string, RuleSetting] => [r.id, settingOf(r.id, rel) ?? r.severity]);
  return {
    file,
    configFile: config.file ? shown(config.file) : null,
    linted,
    include,
    exclude: config.exclude,
    asOf: config.asOf ?? null,
    org: config.org,
    // An npm package is a name, shown as written; a signed pack with the key it must verify with.
    policies: config.policies.map((p) => {
      const place = isNpmPack(p) ? p : shown(p);
      const key = config.policyKeys?.[p];
      return key === undefined ? place : { path: place, verify: shown(key) };
    }),
    baseline: config.baseline ? shown(config.baseline) : null,
    rules: Object.fromEntries(settings),
  };
}
