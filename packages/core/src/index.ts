/**
 * @dpa-lint/core: parse vendor setups, evaluate DPA policies compiled to WebAssembly, and return
 * located findings. A library: it never prints and never exits; errors are typed.
 */
export { Linter, policyInput, type LinterOptions, type FileResult } from "./lint.js";
export * from "./findings/finding.js";
export * from "./errors.js";
export {
  isDpaRule,
  POLICY_GROUPS,
  SEVERITY_OF_SET,
  STANDALONE_PACKS,
  type Catalogue,
  type LegalFactsMeta,
  type RuleMeta,
  type PackMeta,
} from "./engine/catalogue.js";
export {
  readBundle,
  sourcesOf,
  withSources,
  PolicyEngine,
  BUILTIN_BUNDLE_DIR,
  ENTRYPOINT,
  type PolicyBundle,
  type PolicySource,
  type VerifyKey,
} from "./engine/policy.js";
export { signBundleFiles, verifyBundleFiles, SIGNING_ALGORITHMS, type SigningAlgorithm } from "./engine/bundle-signature.js";
export type { RawFinding } from "./engine/result-contract.js";
export { parseYamlText, PARSE_LIMITS, type ParsedFile, type ParsedDocument, type YamlPart } from "./document/parse.js";
export type { SourceDocument, SourcePart, CommentToken } from "./document/source-document.js";
export { SourceLines } from "./document/source-lines.js";
export { decodeText } from "./files/read.js";
export { temporaryDirectory } from "./files/temp.js";
export { writeFileSafely, makeDirectorySafely, removeDirectorySafely, copyFileSafely, type WriteOptions } from "./files/write.js";
export { locate } from "./document/locate.js";
export { pathAt, type PathAt } from "./document/path-at.js";
export { durationText, parseDuration, type Duration } from "./normalize/duration.js";
export { parseDate } from "./normalize/date.js";
export {
  toCountryCode,
  countries,
  countryName,
  isCode,
  COUNTRY_NAME_LANGUAGES,
  COUNTRY_SHORT_FORMS,
  type CountriesApi,
} from "./normalize/countries.js";
export { lookupRegion, regionsOf, canonicalProvider, KNOWN_PROVIDERS } from "./normalize/regions.js";
export { normalize, type Facts } from "./normalize/facts.js";
export { validateVendorSetup, vendorSetupSchema, schemaValidator } from "./schema/validate.js";
export { lint, resolveConfig, type LintOptions } from "./api.js";
export {
  findConfig,
  loadConfig,
  parseConfig,
  defaultConfig,
  CONFIG_NAMES,
  DEFAULT_INCLUDE,
  type ResolvedConfig,
  type OrgPolicy,
} from "./config/config.js";
export { nearest } from "./config/rule-ids.js";
export { configForFile, type FileConfig } from "./config/print-config.js";
export { applyRuleSettings, type RuleSetting, type RuleSettings } from "./findings/rule-settings.js";
export { collectFiles, isInside, lstatOr, selectIncluded, textDeclaresVendorSetup, VENDOR_EXTENSIONS } from "./files/collect.js";
export { summarize, fails, type JudgedBy, type LintResult, type Summary } from "./result.js";
export { formatStylish } from "./formatters/stylish.js";
export { plural } from "./formatters/plural.js";
export { FORMATTERS, formatterNames } from "./formatters/registry.js";
export { formatContext, type Formatter, type FormatContext } from "./formatters/types.js";
export { DOCS_BASE, docPath, docsUrl } from "./findings/docs-url.js";
export { ENGINE_RULE_META, isEngineRuleId } from "./findings/engine-rules.js";
export { annotationOf, type Annotation, type AnnotationKind } from "./formatters/github.js";
export { fingerprint } from "./formatters/sarif.js";
export { readRuleDoc, type RuleDoc } from "./engine/rule-docs.js";
export {
  configuredBundles,
  fetchConfiguredPacks,
  loadNpmPack,
  loadOciPolicyPack,
  loadPolicyPack,
  loadPolicyPacks,
  readVerifyKey,
  withBuiltinBundle,
} from "./policy/load.js";
export { cachedPackDir, fetchOciPacks, ociCacheDir, pushPack, BUNDLE_LAYER, CATALOGUE_LAYER } from "./policy/oci-pack.js";
export { formatOciRef, isOciPack, parseOciRef, type OciRef } from "./files/oci-ref.js";
export { isNpmPack, parseNpmPack, resolveNpmPack, NPM_PREFIX } from "./files/npm-pack.js";
export { createBaseline, writeBaseline, readBaseline, parseBaseline, applyBaseline, type Baseline } from "./findings/baseline.js";
export { resolutionChain } from "./files/link-chain.js";
export { isTerraformPath, terraformFilesIn } from "./files/terraform-files.js";
export { changedSince, changedLines, gitBytes, gitOutput, type ChangedLines } from "./files/git.js";
export { PARALLEL_THRESHOLD, defaultWorkers } from "./parallel/pool.js";
export { runLintWorker } from "./parallel/run-worker.js";
export { VERSION } from "./version.js";
export { thousands } from "./thousands.js";
export { appendAll, groupBy, maxOf } from "./arrays.js";
export { escapeRegExp } from "./escape-regexp.js";
export { importModule } from "./builtins.js";
export { markdownText } from "./formatters/markdown-escape.js";
export { legalFactsLine, policiesLine } from "./formatters/legal-facts.js";
export { buildRopa, MISSING, ROPA_INCOMPLETE, type Ropa, type Cell } from "./reports/ropa.js";
export { formatRopa, ROPA_FORMATS, type RopaFormat } from "./reports/ropa-format.js";
export { buildCalendar, formatIcs, type CalendarEvent } from "./reports/calendar.js";
export { readSetups, vendorSetupsOf, type SetupDoc } from "./vendor-setups.js";
export { printable } from "./formatters/printable.js";
export { inEea, inForce, type DatedRecord, type LegalData } from "./normalize/legal-data.js";
