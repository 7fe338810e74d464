package shared.retention_test

import data.shared.retention

_setup(dpa, category, derived) := {
	"dpa": dpa,
	"retention": {category: "x"},
	"derived": {"retention": {category: derived}},
}

_rules(findings) := {f.rule | some f in findings}

test_longer_than_the_dpa_is_denied_with_the_limit_clause if {
	some f in retention.deny with input as _setup("quicktalk", "call-logs", {"value": 2, "unit": "years"})
	f.rule == "quicktalk/retention-exceeds-dpa"
	f.path == ["retention", "call-logs"]
	f.clause == "Bijlage A (L185-L187)"
}

test_aliases_and_equal_periods if {
	count(retention.deny) == 0 with input as _setup("quicktalk", "fax-logs", {"value": 12, "unit": "months"})
	"quicktalk/retention-exceeds-dpa" in _rules(retention.deny) with input as _setup("quicktalk", "fax-logs", {"value": 13, "unit": "months"})
}

test_a_contract_anchored_limit_compares_like_with_like if {
	# Septeo: "Duration of the contractual relationship plus 5 years".
	count(retention.deny) == 0 with input as _setup("septeo", "contract-management", {"value": 5, "unit": "years", "from": "end-of-contract"})
	"septeo/retention-exceeds-dpa" in _rules(retention.deny) with input as _setup("septeo", "contract-management", {"value": 6, "unit": "years", "from": "end-of-contract"})
}

test_a_flat_value_against_an_anchored_limit if {
	# 8 years from collection may be within 5 years after the end of a 3-year contract: a warning.
	inp := _setup("septeo", "contract-management", {"value": 8, "unit": "years"})
	count(retention.deny) == 0 with input as inp

	# 4 years from collection is within 5 years after any later end of contract: nothing.
	count(retention.warn) == 0 with input as _setup("septeo", "contract-management", {"value": 4, "unit": "years"})
	some f in retention.warn with input as inp
	f.rule == "septeo/retention-anchor-differs"
	contains(f.msg, "from end of contract")
}

test_a_later_anchor_against_a_start_limit if {
	# MintT 3D data: one month from capture. Two months after the end of the contract is longer.
	"mintt/retention-exceeds-dpa" in _rules(retention.deny) with input as _setup("mintt", "3d-data", {"value": 2, "unit": "months", "from": "end-of-contract"})

	# Two weeks after the end of the contract may or may not exceed a month from capture.
	"mintt/retention-anchor-differs" in _rules(retention.warn) with input as _setup("mintt", "3d-data", {"value": 14, "unit": "days", "from": "end-of-contract"})

	# Capture and collection are the same start.
	count(retention.deny) == 0 with input as _setup("mintt", "3d-data", {"value": 1, "unit": "months", "from": "collection"})
}

test_retention_within_the_limit_passes if {
	count(retention.deny) == 0 with input as _setup("quicktalk", "call-logs", {"value": 12, "unit": "months"})
}

test_aliases_name_the_same_category if {
	count(retention.deny) == 1 with input as _setup("mintt", "3d-data-and-logs", {"value": 90, "unit": "days"})
}

test_categories_without_a_limit_are_not_checked if {
	count(retention.deny) == 0 with input as _setup("quicktalk", "call-recordings", {"value": 10, "unit": "years"})
}
