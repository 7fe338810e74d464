package gdpr.processor_test

import data.gdpr.processor

_breach(value, unit) := {"contract": {"breachNotification": "x"}, "derived": {"contract": {"breachNotification": {"value": value, "unit": unit}}}}

_rules(findings) := {f.rule | some f in findings}

test_breach_notice_over_72_hours_is_denied if {
	"gdpr/breach-notice-exceeds-72h" in _rules(processor.deny) with input as _breach(73, "hours")
	"gdpr/breach-notice-exceeds-72h" in _rules(processor.deny) with input as _breach(5, "days")
	count(processor.deny) == 0 with input as _breach(48, "hours")
}

# "Without undue delay and in any event within 72 hours" is lawful: at 72 hours, a warning.
test_breach_notice_of_exactly_72_hours_is_a_warning_not_an_error if {
	count(processor.deny) == 0 with input as _breach(72, "hours")
	count(processor.deny) == 0 with input as _breach(3, "days")
	some f in processor.warn with input as _breach(72, "hours")
	f.rule == "gdpr/breach-notice-over-48h"
	contains(f.msg, "lawful only as an outer limit (Art. 33(2)): the processor must still notify without undue delay")
}

test_breach_notice_over_48_hours_is_a_warning if {
	some f in processor.warn with input as _breach(60, "hours")
	f.rule == "gdpr/breach-notice-over-48h"
	contains(f.msg, "leaving the controller less than a day")
}

test_breach_notice_of_a_day_is_no_warning if {
	count(processor.warn) == 0 with input as _breach(24, "hours")
}

test_change_notified_on_or_after_its_effective_date if {
	inp := {
		"subprocessorChanges": [{"subprocessor": "S", "change": "add", "noticeReceived": "2026-11-02", "effective": "2026-11-02"}],
		"derived": {"subprocessorChanges": [{"elapsed": {"days": 0}}]},
	}
	count(processor.deny) == 0 with input as json.patch(inp, [{"op": "replace", "path": "/derived/subprocessorChanges/0/elapsed/days", "value": 1}])
	some f in processor.deny with input as inp
	f.rule == "gdpr/change-notified-after-effect"
}

test_retention_missing_and_unknown if {
	inp := {"processing": {"dataCategories": ["call-logs", "crm"]}, "retention": {"call-logs": "1 year", "calllogs": "2 years"}}
	{[f.rule, f.path] | some f in processor.warn with input as inp} == {
		["gdpr/retention-missing", ["processing", "dataCategories", 1]],
		["gdpr/retention-unknown-category", ["retention", "calllogs"]],
	}
}

test_subprocessor_without_contract_is_a_warning if {
	inp := {"subprocessors": [{"name": "Acme", "country": "FR", "writtenContract": false}, {"name": "Beta", "country": "FR", "writtenContract": true}, {"name": "Gamma", "country": "FR"}]}
	findings := processor.warn with input as inp
	{f.path | some f in findings; f.rule == "gdpr/subprocessor-without-contract"} == {["subprocessors", 0, "writtenContract"]}
}
