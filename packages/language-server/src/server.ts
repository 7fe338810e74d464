import { fileURLToPath } from "node:url";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CONFIG_NAMES, describeThrown, type Finding } from "@dpa-lint/core";
import { checkDocument, type DocumentKind } from "./check-document.js";
import { codeActions } from "./code-actions.js";
import { completionsAt } from "./completion.js";
import { definitionAt } from "./definition.js";
import { SOURCE, toDiagnostic } from "./diagnostics.js";
import { hoverAt } from "./hover.js";
import { Sessions, type FailedSession, type Session } from "./sessions.js";
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from "./settings.js";
import { STATUS_NOTIFICATION, WATCHED_GLOBS, type Status } from "./protocol.js";
import { statusOf } from "./status.js";

/** The last check of an open document, which hover, code actions and definition read. */
interface Checked {
  version: number;
  kind: DocumentKind;
  findings: Finding[];
  session: Session | FailedSession;
}

/**
 * The language server on a connection (stdio for `dpa-lint lsp`): lints open documents with the
 * same checks as `dpa-lint lint`, on open and on change (at most one lint per `debounceMs` while
 * typing, the first at once), and serves hover, code actions, completion and definition.
 */
export function startServer(connection: Connection, defaults: ServerSettings = DEFAULT_SETTINGS): void {
  new LanguageServer(connection, defaults).listen();
}

class LanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  private settings: ServerSettings;
  private sessions: Sessions;
  private snippetEdits = false;
  private watchDynamically = false;
  private lastStatus = "";
  private readonly checked = new Map<string, Checked>();
  private readonly throttle = new Map<string, Throttle>();

  constructor(
    private readonly connection: Connection,
    private readonly defaults: ServerSettings,
  ) {
    this.settings = defaults;
    this.sessions = new Sessions(defaults, []);
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      if (this.watchDynamically)
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
        });
    });
    documents.onDidChangeContent((e) => this.schedule(e.document.uri));
    documents.onDidClose((e) => this.forget(e.document.uri));
    documents.onDidSave((e) => {
      const name = basename(fileOf(e.document.uri) ?? "");
      if ((CONFIG_NAMES as readonly string[]).includes(name) || this.checked.get(e.document.uri)?.kind === "pack-terms") this.relintAll();
    });
    connection.onDidChangeWatchedFiles(() => this.relintAll());
    connection.onDidChangeConfiguration((params) => {
      const raw = (params.settings as Record<string, unknown> | undefined)?.["dpa-lint"];
      if (raw === undefined) return;
      this.useSettings(raw);
      this.sessions.update(this.settings);
      this.relintAll();
    });
    this.serveFeatures();
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.useSettings(params.initializationOptions);
    const folders = (params.workspaceFolders ?? []).map((f) => fileOf(f.uri)).filter((f): f is string => f !== undefined);
    const root = params.rootUri ? fileOf(params.rootUri) : undefined;
    if (folders.length === 0 && root) folders.push(root);
    this.sessions = new Sessions(this.settings, folders);
    this.snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    this.watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: [" ", ":"] },
        definitionProvider: true,
      },
      serverInfo: { name: "dpa-lint" },
    };
  }

  /** Settings from the client over the command line's; a wrong one is logged and its default kept. */
  private useSettings(raw: unknown): void {
    const read = readSettings(raw, this.defaults);
    for (const p of read.problems) this.connection.console.warn(`dpa-lint: ${p}; using the default`);
    this.settings = read.settings;
  }

  /** Hover, code actions, completion and definition, on the last check of a vendor setup. */
  private serveFeatures(): void {
    const { connection } = this;
    connection.onHover((p) => {
      const c = this.current(p.textDocument.uri);
      return c ? hoverAt(c.document, p.position, c.session, c.findings) : null;
    });
    connection.onCodeAction((p) => {
      const c = this.current(p.textDocument.uri);
      const ours = p.context.diagnostics.filter((d) => d.source === SOURCE);
      return c ? codeActions(c.document, ours, c.session, { snippets: this.snippetEdits }) : [];
    });
    connection.onCompletion((p) => {
      const c = this.current(p.textDocument.uri);
      return c ? completionsAt(c.document, p.position, c.session) : [];
    });
    connection.onDefinition((p) => {
      const c = this.current(p.textDocument.uri);
      return c ? definitionAt(c.document, p.position, c.session, c.findings) : [];
    });
  }

  /** An open vendor setup, its last findings and the session that judged them (loaded without error). */
  private current(uri: string): { document: TextDocument; session: Session; findings: Finding[] } | undefined {
    const document = this.documents.get(uri);
    const last = this.checked.get(uri);
    if (!document || !last || last.kind !== "vendor" || !last.session.ok) return undefined;
    return { document, session: last.session, findings: last.findings };
  }

  private async run(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    const file = document ? fileOf(uri) : undefined;
    if (!document || !file) return;
    let session: Session | FailedSession | undefined;
    let result: { kind: DocumentKind; findings: Finding[] };
    try {
      session = await this.sessions.forFile(file);
      result = await checkDocument(file, document.getText(), session);
    } catch (error) {
      // A bug or an unreadable pack fails this document's check, never the server.
      this.connection.console.error(`dpa-lint: ${basename(file)}: ${describeThrown(error)}`);
      const message = `dpa-lint could not check this file: ${describeThrown(error)}`;
      result = {
        kind: "other",
        findings: [{ file, ruleId: "internal-error", severity: "error", message, path: [], line: 1, column: 1, endLine: 1, endColumn: 1 }],
      };
    }
    // A newer text arrived meanwhile: its own lint publishes.
    if (this.documents.get(uri)?.version !== document.version) return;
    if (session) this.checked.set(uri, { version: document.version, ...result, session });
    const packs = session?.ok ? session.packs : undefined;
    const diagnostics = result.findings.map((f) => toDiagnostic(f, packs));
    await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    if (session) this.sendStatus(session);
  }

  private sendStatus(session: Session | FailedSession): void {
    const status: Status = statusOf(session);
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  /** Lints at once when the document was not linted in the last `debounceMs`, else once that has passed. */
  private schedule(uri: string): void {
    const state = this.throttle.get(uri) ?? { last: Number.NEGATIVE_INFINITY };
    this.throttle.set(uri, state);
    cancel(state);
    const run = (): void => {
      state.last = performance.now();
      void this.run(uri);
    };
    const wait = state.last + this.settings.debounceMs - performance.now();
    // setImmediate, not a zero timeout: a change after a pause is linted without a timer's millisecond.
    if (wait > 0) state.timer = setTimeout(run, wait);
    else state.immediate = setImmediate(run);
  }

  private forget(uri: string): void {
    const state = this.throttle.get(uri);
    if (state) cancel(state);
    this.throttle.delete(uri);
    this.checked.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** A configuration or pack changed: every session is loaded again and every open file re-linted. */
  private relintAll(): void {
    this.sessions.clear();
    this.lastStatus = "";
    for (const d of this.documents.all()) this.schedule(d.uri);
  }
}

/** When a document was last linted, and its lint to come. */
interface Throttle {
  last: number;
  timer?: NodeJS.Timeout;
  immediate?: NodeJS.Immediate;
}

function cancel(state: Throttle): void {
  clearTimeout(state.timer);
  if (state.immediate) clearImmediate(state.immediate);
  state.timer = undefined;
  state.immediate = undefined;
}

/** The path of a file: URI; other schemes (untitled buffers, remote files) are not linted. */
function fileOf(uri: string): string | undefined {
  return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
}
