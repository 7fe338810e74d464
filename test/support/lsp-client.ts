import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from "vscode-languageserver-protocol/node";
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from "vscode-languageserver-protocol";

/**
 * A real LSP client for the tests: JSON-RPC over the server's stdio, as an editor drives it.
 * It records every publishDiagnostics and status notification, and waits for the ones a test
 * expects.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiting: Array<() => void> = [];
  readonly statuses: unknown[] = [];
  readonly logs: string[] = [];
  private versions = new Map<string, number>();
  stderr = "";
  /** The settings the client gives, by section (workspace/configuration). */
  settings: Record<string, unknown> = {};

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    child.stderr.on("data", (d: Buffer) => (this.stderr += d.toString()));
    this.connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      this.notify();
    });
    this.connection.onNotification("dpa-lint/status", (s: unknown) => {
      this.statuses.push(s);
      this.notify();
    });
    this.connection.onNotification("window/logMessage", (m: { message: string }) => {
      this.logs.push(m.message);
    });
    this.connection.onRequest("client/registerCapability", () => null);
    // A server that asks for its settings (yaml-language-server) gets the section it names.
    this.connection.onRequest("workspace/configuration", (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => (i.section ? (this.settings[i.section] ?? null) : null)),
    );
    this.connection.listen();
  }

  /** Starts `command args` (the server) and initializes it on the workspace folder `root`. */
  static async start(
    command: string,
    args: readonly string[],
    root: string,
    options: { initializationOptions?: unknown; snippets?: boolean; env?: NodeJS.ProcessEnv; settings?: Record<string, unknown> } = {},
  ): Promise<{ client: LspClient; init: InitializeResult }> {
    const child = spawn(command, [...args], { cwd: root, env: { ...process.env, ...options.env }, stdio: "pipe" });
    const client = new LspClient(child);
    client.settings = options.settings ?? {};
    const init = await client.connection.sendRequest<InitializeResult>("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: "workspace" }],
      capabilities: {
        workspace: {
          configuration: options.settings !== undefined,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, ...(options.snippets ? { snippetEditSupport: true } : {}) },
        },
        textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } },
      },
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification("initialized", {});
    return { client, init };
  }

  private notify(): void {
    for (const w of this.waiting.splice(0)) w();
  }

  /** Waits until `test` holds (checked after each notification), or fails after `ms`. */
  async until<T>(test: () => T | undefined, what: string, ms = 20_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = test();
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server stderr: ${this.stderr}; logs: ${this.logs.join(" | ")}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for a document's given version (the latest publication of it). */
  diagnosticsOf(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.until(
      () => {
        const list = this.diagnostics.get(uri) ?? [];
        const hit = version === undefined ? list.at(-1) : [...list].reverse().find((p) => p.version === version);
        return hit?.diagnostics;
      },
      `diagnostics of ${uri}${version !== undefined ? ` v${version}` : ""}`,
    );
  }

  publications(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.get(uri) ?? [];
  }

  async open(file: string, text = readFileSync(file, "utf8"), languageId = "yaml"): Promise<{ uri: string; version: number }> {
    const uri = pathToFileURL(file).href;
    this.versions.set(uri, 1);
    // A document opened again starts over at version 1: forget what was published for the last one.
    this.diagnostics.delete(uri);
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    return { uri, version: 1 };
  }

  /** Replaces the whole text of an open document; returns its new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** shutdown then exit, as an editor ends a session; resolves with the exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once("exit", (code) => resolve(code)));
    try {
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
    } catch {
      this.child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
