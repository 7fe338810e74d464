# METADATA
# title: GDPR Art. 9 special categories the setup does not declare
# description: |
#   The setup's data subjects and data categories are free text; some of them say plainly that
#   Art. 9 data is involved (patients, medical records, biometric templates). Such data must be
#   declared under processing.specialCategories so the DPA checks can see it.
package gdpr.special

import data.lib.finding

# Words that, inside a data subject or data category name, point to an Art. 9 category. Each is
# specific enough not to match ordinary names ("union" alone would match "european-union").
_hints := {
	"health": ["patient", "health", "medical", "clinical", "diagnos", "hospital", "prescription", "disabilit"],
	"biometric": ["biometric", "fingerprint", "facial", "face-recognition", "iris-scan"],
	"genetic": ["genetic", "dna"],
	"racial-ethnic": ["racial", "ethnic"],
	"political": ["political"],
	"religious": ["religio"],
	"trade-union": ["trade-union", "union-member"],
	"sex-life": ["sexual", "sex-life"],
}

# METADATA
# scope: rule
# title: Data that points to an Art. 9 category not declared as one
# description: |
#   A data subject or data category names something that is special-category data under Art. 9
#   (patients' data concerns health, Art. 4(15)), but processing.specialCategories does not list
#   that category, so no DPA check sees it. Declare it, or rename the entry if it is not.
# custom:
#   id: special-category-undeclared
#   severity: warning
#   clause: GDPR Art. 4(15), 9(1)
#   quote: "'data concerning health' means personal data related to the physical or mental health of a natural person, including the provision of health care services, which reveal information about his or her health status"
warn contains finding.new(rego.metadata.chain(), msg, ["processing", field, i]) if {
	# One body for both lists: a rule's METADATA annotates one body, and gives the finding its id.
	some field in ["dataSubjects", "dataCategories"]
	some i, name in object.get(input.processing, field, [])
	some category in _suggested(name)
	not category in object.get(input.processing, "specialCategories", [])
	msg := concat("", ["processing.", field, " lists ", name, ", which suggests ", category, " data (GDPR Art. 9), but processing.specialCategories does not declare ", category])
}

# Words that make a name about businesses or their staff, not about a person's health: Art.
# 4(15) concerns a natural person's own health, so "medical-device-suppliers" or "hospital-staff"
# (their business contact data) suggest no Art. 9 category.
_business := {
	"supplier", "suppliers", "vendor", "vendors", "manufacturer", "manufacturers", "distributor", "distributors",
	"device", "devices", "equipment", "company", "companies", "business", "businesses", "partner", "partners",
	"reseller", "resellers", "b2b", "staff", "employee", "employees", "personnel", "professional", "professionals",
	"practitioner", "practitioners", "procurement", "invoices", "invoicing", "billing",
}

# A hint matches at the start of a word of the name, never inside one ("diagnos" matches
# "diagnosis-codes", "dna" not "adnan"); words are split on anything not a letter or digit.
# The name is lowered and split once, before the hints are tried.
_suggested(name) := {category |
	is_string(name)
	words := [m[0] | some m in regex.find_all_string_submatch_n(`[a-z0-9]+`, lower(name), -1)]
	not _about_business(words)
	joined := concat("", ["-", concat("-", words)])
	some category, hints in _hints
	some hint in hints
	contains(joined, concat("", ["-", hint]))
}

_about_business(words) if {
	some w in words
	w in _business
}
