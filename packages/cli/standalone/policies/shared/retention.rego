# METADATA
# title: Retention against the DPA's limits
# description: |
#   Rules every pack shares on how long each data category is kept. A period runs from an anchor:
#   a retention written as a plain duration runs from collection; a DPA or a setup may anchor it
#   to a later event (`from: end-of-contract`, `last-contact`, `end-of-role`). Periods compare
#   directly when their anchors agree; otherwise only the certain conclusions are drawn
#   (docs/legal-model.md, "Retention anchors").
package shared.retention

import data.lib.pack
import data.lib.period

# The DPA's limit for a category, by its name or an alias. The names are indexed once per document:
# building each limit's set of names for every category was most of this package's time.
_limit(category) := _limits[category]

_limits[name] := r if {
	some r in pack.terms.retention
	some name in array.concat([r.category], object.get(r, "aliases", []))
}

# Collection, capture and creation all name the moment the data came to be held: one start.
_starts := {"collection", "capture", "creation"}

_anchor(p) := object.get(p, "from", "collection")

_same_anchor(a, b) if a == b

_same_anchor(a, b) if {
	a in _starts
	b in _starts
}

_anchor_text(a) := replace(a, "-", " ")

# METADATA
# title: Retention longer than the DPA allows
# description: |
#   The DPA limits how long this data category is kept (for example Quicktalk's call logs: one
#   year). The configured retention is longer, counted from the same event, or from a later event
#   than the DPA's, which only makes it longer still.
# custom:
#   id: retention-exceeds-dpa
#   severity: error
#   clause: GDPR Art. 5(1)(e), 28(3)
#   quote: kept in a form which permits identification of data subjects for no longer than is necessary for the purposes for which the personal data are processed
deny contains pack.finding_at(rego.metadata.rule(), msg, ["retention", category], r) if {
	some category, v in input.derived.retention
	r := _limit(category)
	_certainly_longer(v, r)
	msg := concat("", [
		"retention of ", category, " is ", _text(v), " but the ", pack.id,
		" DPA keeps it at most ", _text(object.union(r.max, object.filter(r, {"from"}))),
	])
}

_certainly_longer(v, r) if {
	_same_anchor(_anchor(v), _anchor(r))
	period.longer(v, r.max)
}

# The setup counts from a later event than the DPA's start: the data is kept at least as long.
_certainly_longer(v, r) if {
	not _anchor(v) in _starts
	_anchor(r) in _starts
	period.longer(v, r.max)
}

# METADATA
# title: Retention counted from another event than the DPA's
# description: |
#   The DPA counts this category's retention from one event (Septeo: the end of the contractual
#   relationship) and the setup from another (a plain duration counts from collection), so the
#   two cannot be compared without knowing when the events fall. Where the comparison is certain
#   either way, no warning is given. Record the retention in the DPA's terms
#   ({period, from}) to have it checked.
# custom:
#   id: retention-anchor-differs
#   severity: warning
#   clause: GDPR Art. 5(1)(e), 28(3)
#   quote: kept in a form which permits identification of data subjects for no longer than is necessary for the purposes for which the personal data are processed
warn contains pack.finding_at(rego.metadata.rule(), msg, ["retention", category], r) if {
	some category, v in input.derived.retention
	r := _limit(category)
	not _same_anchor(_anchor(v), _anchor(r))
	not _certainly_longer(v, r)
	not _certainly_within(v, r)
	msg := concat("", [
		"retention of ", category, " is ", _text(v), " but the ", pack.id, " DPA counts its limit of ",
		period.text(r.max), " from ", _anchor_text(_anchor(r)), "; record it as {period, from: ", _anchor(r),
		"} to compare like with like",
	])
}

# Counted from collection and no longer than a limit counted from a later event: within it.
_certainly_within(v, r) if {
	_anchor(v) in _starts
	not _anchor(r) in _starts
	not period.longer(v, r.max)
}

# A period for a message, with its anchor unless it is plain collection (what a bare duration means).
_text(p) := period.text(p) if _anchor(p) == "collection"

_text(p) := concat("", [period.text(p), " from ", _anchor_text(p.from)]) if _anchor(p) != "collection"
