/**
 * @dpa-lint/authoring: the policy author's toolchain behind `dpa-lint policy`: run a policy
 * directory's Rego unit tests with coverage and its fixture tests, format Rego, scaffold a DPA
 * pack, check a pack's quotes against its DPA, and draft a pack from the DPA itself. It builds on
 * @dpa-lint/core's public entries; linting never loads it.
 */
export { COVERAGE_THRESHOLD, testPolicies, type PolicyTestReport } from "./test-run.js";
export { formatPolicies, type FormatReport } from "./format.js";
export { checkPackId, scaffoldPack } from "./scaffold.js";
export { scaffoldNpmPack } from "./scaffold-npm.js";
export { checkPacks, checkQuotes, citationsOf, normalizeQuoteText, quoteAppearsIn, type PackCheckReport } from "./check.js";
export { fixtureDirs, runFixtures, type FixtureReport } from "./fixtures.js";
export {
  draftFromFile,
  draftFromText,
  draftJson,
  draftYaml,
  foundTerms,
  packId,
  summarise,
  DRAFT_TERMS,
  type Draft,
} from "./draft/draft.js";
export { readDpa, htmlText, type DpaText } from "./draft/source.js";
export type { Found } from "./draft/terms.js";
export { overall, rates, scoreDraft, sumScores, SCORED_FAMILIES, type Counts, type DraftScore, type Family } from "./draft/score.js";
