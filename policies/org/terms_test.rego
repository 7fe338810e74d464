package org.terms_test

import data.org.terms

_p(value, unit) := {"value": value, "unit": unit}

_rules(findings) := {f.rule | some f in findings}

test_no_org_policy_no_finding if {
	count(terms.deny) == 0 with input as {"dpa": "geniebelt", "contract": {}, "derived": {"contract": {}}}
}

test_the_dpa_term_applies_when_the_setup_records_none if {
	some f in terms.deny with input as {"dpa": "geniebelt", "derived": {"contract": {}}}
		with data.config.org.minObjectionWindow as _p(10, "days")
	f.rule == "org/objection-window-below-minimum"
	f.path == ["dpa"]
	f.msg == "the geniebelt DPA's objectionWindow is 7 days, shorter than org.minObjectionWindow (10 days)"
}

test_the_recorded_term_applies_first if {
	inp := {"dpa": "geniebelt", "contract": {"objectionWindow": "14 days"}, "derived": {"contract": {"objectionWindow": _p(14, "days")}}}
	count(terms.deny) == 0 with input as inp with data.config.org.minObjectionWindow as _p(10, "days")
}

test_prior_notice_and_breach_limits if {
	inp := {"dpa": "quicktalk", "derived": {"contract": {"breachNotification": _p(72, "hours")}}}
	_rules(terms.deny) == {"org/prior-notice-below-minimum", "org/breach-notification-above-maximum"} with input as inp
		with data.config.org.minPriorNotice as _p(30, "days")
		with data.config.org.maxBreachNotification as _p(48, "hours")
}

test_retention_limits_per_category_and_default if {
	inp := {"derived": {"retention": {"call-recordings": _p(2, "years"), "crm": _p(4, "years"), "logs": _p(6, "months")}}}
	findings := terms.deny with input as inp
		with data.config.org.maxRetention as {"default": _p(3, "years"), "call-recordings": _p(1, "years")}
	{[f.rule, f.path] | some f in findings} == {
		["org/retention-above-maximum", ["retention", "call-recordings"]],
		["org/retention-above-maximum", ["retention", "crm"]],
	}
}

test_forbidden_mechanisms if {
	inp := {"subprocessors": [{"name": "A", "transferMechanism": "dpf"}, {"name": "B", "transferMechanism": "scc"}]}
	count(terms.deny) == 1 with input as inp with data.config.org.forbiddenTransferMechanisms as ["dpf"]
	some f in terms.deny with input as inp with data.config.org.forbiddenTransferMechanisms as ["dpf"]
	f.rule == "org/transfer-mechanism-forbidden"
	f.path == ["subprocessors", 0, "transferMechanism"]
}

test_an_ambiguous_term_meets_a_minimum_by_its_shortest_reading if {
	# Easi "fifteen/thirty days": 15 days is below a 20-day floor, 30 would not be.
	count(terms.deny) == 0 with input as {"dpa": "easi", "derived": {"contract": {}}}
		with data.config.org.minObjectionWindow as _p(15, "days")
	some f in terms.deny with input as {"dpa": "easi", "derived": {"contract": {}}}
		with data.config.org.minObjectionWindow as _p(20, "days")
	f.rule == "org/objection-window-below-minimum"
	f.msg == "the easi DPA's objectionWindow is 15 days, shorter than org.minObjectionWindow (20 days)"
}
