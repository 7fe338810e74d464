# METADATA
# title: GDPR Art. 28 and Art. 33 processor terms
# description: What any processor contract must give the controller, whatever the DPA says.
package gdpr.processor

import data.lib.finding
import data.lib.period

# METADATA
# title: Vendor's breach deadline leaves the controller no margin
# description: |
#   The processor must tell the controller of a breach without undue delay (Art. 33(2)); the
#   controller then has 72 hours from becoming aware of it to notify the supervisory authority
#   (Art. 33(1)). A contractual processor deadline of 72 hours or more (exactly 72 hours
#   included) lets the vendor take as long as the controller's whole period before speaking: the
#   breach is by then as old as the controller's own deadline, and the controller has no margin
#   to investigate before notifying. It is not "without undue delay" as a contract term.
# custom:
#   id: breach-notice-exceeds-72h
#   severity: error
#   clause: GDPR Art. 33(1), 33(2)
#   quote: The processor shall notify the controller without undue delay after becoming aware of a personal data breach.
deny contains finding.new("gdpr/breach-notice-exceeds-72h", msg, ["contract", "breachNotification"]) if {
	v := input.derived.contract.breachNotification
	not period.shorter(v, {"value": 72, "unit": "hours"})
	msg := concat("", [
		"contract.breachNotification is ", period.text(v),
		": the vendor may wait as long as the controller's whole 72 hours (Art. 33(1)) before reporting a breach,",
		" which leaves the controller no margin and is no commitment to notify without undue delay (Art. 33(2))",
	])
}

# METADATA
# title: Breach notice leaves the controller little time
# description: |
#   A vendor deadline over 48 hours (and under 72) is a long wait for "without undue delay"
#   (Art. 33(2)); counted from the breach, it leaves the controller less than a day of a 72-hour
#   window to assess the breach and notify the authority.
# custom:
#   id: breach-notice-over-48h
#   severity: warning
#   clause: GDPR Art. 33(1), 33(2)
#   quote: The processor shall notify the controller without undue delay after becoming aware of a personal data breach.
warn contains finding.new("gdpr/breach-notice-over-48h", msg, ["contract", "breachNotification"]) if {
	v := input.derived.contract.breachNotification
	period.shorter(v, {"value": 72, "unit": "hours"})
	period.longer(v, {"value": 48, "unit": "hours"})
	msg := concat("", ["contract.breachNotification is ", period.text(v), ": a long wait for notice without undue delay, leaving the controller less than a day of a 72-hour window"])
}

# METADATA
# title: Sub-processor change announced after it took effect
# description: |
#   Art. 28(2) requires the processor to inform the controller of intended changes, so that it can
#   object; a notice received on or after the effective date informs of a done deal.
# custom:
#   id: change-notified-after-effect
#   severity: error
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors
deny contains finding.new("gdpr/change-notified-after-effect", msg, ["subprocessorChanges", i, "effective"]) if {
	some i, c in input.subprocessorChanges
	c.change in {"add", "replace"}
	input.derived.subprocessorChanges[i].elapsed.days <= 0
	msg := concat("", [c.subprocessor, " took effect on ", c.effective, ", not after the notice received on ", c.noticeReceived])
}

# METADATA
# title: Data category without a retention period
# description: |
#   Storage limitation (Art. 5(1)(e)) needs a retention period for every category of personal data
#   the vendor processes.
# custom:
#   id: retention-missing
#   severity: warning
#   clause: GDPR Art. 5(1)(e)
#   quote: kept in a form which permits identification of data subjects for no longer than is necessary for the purposes for which the personal data are processed
warn contains finding.new("gdpr/retention-missing", msg, ["processing", "dataCategories", i]) if {
	some i, category in input.processing.dataCategories
	not category in object.keys(object.get(input, "retention", {}))
	msg := concat("", ["data category ", category, " has no retention period under retention"])
}

# METADATA
# title: Retention for a category the setup does not process
# description: A retention key that is not in processing.dataCategories is probably a typo or a stale entry.
# custom:
#   id: retention-unknown-category
#   severity: warning
#   clause: GDPR Art. 5(1)(e)
#   quote: kept in a form which permits identification of data subjects for no longer than is necessary for the purposes for which the personal data are processed
warn contains finding.new("gdpr/retention-unknown-category", msg, ["retention", category]) if {
	categories := input.processing.dataCategories
	is_array(categories)
	some category, _ in input.retention
	not category in categories
	msg := concat("", ["retention names ", category, ", which is not in processing.dataCategories"])
}
