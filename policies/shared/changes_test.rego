package shared.changes_test

import data.shared.changes

# elapsed is the notice-to-change time; the window had one day less fully run when the change
# took effect (the engine computes both; see normalize/facts.ts).
_change(dpa, change, elapsed) := _change2(dpa, change, elapsed, _less_one_day(elapsed))

_change2(dpa, change, elapsed, window) := {
	"dpa": dpa,
	"subprocessorChanges": [object.union({"subprocessor": "Slack", "change": "add", "noticeReceived": "2026-11-02", "effective": "2026-11-23"}, change)],
	"derived": {"subprocessorChanges": [{"elapsed": elapsed, "windowElapsed": window}]},
}

_less_one_day(e) := {"hours": e.hours - 24, "days": e.days - 1, "working_days": e.working_days, "months": e.months, "years": e.years}

_elapsed(days, working_days, months) := {"hours": days * 24, "days": days, "working_days": working_days, "months": months, "years": 0}

_rules(findings) := {f.rule | some f in findings}

test_change_after_both_periods_passes if {
	count(changes.deny) == 0 with input as _change("quicktalk", {}, _elapsed(21, 14, 0))
}

test_working_days_are_compared_in_working_days if {
	# 14 calendar days, but only 9 working days because of a public holiday.
	findings := changes.deny with input as _change2("quicktalk", {}, _elapsed(14, 9, 0), _elapsed(13, 8, 0))
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

test_a_change_on_the_objection_windows_last_day_is_too_early if {
	# GenieBelt: 7 days to object. Notice on day 0: the controller may object until day 7, so a
	# change on day 7 is too early and one on day 8 is not; 30 days' prior notice is on time at 30.
	_rules(changes.deny) == {"geniebelt/change-before-objection-window"} with input as _change2("geniebelt", {}, _elapsed(30, 22, 0), _elapsed(6, 4, 0))
	"geniebelt/change-before-objection-window" in _rules(changes.deny) with input as _change("geniebelt", {}, _elapsed(7, 5, 0))
	not "geniebelt/change-before-objection-window" in _rules(changes.deny) with input as _change("geniebelt", {}, _elapsed(8, 6, 0))
}

test_prior_notice_of_exactly_the_term_is_on_time if {
	not "geniebelt/change-before-prior-notice" in _rules(changes.deny) with input as _change("geniebelt", {}, _elapsed(30, 22, 1))
	"geniebelt/change-before-prior-notice" in _rules(changes.deny) with input as _change("geniebelt", {}, _elapsed(29, 21, 0))
}

test_a_waived_objection_lifts_the_window_and_softens_the_notice if {
	inp := _change("geniebelt", {"objection": "waived"}, _elapsed(3, 3, 0))
	count(changes.deny) == 0 with input as inp
	some f in changes.warn with input as inp
	f.rule == "geniebelt/change-before-prior-notice-waived"
	f.clause == "2.3 (L65)"
}

test_removals_are_checked_only_where_the_notice_clause_covers_them if {
	# Quicktalk 4.3: notice of "toevoeging of verwijdering" (addition or removal); no objection to a removal.
	_rules(changes.deny) == {"quicktalk/change-before-prior-notice"} with input as _change("quicktalk", {"change": "remove"}, _elapsed(1, 1, 0))
	count(changes.deny) == 0 with input as _change("geniebelt", {"change": "remove"}, _elapsed(1, 1, 0))
	some f in changes.deny with input as _change("quicktalk", {"change": "remove"}, _elapsed(1, 1, 0))
	startswith(f.msg, "the removal of Slack")
}

test_an_ambiguous_window_is_judged_by_its_longest_reading if {
	# Easi "fifteen/thirty days": a change 20 days after the notice is too early under 30.
	"easi/change-before-objection-window" in _rules(changes.deny) with input as _change("easi", {}, _elapsed(20, 14, 0))
	count(changes.deny) == 0 with input as _change("easi", {}, _elapsed(31, 21, 1))
}

test_the_message_says_which_reading_of_an_ambiguous_window_was_taken if {
	some f in changes.deny with input as _change("easi", {}, _elapsed(20, 14, 0))
	f.rule == "easi/change-before-objection-window"
	contains(f.msg, "objection window of 30 days (the cautious reading of the DPA's ambiguous 15 days / 30 days)")
	some g in changes.deny with input as _change("quicktalk", {}, _elapsed(5, 3, 0))
	g.rule == "quicktalk/change-before-objection-window"
	not contains(g.msg, "cautious reading")
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

test_working_days_counted_without_holidays_say_so if {
	# The engine notes a count made Monday to Friday (no calendar for the governing law): the
	# finding carries the note; with a calendar there is no note.
	inp := {
		"dpa": "quicktalk",
		"subprocessorChanges": [{"subprocessor": "Slack", "change": "add", "noticeReceived": "2026-11-02", "effective": "2026-11-13"}],
		"derived": {"subprocessorChanges": [{
			"elapsed": _elapsed(11, 9, 0), "windowElapsed": _elapsed(10, 8, 0),
			"workingDaysNote": "counted Monday to Friday: dpa-lint has no public-holiday calendar for XX, the DPA's governing law",
		}]},
	}
	some f in changes.deny with input as inp
	f.rule == "quicktalk/change-before-prior-notice"
	contains(f.msg, "9 working days (counted Monday to Friday: dpa-lint has no public-holiday calendar for XX")
	some g in changes.deny with input as _change2("quicktalk", {}, _elapsed(14, 9, 0), _elapsed(13, 8, 0))
	not contains(g.msg, "Monday to Friday")
}
