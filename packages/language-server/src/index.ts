import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { startServer } from "./server.js";
import type { ServerSettings } from "./settings.js";

export { startServer } from "./server.js";
export { SETTING_KEYS, STATUS_NOTIFICATION, WATCHED_GLOBS, type Status } from "./protocol.js";
export { DEFAULT_SETTINGS, readSettings, type ServerSettings } from "./settings.js";

/** The server over the process's stdin and stdout (`dpa-lint lsp`); stdout carries only the protocol. */
export function runStdioServer(defaults?: ServerSettings): void {
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  );
  startServer(connection, defaults);
}
