/**
 * @dpa-lint/core/policy: the policy-authoring toolchain (`dpa-lint policy`): build a policy
 * directory to a Wasm bundle, test it with coverage, format it, scaffold a new DPA pack. It needs
 * OPA; linting (the main entry) does not.
 */
export { buildPolicies, copySharedPolicyParts, SHARED_POLICY_PART_NAMES, SHARED_POLICY_PARTS, type BuildOptions } from "./build.js";
export { COVERAGE_THRESHOLD, testPolicies, type PolicyTestReport } from "./test-run.js";
export { formatPolicies, type FormatReport } from "./format.js";
export { findOpa, BUILTIN_POLICIES_DIR } from "./tools.js";
export { checkPackId, scaffoldPack } from "./scaffold.js";
export {
  checkPacks,
  checkPackTermsText,
  findPackTermsFiles,
  readPackTerms,
  type PackCheckReport,
  type PackTermsFile,
  type PlacedProblem,
} from "./pack-terms.js";
export { fixtureDirs, runFixtures, type FixtureReport } from "./fixtures.js";
export { holdsRego, loadTermsPack } from "./load.js";
export { draftFromFile, draftFromText, draftJson, draftYaml, packId, summarise, DRAFT_TERMS, type Draft } from "../draft/draft.js";
export { readDpa, htmlText, type DpaText } from "../draft/source.js";
export type { Found } from "../draft/terms.js";
