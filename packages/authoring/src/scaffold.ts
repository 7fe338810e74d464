import { join, relative } from "node:path";
import { InputError, lstatOr, writeFileSafely } from "@dpa-lint/core";

/**
 * `dpa-lint policy new ID`: a terms-only DPA pack (no Rego, no OPA) whose every term is a TODO
 * placeholder that fails `policy check` until replaced with what the signed DPA says, and one
 * fixture test. Nothing plausible is pre-filled: an unedited pack must never pass as a real DPA.
 */
export function scaffoldPack(id: string, policiesDir: string, cwd: string): string[] {
  checkPackId(id);
  const dir = join(policiesDir, "dpa", id);
  // lstat: a dangling link there exists too.
  if (lstatOr(dir)) throw new InputError("already exists; choose another id or edit it", { file: relative(cwd, dir) || dir });
  const files: Record<string, string> = {
    "data.yaml": termsFile(id),
    "tests/unlisted-subprocessor.yaml": fixtureFile(id),
    "tests/unlisted-subprocessor.expected.json": `${JSON.stringify([{ ruleId: `${id}/subprocessor-not-listed`, line: 12 }], null, 2)}\n`,
  };
  return writeScaffold(dir, files, cwd);
}

/** Writes scaffold files under `dir` (never through a link) and returns their paths from `cwd`. */
export function writeScaffold(dir: string, files: Record<string, string>, cwd: string): string[] {
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSafely(path, text, { display: relative(cwd, path), cwd });
    return relative(cwd, path);
  });
}

/** The pack's terms, every one a TODO: the schema (pack-terms.schema.json) rejects each until replaced. */
function termsFile(id: string): string {
  return `# Terms of the ${id} DPA, as data: the rules every pack shares read them (policies/README.md,
# "Adding a DPA"). Replace every TODO with what the signed DPA says, citing its clause and quoting
# its words verbatim; write null where the DPA gives no number. dpa-lint policy check lists what
# is left to do.
terms:
  title: TODO the DPA's title
  source: TODO the DPA's text file, relative to this file (policy check verifies the quotes in it)
  governingLaw: TODO # the ISO code of the governing law's country (its holidays skip working days), or null
  hosting:
    allowed: TODO # where the vendor may host: ISO codes and EEA / adequacy, or null when the DPA does not restrict it
    declared: TODO # what the DPA claims about where all data stays, or null
  subprocessors:
    listed: TODO # true when the DPA lists its sub-processors, else false
    list:
      - name: TODO the sub-processor's name
        country: TODO # ISO code, or null when the DPA gives no server location
        mechanism: TODO # eea, adequacy, dpf, scc, bcr, derogation, or null when the DPA names none
  priorNotice: TODO # {value: 30, unit: days} (units hours, days, working_days, months, years), or null
  objectionWindow: TODO # the same shape, or null
  breachNotification: TODO # the same shape, or null ("without undue delay")
  audit:
    maxPerYear: TODO # a number, or null (then uncapped: true, or absent: true when there is no audit right)
    notice: TODO # a period, or null
  retention: [] # per data category: {category, max: {value, unit}, from, clause, quote}
  specialCategories: TODO # the Art. 9 categories the DPA declares, [] when it declares none, null when silent
  clauses:
    subprocessor-not-listed:
      clause: TODO the clause that lists the sub-processors
      quote: TODO its words, verbatim
`;
}

/** One fixture: a sub-processor the pack does not list. Its expected findings are beside it. */
function fixtureFile(id: string): string {
  return `# A fixture test (dpa-lint policy test): this vendor file must give exactly the findings in
# unlisted-subprocessor.expected.json. Add one file per case the pack must catch or let pass.
apiVersion: dpa-lint/v1
kind: VendorSetup
metadata:
  name: ${id}-unlisted-subprocessor
vendor:
  name: Example vendor
  country: FR
dpa: ${id}
subprocessors:
  - name: Unlisted Analytics SAS
    country: FR
`;
}

/** A pack id is what vendor files write in `dpa` and a directory name: the one rule for both commands that create packs. */
export function checkPackId(id: string): void {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(id))
    throw new InputError(`"${id}" is not a pack id: use lower-case letters, digits, - and _`, { field: "ID" });
}
