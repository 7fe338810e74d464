import { basename, dirname, relative, resolve } from "node:path";
import {
  CONFIG_NAMES,
  ConfigError,
  DEFAULT_INCLUDE,
  describeThrown,
  DpaLintError,
  lint,
  parseConfig,
  readBundle,
  selectIncluded,
  terraformFilesIn,
  textDeclaresVendorSetup,
  type Finding,
} from "@dpa-lint/core";
import { checkPackTermsText } from "@dpa-lint/core/policy";
import type { FailedSession, Session } from "./sessions.js";

/**
 * The codes of the editor's own diagnostics: a configuration or a pack's terms that the CLI
 * would refuse with a one-line error (exit 2). They are not rules: nothing can suppress them.
 */
export const CONFIG_ERROR = "config-error";
export const PACK_TERMS_ERROR = "pack-terms-error";

/** What the server lints a file as: decided by its name, the configuration and what it declares. */
export type DocumentKind = "vendor" | "config" | "pack-terms" | "terraform" | "other";

/** A problem of a file in the Finding shape (rule, severity, 1-based range), whatever checked it. */
export type Checked = { kind: DocumentKind; findings: Finding[] };

/**
 * What a file is to dpa-lint: its configuration, a pack's terms, Terraform the configuration's
 * `infrastructure` reads, a vendor setup (included by the configuration, else under vendors/, or
 * declaring `kind: VendorSetup` wherever it is: as a lint of the repository would pick it), or
 * nothing dpa-lint reads, which the editor leaves alone.
 */
export function kindOf(file: string, text: string, session: Session | FailedSession): DocumentKind {
  const name = basename(file);
  if ((CONFIG_NAMES as readonly string[]).includes(name)) return "config";
  if (name.endsWith(".tf")) return session.ok && terraformOf(session).has(file) ? "terraform" : "other";
  if (name === "data.yaml" && /^terms\s*:/m.test(text)) return "pack-terms";
  // Without a configuration nothing is included or excluded: only what the buffer declares counts.
  if (!session.ok) return textDeclaresVendorSetup(text) ? "vendor" : "other";
  const { config, cwd } = session;
  const [include, root] = config.include.length > 0 ? [config.include, config.root] : [DEFAULT_INCLUDE, cwd];
  // The repository lint's choice, excludes first, with the buffer (not the file on disk) asked
  // whether it declares a vendor setup.
  const declares = (): boolean => textDeclaresVendorSetup(text);
  const picked = selectIncluded([file], cwd, { include, root, exclude: config.exclude, excludeRoot: config.root, declares });
  return picked.length > 0 ? "vendor" : "other";
}

/** The Terraform files the configuration's `infrastructure` reads, listed once per session. */
const terraformFiles = new WeakMap<Session, Set<string>>();
function terraformOf(session: Session): Set<string> {
  let files = terraformFiles.get(session);
  if (!files) {
    const { config } = session;
    files = new Set((config.infrastructure ?? []).flatMap((g) => terraformFilesIn(resolve(config.root, g), config.root)));
    terraformFiles.set(session, files);
  }
  return files;
}

/** The problems of an open file's text, by its kind; the same checks `dpa-lint lint` runs. */
export async function checkDocument(file: string, text: string, session: Session | FailedSession): Promise<Checked> {
  const kind = kindOf(file, text, session);
  const display = relative(session.cwd, file) || basename(file);
  switch (kind) {
    case "config":
      return { kind, findings: checkConfig(file, text, display, session) };
    case "pack-terms":
      return { kind, findings: checkPackTerms(text, display) };
    case "vendor":
      if (!session.ok) return { kind, findings: [notLinted(display, session)] };
      return { kind, findings: session.linter.lintText(file, text).findings };
    case "terraform": {
      if (!session.ok) return { kind, findings: [] };
      const result = await lint([file], {
        linter: session.linter,
        config: session.config,
        cwd: session.cwd,
        sources: new Map([[file, text]]),
      });
      const own = session.linter.displayName(file);
      return { kind, findings: result.results.filter((f) => f.file === own) };
    }
    case "other":
      return { kind, findings: [] };
  }
}

/**
 * The configuration's problems: the buffer's own (as typed), then, for the file the session
 * loaded, what failed when it was loaded (a policy directory that is not there).
 */
function checkConfig(file: string, text: string, display: string, session: Session | FailedSession): Finding[] {
  try {
    parseConfig(text, display, dirname(file), file);
  } catch (error) {
    if (error instanceof ConfigError && error.problems.length > 0)
      return error.problems.map((p) => at(display, CONFIG_ERROR, p.message, p.line, p.column));
    return [at(display, CONFIG_ERROR, oneLine(error), 1, 1)];
  }
  if (!session.ok && session.configFile === file) return [at(display, CONFIG_ERROR, oneLine(session.error), 1, 1)];
  return [];
}

const sharedRuleNames = (): string[] => (readBundle().catalogue.sharedRules ?? []).map((r) => r.name);
let shared: string[] | undefined;

function checkPackTerms(text: string, display: string): Finding[] {
  shared ??= sharedRuleNames();
  return checkPackTermsText(text, display, shared).problems.map((p) => ({
    ...at(display, PACK_TERMS_ERROR, p.message, p.line, p.column),
    endLine: p.endLine,
    endColumn: p.endColumn,
  }));
}

/** A vendor file whose configuration failed: said on the file, never an empty (passing) list. */
function notLinted(display: string, session: FailedSession): Finding {
  const where = session.configFile ? relative(session.cwd, session.configFile) || session.configFile : "the configuration";
  return at(display, CONFIG_ERROR, `not linted: ${where} cannot be used (${oneLine(session.error)})`, 1, 1);
}

function oneLine(error: unknown): string {
  return error instanceof DpaLintError ? error.oneLine() : describeThrown(error);
}

function at(file: string, ruleId: string, message: string, line: number, column: number): Finding {
  return { file, ruleId, severity: "error", message, path: [], line, column, endLine: line, endColumn: column + 1 };
}
