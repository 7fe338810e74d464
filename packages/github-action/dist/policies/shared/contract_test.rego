package shared.contract_test

import data.shared.contract

_setup(dpa, raw, derived) := {"dpa": dpa, "contract": raw, "derived": {"contract": derived}}

_p(value, unit) := {"value": value, "unit": unit}

_rules(findings) := {f.rule | some f in findings}

test_matching_terms_pass if {
	inp := _setup(
		"quicktalk",
		{"objectionWindow": "10 working days", "priorNotice": "10 working days", "auditsPerYear": 1, "auditNotice": "60 days"},
		{"objectionWindow": _p(10, "working_days"), "priorNotice": _p(10, "working_days"), "auditNotice": _p(60, "days")},
	)
	count(contract.deny) == 0 with input as inp
	count(contract.warn) == 0 with input as inp
}

test_an_equivalent_reading_is_not_a_contradiction if {
	# 14 calendar days can be 10 working days.
	count(contract.deny) == 0 with input as _setup("quicktalk", {"objectionWindow": "14 days"}, {"objectionWindow": _p(14, "days")})
}

test_objection_window_contradicting_the_dpa if {
	some f in contract.deny with input as _setup("geniebelt", {"objectionWindow": "30 days"}, {"objectionWindow": _p(30, "days")})
	f.rule == "geniebelt/contract-objection-window"
	f.path == ["contract", "objectionWindow"]
	f.msg == "contract.objectionWindow is 30 days but the geniebelt DPA gives 7 days as the objection window"
}

test_prior_notice_and_breach_contradicting_the_dpa if {
	inp := _setup("easi", {"breachNotification": "48h"}, {"breachNotification": _p(48, "hours")})
	_rules(contract.deny) == {"easi/contract-breach-notification"} with input as inp
	inp2 := _setup("mintt", {"priorNotice": "14 days"}, {"priorNotice": _p(14, "days")})
	_rules(contract.deny) == {"mintt/contract-prior-notice"} with input as inp2
}

test_audits_against_cap_no_cap_and_no_right if {
	_rules(contract.deny) == {"septeo/contract-audits"} with input as _setup("septeo", {"auditsPerYear": 2}, {})
	_rules(contract.deny) == {"geniebelt/contract-audits"} with input as _setup("geniebelt", {"auditsPerYear": 1}, {})
	_rules(contract.deny) == {"quicktalk/contract-audits"} with input as _setup("quicktalk", {"auditNotice": "30 days"}, {"auditNotice": _p(30, "days")})
	some f in contract.deny with input as _setup("easi", {"auditsPerYear": 1}, {})
	contains(f.msg, "has no audit term, which GDPR Art. 28(3)(h) requires")
}

test_terms_the_dpa_does_not_state_are_warnings if {
	inp := _setup(
		"mintt",
		{"objectionWindow": "10 days", "breachNotification": "24h", "auditNotice": "30 days"},
		{"objectionWindow": _p(10, "days"), "breachNotification": _p(24, "hours"), "auditNotice": _p(30, "days")},
	)
	{f.path | some f in contract.warn with input as inp; f.rule == "mintt/contract-term-not-in-dpa"} == {
		["contract", "objectionWindow"],
		["contract", "breachNotification"],
		["contract", "auditNotice"],
	}
}

test_ambiguous_terms_are_flagged_where_they_matter if {
	inp := {
		"dpa": "easi",
		"contract": {"objectionWindow": "30 days"},
		"subprocessorChanges": [{"subprocessor": "X", "change": "add"}],
		"derived": {"contract": {"objectionWindow": _p(30, "days")}},
	}
	{f.path | some f in contract.warn with input as inp; f.rule == "easi/ambiguous-term"} == {
		["contract", "objectionWindow"],
		["subprocessorChanges", 0, "effective"],
	}
	count(contract.warn) == 0 with input as {"dpa": "easi"}
}

test_either_reading_of_an_ambiguous_term_matches if {
	count(contract.deny) == 0 with input as _setup("easi", {"objectionWindow": "15 days"}, {"objectionWindow": _p(15, "days")})
	count(contract.deny) == 0 with input as _setup("easi", {"objectionWindow": "30 days"}, {"objectionWindow": _p(30, "days")})
	some f in contract.deny with input as _setup("easi", {"objectionWindow": "20 days"}, {"objectionWindow": _p(20, "days")})
	f.msg == "contract.objectionWindow is 20 days but the easi DPA gives 15 days or 30 days as the objection window"
}

test_a_term_without_a_number_cites_the_terms_own_clause if {
	some f in contract.warn with input as _setup("mintt", {"breachNotification": "24h"}, {"breachNotification": _p(24, "hours")})
	f.rule == "mintt/contract-term-not-in-dpa"
	f.clause == "Annex B Cl. 9.2"
	startswith(f.quote, "the processor shall notify the controller without undue delay")
}

test_an_audit_notice_cites_the_notice_clause if {
	some f in contract.warn with input as _setup("mintt", {"auditNotice": "30 days"}, {"auditNotice": _p(30, "days")})
	f.rule == "mintt/contract-term-not-in-dpa"
	f.clause == "Annex B Cl. 7.6(d) (L505)"
}

_end(dpa, end, derived) := {"dpa": dpa, "contract": {"endOfContract": end}, "derived": {"endOfContract": derived, "contract": {}}}

test_end_of_contract_action_must_be_offered_by_the_dpa if {
	not "quicktalk/end-of-contract-action" in _rules(contract.deny) with input as _end("quicktalk", {"action": "delete"}, {})
	not "quicktalk/end-of-contract-action" in _rules(contract.deny) with input as _end("quicktalk", {"action": "return-then-delete"}, {})
	not "easi/end-of-contract-action" in _rules(contract.deny) with input as _end("easi", {"action": "transfer"}, {})
	some f in contract.deny with input as _end("quicktalk", {"action": "transfer"}, {})
	f.rule == "quicktalk/end-of-contract-action"
	f.path == ["contract", "endOfContract", "action"]
	contains(f.msg, "offers only return, delete")
	f.clause == "8.3 (L127)"
}

test_end_of_contract_without_a_dpa_clause_is_a_warning if {
	not "quicktalk/end-of-contract-not-in-dpa" in _rules(contract.warn) with input as _end("quicktalk", {"action": "delete"}, {})
	some f in contract.warn with input as _end("septeo", {"action": "delete"}, {})
	f.rule == "septeo/end-of-contract-not-in-dpa"
}
