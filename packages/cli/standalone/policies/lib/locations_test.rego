package lib.locations_test

import data.lib.locations

_input := {
	"hosting": [{"provider": "aws", "region": "eu-west-1"}, {"provider": "ovh", "country": "FR"}],
	"subprocessors": [{"name": "Acme", "country": "US", "transferMechanism": "scc"}],
	"derived": {"hosting": [{"country": "IE"}, {"country": "FR"}], "subprocessors": [{"country": "US"}]},
}

test_entries_are_keyed_by_path_with_label_field_and_country if {
	e := locations.entries with input as _input
	e[["hosting", 0]] == {
		"path": ["hosting", 0], "field": "region", "country": "IE",
		"entry": _input.hosting[0], "label": "hosting[0].region \"eu-west-1\"",
	}
	e[["hosting", 1]].field == "country"
	e[["subprocessors", 0]].label == "sub-processor \"Acme\""
	count(e) == 3
}

# Rules iterate the locations' values, as they did when entries was a set.
test_entries_iterate_as_locations if {
	countries := {loc.country | some loc in locations.entries} with input as _input
	countries == {"IE", "FR", "US"}
	mechanisms := {locations.mechanism(loc.entry) | some loc in locations.entries} with input as _input
	mechanisms == {"none", "scc"}
}
