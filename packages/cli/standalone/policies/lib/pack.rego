# METADATA
# title: The DPA pack a vendor setup names
# description: |
#   The pack id from `dpa` (a string or {id, ...}) and the pack's terms (policies/dpa/<id>/data.yaml),
#   plus the finding constructor for rules every pack shares, which takes the clause and quote the
#   pack's terms give for that rule.
package lib.pack

import data.lib.finding as constructor

# id is the pack named by the vendor setup.
id := input.dpa if is_string(input.dpa)

id := input.dpa.id if is_object(input.dpa)

# terms are the named pack's terms; undefined for an unknown pack (the engine reports that).
terms := data.dpa[id].terms

# ref is the clause and quote the pack gives for a rule.
ref(rule) := object.get(terms, ["clauses", rule], {})

# finding builds a finding of a shared rule for the current pack.
finding(rule, msg, path) := constructor.for_pack(rule, msg, path, id, ref(rule))

# finding_at builds it with a clause and quote of its own (a retention limit's, say).
finding_at(rule, msg, path, clause_ref) := constructor.for_pack(rule, msg, path, id, object.union(ref(rule), object.filter(clause_ref, {"clause", "quote"})))

# term is a pack term that states a period ({value, unit}); undefined when the DPA gives none.
term(field) := t if {
	t := terms[field]
	is_number(t.value)
}

# changes are the sub-processor changes that add or replace one (the ones the objection right covers).
changes contains [i, c] if {
	some i, c in input.subprocessorChanges
	c.change in {"add", "replace"}
}
