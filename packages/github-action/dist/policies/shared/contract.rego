# METADATA
# title: Recorded contract terms against the DPA's terms
# description: |
#   `contract` records the terms the company believes it signed. Each must match the DPA pack; a
#   term the DPA does not state in numbers cannot be checked and is flagged for review.
package shared.contract

import data.lib.pack
import data.lib.period

# The period terms a setup records under `contract`, once: how a message names each, whether it
# governs the dates of change notices, and whether the pack states it among its own terms (cited
# by `citations.<term>`) or inside its audit term (auditNotice: `audit.notice`, `audit.noticeRef`,
# checked by contract-audits below). The rules comparing them take their ids from their METADATA.
_terms := {
	"objectionWindow": {"label": "objection window", "governs_changes": true, "pack_term": true},
	"priorNotice": {"label": "prior notice", "governs_changes": true, "pack_term": true},
	"breachNotification": {"label": "breach notification deadline", "governs_changes": false, "pack_term": true},
	"auditNotice": {"label": "audit notice", "governs_changes": false, "pack_term": false},
}

_pack_terms contains field if {
	some field, t in _terms
	t.pack_term
}

_labels[field] := t.label if some field, t in _terms

# METADATA
# title: Recorded objection window differs from the DPA
# description: contract.objectionWindow must be the objection window the signed DPA gives.
# custom:
#   id: contract-objection-window
#   severity: error
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
deny contains f if {
	some f in _differs("objectionWindow", rego.metadata.rule())
}

# METADATA
# title: Recorded prior notice differs from the DPA
# description: contract.priorNotice must be the prior notice of sub-processor changes the signed DPA gives.
# custom:
#   id: contract-prior-notice
#   severity: error
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
deny contains f if {
	some f in _differs("priorNotice", rego.metadata.rule())
}

# METADATA
# title: Recorded breach notification deadline differs from the DPA
# description: contract.breachNotification must be the deadline the signed DPA gives the vendor to report a breach.
# custom:
#   id: contract-breach-notification
#   severity: error
#   clause: GDPR Art. 33(2)
#   quote: The processor shall notify the controller without undue delay after becoming aware of a personal data breach.
deny contains f if {
	some f in _differs("breachNotification", rego.metadata.rule())
}

# _differs is the finding of the rule `meta` (its rego.metadata.rule()) when the recorded term differs.
_differs(field, meta) := {pack.finding(meta, msg, ["contract", field]) |
	is_object(pack.term(field))
	v := input.derived.contract[field]
	not _matches_a_reading(v, field)
	msg := concat("", [
		"contract.", field, " is ", period.text(v), " but the ", pack.id, " DPA gives ",
		_readings_text(field), " as the ", _labels[field],
	])
}

# A recorded value agrees with an ambiguous term when it is one of its readings.
_matches_a_reading(v, field) if {
	some r in pack.readings(field)
	not period.differs(v, r)
}

_readings_text(field) := concat(" or ", [period.text(r) | some r in pack.readings(field)])

# METADATA
# title: Recorded audit terms differ from the DPA
# description: |
#   contract.auditsPerYear and contract.auditNotice must be what the signed DPA gives: its cap on
#   audits (none where it has no cap), its notice period, or no audit right at all where it has none.
# custom:
#   id: contract-audits
#   severity: error
#   clause: GDPR Art. 28(3)(h)
#   quote: allows for and contributes to audits, including inspections, conducted by the controller or another auditor mandated by the controller
deny contains f if {
	# One body: a rule's METADATA annotates one body, and gives the findings their id.
	some f in _audit_differences(rego.metadata.rule())
}

# _audit_differences are the recorded audit terms that differ from the DPA's, as findings of `meta`.
_audit_differences(meta) := {pack.finding(meta, msg, ["contract", "auditsPerYear"]) |
	n := input.contract.auditsPerYear
	is_number(n)
	why := _audit_conflict(n, pack.terms.audit)
	msg := concat("", ["contract.auditsPerYear is ", format_int(n, 10), " but ", why])
} | {pack.finding_at(meta, msg, ["contract", "auditNotice"], _audit_notice_ref) |
	v := input.derived.contract.auditNotice
	t := pack.terms.audit.notice
	is_number(t.value)
	period.differs(v, t)
	msg := concat("", ["contract.auditNotice is ", period.text(v), " but the ", pack.id, " DPA gives ", period.text(t), " as the audit notice"])
}

# The audit-notice term's own clause where the pack gives one (MintT: 7.6(d), not the 7.6(c) of
# the audit right itself).
_audit_notice_ref := object.get(pack.terms.audit, "noticeRef", {})

_audit_conflict(_, audit) := msg if {
	audit.absent == true
	msg := concat("", [
		"the ", pack.id, " DPA has no audit term, which GDPR Art. 28(3)(h) requires of every processor contract",
		" (the processor must allow for and contribute to audits): a number of audits cannot come from it",
	])
}

_audit_conflict(_, audit) := concat("", ["the ", pack.id, " DPA does not cap audits"]) if audit.uncapped == true

_audit_conflict(n, audit) := concat("", ["the ", pack.id, " DPA allows ", format_int(audit.maxPerYear, 10), " per year"]) if {
	is_number(audit.maxPerYear)
	n != audit.maxPerYear
}

# METADATA
# title: Recorded term that the DPA does not state in numbers
# description: |
#   The setup records a number the DPA never gives ("without undue delay", "sufficient time",
#   "reasonable notice"). It may be a side agreement; it is not the signed DPA. Review it.
# custom:
#   id: contract-term-not-in-dpa
#   severity: warning
#   clause: GDPR Art. 28(3)
#   quote: That contract or other legal act shall stipulate, in particular, that the processor
warn contains pack.finding_at(rego.metadata.rule(), msg, ["contract", field], _unstated_ref(field)) if {
	some field, v in input.derived.contract
	_unstated(field)
	msg := concat("", [
		"contract.", field, " is ", period.text(v), " but the ", pack.id,
		" DPA states no number for the ", _labels[field], "; check where this figure comes from",
	])
}

# The clause of the term the DPA leaves without a number: the pack's citation for that term.
_unstated_ref("auditNotice") := _audit_notice_ref

_unstated_ref(field) := pack.term_ref(field) if field in _pack_terms

_unstated(field) if {
	field in _pack_terms
	pack.terms[field] == null
}

_unstated("auditNotice") if {
	pack.terms.audit.notice == null
	not pack.terms.audit.absent
}

# METADATA
# title: A check relies on an ambiguous DPA term
# description: |
#   The DPA's own text is ambiguous here (Easi's "fifteen/thirty days", Septeo's "15 days" with no
#   unit). dpa-lint applies the documented reading given in the pack's terms; a person should
#   confirm it with the vendor.
# custom:
#   id: ambiguous-term
#   severity: warning
#   clause: GDPR Art. 28(3)
#   quote: That contract or other legal act shall stipulate, in particular, that the processor
warn contains pack.finding(rego.metadata.rule(), msg, path) if {
	some [field, path] in _relevant
	t := pack.terms[field]
	is_string(t.ambiguity)
	msg := concat("", ["the ", pack.id, " DPA's ", _labels[field], " is ambiguous: ", t.ambiguity])
}

# The places a term matters: its recorded value, and every change notice it governs.
_relevant contains [field, ["contract", field]] if {
	some field in _pack_terms
	input.contract[field]
}

_relevant contains [field, ["subprocessorChanges", i, "effective"]] if {
	some field, t in _terms
	t.governs_changes
	some i, _ in pack.change_at
}

# METADATA
# title: End-of-contract choice the DPA does not offer
# description: |
#   contract.endOfContract.action records what the vendor does with the data at the end of the
#   services (GDPR Art. 28(3)(g), format 1.1). It must be a choice the signed DPA offers: return,
#   delete, or a transfer to another processor where the DPA provides one; return-then-delete is
#   a return (the copies are deleted after it).
# custom:
#   id: end-of-contract-action
#   severity: error
#   clause: GDPR Art. 28(3)(g)
#   quote: at the choice of the controller, deletes or returns all the personal data to the controller after the end of the provision of services relating to processing
deny contains pack.finding(rego.metadata.rule(), msg, ["contract", "endOfContract", "action"]) if {
	action := input.contract.endOfContract.action
	options := pack.terms.endOfContract.options
	not _end_allowed(action, options)
	msg := concat("", ["contract.endOfContract.action is ", action, " but the ", pack.id, " DPA offers only ", concat(", ", options)])
}

_end_allowed(action, options) if action in options

_end_allowed("return-then-delete", options) if "return" in options

# METADATA
# title: End-of-contract term the DPA does not have
# description: |
#   The setup records what happens to the data at the end of the services, but the signed DPA has
#   no such clause, although GDPR Art. 28(3)(g) requires every processing contract to stipulate
#   it. The recorded term may come from elsewhere; it is not in the DPA: ask the vendor for it.
# custom:
#   id: end-of-contract-not-in-dpa
#   severity: warning
#   clause: GDPR Art. 28(3)(g)
#   quote: at the choice of the controller, deletes or returns all the personal data to the controller after the end of the provision of services relating to processing
warn contains pack.finding(rego.metadata.rule(), msg, ["contract", "endOfContract"]) if {
	input.contract.endOfContract
	pack.terms.endOfContract == null
	msg := concat("", [
		"contract.endOfContract is recorded but the ", pack.id,
		" DPA has no clause on returning or deleting the data at the end of the services (GDPR Art. 28(3)(g) requires one); ask the vendor where this term comes from",
	])
}
