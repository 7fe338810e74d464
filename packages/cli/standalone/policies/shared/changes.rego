# METADATA
# title: Sub-processor change notices against the DPA's periods
# description: |
#   A change notice (subprocessorChanges) must come at least the DPA's prior notice before the
#   change takes effect, and the change must wait for the end of the objection window. Elapsed
#   time is computed by the engine in every unit (working days skip the governing-law country's
#   public holidays), so each term is compared in its own unit.
package shared.changes

import data.lib.pack
import data.lib.period

# METADATA
# title: Change takes effect before the DPA's prior notice
# description: |
#   The vendor must announce a sub-processor change at least the DPA's prior-notice period before
#   it takes effect: a change exactly that long after the notice is on time. Additions and
#   replacements always; removals where the DPA's notice clause covers them (Quicktalk 4.3).
#   Where the controller has waived its objection, a short notice is only a warning (below).
# custom:
#   id: change-before-prior-notice
#   severity: error
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
deny contains pack.finding(rego.metadata.rule(), msg, ["subprocessorChanges", i, "effective"]) if {
	some i, msg in _short_notice
	not _waived(pack.noticed_change_at[i])
}

# METADATA
# title: Short prior notice of a change whose objection was waived
# description: |
#   The notice came later than the DPA's prior-notice period, but the controller waived its right
#   to object (objection waived), so it lost no chance to object; the vendor still broke the
#   notice term, which a reviewer may want to record.
# custom:
#   id: change-before-prior-notice-waived
#   severity: warning
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
warn contains pack.finding_at(rego.metadata.rule(), msg, ["subprocessorChanges", i, "effective"], pack.ref("change-before-prior-notice")) if {
	some i, text in _short_notice
	_waived(pack.noticed_change_at[i])
	msg := concat("", [text, "; the objection was waived, so only the notice term was missed"])
}

# _short_notice[i] says how change i came too late after its notice, for the two rules above.
_short_notice[i] := msg if {
	some i, c in pack.noticed_change_at
	t := pack.longest("priorNotice")
	elapsed := input.derived.subprocessorChanges[i].elapsed
	elapsed[t.unit] < t.value
	msg := concat("", [
		_change_text(c), " takes effect on ", c.effective, ", ", _elapsed_text(i, elapsed, t.unit),
		" after the notice of ", c.noticeReceived, "; the ", pack.id, " DPA requires at least ", period.text(t), " of prior notice",
	])
}

# METADATA
# title: Change takes effect before the objection window closes
# description: |
#   The controller may object within the DPA's objection window, counted from the notice, up to and
#   including the window's last day; the sub-processor may be engaged only from the day after. A
#   waived objection (objection waived) lifts the check.
# custom:
#   id: change-before-objection-window
#   severity: error
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
deny contains pack.finding(rego.metadata.rule(), msg, ["subprocessorChanges", i, "effective"]) if {
	some i, c in pack.change_at
	not _waived(c)
	run := input.derived.subprocessorChanges[i].windowElapsed
	t := pack.longest("objectionWindow")
	run[t.unit] < t.value
	msg := concat("", [
		c.subprocessor, " takes effect on ", c.effective, ", when only ", _elapsed_text(i, run, t.unit),
		" of the ", pack.id, " DPA's objection window of ", period.text(t), pack.reading_note("objectionWindow"),
		" from the notice of ", c.noticeReceived,
		" had run; the controller may still object on the window's last day, so the change may take effect only the day after",
	])
}

_waived(c) if c.objection == "waived"

_change_text(c) := concat("", ["the removal of ", c.subprocessor]) if c.change == "remove"

_change_text(c) := c.subprocessor if c.change != "remove"

# METADATA
# title: Change takes effect while an objection is raised
# description: |
#   The controller objected to the change. Until the objection is resolved (and the record says
#   so with objection waived or none), the sub-processor must not be engaged.
# custom:
#   id: change-while-objection-raised
#   severity: error
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
deny contains pack.finding(rego.metadata.rule(), msg, ["subprocessorChanges", i, "objection"]) if {
	some i, c in pack.change_at
	c.objection == "raised"
	msg := concat("", [c.subprocessor, " is set to take effect on ", c.effective, " while the objection to it is still raised"])
}

# METADATA
# title: The DPA sets no minimum prior notice
# description: |
#   The DPA promises notice "as soon as possible" or "in advance" without a period (Septeo, Easi),
#   so a change can be announced the day it happens. GDPR Art. 28(2) asks for information about
#   intended changes: check that the notice came early enough to object.
# custom:
#   id: prior-notice-not-numeric
#   severity: warning
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
warn contains pack.finding(rego.metadata.rule(), msg, ["subprocessorChanges", i, "noticeReceived"]) if {
	pack.terms.priorNotice == null
	some i, c in pack.noticed_change_at
	msg := concat("", [
		"the ", pack.id, " DPA sets no minimum prior notice, so the notice for ", _change_text(c),
		" cannot be checked against one; confirm it came early enough to object",
	])
}

# _elapsed_text(i, elapsed, unit) is the time change i took, in the term's unit; working days
# counted without public holidays say so (the engine's note: no governing law, or no calendar).
_elapsed_text(i, elapsed, unit) := concat("", [period.text({"value": elapsed[unit], "unit": unit}), " (", note, ")"]) if {
	unit == "working_days"
	note := input.derived.subprocessorChanges[i].workingDaysNote
}

_elapsed_text(i, elapsed, unit) := period.text({"value": elapsed[unit], "unit": unit}) if {
	not _noted(i, unit)
}

_noted(i, unit) if {
	unit == "working_days"
	input.derived.subprocessorChanges[i].workingDaysNote
}
