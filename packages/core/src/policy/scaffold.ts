import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError } from "../errors.js";

/**
 * `dpa-lint policy new ID`: a terms-only DPA pack with one rule of its own, its test and its doc,
 * which pass `policy test`, build with `policy build` and lint with `lint --policy` out of the box.
 */
export function scaffoldPack(id: string, policiesDir: string, cwd: string): string[] {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(id))
    throw new InputError(`"${id}" is not a pack id: use lower-case letters, digits, - and _`, { field: "ID" });
  const dir = join(policiesDir, "dpa", id);
  if (existsSync(dir)) throw new InputError("already exists; choose another id or edit it", { file: relative(cwd, dir) || dir });
  const pkg = id.replace(/-/g, "_");
  const files: Record<string, string> = {
    "data.yaml": termsFile(id),
    [`${pkg}.rego`]: rulesFile(id, pkg),
    [`${pkg}_test.rego`]: testFile(id, pkg),
    "docs/vendor-country-missing.md": docFile(id),
  };
  const written: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
    written.push(relative(cwd, path));
  }
  return written;
}

/** The pack's terms, the only file a typical DPA needs. */
function termsFile(id: string): string {
  return `# Terms of the ${id} DPA, as data: the rules every pack shares read them (see policies/README.md,
# "Adding a DPA"). Replace each value with what the signed DPA says, and cite its clause.
terms:
  title: ${id} data processing agreement
  governingLaw: BE # the country whose public holidays working days skip
  hosting:
    allowed: [EEA] # or null when the DPA does not restrict hosting
    declared: null
  subprocessors:
    listed: true
    list:
      - name: Example Hosting SA
        aliases: [Example Hosting]
        country: FR
        mechanism: eea
  priorNotice: { value: 30, unit: days } # or null when the DPA gives no number
  objectionWindow: { value: 14, unit: days }
  breachNotification: { value: 48, unit: hours }
  audit:
    maxPerYear: 1
    notice: { value: 30, unit: days }
  retention: []
  specialCategories: []
  clauses:
    subprocessor-not-listed:
      clause: Annex 3
      quote: The processor engages only the sub-processors listed in Annex 3.
`;
}

/** One rule of the pack's own, to show where unusual rules go. */
function rulesFile(id: string, pkg: string): string {
  return `# METADATA
# title: Rules only the ${id} DPA needs
# description: Everything typical is in data.yaml; write Rego here only for what is unusual.
package dpa.${pkg}

import data.lib.finding
import data.lib.pack

# METADATA
# title: The vendor's country is not recorded
# description: |
#   The ${id} DPA names the processor's legal entity; record its country so that transfers by the
#   vendor itself can be judged.
# custom:
#   id: vendor-country-missing
#   severity: warning
#   clause: Parties
warn contains finding.new("${id}/vendor-country-missing", "vendor.country is not recorded", ["vendor"]) if {
	pack.id == "${id}"
	not _has_country
}

_has_country if input.vendor.country
`;
}

/** That rule's unit test. */
function testFile(id: string, pkg: string): string {
  return `package dpa.${pkg}_test

import data.dpa.${pkg}

test_vendor_country_missing_is_a_warning if {
	some f in ${pkg}.warn with input as {"dpa": "${id}", "vendor": {"name": "Acme"}}
	f.rule == "${id}/vendor-country-missing"
}

test_vendor_country_given_passes if {
	count(${pkg}.warn) == 0 with input as {"dpa": "${id}", "vendor": {"name": "Acme", "country": "FR"}}
}

test_other_packs_are_left_alone if {
	count(${pkg}.warn) == 0 with input as {"dpa": "quicktalk", "vendor": {"name": "Acme"}}
}
`;
}

/** That rule's doc page, with the examples the test suite lints. */
function docFile(id: string): string {
  return `# ${id}/vendor-country-missing

**The vendor's country is not recorded** · severity \`warning\`

Record the country of the vendor's legal entity.

## Compliant

\`\`\`yaml
apiVersion: dpa-lint/v1
kind: VendorSetup
metadata: {name: example}
vendor: {name: Example, country: FR}
dpa: ${id}
\`\`\`

## Violating

\`\`\`yaml
apiVersion: dpa-lint/v1
kind: VendorSetup
metadata: {name: example}
vendor: {name: Example}
dpa: ${id}
\`\`\`
`;
}
