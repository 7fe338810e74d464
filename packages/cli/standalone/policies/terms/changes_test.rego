package terms.changes_test

import data.terms.changes

_change(dpa, change, elapsed) := {
	"dpa": dpa,
	"subprocessorChanges": [object.union({"subprocessor": "Slack", "change": "add", "noticeReceived": "2026-11-02", "effective": "2026-11-23"}, change)],
	"derived": {"subprocessorChanges": [{"elapsed": elapsed}]},
}

_elapsed(days, working_days, months) := {"hours": days * 24, "days": days, "working_days": working_days, "months": months, "years": 0}

_rules(findings) := {f.rule | some f in findings}

test_change_after_both_periods_passes if {
	count(changes.deny) == 0 with input as _change("quicktalk", {}, _elapsed(21, 14, 0))
}

test_working_days_are_compared_in_working_days if {
	# 14 calendar days, but only 9 working days because of a public holiday.
	findings := changes.deny with input as _change("quicktalk", {}, _elapsed(14, 9, 0))
	_rules(findings) == {"quicktalk/change-before-prior-notice", "quicktalk/change-before-objection-window"}
	some f in findings
	f.path == ["subprocessorChanges", 0, "effective"]
	contains(f.msg, "9 working days after the notice of 2026-11-02")
}

test_months_are_calendar_months if {
	"mintt/change-before-prior-notice" in _rules(changes.deny) with input as _change("mintt", {}, _elapsed(30, 21, 0))
	count(changes.deny) == 0 with input as _change("mintt", {}, _elapsed(31, 22, 1))
}

test_geniebelt_objection_window_and_notice if {
	_rules(changes.deny) == {"geniebelt/change-before-prior-notice", "geniebelt/change-before-objection-window"} with input as _change("geniebelt", {}, _elapsed(6, 4, 0))
	_rules(changes.deny) == {"geniebelt/change-before-prior-notice"} with input as _change("geniebelt", {}, _elapsed(20, 14, 0))
}

test_removals_are_not_checked if {
	count(changes.deny) == 0 with input as _change("quicktalk", {"change": "remove"}, _elapsed(1, 1, 0))
}

test_raised_objection_blocks_the_change if {
	some f in changes.deny with input as _change("quicktalk", {"objection": "raised"}, _elapsed(30, 20, 0))
	f.rule == "quicktalk/change-while-objection-raised"
	f.path == ["subprocessorChanges", 0, "objection"]
}

test_waived_objection_is_fine if {
	count(changes.deny) == 0 with input as _change("quicktalk", {"objection": "waived"}, _elapsed(30, 20, 0))
}

test_no_numeric_prior_notice_is_a_warning if {
	count(changes.warn) == 0 with input as _change("quicktalk", {}, _elapsed(20, 14, 0))
	some f in changes.warn with input as _change("septeo", {}, _elapsed(20, 14, 0))
	f.rule == "septeo/prior-notice-not-numeric"
	f.path == ["subprocessorChanges", 0, "noticeReceived"]
}
