/**
 * Rule ids are a contract: a rule that is split or renamed keeps its old id working. A setting in
 * `.dpa-lint.yaml`, an inline suppression or a baseline entry written for the old id still
 * reaches the findings that id used to cover (docs/legal-model.md lists the changes).
 */
const FORMER_NAMES: Readonly<Record<string, string>> = {
  // 0.2 split "listed without a location or mechanism" in two; the old id keeps the location case.
  "subprocessor-listed-without-mechanism": "subprocessor-listed-without-location",
};

/** The id a finding of `ruleId` was reported under before a split or rename, if any. */
export function formerId(ruleId: string): string | undefined {
  const slash = ruleId.indexOf("/");
  const former = FORMER_NAMES[ruleId.slice(slash + 1)];
  return former === undefined ? undefined : `${ruleId.slice(0, slash + 1)}${former}`;
}
