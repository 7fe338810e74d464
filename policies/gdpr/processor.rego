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
#   (Art. 33(1)). A contractual processor deadline of more than 72 hours lets the vendor take
#   longer than the controller's whole period before speaking: the controller's own deadline has
#   passed by the time it hears. Exactly 72 hours, written as an outer limit beside "without undue
#   delay", is lawful (the reading taken: a cap is not a licence to wait); it is a warning under
#   gdpr/breach-notice-over-48h instead.
# custom:
#   id: breach-notice-exceeds-72h
#   severity: error
#   clause: GDPR Art. 33(1), 33(2)
#   quote: The processor shall notify the controller without undue delay after becoming aware of a personal data breach.
deny contains finding.new(rego.metadata.chain(), msg, ["contract", "breachNotification"]) if {
	v := input.derived.contract.breachNotification
	period.longer(v, {"value": 72, "unit": "hours"})
	msg := concat("", [
		"contract.breachNotification is ", period.text(v),
		": the vendor may wait longer than the controller's whole 72 hours (Art. 33(1)) before reporting a breach,",
		" so the controller's own deadline can pass before it hears (Art. 33(2) requires notice without undue delay)",
	])
}

# METADATA
# title: Breach notice leaves the controller little time
# description: |
#   A vendor deadline over 48 hours (up to 72) is a long wait for "without undue delay"
#   (Art. 33(2)); counted from the breach, it leaves the controller less than a day of a 72-hour
#   window to assess the breach and notify the authority. At exactly 72 hours the cap is lawful
#   only as an outer limit: the processor must still notify without undue delay.
# custom:
#   id: breach-notice-over-48h
#   severity: warning
#   clause: GDPR Art. 33(1), 33(2)
#   quote: The processor shall notify the controller without undue delay after becoming aware of a personal data breach.
warn contains finding.new(rego.metadata.chain(), msg, ["contract", "breachNotification"]) if {
	v := input.derived.contract.breachNotification
	not period.longer(v, {"value": 72, "unit": "hours"})
	period.longer(v, {"value": 48, "unit": "hours"})
	msg := concat("", ["contract.breachNotification is ", period.text(v), ": ", _breach_wait(v)])
}

_breach_wait(v) := "a long wait for notice without undue delay, leaving the controller less than a day of a 72-hour window" if {
	period.shorter(v, {"value": 72, "unit": "hours"})
}

_breach_wait(v) := concat("", [
	"lawful only as an outer limit (Art. 33(2)): the processor must still notify without undue delay,",
	" since at the limit the controller has nothing left of its own 72 hours (Art. 33(1))",
]) if {
	not period.shorter(v, {"value": 72, "unit": "hours"})
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
deny contains finding.new(rego.metadata.chain(), msg, ["subprocessorChanges", i, "effective"]) if {
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
warn contains finding.new(rego.metadata.chain(), msg, ["processing", "dataCategories", i]) if {
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
warn contains finding.new(rego.metadata.chain(), msg, ["retention", category]) if {
	categories := input.processing.dataCategories
	is_array(categories)
	some category, _ in input.retention
	not category in categories
	msg := concat("", ["retention names ", category, ", which is not in processing.dataCategories"])
}

# METADATA
# title: Sub-processor not bound by a contract
# description: |
#   A processor that engages another processor must impose on it, by contract or other legal act,
#   the same data protection obligations as its own contract with the controller (Art. 28(4)). A
#   sub-processor recorded with writtenContract false is engaged without them: ask the vendor for
#   the sub-processing agreement, or object to the sub-processor.
# custom:
#   id: subprocessor-without-contract
#   severity: warning
#   clause: GDPR Art. 28(4)
#   quote: the same data protection obligations as set out in the contract or other legal act between the controller and the processor as referred to in paragraph 3 shall be imposed on that other processor by way of a contract or other legal act
warn contains finding.new(rego.metadata.chain(), msg, ["subprocessors", i, "writtenContract"]) if {
	some i, s in input.subprocessors
	s.writtenContract == false
	msg := concat("", ["sub-processor \"", s.name, "\" is recorded without a contract imposing the same data protection obligations (Art. 28(4))"])
}
