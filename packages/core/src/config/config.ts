import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseYamlText } from "../document/parse.js";
import { isNpmPack } from "../files/npm-pack.js";
import { isOciPack } from "../files/oci-ref.js";
import { describeThrown, ConfigError } from "../errors.js";
import { toPosix } from "../files/posix.js";
import { toCountryCode } from "../normalize/countries.js";
import { parseDate } from "../normalize/date.js";
import { isDuration, parseDuration, type Duration } from "../normalize/duration.js";
import { schemaValidator } from "../schema/validate.js";
import { formatPath } from "../findings/finding.js";
import type { PathSegment } from "../findings/finding.js";
import type { RuleSetting } from "../findings/rule-settings.js";
import type { ValidateFunction } from "ajv";
import schema from "./config.schema.json" with { type: "json" };
import precompiledConfig from "../schema/generated/config.validate.js";

/** Names the configuration file may have, in the order they are looked for. */
export const CONFIG_NAMES = [".dpa-lint.yaml", ".dpa-lint.yml"] as const;

export interface OrgPolicy {
  /** ISO codes, plus the groups "EEA" and "adequacy". */
  allowedCountries?: string[];
  minObjectionWindow?: Duration;
  minPriorNotice?: Duration;
  maxBreachNotification?: Duration;
  maxRetention?: Record<string, Duration>;
  forbiddenTransferMechanisms?: string[];
}

/** The organisation's single-period limits: the config schema's `org` fields that take a duration. */
type OrgPeriodField = "minObjectionWindow" | "minPriorNotice" | "maxBreachNotification";
const ORG_PERIOD_FIELDS = Object.entries(schema.properties.org.properties)
  .filter(([, field]) => (field as { $ref?: string }).$ref === "#/$defs/duration")
  .map(([name]) => name as OrgPeriodField);

export interface ResolvedConfig {
  /** Absolute path of the file, or undefined when no file was found. */
  file?: string;
  /** Directory globs are relative to (the config file's directory). */
  root: string;
  include: string[];
  exclude: string[];
  /** Terraform files, directories or globs to read (`infrastructure`), relative to `root`. */
  infrastructure?: string[];
  org: OrgPolicy;
  rules: Record<string, RuleSetting>;
  overrides: Array<{ files: string[]; rules: Record<string, RuleSetting> }>;
  /** A pinned day for the legal facts (`asOf`), so a repository's CI judges reproducibly. */
  asOf?: string;
  /** Policy packs every entry point loads (`policies`), absolute: the CLI, hooks and the action agree. */
  policies: string[];
  /**
   * The key each signed pack must verify with (`policies: [{path, verify}]`), by the pack's
   * absolute path: the key file's absolute path.
   */
  policyKeys?: Record<string, string>;
  /** The baseline every entry point applies (`baseline`), absolute. */
  baseline?: string;
  /** Where dpa-lint's own rule pages are published (`docsBase`), ending in "/". */
  docsBase?: string;
}

export const DEFAULT_INCLUDE = ["vendors"];

export function defaultConfig(root: string): ResolvedConfig {
  return { root, include: [], exclude: [], org: {}, rules: {}, overrides: [], policies: [] };
}

/** Walks up from `start` to the filesystem root; the first configuration file found wins. */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const validateConfig = schemaValidator(schema, precompiledConfig as unknown as ValidateFunction);
const GROUPS = new Set(["EEA", "adequacy"]);

/**
 * Reads and validates a configuration file. Every problem is reported at once, each as
 * `file:line:col: field: message`, in one ConfigError.
 */
export function loadConfig(path: string, cwd: string = process.cwd()): ResolvedConfig {
  const abs = resolve(cwd, path);
  const display = toPosix(relative(cwd, abs)) || path;
  let text: string;
  try {
    text = readFileSync(abs, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read: ${describeThrown(error)}`, { file: display });
  }
  return parseConfig(text, display, dirname(abs), abs);
}

/**
 * Validates configuration text. `root` is the directory its globs are relative to: the file's own
 * directory, or the workspace when the text comes from elsewhere (the GitHub Action reads the
 * pull request base's configuration from git and applies it to the checked-out tree).
 */
export function parseConfig(text: string, display: string, root: string, file?: string): ResolvedConfig {
  const parsed = parseYamlText(display, text);
  const problems: Problem[] = parsed.problems.map((f) => ({
    line: f.line,
    column: f.column,
    message: f.message,
  }));
  const doc = parsed.documents.find((d) => d.value !== null && d.value !== undefined);
  if (problems.length === 0 && parsed.documents.length > 1)
    problems.push({ line: 1, column: 1, message: "the configuration must be a single YAML document" });
  const config = defaultConfig(root);
  if (file !== undefined) config.file = file;
  if (!doc) {
    if (problems.length > 0) throw configError(problems, display);
    return config; // an empty file configures nothing
  }
  /** Schema messages already name the field; our own checks prefix it. */
  const at = (p: readonly PathSegment[], message: string, atKey = false, named = false): void => {
    const pos = doc.position(p, atKey);
    const field = named || p.length === 0 ? "" : `${formatPath(p)}: `;
    problems.push({ line: pos.line, column: pos.column, message: `${field}${message}` });
  };
  for (const p of validateConfig(doc.value)) at(p.path, p.message, p.atKey, true);
  if (problems.length > 0) throw configError(problems, display);

  const raw = doc.value as RawConfig;
  takeSettings(config, raw, root);
  if (raw.asOf !== undefined) {
    const day = parseDate(raw.asOf);
    if (typeof day === "number") config.asOf = raw.asOf;
    else at(["asOf"], day.error);
  }
  const org = raw.org ?? {};
  const duration = (value: unknown, path: PathSegment[]): Duration | undefined => {
    if (value === undefined) return undefined;
    const d = parseDuration(value);
    if (isDuration(d)) return d;
    at(path, d.error);
    return undefined;
  };
  if (Array.isArray(org.allowedCountries)) {
    config.org.allowedCountries = (org.allowedCountries as string[]).map((c, i) => {
      if (GROUPS.has(c)) return c;
      const code = toCountryCode(c);
      if (!code) at(["org", "allowedCountries", i], `"${c}" is neither a country nor a group (EEA, adequacy)`);
      return code ?? c;
    });
  }
  for (const field of ORG_PERIOD_FIELDS) {
    const d = duration(org[field], ["org", field]);
    if (d) config.org[field] = d;
  }
  if (org.maxRetention && typeof org.maxRetention === "object") {
    const limits: Record<string, Duration> = {};
    for (const [category, value] of Object.entries(org.maxRetention as Record<string, unknown>)) {
      const d = duration(value, ["org", "maxRetention", category]);
      if (d) limits[category] = d;
    }
    config.org.maxRetention = limits;
  }
  if (Array.isArray(org.forbiddenTransferMechanisms)) config.org.forbiddenTransferMechanisms = org.forbiddenTransferMechanisms as string[];
  if (problems.length > 0) throw configError(problems, display);
  return config;
}

interface Problem {
  line: number;
  column: number;
  message: string;
}

/**
 * Every problem, in file order, on one line (the CLI contract: one line on stderr); each part
 * already names the file and the field.
 */
function configError(problems: Problem[], file: string): ConfigError {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const parts = sorted.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`);
  const error = new ConfigError(parts.join("; "), { file, problems: sorted });
  error.oneLine = () => parts.join("; ");
  return error;
}

/** The data the policies read as `data.config` (the org rules are driven by it). */
export function policyData(config: ResolvedConfig): Record<string, unknown> {
  return { config: { org: config.org } };
}

/** The configuration as written, once the schema has accepted it. */
interface RawConfig {
  include?: string[];
  exclude?: string[];
  infrastructure?: string[];
  org?: Record<string, unknown>;
  rules?: Record<string, RuleSetting>;
  overrides?: ResolvedConfig["overrides"];
  asOf?: string;
  policies?: Array<string | { path: string; verify: string }>;
  baseline?: string;
  docsBase?: string;
}

/** The keys the schema's check is enough for: files, rule settings, packs, baseline, docs. */
function takeSettings(config: ResolvedConfig, raw: RawConfig, root: string): void {
  config.include = raw.include ?? [];
  config.exclude = raw.exclude ?? [];
  if (raw.infrastructure) config.infrastructure = raw.infrastructure;
  config.rules = raw.rules ?? {};
  config.overrides = raw.overrides ?? [];
  // Paths in the configuration are relative to the file, wherever the command runs.
  // An npm package (npm:@acme/pack) or an OCI artifact (oci://...) is a name, not a path: an
  // npm package is found from this file's directory later.
  const place = (p: string): string => (isNpmPack(p) || isOciPack(p) ? p : resolve(root, p));
  config.policies = (raw.policies ?? []).map((p) => place(typeof p === "string" ? p : p.path));
  const keys = (raw.policies ?? []).flatMap((p) => (typeof p === "string" ? [] : [[place(p.path), resolve(root, p.verify)] as const]));
  if (keys.length > 0) config.policyKeys = Object.fromEntries(keys);
  if (raw.baseline !== undefined) config.baseline = resolve(root, raw.baseline);
  if (raw.docsBase !== undefined) config.docsBase = raw.docsBase.replace(/\/?$/, "/");
}
