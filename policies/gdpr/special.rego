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
warn contains finding.new("gdpr/special-category-undeclared", msg, ["processing", "dataSubjects", i]) if {
	some i, name in input.processing.dataSubjects
	some category in _suggested(name)
	not category in object.get(input.processing, "specialCategories", [])
	msg := concat("", ["processing.dataSubjects lists ", name, ", which suggests ", category, " data (GDPR Art. 9), but processing.specialCategories does not declare ", category])
}

warn contains finding.new("gdpr/special-category-undeclared", msg, ["processing", "dataCategories", i]) if {
	some i, name in input.processing.dataCategories
	some category in _suggested(name)
	not category in object.get(input.processing, "specialCategories", [])
	msg := concat("", ["processing.dataCategories lists ", name, ", which suggests ", category, " data (GDPR Art. 9), but processing.specialCategories does not declare ", category])
}

# The name is lowered once, before the words are tried (inside the loop it was lowered for each).
_suggested(name) := {category |
	is_string(name)
	lowered := lower(name)
	some category, words in _hints
	some word in words
	contains(lowered, word)
}
