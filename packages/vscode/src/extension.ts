import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { STATUS_NOTIFICATION, type Status } from "@dpa-lint/language-server/protocol";
import { DOCUMENT_SELECTOR, initializationOptions, serverModule, statusText, statusTooltip } from "./options.js";

let client: LanguageClient | undefined;

/**
 * Starts the dpa-lint language server bundled in the extension (dist/server.js) and shows what
 * judges the open files in a status item. In an untrusted workspace VS Code ignores the
 * workspace's values of `dpa-lint.policies` and `dpa-lint.configFile` (package.json,
 * restrictedConfigurations): a cloned repository cannot choose what judges it from its settings.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("dpa-lint", { log: true });
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 0);
  status.command = "dpa-lint.showOutput";

  const start = async (): Promise<void> => {
    const module = serverModule(context.extensionPath);
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.stdio },
      debug: { module, transport: TransportKind.stdio },
    };
    const settings = vscode.workspace.getConfiguration("dpa-lint");
    const options = initializationOptions((key) => settings.get(key));
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: output,
      initializationOptions: options,
      synchronize: { configurationSection: "dpa-lint" },
    };
    client = new LanguageClient("dpa-lint", "dpa-lint", serverOptions, clientOptions);
    client.onNotification(STATUS_NOTIFICATION, (s: Status) => {
      status.text = statusText(s);
      status.tooltip = statusTooltip(s);
      status.show();
    });
    await client.start();
  };

  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand("dpa-lint.restart", async () => {
      await client?.stop();
      await start();
    }),
    vscode.commands.registerCommand("dpa-lint.showOutput", () => output.show()),
  );
  await start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
