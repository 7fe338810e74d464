import { join } from "node:path";
import { SETTING_KEYS, type Status } from "@dpa-lint/language-server/protocol";

/**
 * The extension's choices that do not need VS Code to be made (tested in Node): which documents
 * the client sends, how the bundled server is started, the settings it is given and the status
 * item's text.
 */

/** The documents the server may lint; it decides by name and content which ones it reads. */
export const DOCUMENT_SELECTOR = [
  { scheme: "file", language: "yaml" },
  { scheme: "file", language: "json" },
  { scheme: "file", language: "terraform" },
  { scheme: "file", pattern: "**/*.tf" },
];

/** The server the extension runs: its own bundled build, never a global install. */
export function serverModule(extensionPath: string): string {
  return join(extensionPath, "dist", "server.js");
}

/** The server's settings from the `dpa-lint.*` settings (unset ones left to the server's defaults). */
export function initializationOptions(get: (key: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = get(key);
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** The status item: the packs loaded and the day and version of the legal facts that judge. */
export function statusText(s: Status): string {
  if (s.error) return "$(error) dpa-lint: configuration error";
  const facts = s.legalFacts?.version ? `, legal facts ${s.legalFacts.version}` : "";
  return `$(law) dpa-lint: ${s.packs.length} packs, as of ${s.asOf ?? "today"}${facts}`;
}

export function statusTooltip(s: Status): string {
  if (s.error) return `dpa-lint cannot use ${s.configFile ?? "the configuration"}: ${s.error}`;
  const config = s.configFile ? `configuration ${s.configFile}` : "no configuration file (the defaults)";
  const reviewed = s.legalFacts?.reviewed ? ` (reviewed ${s.legalFacts.reviewed})` : "";
  return `DPA packs: ${s.packs.join(", ")}\n${config}\nlegal facts ${s.legalFacts?.version ?? "?"}${reviewed}, judged as of ${s.asOf ?? "today"}`;
}
