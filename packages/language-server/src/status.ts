import { describeThrown, DpaLintError } from "@dpa-lint/core";
import type { FailedSession, Session } from "./sessions.js";

/** The notification that tells the client what judges the open files (the VS Code status item). */
export const STATUS_NOTIFICATION = "dpa-lint/status";

export interface Status {
  /** The configuration file in use, if any. */
  configFile?: string;
  /** The DPA packs loaded. */
  packs: string[];
  /** The day whose legal facts apply, and the version of those facts. */
  asOf?: string;
  legalFacts?: { version?: string; reviewed?: string };
  /** Why the configuration could not be used, when it could not. */
  error?: string;
}

export function statusOf(session: Session | FailedSession): Status {
  const configFile = session.configFile ? { configFile: session.configFile } : {};
  if (!session.ok)
    return {
      ...configFile,
      packs: [],
      error: session.error instanceof DpaLintError ? session.error.oneLine() : describeThrown(session.error),
    };
  const { version, reviewed } = session.packs.legal;
  return {
    ...configFile,
    packs: session.packs.ids(),
    asOf: session.linter.asOf,
    legalFacts: { ...(version ? { version } : {}), ...(reviewed ? { reviewed } : {}) },
  };
}
