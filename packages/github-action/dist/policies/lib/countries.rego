# METADATA
# title: Country groups for GDPR Chapter V, as in force on the day judged
# description: |
#   The EEA and the EU adequacy decisions are dated records (policies/lib/legal/data.yaml, with
#   their sources); a setup is judged by the records in force on input.derived.asOf, the day
#   `dpa-lint lint --as-of` names (default today). Countries arrive as ISO 3166-1 alpha-2 codes,
#   normalised by the engine.
package lib.countries

_facts := data.lib.legal

# as_of is the day whose legal facts apply (YYYY-MM-DD); the facts' review date when the engine
# gives none, so a policy unit test without input.derived reads the law as last reviewed.
as_of := input.derived.asOf if is_string(input.derived.asOf)

as_of := _facts.reviewed if not input.derived.asOf

# in_force is true for a dated record ({from, until?}) that applies on as_of. ISO dates compare
# as strings.
in_force(record) if {
	record.from <= as_of
	not _ended(record)
}

_ended(record) if {
	is_string(record.until)
	record.until < as_of
}

# in_eea is true for a country or territory inside the EEA on as_of: no Chapter V transfer.
in_eea(code) if in_force(_facts.eea[code])

# decision is an adequacy record in force on as_of for the country, whatever its scope.
decision(code) := d if {
	some d in _facts.adequacy[code]
	in_force(d)
}

# adequate is true where a decision in force covers the country without limiting it to certified
# recipients (a `scope`, such as Canada's PIPEDA, is reported, not enforced: the format has no
# field for it).
adequate(code) if {
	some d in _facts.adequacy[code]
	in_force(d)
	not d.only
}

# dpf_in_force is true while the EU-US Data Privacy Framework decision applies.
dpf_in_force if {
	some d in _facts.adequacy.US
	d.only == "dpf-certified"
	in_force(d)
}

# dpf_covers is true when an entry in the country may rely on the DPF on as_of.
dpf_covers(code) if {
	code == "US"
	dpf_in_force
}

# scc_decision is the dated record of the standard contractual clauses a version names
# ("2010/87"), whether or not in force on as_of.
scc_decision(version) := _facts.standard_contractual_clauses[version]

# privacy_shield_in_force is true while the EU-US Privacy Shield decision applied.
privacy_shield_in_force if in_force(_facts.privacy_shield)

# safe is true for a location that needs no further mechanism: inside the EEA, covered by an
# adequacy decision, or a DPF-certified US organisation relying on the DPF.
safe(loc) if in_eea(loc.country)

safe(loc) if adequate(loc.country)

safe(loc) if {
	dpf_covers(loc.country)
	object.get(loc.entry, "transferMechanism", "none") == "dpf"
	object.get(loc.entry, "dpfCertified", false) == true
}

# allowed is true when a country is in a list of codes and groups ("EEA", "adequacy").
allowed(code, list) if code in list

allowed(code, list) if {
	"EEA" in list
	in_eea(code)
}

allowed(code, list) if {
	"adequacy" in list
	adequate(code)
}

# A territory that is part of a listed state and inside the Union with it (Réunion, Mayotte,
# Åland...: `part_of` in the legal facts) is in that state for a list of countries: the French
# Constitution (Art. 73) makes the overseas departments part of France, and the Treaties apply
# there (TFEU Art. 349, 355). Territories outside the Union (PF, NC...) have no `part_of`.
allowed(code, list) if {
	t := _facts.eea[code]
	in_force(t)
	t.part_of in list
}
