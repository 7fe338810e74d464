package shared.hosting_test

import data.shared.hosting

_setup(hosting, hosting_countries, subs, sub_countries) := {
	"dpa": {"id": "quicktalk", "version": "2023-05"},
	"hosting": hosting,
	"subprocessors": subs,
	"derived": {
		"hosting": [{"country": c} | some c in hosting_countries],
		"subprocessors": [{"country": c} | some c in sub_countries],
	},
}

test_hosting_in_the_allowed_country_passes if {
	count(hosting.deny) == 0 with input as _setup([{"provider": "scaleway", "region": "fr-par"}], ["FR"], [], [])
}

test_hosting_elsewhere_is_denied_even_inside_the_eea if {
	some f in hosting.deny with input as _setup([{"country": "FR"}, {"provider": "aws", "region": "eu-central-1"}], ["FR", "DE"], [], [])
	f.rule == "quicktalk/hosting-country"
	f.path == ["hosting", 1, "region"]
}

test_packs_without_a_hosting_rule_allow_anything if {
	inp := object.union(_setup([{"country": "DE"}], ["DE"], [], []), {"dpa": "mintt"})
	count(hosting.deny) == 0 with input as inp
}

test_subprocessor_outside_the_declared_country_contradicts_the_claim if {
	some f in hosting.warn with input as _setup([], [], [{"name": "Slack", "country": "US", "transferMechanism": "scc"}], ["US"])
	f.rule == "quicktalk/declared-hosting-contradicted"
	f.path == ["subprocessors", 0, "country"]
}

test_subprocessor_in_the_declared_country_is_fine if {
	count(hosting.warn) == 0 with input as _setup([], [], [{"name": "Orange", "country": "FR"}], ["FR"])
}

test_quicktalk_claims_the_eu_and_eea_not_france_alone if {
	# Bijlage C 1.1: "geen gegevens buiten de Europese Unie of de Europese Economische Ruimte".
	count(hosting.warn) == 0 with input as _setup([], [], [{"name": "BICS", "country": "BE"}, {"name": "BTS Europe SA", "country": "ES"}], ["BE", "ES"])
	some f in hosting.warn with input as _setup([], [], [{"name": "Colt", "country": "GB", "transferMechanism": "scc"}], ["GB"])
	f.rule == "quicktalk/declared-hosting-contradicted"
}
