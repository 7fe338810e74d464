# METADATA
# title: GDPR Art. 28 and Art. 33 processor terms
# description: What any processor contract must give the controller, whatever the DPA says.
package gdpr.processor

import data.lib.finding
import data.lib.period

# METADATA
# title: Breach notice too late for the controller's 72 hours
# description: |
#   The controller must notify the supervisory authority within 72 hours of becoming aware of a
#   breach (Art. 33(1)); the processor's notice (Art. 33(2)) must leave it time to do so. A vendor
#   deadline of 72 hours or more leaves none.
# custom:
#   id: breach-notice-exceeds-72h
#   severity: error
#   clause: GDPR Art. 33(1), 33(2)
#   quote: not later than 72 hours after having become aware of it
deny contains finding.new("gdpr/breach-notice-exceeds-72h", msg, ["contract", "breachNotification"]) if {
	v := input.derived.contract.breachNotification
	not period.shorter(v, {"value": 72, "unit": "hours"})
	msg := concat("", [
		"contract.breachNotification is ", period.text(v),
		": the vendor may report a breach when the controller's 72 hours (Art. 33(1)) have already run out",
	])
}

# METADATA
# title: Breach notice leaves the controller little time
# description: |
#   A vendor deadline over 48 hours leaves the controller less than a day of its 72 hours to
#   assess the breach and notify the authority.
# custom:
#   id: breach-notice-over-48h
#   severity: warning
#   clause: GDPR Art. 33(1), 33(2)
#   quote: The processor shall notify the controller without undue delay after becoming aware of a personal data breach.
warn contains finding.new("gdpr/breach-notice-over-48h", msg, ["contract", "breachNotification"]) if {
	v := input.derived.contract.breachNotification
	period.shorter(v, {"value": 72, "unit": "hours"})
	period.longer(v, {"value": 48, "unit": "hours"})
	msg := concat("", ["contract.breachNotification is ", period.text(v), ", leaving the controller less than a day of its 72 hours"])
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
