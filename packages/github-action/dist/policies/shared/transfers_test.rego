package shared.transfers_test

import data.shared.transfers

_setup(dpa, sub, country, day) := {
	"dpa": dpa,
	"subprocessors": [object.union({"name": "Acme", "country": country}, sub)],
	"derived": {"asOf": day, "subprocessors": [{"country": country}]},
}

_rules(findings) := {f.rule | some f in findings}

test_geniebelt_refuses_sccs_to_the_united_states if {
	some f in transfers.deny with input as _setup("geniebelt", {"transferMechanism": "scc"}, "US", "2026-11-22")
	f.rule == "geniebelt/transfer-not-authorised"
	f.path == ["subprocessors", 0, "country"]
	f.clause == "2.4 (L78-L82)"
}

test_geniebelt_accepts_adequate_countries_and_the_dpf if {
	count(transfers.deny) == 0 with input as _setup("geniebelt", {}, "CH", "2026-11-22")
	count(transfers.deny) == 0 with input as _setup("geniebelt", {}, "FR", "2026-11-22")
	count(transfers.deny) == 0 with input as _setup("geniebelt", {"transferMechanism": "dpf", "dpfCertified": true}, "US", "2026-11-22")
	count(transfers.deny) == 0 with input as _setup("geniebelt", {"transferMechanism": "privacy-shield"}, "US", "2019-01-01")
}

test_geniebelt_follows_adequacy_over_time if {
	"geniebelt/transfer-not-authorised" in _rules(transfers.deny) with input as _setup("geniebelt", {"transferMechanism": "scc"}, "BR", "2026-01-25")
	count(transfers.deny) == 0 with input as _setup("geniebelt", {"transferMechanism": "scc"}, "BR", "2026-01-26")
}

test_septeo_accepts_article_46_safeguards_but_not_derogations if {
	count(transfers.deny) == 0 with input as _setup("septeo", {"transferMechanism": "scc"}, "US", "2026-11-22")
	count(transfers.deny) == 0 with input as _setup("septeo", {"transferMechanism": "bcr"}, "IN", "2026-11-22")
	"septeo/transfer-not-authorised" in _rules(transfers.deny) with input as _setup("septeo", {"transferMechanism": "derogation", "derogationReason": "consent"}, "IN", "2026-11-22")
}

test_packs_without_a_transfer_clause_leave_it_to_the_gdpr if {
	count(transfers.deny) == 0 with input as _setup("mintt", {"transferMechanism": "derogation"}, "IN", "2026-11-22")
}
