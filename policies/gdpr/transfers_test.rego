package gdpr.transfers_test

import data.gdpr.transfers

_setup(hosting, hostingderived, subs, subderived) := {
	"dpa": "mintt",
	"hosting": hosting,
	"subprocessors": subs,
	"derived": {"hosting": hostingderived, "subprocessors": subderived},
}

_rules(findings) := {f.rule | some f in findings}

test_hosting_in_eea_is_compliant if {
	inp := _setup([{"provider": "aws", "region": "eu-west-3"}], [{"country": "FR"}], [], [])
	count(transfers.deny) == 0 with input as inp
}

test_hosting_in_adequate_country_is_compliant if {
	inp := _setup([{"country": "CH"}], [{"country": "CH"}], [], [])
	count(transfers.deny) == 0 with input as inp
}

test_hosting_in_us_without_mechanism_is_denied_at_region if {
	inp := _setup([{"provider": "aws", "region": "us-east-1"}], [{"country": "US"}], [], [])
	findings := transfers.deny with input as inp
	some f in findings
	f.rule == "gdpr/transfer-without-mechanism"
	f.path == ["hosting", 0, "region"]
}

test_hosting_by_country_is_denied_at_country if {
	inp := _setup([{"country": "IN"}], [{"country": "IN"}], [], [])
	findings := transfers.deny with input as inp
	some f in findings
	f.path == ["hosting", 0, "country"]
}

test_us_with_scc_is_compliant if {
	inp := _setup([], [], [{"name": "Slack", "country": "US", "transferMechanism": "scc"}], [{"country": "US"}])
	count(transfers.deny) == 0 with input as inp
}

test_subprocessor_in_us_without_mechanism_is_denied if {
	inp := _setup([], [], [{"name": "Slack", "country": "US"}], [{"country": "US"}])
	"gdpr/transfer-without-mechanism" in _rules(transfers.deny) with input as inp
}

test_unresolved_country_is_left_to_the_engine if {
	# The engine reports an unknown country itself; the rule must not guess.
	inp := _setup([{"region": "mars-1"}], [{}], [], [])
	count(transfers.deny) == 0 with input as inp
}

_sub(entry, country) := _setup([], [], [object.union({"name": "Acme"}, entry)], [{"country": country}])

test_privacy_shield_is_denied if {
	some f in transfers.deny with input as _sub({"country": "US", "transferMechanism": "privacy-shield"}, "US")
	f.rule == "gdpr/privacy-shield"
	f.path == ["subprocessors", 0, "transferMechanism"]
}

test_dpf_needs_certification_and_the_us if {
	count(transfers.deny) == 0 with input as _sub({"country": "US", "transferMechanism": "dpf", "dpfCertified": true}, "US")
	some f in transfers.deny with input as _sub({"country": "US", "transferMechanism": "dpf"}, "US")
	f.path == ["subprocessors", 0, "dpfCertified"]
	some g in transfers.deny with input as _sub({"country": "IN", "transferMechanism": "dpf", "dpfCertified": true}, "IN")
	g.rule == "gdpr/dpf-not-applicable"
	g.path == ["subprocessors", 0, "transferMechanism"]
}

test_adequacy_needs_a_decision if {
	count(transfers.deny) == 0 with input as _sub({"country": "JP", "transferMechanism": "adequacy"}, "JP")
	"gdpr/adequacy-not-applicable" in _rules(transfers.deny) with input as _sub({"country": "US", "transferMechanism": "adequacy"}, "US")
}

test_derogation_needs_a_reason_and_is_warned_about if {
	"gdpr/derogation-without-reason" in _rules(transfers.deny) with input as _sub({"country": "IN", "transferMechanism": "derogation"}, "IN")
	count(transfers.deny) == 0 with input as _sub({"country": "IN", "transferMechanism": "derogation", "derogationReason": "explicit consent"}, "IN")
	"gdpr/derogation-for-vendor" in _rules(transfers.warn) with input as _sub({"country": "IN", "transferMechanism": "derogation", "derogationReason": "explicit consent"}, "IN")
}

test_subprocessor_without_a_name_is_still_checked if {
	inp := _setup([], [], [{"country": "US"}], [{"country": "US"}])
	some f in transfers.deny with input as inp
	startswith(f.msg, "sub-processor is in US")
}
