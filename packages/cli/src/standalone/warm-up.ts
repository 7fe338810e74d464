import { Linter } from "@dpa-lint/core";

/**
 * A small vendor setup with a finding: linting it runs the path every lint takes (parse, schema,
 * normalisation, policies, locating a finding), so that V8 has compiled those functions.
 */
const SAMPLE = `apiVersion: dpa-lint/v1
kind: VendorSetup
metadata:
  name: compile-cache-warm-up
vendor:
  name: Example
  country: FR
dpa: quicktalk
processing:
  dataCategories: [call-logs]
  dataSubjects: [customers]
hosting:
  - provider: aws
    region: us-east-1
subprocessors:
  - name: Scaleway
    country: FR
retention:
  call-logs: 12 months
`;

/**
 * Before the standalone CLI saves its compile cache: lint the sample in this process, so that the
 * cache holds the lint path whatever command made it (a first `dpa-lint --help`, or a lint run
 * whose files all went to worker threads, would otherwise leave every later lint compiling it).
 * Never throws: the run it follows is over.
 */
export async function warmUp(): Promise<void> {
  try {
    const linter = await Linter.create({ cwd: process.cwd() });
    linter.lintText("compile-cache-warm-up.yaml", SAMPLE);
  } catch {
    // Nothing here reads the user's files; should anything fail, the cache holds what the run compiled.
  }
}
