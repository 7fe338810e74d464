import type { RuleMeta } from "../engine/catalogue.js";
import type { PolicySource } from "../engine/policy.js";
import type { Finding, Severity } from "../findings/finding.js";
import { PROJECT_URL, ruleDocsUrl } from "../findings/docs-url.js";
import { engineRuleMeta } from "../findings/engine-rules.js";
import { locator } from "./repository-paths.js";
import type { Formatter } from "./types.js";
import { crypto } from "../builtins.js";

const LEVEL: Record<Severity, string> = { error: "error", warning: "warning", info: "note" };

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one reportingDescriptor per ruleId with help and
 * helpUri, 1-based regions, and partialFingerprints keyed by file, rule and JSON path (not the
 * line), so a finding keeps its identity when lines move.
 */
export const sarif: Formatter = {
  description: "SARIF 2.1.0 for GitHub code scanning",
  format(result, context) {
    const catalogue = new Map(context.rules.map((r) => [r.id, r]));
    const all: Finding[] = [...result.results, ...result.suppressed];
    const ids = [...new Set(all.map((f) => f.ruleId))].sort();
    const rules = ids.map((id) =>
      descriptor(id, catalogue.get(id) ?? engineRuleMeta(id), all.find((f) => f.ruleId === id)?.severity ?? "error", context.docsBase),
    );
    const index = new Map(ids.map((id, i) => [id, i]));
    const category = context.sarifCategory ?? result.category;
    const place = locator(result);
    const toResult = (f: Finding): Record<string, unknown> => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: place.uri(f.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      partialFingerprints: { "dpaLintFinding/v1": fingerprint(f) },
      properties: { path: f.path, ...(f.dpa ? { dpa: f.dpa } : {}), ...(f.clause ? { clause: f.clause } : {}) },
    });
    const log = {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: { name: "dpa-lint", version: context.toolVersion, informationUri: PROJECT_URL, rules },
            // The policy packs that judged the run, one tool component per source (provenance).
            ...(result.policies ? { extensions: result.policies.map(policyComponent) } : {}),
          },
          // One category per configuration and path set: a second upload in it replaces the first's alerts.
          ...(category ? { automationDetails: { id: `${category}/` } } : {}),
          originalUriBaseIds: { "%SRCROOT%": { uri: place.root } },
          ...(context.exitCode === undefined ? {} : { invocations: [{ executionSuccessful: true, exitCode: context.exitCode }] }),
          ...(result.legalFacts ? { properties: { legalFacts: result.legalFacts } } : {}),
          results: [
            ...result.results.map(toResult),
            // Suppressed findings stay in the log with their justification: code scanning shows
            // them as dismissed in source (inline comments) or elsewhere (the baseline).
            ...result.suppressed.map((f) => ({
              ...toResult(f),
              suppressions: [{ kind: f.suppression.kind === "inline" ? "inSource" : "external", justification: f.suppression.reason }],
            })),
          ],
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};

/** A source of policy packs as a SARIF tool component: what it is, its digest and signature. */
function policyComponent(source: PolicySource): Record<string, unknown> {
  return {
    name: source.kind === "builtin" ? "dpa-lint built-in policies" : source.location,
    ...(source.version ? { version: source.version } : {}),
    properties: { kind: source.kind, location: source.location, packs: source.packs, digest: source.digest, signature: source.signature },
  };
}

function descriptor(id: string, meta: RuleMeta | undefined, severity: Severity, docsBase: string | undefined): Record<string, unknown> {
  const docs = ruleDocsUrl(id, meta?.docsUrl, docsBase);
  const title = meta?.title ?? id;
  const clause = meta?.clause ? `\n\nClause: ${meta.clause}` : "";
  const quote = meta?.quote ? `\n\n> ${meta.quote}${meta.gloss ? `\n>\n> (${meta.gloss})` : ""}` : "";
  const description = meta?.description || title;
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : "")),
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: {
      text: `${description}${meta?.clause ? ` Clause: ${meta.clause}.` : ""} See ${docs}`,
      markdown: `${description}${clause}${quote}\n\n[Documentation](${docs})`,
    },
    helpUri: docs,
    defaultConfiguration: { level: LEVEL[meta?.severity ?? severity] },
  };
}

export function fingerprint(f: Finding): string {
  return crypto()
    .createHash("sha256")
    .update(JSON.stringify([f.file, f.ruleId, f.document ?? 0, f.path]))
    .digest("hex")
    .slice(0, 32);
}
