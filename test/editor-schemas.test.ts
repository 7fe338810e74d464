// The schemas under schemas/ as an editor uses them: the real yaml-language-server, driven over
// LSP on stdio by the tests' LSP client, validates and completes a vendor file that names the
// schema in its modeline (the line dpa-lint init writes). No network: the schema is a local file.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { CompletionItem, CompletionList, Diagnostic } from "vscode-languageserver-protocol";
import { repoRoot } from "../packages/cli/test/run-cli.js";
import { LspClient } from "./support/lsp-client.js";

describe("schemas for editors, in yaml-language-server", () => {
  it("a misspelt field gets a diagnostic on its line, and completion offers the format's fields", async () => {
    const yaml = { validate: true, completion: true, schemaStore: { enable: false } };
    const server = join(repoRoot, "node_modules", "yaml-language-server", "bin", "yaml-language-server");
    const { client } = await LspClient.start(process.execPath, [server, "--stdio"], repoRoot, { settings: { yaml } });
    try {
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { yaml } });
      const schema = pathToFileURL(join(repoRoot, "schemas", "vendor-setup.schema.json")).href;
      const text = `# yaml-language-server: $schema=${schema}\napiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: acme}\nvendor: {name: Acme}\ndpa: quicktalk\nsubprocesors: []\n`;
      const { uri } = await client.open("/tmp/dpa-lint-editor/vendors/acme.yaml", text);
      const diagnostics = await client.until(
        () => client.publications(uri).find((p) => p.diagnostics.length > 0)?.diagnostics,
        "yaml-language-server's diagnostics",
      );
      expect(diagnostics.map((d: Diagnostic) => [d.range.start.line, d.message])).toEqual([[6, "Property subprocesors is not allowed."]]);
      const result = await client.request<CompletionList | CompletionItem[]>("textDocument/completion", {
        textDocument: { uri },
        position: { line: 7, character: 0 },
      });
      const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
      expect(labels).toEqual(expect.arrayContaining(["subprocessors", "hosting", "retention", "contract"]));
    } finally {
      await client.stop();
    }
  }, 60_000);
});
