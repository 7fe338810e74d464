# METADATA
# title: Retention against the DPA's limits
# description: Rules every pack shares on how long each data category is kept.
package terms.retention

import data.lib.pack
import data.lib.period

_limit(category) := r if {
	some r in pack.terms.retention
	category in ({r.category} | {a | some a in object.get(r, "aliases", [])})
}

# METADATA
# title: Retention longer than the DPA allows
# description: |
#   The DPA limits how long this data category is kept (for example Quicktalk's call logs: one
#   year). The configured retention is longer.
# custom:
#   id: retention-exceeds-dpa
#   severity: error
#   clause: GDPR Art. 5(1)(e), 28(3)
#   quote: kept in a form which permits identification of data subjects for no longer than is necessary for the purposes for which the personal data are processed
deny contains pack.finding_at("retention-exceeds-dpa", msg, ["retention", category], r) if {
	some category, v in input.derived.retention
	r := _limit(category)
	period.longer(v, r.max)
	msg := concat("", [
		"retention of ", category, " is ", period.text(v), " but the ", pack.id,
		" DPA keeps it at most ", period.text(r.max),
	])
}
