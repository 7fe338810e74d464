# METADATA
# title: The DPA pack a vendor setup names
# description: |
#   The pack id from `dpa` (a string or {id, ...}) and the pack's terms (policies/dpa/<id>/data.yaml),
#   plus the finding constructor for rules every pack shares, which takes the clause and quote the
#   pack's terms give for that rule.
package lib.pack

import data.lib.finding as constructor
import data.lib.period

# id is the pack named by the vendor setup.
id := input.dpa if is_string(input.dpa)

id := input.dpa.id if is_object(input.dpa)

# terms are the named pack's terms; undefined for an unknown pack (the engine reports that).
terms := data.dpa[id].terms

# ref is the clause and quote the pack gives for a rule: the citation of the term the rule reads
# (data.lib.citations.term_of; one citation per term), else the pack's clause for that rule.
ref(rule) := terms.citations[data.lib.citations.term_of[rule]]

ref(rule) := object.get(terms, ["clauses", rule], {}) if not _term_cited(rule)

_term_cited(rule) if terms.citations[data.lib.citations.term_of[rule]]

# term_ref is the clause and quote the pack gives for one of its terms (`citations.<term>`), else
# nothing: the citation of the term itself, whichever rule reports on it.
term_ref(field) := object.get(terms, ["citations", field], {})

# finding builds a finding of a shared rule for the current pack; `meta` is the calling rule's
# rego.metadata.rule(), whose custom.id names the rule (one source with the catalogue).
finding(meta, msg, path) := constructor.for_pack(rule, msg, path, id, ref(rule)) if rule := constructor.name(meta)

# finding_at builds it with a clause and quote of its own (a retention limit's, say).
finding_at(meta, msg, path, clause_ref) := constructor.for_pack(rule, msg, path, id, object.union(ref(rule), object.filter(clause_ref, {"clause", "quote"}))) if {
	rule := constructor.name(meta)
}

# term is a pack term that states a period ({value, unit}); undefined when the DPA gives none.
# A pack may write a period as vendor files do ("10 working days"): the engine reads every such
# text into {value, unit} before the policies see the terms (packages/core/src/schema/
# pack-periods.ts, on the vendor files' own grammar), so no period grammar is written here.
term(field) := t if {
	t := terms[field]
	is_number(t.value)
}

# as_period is kept for packs written against it: the terms are {value, unit} already.
as_period(p) := p if is_object(p)

# readings are the ways a term can be read: its `readings` where the DPA is ambiguous (Easi's
# "fifteen/thirty days"), else the term alone.
readings(field) := t.readings if {
	t := term(field)
	_ambiguous(t)
}

readings(field) := [t] if {
	t := term(field)
	not _ambiguous(t)
}

# Through a helper: `not is_array(t.readings)` is undefined, not true, when readings is missing.
_ambiguous(t) if is_array(t.readings)

# shortest is the shortest reading of a term: the cautious one to hold against a minimum
# (an organisation's floor); longest is the cautious one to judge a date or a maximum by. Readings
# compare by the calendar days they can span; the first of equal ones wins.
shortest(field) := rs[i] if {
	rs := readings(field)
	spans := [period.min_days(r) | some r in rs]
	i := [j | some j, d in spans; d == min(spans)][0]
}

longest(field) := rs[i] if {
	rs := readings(field)
	spans := [period.max_days(r) | some r in rs]
	i := [j | some j, d in spans; d == max(spans)][0]
}

# reading_note is what a message adds after a term's period when the term has several readings:
# that the period is the cautious one of them (Easi's "fifteen/thirty days"), else nothing.
reading_note(field) := note if {
	_ambiguous(term(field))
	texts := [period.text(r) | some r in readings(field)]
	note := concat("", [" (the cautious reading of the DPA's ambiguous ", concat(" / ", texts), ")"])
}

reading_note(field) := "" if not _ambiguous(term(field))

# change_at[i] is sub-processor change i when it adds or replaces one (the ones the objection
# right covers: GDPR Art. 28(2) "addition or replacement"). Objects keyed by the change's index,
# iterated with `some i, c in pack.change_at`: OPA's Wasm finds each member of a set it iterates
# by hashing the whole member, which for [i, change] pairs cost more than the checks themselves.
change_at[i] := c if {
	some i, c in input.subprocessorChanges
	c.change in {"add", "replace"}
}

# noticed_change_at[i] is change i when the DPA's prior-notice clause covers it: additions and
# replacements, and removals where the pack's `noticeCovers` lists them (Quicktalk 4.3).
noticed_change_at[i] := c if some i, c in change_at

noticed_change_at[i] := c if {
	"remove" in object.get(terms, "noticeCovers", [])
	some i, c in input.subprocessorChanges
	c.change == "remove"
}

# changes and noticed_changes are the same as [index, change] pairs, for policies written
# against them before the objects above.
changes contains [i, c] if some i, c in change_at

noticed_changes contains [i, c] if some i, c in noticed_change_at
