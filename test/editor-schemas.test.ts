// The schemas under schemas/ as an editor uses them: the real yaml-language-server, driven over
// LSP on stdio, validates and completes a vendor file that names the schema in its modeline (the
// line dpa-lint init writes). No network: the schema is a local file.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

type Message = {
  id?: number;
  method?: string;
  params?: { uri?: string; diagnostics?: Array<{ message: string; range: { start: { line: number } } }> };
  result?: unknown;
};

function languageServer(): { send: (m: object) => void; wait: (test: (m: Message) => boolean) => Promise<Message>; stop: () => void } {
  const server = spawn(
    process.execPath,
    [join(repoRoot, "node_modules", "yaml-language-server", "bin", "yaml-language-server"), "--stdio"],
    {
      stdio: ["pipe", "pipe", "ignore"],
    },
  );
  let buffer = Buffer.alloc(0);
  const seen: Message[] = [];
  const waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
  server.stdout.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const head = buffer.indexOf("\r\n\r\n");
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, head).toString("latin1"))?.[1]);
      if (buffer.length < head + 4 + length) return;
      const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString("utf8")) as Message;
      buffer = buffer.subarray(head + 4 + length);
      seen.push(message);
      for (const w of [...waiters]) {
        if (w.test(message)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(message);
        }
      }
    }
  });
  return {
    send: (m) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...m }));
      server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      server.stdin.write(body);
    },
    wait: (test) =>
      new Promise((resolve) => {
        const found = seen.find(test);
        if (found) resolve(found);
        else waiters.push({ test, resolve });
      }),
    stop: () => server.kill(),
  };
}

describe("schemas for editors, in yaml-language-server", () => {
  it("a misspelt field gets a diagnostic on its line, and completion offers the format's fields", async () => {
    const lsp = languageServer();
    try {
      lsp.send({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
      await lsp.wait((m) => m.id === 1);
      lsp.send({ method: "initialized", params: {} });
      lsp.send({
        method: "workspace/didChangeConfiguration",
        params: { settings: { yaml: { validate: true, completion: true, schemaStore: { enable: false } } } },
      });
      const schema = pathToFileURL(join(repoRoot, "schemas", "vendor-setup.schema.json")).href;
      const uri = "file:///tmp/dpa-lint-editor/vendors/acme.yaml";
      const text = `# yaml-language-server: $schema=${schema}\napiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme}\ndpa: quicktalk\nsubprocesors: []\n`;
      lsp.send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "yaml", version: 1, text } } });
      const diagnostics = await lsp.wait(
        (m) => m.method === "textDocument/publishDiagnostics" && m.params?.uri === uri && (m.params.diagnostics?.length ?? 0) > 0,
      );
      expect(diagnostics.params?.diagnostics?.map((d) => [d.range.start.line, d.message])).toEqual([
        [6, "Property subprocesors is not allowed."],
      ]);
      lsp.send({ id: 2, method: "textDocument/completion", params: { textDocument: { uri }, position: { line: 7, character: 0 } } });
      const completion = await lsp.wait((m) => m.id === 2);
      const result = completion.result as { items?: Array<{ label: string }> } | Array<{ label: string }>;
      const labels = (Array.isArray(result) ? result : (result.items ?? [])).map((i) => i.label);
      expect(labels).toEqual(expect.arrayContaining(["subprocessors", "hosting", "retention", "contract"]));
    } finally {
      lsp.stop();
    }
  }, 60_000);
});
