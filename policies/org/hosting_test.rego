package org.hosting_test

import data.org.hosting

_setup(country) := {
	"hosting": [{"country": country}],
	"subprocessors": [{"name": "Acme", "country": country}],
	"derived": {"hosting": [{"country": country}], "subprocessors": [{"country": country}]},
}

test_no_org_policy_no_finding if {
	count(hosting.deny) == 0 with input as _setup("US")
}

test_eea_group_allows_eea_country if {
	count(hosting.deny) == 0 with input as _setup("DE") with data.config.org.allowedCountries as ["EEA"]
}

test_adequacy_group_allows_adequate_country if {
	count(hosting.deny) == 0 with input as _setup("CH") with data.config.org.allowedCountries as ["EEA", "adequacy"]
}

test_explicit_code_allows_it if {
	count(hosting.deny) == 0 with input as _setup("US") with data.config.org.allowedCountries as ["EEA", "US"]
}

test_country_outside_the_list_is_denied_for_hosting_and_subprocessors if {
	findings := hosting.deny with input as _setup("CH") with data.config.org.allowedCountries as ["EEA"]
	{[f.rule, f.path] | some f in findings} == {
		["org/country-not-allowed", ["hosting", 0, "country"]],
		["org/country-not-allowed", ["subprocessors", 0, "country"]],
	}
}

test_adequacy_group_includes_the_dpf_for_a_certified_us_organisation if {
	dpf := {
		"hosting": [{"country": "US", "transferMechanism": "dpf", "dpfCertified": true}],
		"derived": {"hosting": [{"country": "US"}]},
	}
	count(hosting.deny) == 0 with input as dpf with data.config.org.allowedCountries as ["EEA", "adequacy"]

	# Not certified, or not relying on the DPF: the US is not in the group.
	count(hosting.deny) == 1 with input as json.patch(dpf, [{"op": "replace", "path": "/hosting/0/dpfCertified", "value": false}])
		with data.config.org.allowedCountries as ["EEA", "adequacy"]
	count(hosting.deny) == 1 with input as json.patch(dpf, [{"op": "replace", "path": "/hosting/0/transferMechanism", "value": "scc"}])
		with data.config.org.allowedCountries as ["EEA", "adequacy"]

	# Only the adequacy group brings it in.
	count(hosting.deny) == 1 with input as dpf with data.config.org.allowedCountries as ["EEA"]
}
