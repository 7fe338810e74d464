/**
 * @dpa-lint/core/policy: what linting needs of a policy pack beyond the built-in bundle: build a
 * policy directory to a Wasm bundle with OPA (`--policy DIR` builds it on the fly), find OPA, read
 * and validate a pack's terms, load packs. The authoring toolchain (`dpa-lint policy test`, `fmt`,
 * `new`, `check`, `draft`) is @dpa-lint/authoring, which builds on this entry.
 */
export { buildPolicies, copySharedPolicyParts, SHARED_POLICY_PART_NAMES, SHARED_POLICY_PARTS, type BuildOptions } from "./build.js";
export { findOpa, opaVersion, ignoreArgs, BUILTIN_POLICIES_DIR } from "./tools.js";
export {
  checkPackTerms,
  checkPackTermsText,
  findPackTermsFiles,
  readPackTerms,
  type Locator,
  type PackTermsFile,
  type PlacedProblem,
} from "./pack-terms.js";
export { holdsRego, loadTermsPack } from "./load.js";
export { packTermsForPolicies } from "../schema/pack-periods.js";
