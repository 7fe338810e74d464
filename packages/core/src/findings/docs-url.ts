import { engineRuleMeta } from "./engine-rules.js";

/**
 * Where rule documentation lives: the pages under docs/rules/ in the repository, generated from
 * the rule metadata (scripts/gen-rule-docs.mjs). A string only; nothing is fetched.
 */
export const PROJECT_URL = "https://github.com/dpa-lint/dpa-lint";
export const DOCS_BASE = `${PROJECT_URL}/blob/main/docs/rules/`;

/**
 * The page of a rule, relative to docs/rules/: `<pack>/<rule>.md` for a policy rule, the engine
 * rule's own page, else its family's (`schema.md` covers every `schema/<keyword>`).
 */
export function docPath(ruleId: string): string {
  const engine = engineRuleMeta(ruleId);
  if (engine) return `${engine.id.replace(/\/\*$/, "")}.md`;
  return `${ruleId}.md`;
}

/** The page of a rule every DPA pack shares, written for no pack in particular. */
export function sharedRuleDocsUrl(name: string): string {
  return `${DOCS_BASE}shared/${name}.md`;
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${docPath(ruleId)}`;
}

/**
 * A rule's page as the reader's configuration publishes it: the catalogue's URL (a custom pack's
 * own, or a page of ours), else the engine rule's; pages of ours move under `docsBase` (the
 * configuration's, for a mirror or a release tag). A custom pack's own base is left alone.
 */
export function ruleDocsUrl(ruleId: string, catalogueUrl: string | undefined, docsBase: string | undefined): string {
  const url = catalogueUrl ?? docsUrl(ruleId);
  return docsBase && url.startsWith(DOCS_BASE) ? `${docsBase}${url.slice(DOCS_BASE.length)}` : url;
}
