# METADATA
# title: Sub-processors against the DPA's list
# description: |
#   Rules every pack shares: a sub-processor must be on the DPA's list or announced by a change
#   notice; where the DPA has no list, or lists an entry without a location or mechanism, the
#   setup cannot be checked and says so.
package shared.subprocessors

import data.lib.countries
import data.lib.names
import data.lib.pack

# Every key of the DPA's list with the entry it belongs to. Matching each sub-processor against
# every entry's keys instead made the work grow with both lists.
_keyed := [[k, e] |
	some e in pack.terms.subprocessors.list
	some k in names.keys(e)
]

_listed_keys contains k if some [k, _] in _keyed

# The DPA's list by matching key: the entries that answer to each key (a company may be listed
# twice: two places or purposes). It depends on the pack's terms only, so the engine evaluates it
# once per pack (the entrypoint main/subprocessor_index) and gives it back as data.precomputed;
# keying the list again for every document was most of the policies' time.
index[k] := [e | some [k2, e] in _keyed; k2 == k] if some k in _listed_keys

# The index the engine precomputed for this pack, else computed here (opa test, opa eval, a
# bundle built before the entrypoint existed): the same rule either way.
_entries := x if {
	x := data.precomputed.subprocessors[pack.id]
} else := index

_noticed contains names.key(c.subprocessor) if some c in pack.change_at

# The matching key of each named sub-processor of the setup, computed once for all rules.
_key[i] := names.key(s.name) if {
	some i, s in input.subprocessors
	is_string(s.name)
}

# The listed entries the setup's sub-processor i stands for: those in the country the setup
# records when there are such, else every entry under its name.
_matched(i) := [e | some e in entries; e.country == c] if {
	entries := _entries[_key[i]]
	c := input.derived.subprocessors[i].country
	some e in entries
	e.country == c
} else := _entries[_key[i]]

# METADATA
# title: Sub-processor not on the DPA's list
# description: |
#   The DPA authorises the sub-processors on its list. Any other one needs a change notice (with
#   its prior notice and objection window) recorded under subprocessorChanges.
# custom:
#   id: subprocessor-not-listed
#   severity: error
#   clause: GDPR Art. 28(2)
#   quote: The processor shall not engage another processor without prior specific or general written authorisation of the controller.
deny contains pack.finding(rego.metadata.rule(), msg, ["subprocessors", i, "name"]) if {
	pack.terms.subprocessors.listed == true
	some i, s in input.subprocessors
	k := _key[i]
	not _entries[k]
	not k in _noticed
	msg := concat("", [
		"sub-processor \"", s.name, "\" is not on the ", pack.id,
		" DPA's list and no change notice for it is recorded in subprocessorChanges",
	])
}

# METADATA
# title: The DPA has no sub-processor list
# description: |
#   The DPA authorises sub-processors in general but gives no list (GenieBelt's clause 5 is
#   missing; Easi only gives examples), so no sub-processor of the setup can be checked against it.
# custom:
#   id: subprocessor-list-missing
#   severity: warning
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
warn contains pack.finding(rego.metadata.rule(), msg, ["subprocessors", i, "name"]) if {
	pack.terms.subprocessors.listed == false
	some i, s in input.subprocessors
	is_string(s.name)
	msg := concat("", [
		"the ", pack.id, " DPA has no sub-processor list, so \"", s.name,
		"\" cannot be checked against it; ask the vendor for its list",
	])
}

# METADATA
# title: Sub-processor in another country than the DPA lists
# description: |
#   The DPA lists this sub-processor in one country and the setup records another. Either the
#   setup is wrong or the vendor moved the data without updating its list.
# custom:
#   id: subprocessor-country-differs
#   severity: warning
#   clause: GDPR Art. 28(2)
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
warn contains pack.finding(rego.metadata.rule(), msg, ["subprocessors", i, "country"]) if {
	some i, s in input.subprocessors
	listed := {e.country | some e in _entries[_key[i]]; is_string(e.country)}
	count(listed) > 0
	c := input.derived.subprocessors[i].country
	not c in listed
	msg := concat("", ["sub-processor \"", s.name, "\" is recorded in ", c, " but the ", pack.id, " DPA lists it in ", concat(" and ", sort(listed))])
}

# METADATA
# title: The DPA lists a sub-processor without a server location
# description: |
#   The DPA's list gives no server location for this sub-processor (only a company address, or a
#   row cut off), so the setup's country cannot be checked against it.
# custom:
#   id: subprocessor-listed-without-location
#   severity: warning
#   clause: GDPR Art. 28(2), 44
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
warn contains pack.finding_at(rego.metadata.rule(), msg, ["subprocessors", i, "name"], _cited(e)) if {
	some i, _ in input.subprocessors
	entries := _entries[_key[i]]
	every x in entries { x.country == null }
	e := entries[0]
	msg := concat("", ["the ", pack.id, " DPA lists \"", e.name, "\" without a server location; confirm the recorded country with the vendor"])
}

# METADATA
# title: The DPA lists a sub-processor outside the EEA without a transfer mechanism
# description: |
#   The DPA's list places this sub-processor in a third country without an adequacy decision and
#   names no transfer mechanism for it, so the setup's mechanism cannot be checked against the
#   DPA. Until version 0.2 this case was reported as subprocessor-listed-without-location.
# custom:
#   id: subprocessor-listed-without-mechanism
#   severity: warning
#   clause: GDPR Art. 28(2), 44
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
warn contains pack.finding_at(rego.metadata.rule(), msg, ["subprocessors", i, "name"], _cited(e)) if {
	some i, _ in input.subprocessors
	some e in _matched(i)
	is_string(e.country)
	not countries.in_eea(e.country)
	not countries.adequate(e.country)
	e.mechanism == null
	msg := concat("", [
		"the ", pack.id, " DPA lists \"", e.name, "\" in ", e.country,
		" without a transfer mechanism; confirm the recorded mechanism with the vendor",
	])
}

# An entry's own clause and quote (the row of the list it comes from), where the pack gives one.
_cited(e) := object.filter(e, {"clause", "quote"})

# METADATA
# title: A sub-processor the DPA allows only with an option the setup does not record
# description: |
#   The DPA lists this sub-processor as acceptable only with an optional package (mechanism
#   conditional in the pack's list: Quicktalk's Cloudflare keeps data in the EU only with the
#   data-localisation option, INC-QT-02). Format 1.1 records that option on the sub-processor
#   (dataLocalisation: true); without it, the DPA's promise does not cover this sub-processor:
#   buy the option and record it, or rely on a transfer mechanism of your own.
# custom:
#   id: subprocessor-option-required
#   severity: warning
#   clause: GDPR Art. 28(2), 44
#   quote: the processor shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to such changes
warn contains pack.finding_at(rego.metadata.rule(), msg, ["subprocessors", i, "name"], _cited(e)) if {
	some i, s in input.subprocessors
	some e in _matched(i)
	e.mechanism == "conditional"
	not s.dataLocalisation == true
	msg := concat("", [
		"the ", pack.id, " DPA accepts \"", e.name, "\" only with its optional data-localisation package;",
		" record dataLocalisation: true if you took it, or rely on a transfer mechanism of your own",
	])
}
