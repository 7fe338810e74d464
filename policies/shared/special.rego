# METADATA
# title: Special categories against the DPA
# description: Rules every pack shares on GDPR Art. 9 data.
package shared.special

import data.lib.pack

# METADATA
# title: Special-category data under a DPA that declares none
# description: |
#   The DPA says no special-category (Art. 9) data is processed, or names other categories than
#   this one, so it carries none of the extra safeguards this data needs. Processing it anyway
#   needs a new DPA or an amendment.
# custom:
#   id: special-categories-not-declared
#   severity: error
#   clause: GDPR Art. 9, 28(3)
#   quote: Processing of personal data revealing racial or ethnic origin ... data concerning health ... shall be prohibited.
deny contains pack.finding(rego.metadata.rule(), msg, ["processing", "specialCategories", i]) if {
	declared := pack.terms.specialCategories
	is_array(declared)
	some i, category in input.processing.specialCategories
	not category in declared
	msg := concat("", [
		"processing.specialCategories lists ", category, " but the ", pack.id,
		" DPA declares ", _declared_text(declared),
	])
}

_declared_text([]) := "no special-category data"

_declared_text(declared) := concat("", ["only ", concat(", ", declared)]) if count(declared) > 0

# METADATA
# title: Special-category data under a DPA that does not address it
# description: |
#   The setup processes special-category (Art. 9) data, and the DPA says nothing about such data
#   at all: neither that it is processed nor that it is not, so it carries none of the safeguards
#   Art. 9 data needs. Confirm with the vendor that the DPA covers it, or amend the DPA.
# custom:
#   id: special-categories-not-addressed
#   severity: warning
#   clause: GDPR Art. 9(1), 28(3)
#   quote: Processing of personal data revealing racial or ethnic origin ... data concerning health ... shall be prohibited.
warn contains pack.finding(rego.metadata.rule(), msg, ["processing", "specialCategories", i]) if {
	pack.terms.specialCategories == null
	some i, category in input.processing.specialCategories
	msg := concat("", [
		"processing.specialCategories lists ", category, " (GDPR Art. 9) but the ", pack.id,
		" DPA does not address special-category data at all; confirm it covers this data",
	])
}
