package shared.subprocessors_test

import data.shared.subprocessors

_setup(dpa, subs, countries) := {
	"dpa": dpa,
	"subprocessors": subs,
	"derived": {"subprocessors": [{"country": c} | some c in countries]},
}

_rules(findings) := {f.rule | some f in findings}

test_listed_subprocessor_passes_whatever_its_spelling if {
	inp := _setup("quicktalk", [{"name": "Sendinblue", "country": "FR"}, {"name": "scaleway sas", "country": "FR"}], ["FR", "FR"])
	count(subprocessors.deny) == 0 with input as inp
	count(subprocessors.warn) == 0 with input as inp
}

test_unlisted_subprocessor_is_denied_at_its_name if {
	inp := _setup("quicktalk", [{"name": "Acme Analytics", "country": "FR"}], ["FR"])
	some f in subprocessors.deny with input as inp
	f.rule == "quicktalk/subprocessor-not-listed"
	f.path == ["subprocessors", 0, "name"]
	f.dpa == "quicktalk"
	f.clause == "4.3 (L73), sub-processor table (L225-L371)"
}

test_unlisted_subprocessor_with_a_change_notice_passes if {
	inp := object.union(
		_setup("quicktalk", [{"name": "Acme Analytics", "country": "FR"}], ["FR"]),
		{"subprocessorChanges": [{"subprocessor": "ACME Analytics Ltd", "change": "add"}]},
	)
	count(subprocessors.deny) == 0 with input as inp
}

test_a_removal_notice_does_not_authorise if {
	inp := object.union(
		_setup("mintt", [{"name": "Acme", "country": "FR"}], ["FR"]),
		{"subprocessorChanges": [{"subprocessor": "Acme", "change": "remove"}]},
	)
	"mintt/subprocessor-not-listed" in _rules(subprocessors.deny) with input as inp
}

test_no_list_is_a_warning_for_each_subprocessor if {
	inp := _setup("geniebelt", [{"name": "AWS", "country": "IE"}, {"name": "Mailgun", "country": "US"}], ["IE", "US"])
	count(subprocessors.deny) == 0 with input as inp
	findings := subprocessors.warn with input as inp
	{f.path | some f in findings; f.rule == "geniebelt/subprocessor-list-missing"} == {["subprocessors", 0, "name"], ["subprocessors", 1, "name"]}
}

test_country_other_than_the_list_is_a_warning if {
	inp := _setup("quicktalk", [{"name": "Brevo", "country": "DE"}], ["DE"])
	some f in subprocessors.warn with input as inp
	f.rule == "quicktalk/subprocessor-country-differs"
	f.path == ["subprocessors", 0, "country"]
}

test_entry_listed_without_location_is_a_warning if {
	inp := _setup("quicktalk", [{"name": "SendGrid", "country": "US", "transferMechanism": "scc"}], ["US"])
	some f in subprocessors.warn with input as inp
	f.rule == "quicktalk/subprocessor-listed-without-location"
	contains(f.msg, "without a server location")
}

test_entry_listed_outside_the_eea_without_mechanism_is_a_warning if {
	inp := _setup("septeo", [{"name": "HubSpot", "country": "US", "transferMechanism": "dpf", "dpfCertified": true}], ["US"])
	not "septeo/subprocessor-listed-without-location" in {g.rule | some g in subprocessors.warn with input as inp}
	some f in subprocessors.warn with input as inp
	f.rule == "septeo/subprocessor-listed-without-mechanism"
	contains(f.msg, "in US without a transfer mechanism")

	# The entry's own row of the list, not another sub-processor's address.
	f.clause == "Art. 4 (L103)"
	f.quote == "Cambridge, Massachusetts, United States"
}

test_listed_entries_cite_their_own_row if {
	inp := _setup("septeo", [{"name": "Zendesk", "country": "US", "transferMechanism": "scc"}], ["US"])
	some f in subprocessors.warn with input as inp
	f.rule == "septeo/subprocessor-listed-without-location"
	f.quote == "1019 Market St San Francisco, CA 94103"
}

test_quicktalk_hosting_companies_are_listed if {
	# Bijlage C 1.2 names Telehouse 2 and Equinix as the hosting companies.
	inp := _setup("quicktalk", [{"name": "Telehouse 2", "country": "FR"}, {"name": "Equinix", "country": "FR"}], ["FR", "FR"])
	count(subprocessors.deny) == 0 with input as inp
}

test_unknown_pack_has_no_findings if {
	inp := _setup("acme", [{"name": "X", "country": "FR"}], ["FR"])
	count(subprocessors.deny) == 0 with input as inp
	count(subprocessors.warn) == 0 with input as inp
}

# A DPA may list one company twice (two places, or two purposes).
_twice := {"terms": {"subprocessors": {"listed": true, "list": [
	{"name": "Google", "country": "IE", "mechanism": null},
	{"name": "Google LLC", "country": "US", "mechanism": null},
	{"name": "Mailjet", "country": null, "mechanism": null},
	{"name": "Mailjet SAS", "country": null, "mechanism": null},
]}}}

test_a_company_listed_twice_matches_either_entry if {
	for_ie := _setup("acme", [{"name": "Google", "country": "IE"}], ["IE"])
	count(subprocessors.deny) == 0 with input as for_ie with data.dpa.acme as _twice
	count(subprocessors.warn) == 0 with input as for_ie with data.dpa.acme as _twice

	# In the US it matches the US entry, which names no mechanism: only that is reported.
	for_us := _setup("acme", [{"name": "Google", "country": "US"}], ["US"])
	_rules(subprocessors.warn) == {"acme/subprocessor-listed-without-mechanism"} with input as for_us with data.dpa.acme as _twice
}

test_a_company_listed_twice_elsewhere_names_both_places if {
	inp := _setup("acme", [{"name": "Google", "country": "JP"}], ["JP"])
	some f in subprocessors.warn with input as inp with data.dpa.acme as _twice
	f.rule == "acme/subprocessor-country-differs"
	endswith(f.msg, "the acme DPA lists it in IE and US")
}

test_a_company_listed_twice_without_location_is_one_warning if {
	inp := _setup("acme", [{"name": "Mailjet", "country": "FR"}], ["FR"])
	_rules(subprocessors.warn) == {"acme/subprocessor-listed-without-location"} with input as inp with data.dpa.acme as _twice
	count(subprocessors.warn) == 1 with input as inp with data.dpa.acme as _twice
}

test_the_engine_precomputed_index_is_read_when_present if {
	# The engine passes main.subprocessor_index back as data; the rules then read it as is.
	index := {"google": [{"name": "Google", "country": "JP", "mechanism": null}]}
	inp := _setup("acme", [{"name": "Google", "country": "IE"}], ["IE"])
	some f in subprocessors.warn with input as inp with data.dpa.acme as _twice with data.precomputed.subprocessors.acme as index
	f.rule == "acme/subprocessor-country-differs"
	endswith(f.msg, "lists it in JP")
}

test_the_index_keys_every_name_and_alias if {
	index := subprocessors.index with input as {"dpa": "acme"} with data.dpa.acme as _twice
	object.keys(index) == {"google", "mailjet"}
	count(index.google) == 2
}

test_a_conditional_subprocessor_needs_its_option if {
	without := {"dpa": "quicktalk", "subprocessors": [{"name": "Cloudflare", "country": "US", "transferMechanism": "scc"}], "derived": {"subprocessors": [{"country": "US"}]}}
	with_option := object.union(without, {"subprocessors": [{"name": "Cloudflare", "country": "US", "transferMechanism": "scc", "dataLocalisation": true}]})
	not "quicktalk/subprocessor-option-required" in {f.rule | some f in subprocessors.warn} with input as with_option
	some f in subprocessors.warn with input as without
	f.rule == "quicktalk/subprocessor-option-required"
	f.path == ["subprocessors", 0, "name"]
}
