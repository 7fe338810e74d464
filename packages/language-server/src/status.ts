import { describeThrown, DpaLintError } from "@dpa-lint/core";
import type { Status } from "./protocol.js";
import type { FailedSession, Session } from "./sessions.js";

/** What judges a session's files, as the status notification tells the client. */
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
