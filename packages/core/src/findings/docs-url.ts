/** Where a rule's documentation lives; a string only, nothing is fetched. */
export const DOCS_BASE = "https://dpa-lint.dev/rules/";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}`;
}
