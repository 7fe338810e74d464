# METADATA
# title: Sub-processor change notices against the DPA's periods
# description: |
#   A change notice (subprocessorChanges) must come at least the DPA's prior notice before the
#   change takes effect, and the change must wait for the end of the objection window. Elapsed
#   time is computed by the engine in every unit (working days skip the governing-law country's
#   public holidays), so each term is compared in its own unit.
package terms.changes

import data.lib.pack
import data.lib.period

# METADATA
# title: Change takes effect before the DPA's prior notice
# description: |
#   The vendor must announce an added or replaced sub-processor at least the DPA's prior-notice
#   period before the change takes effect.
# custom:
#   id: change-before-prior-notice
#   severity: error
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
deny contains pack.finding("change-before-prior-notice", msg, ["subprocessorChanges", i, "effective"]) if {
	t := pack.term("priorNotice")
	some [i, c] in pack.changes
	elapsed := input.derived.subprocessorChanges[i].elapsed
	elapsed[t.unit] < t.value
	msg := concat("", [
		c.subprocessor, " takes effect on ", c.effective, ", ", _elapsed_text(elapsed, t.unit),
		" after the notice of ", c.noticeReceived, "; the ", pack.id, " DPA requires at least ", period.text(t), " of prior notice",
	])
}

# METADATA
# title: Change takes effect before the objection window closes
# description: |
#   The controller may object within the DPA's objection window, counted from the notice; the
#   sub-processor may not be engaged before that window has closed.
# custom:
#   id: change-before-objection-window
#   severity: error
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
deny contains pack.finding("change-before-objection-window", msg, ["subprocessorChanges", i, "effective"]) if {
	t := pack.term("objectionWindow")
	some [i, c] in pack.changes
	elapsed := input.derived.subprocessorChanges[i].elapsed
	elapsed[t.unit] < t.value
	msg := concat("", [
		c.subprocessor, " takes effect on ", c.effective, ", ", _elapsed_text(elapsed, t.unit),
		" after the notice of ", c.noticeReceived, ", before the ", pack.id, " DPA's objection window of ", period.text(t), " closes",
	])
}

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
deny contains pack.finding("change-while-objection-raised", msg, ["subprocessorChanges", i, "objection"]) if {
	some [i, c] in pack.changes
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
warn contains pack.finding("prior-notice-not-numeric", msg, ["subprocessorChanges", i, "noticeReceived"]) if {
	pack.terms.priorNotice == null
	some [i, c] in pack.changes
	msg := concat("", [
		"the ", pack.id, " DPA sets no minimum prior notice, so the notice for ", c.subprocessor,
		" cannot be checked against one; confirm it came early enough to object",
	])
}

_elapsed_text(elapsed, unit) := period.text({"value": elapsed[unit], "unit": unit})
