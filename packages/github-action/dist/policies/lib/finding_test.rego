package lib.finding_test

import data.lib.finding

test_new_builds_the_contract_shape if {
	finding.new("gdpr/x", "m", ["a", 0]) == {"rule": "gdpr/x", "msg": "m", "path": ["a", 0]}
}

test_for_pack_prefixes_the_pack_and_keeps_clause_and_quote if {
	f := finding.for_pack("r", "m", ["dpa"], "quicktalk", {"clause": "4.1", "quote": "q", "other": 1})
	f == {"rule": "quicktalk/r", "msg": "m", "path": ["dpa"], "dpa": "quicktalk", "clause": "4.1", "quote": "q"}
}

test_path_text_reads_like_code if {
	finding.path_text(["hosting", 1, "region"]) == "hosting[1].region"
}
