# METADATA
# title: Special categories against the DPA
# description: Rules every pack shares on GDPR Art. 9 data.
package terms.special

import data.lib.pack

# METADATA
# title: Special-category data under a DPA that declares none
# description: |
#   The DPA says no special-category (Art. 9) data is processed, so it carries none of the extra
#   safeguards such data needs. Processing it anyway needs a new DPA or an amendment.
# custom:
#   id: special-categories-not-declared
#   severity: error
#   clause: GDPR Art. 9, 28(3)
#   quote: Processing of personal data revealing racial or ethnic origin ... data concerning health ... shall be prohibited.
deny contains pack.finding("special-categories-not-declared", msg, ["processing", "specialCategories", i]) if {
	pack.terms.specialCategories == []
	some i, category in input.processing.specialCategories
	msg := concat("", [
		"processing.specialCategories lists ", category, " but the ", pack.id,
		" DPA declares no special-category data",
	])
}
