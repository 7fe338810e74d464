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

_on(inp, day) := object.union(inp, {"derived": object.union(inp.derived, {"asOf": day})})

test_privacy_shield_applies_until_the_day_before_schrems_ii if {
	inp := _sub({"country": "US", "transferMechanism": "privacy-shield"}, "US")
	count(transfers.deny) == 0 with input as _on(inp, "2020-07-15")
	"gdpr/privacy-shield" in _rules(transfers.deny) with input as _on(inp, "2020-07-16")
	"gdpr/privacy-shield" in _rules(transfers.deny) with input as _on(inp, "2020-07-17")
	"gdpr/privacy-shield" in _rules(transfers.deny) with input as _on(inp, "2016-07-11")
	count(transfers.deny) == 0 with input as _on(inp, "2016-07-12")
}

test_brazil_is_adequate_from_26_january_2026 if {
	inp := _setup([{"country": "BR"}], [{"country": "BR"}], [], [])
	"gdpr/transfer-without-mechanism" in _rules(transfers.deny) with input as _on(inp, "2026-01-25")
	count(transfers.deny) == 0 with input as _on(inp, "2026-01-26")
	count(transfers.deny) == 0 with input as _on(inp, "2026-01-27")
}

test_dpf_applies_from_10_july_2023 if {
	inp := _sub({"country": "US", "transferMechanism": "dpf", "dpfCertified": true}, "US")
	count(transfers.deny) == 0 with input as _on(inp, "2023-07-10")
	some f in transfers.deny with input as _on(inp, "2023-07-09")
	f.rule == "gdpr/dpf-not-applicable"
	contains(f.msg, "applies only from 10 July 2023")
}

test_united_kingdom_through_brexit if {
	inp := _setup([{"country": "GB"}], [{"country": "GB"}], [], [])
	count(transfers.deny) == 0 with input as _on(inp, "2020-12-31") # transition period: EEA
	count(transfers.deny) == 0 with input as _on(inp, "2021-03-01") # TCA bridge
	count(transfers.deny) == 0 with input as _on(inp, "2025-10-01") # extension
	count(transfers.deny) == 0 with input as _on(inp, "2031-12-27") # renewal's last day
	"gdpr/transfer-without-mechanism" in _rules(transfers.deny) with input as _on(inp, "2031-12-28")
}

test_territories_follow_the_treaties_not_the_iso_list if {
	count(transfers.deny) == 0 with input as _setup([{"country": "AX"}], [{"country": "AX"}], [], []) # Åland: Finland
	count(transfers.deny) == 0 with input as _setup([{"country": "RE"}], [{"country": "RE"}], [], []) # Réunion: France
	count(transfers.deny) == 0 with input as _setup([{"country": "FO"}], [{"country": "FO"}], [], []) # Faroe: own decision
	"gdpr/transfer-without-mechanism" in _rules(transfers.deny) with input as _setup([{"country": "GL"}], [{"country": "GL"}], [], [])
	"gdpr/transfer-without-mechanism" in _rules(transfers.deny) with input as _setup([{"country": "NC"}], [{"country": "NC"}], [], [])
	"gdpr/transfer-without-mechanism" in _rules(transfers.deny) with input as _setup([{"country": "SJ"}], [{"country": "SJ"}], [], [])
}

_scc(version, as_of) := object.union(
	_setup([], [], [{"name": "Slack", "country": "US", "transferMechanism": "scc", "scc": {"version": version, "module": 3}}], [{"country": "US"}]),
	{"derived": {"asOf": as_of, "hosting": [], "subprocessors": [{"country": "US"}]}},
)

test_scc_of_a_repealed_version_fail_after_27_december_2022 if {
	not "gdpr/scc-version-expired" in _rules(transfers.deny) with input as _scc("2010/87", "2022-12-27")
	not "gdpr/scc-version-expired" in _rules(transfers.deny) with input as _scc("2021/914", "2026-12-04")
	some f in transfers.deny with input as _scc("2010/87", "2023-01-01")
	f.rule == "gdpr/scc-version-expired"
	f.path == ["subprocessors", 0, "scc", "version"]
	contains(f.msg, "Commission Decision 2010/87/EU")
}

test_scc_version_is_read_only_for_scc_transfers if {
	inp := object.union(_scc("2001/497", "2026-12-04"), {"subprocessors": [{"name": "Slack", "country": "US", "transferMechanism": "bcr", "scc": {"version": "2001/497"}}]})
	not "gdpr/scc-version-expired" in _rules(transfers.deny) with input as inp
}

test_scc_transfer_without_tia_only_in_format_1_1 if {
	sub := {"name": "Slack", "country": "US", "transferMechanism": "scc"}
	v10 := _setup([], [], [sub], [{"country": "US"}])
	not "gdpr/transfer-without-tia" in _rules(transfers.warn) with input as v10
	with_tia := object.union(v10, {"apiVersion": "dpa-lint/v1.1", "subprocessors": [object.union(sub, {"tia": "TIA-1"})]})
	not "gdpr/transfer-without-tia" in _rules(transfers.warn) with input as with_tia
	some f in transfers.warn with input as object.union(v10, {"apiVersion": "dpa-lint/v1.1"})
	f.rule == "gdpr/transfer-without-tia"
	f.path == ["subprocessors", 0, "transferMechanism"]
}
