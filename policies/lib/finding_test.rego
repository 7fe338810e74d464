package lib.finding_test

import data.lib.finding

# A chain as rego.metadata.chain() gives it for a rule of package gdpr.transfers.
_chain := [
	{"path": ["gdpr", "transfers", "deny"], "annotations": {"scope": "rule", "custom": {"id": "x"}}},
	{"path": ["gdpr", "transfers"], "annotations": {"scope": "package", "title": "t"}},
]

test_new_builds_the_contract_shape_with_the_id_from_metadata if {
	finding.new(_chain, "m", ["a", 0]) == {"rule": "gdpr/x", "msg": "m", "path": ["a", 0]}
}

test_new_still_takes_the_id_as_a_string if {
	finding.new("acme/r", "m", ["a"]) == {"rule": "acme/r", "msg": "m", "path": ["a"]}
	finding.name("r") == "r"
}

test_a_rule_without_metadata_gets_an_id_no_catalogue_holds if {
	finding.new(array.slice(_chain, 1, 2), "m", []).rule == "policy-error/no-metadata"
}

test_name_reads_a_rule_annotation_or_a_chain_entry if {
	finding.name({"custom": {"id": "r"}}) == "r"
	finding.name(_chain[0]) == "x"
	finding.name({}) == "no-id"
}

# METADATA
# custom:
#   id: own-id
test_the_compiler_gives_a_rule_its_own_metadata if {
	finding.name(rego.metadata.rule()) == "own-id"
	finding.new(rego.metadata.chain(), "m", []).rule == "lib/own-id"
}

test_for_pack_prefixes_the_pack_and_keeps_clause_and_quote if {
	f := finding.for_pack("r", "m", ["dpa"], "quicktalk", {"clause": "4.1", "quote": "q", "other": 1})
	f == {"rule": "quicktalk/r", "msg": "m", "path": ["dpa"], "dpa": "quicktalk", "clause": "4.1", "quote": "q"}
}

test_path_text_reads_like_code if {
	finding.path_text(["hosting", 1, "region"]) == "hosting[1].region"
}
