// The VS Code extension without VS Code (it cannot be downloaded here): its choices tested in
// Node, the .vsix built by the release script and inspected, and the server it bundles started
// exactly as its client starts it and driven by a real LSP client.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { Location } from "vscode-languageserver-protocol";
import { DEFAULT_SETTINGS } from "../../language-server/src/settings.js";
import { SETTING_KEYS, type Status } from "../../language-server/src/protocol.js";
import { LspClient } from "../../../test/support/lsp-client.js";
import { repoRoot } from "../../cli/test/run-cli.js";
import { DOCUMENT_SELECTOR, initializationOptions, serverModule, statusText, statusTooltip } from "../src/options.js";

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  main: string;
  license: string;
  repository: { url: string };
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    configuration: { properties: Record<string, { default: unknown }> };
    yamlValidation: Array<{ fileMatch: string[]; url: string }>;
    commands: Array<{ command: string }>;
  };
}

const sourceManifest = JSON.parse(readFileSync(join(repoRoot, "packages", "vscode", "package.json"), "utf8")) as Manifest;

describe("the extension's options", () => {
  it("contributes one setting for each server setting, with the server's defaults", () => {
    const props = sourceManifest.contributes.configuration.properties;
    const keys = Object.keys(props).filter((k) => k !== "dpa-lint.trace.server");
    expect(keys.map((k) => k.replace(/^dpa-lint\./, "")).sort()).toEqual([...SETTING_KEYS].sort());
    expect(props["dpa-lint.inlineSuppressions"]?.default).toBe(DEFAULT_SETTINGS.inlineSuppressions);
    expect(props["dpa-lint.debounceMs"]?.default).toBe(DEFAULT_SETTINGS.debounceMs);
    expect(props["dpa-lint.policies"]?.default).toEqual(DEFAULT_SETTINGS.policies);
  });

  it("passes the settings that are set, sends YAML, JSON and Terraform, and says what judges", () => {
    const settings: Record<string, unknown> = { asOf: "2026-01-01", configFile: null, policies: ["packs"], inlineSuppressions: false };
    expect(initializationOptions((k) => settings[k])).toEqual({ asOf: "2026-01-01", policies: ["packs"], inlineSuppressions: false });
    expect(DOCUMENT_SELECTOR.map((s) => s.language ?? s.pattern)).toEqual(["yaml", "json", "terraform", "**/*.tf"]);
    const status: Status = { packs: ["easi", "quicktalk"], asOf: "2026-12-04", legalFacts: { version: "2026.11", reviewed: "2026-11-30" } };
    expect(statusText(status)).toBe("$(law) dpa-lint: 2 packs, as of 2026-12-04, legal facts 2026.11");
    expect(statusTooltip(status)).toContain("DPA packs: easi, quicktalk");
    expect(statusText({ packs: [], error: "bad" })).toBe("$(error) dpa-lint: configuration error");
    expect(serverModule("/ext")).toBe(join("/ext", "dist", "server.js"));
  });
});

describe("the .vsix", () => {
  let zip: JSZip;
  let extracted: string;
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "dpa-lint-vsix-"));
    execFileSync(process.execPath, [join(repoRoot, "scripts", "build-vscode.mjs"), "--out", out], { stdio: "pipe" });
    const vsix = join(out, `${sourceManifest.name}-${sourceManifest.version}.vsix`);
    zip = await JSZip.loadAsync(readFileSync(vsix));
    extracted = join(out, "installed");
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(dirname(join(extracted, name)), { recursive: true });
      writeFileSync(join(extracted, name), await entry.async("nodebuffer"));
    }
  }, 180_000);

  it("carries the manifest both registries read, the bundled client and server, and what they load", async () => {
    const names = Object.keys(zip.files);
    const manifest = JSON.parse(await (zip.file("extension/package.json") as JSZip.JSZipObject).async("string")) as Manifest;
    expect(manifest).toMatchObject({ publisher: "dpa-lint", license: "Apache-2.0", main: "./dist/extension.js" });
    expect(manifest.repository.url).toMatch(/^https:\/\/github\.com\//);
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.0$/);
    const vsixManifest = await (zip.file("extension.vsixmanifest") as JSZip.JSZipObject).async("string");
    expect(vsixManifest).toContain('Publisher="dpa-lint"');
    for (const file of [
      "extension/dist/extension.js",
      "extension/dist/server.js",
      "extension/dist/bundle/bundle.tar.gz",
      "extension/dist/wasm/tree-sitter.wasm",
      "extension/dist/wasm/tree-sitter-terraform.wasm",
      "extension/dist/policies/dpa/quicktalk/data.yaml",
      "extension/dist/policies/shared/contract.rego",
      "extension/LICENSE.txt",
      "extension/THIRD-PARTY-NOTICES.txt",
      "extension/readme.md",
    ])
      expect(names, file).toContain(file);
    for (const v of manifest.contributes.yamlValidation) expect(names, v.url).toContain(`extension/${v.url.replace(/^\.\//, "")}`);
    expect(names.some((n) => n.endsWith("_test.rego") || n.includes("node_modules/"))).toBe(false);
    // The client leaves `vscode` to the editor and carries no server: the server is its own script.
    const client = await (zip.file("extension/dist/extension.js") as JSZip.JSZipObject).async("string");
    expect(client).toMatch(/require\("vscode"\)/);
    expect(client).not.toContain("opa-wasm");
    const notices = await (zip.file("extension/THIRD-PARTY-NOTICES.txt") as JSZip.JSZipObject).async("string");
    expect(notices).toContain("vscode-languageclient");
    expect(notices).toContain("vscode-languageserver");
  });

  it("its server, started as the client starts it, lints with the built-in packs and opens their terms", async () => {
    const extension = join(extracted, "extension");
    // TransportKind.stdio: `node <module> --stdio`; the options from the settings' defaults.
    const defaults = Object.fromEntries(
      Object.entries(sourceManifest.contributes.configuration.properties).map(([k, v]) => [k.replace(/^dpa-lint\./, ""), v.default]),
    );
    const { client } = await LspClient.start(process.execPath, [serverModule(extension), "--stdio"], repoRoot, {
      initializationOptions: initializationOptions((k) => defaults[k]),
    });
    try {
      const contract = join(repoRoot, "examples", "quicktalk", "contract.yaml");
      const { uri } = await client.open(contract);
      const codes = (await client.diagnosticsOf(uri, 1)).map(
        (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`,
      );
      expect(codes).toContain("10:20 quicktalk/contract-objection-window");
      const status = await client.until(() => client.statuses.at(-1) as Status | undefined, "status");
      expect(statusText(status)).toMatch(/^\$\(law\) dpa-lint: \d+ packs, as of \d{4}-\d\d-\d\d, legal facts \d{4}\.\d+$/);
      const toPack = await client.request<Location[]>("textDocument/definition", {
        textDocument: { uri },
        position: { line: 7, character: 12 },
      });
      expect(toPack[0]?.uri).toBe(pathToFileURL(join(extension, "dist", "policies", "dpa", "quicktalk", "data.yaml")).href);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
