package terms.retention_test

import data.terms.retention

_setup(dpa, category, period) := {"dpa": dpa, "retention": {category: "x"}, "derived": {"retention": {category: period}}}

test_retention_within_the_limit_passes if {
	count(retention.deny) == 0 with input as _setup("quicktalk", "call-logs", {"value": 12, "unit": "months"})
}

test_retention_longer_than_the_dpa_is_denied_with_the_limit_clause if {
	some f in retention.deny with input as _setup("quicktalk", "call-logs", {"value": 18, "unit": "months"})
	f.rule == "quicktalk/retention-exceeds-dpa"
	f.path == ["retention", "call-logs"]
	f.clause == "Bijlage A (L185-L187)"
}

test_aliases_name_the_same_category if {
	count(retention.deny) == 1 with input as _setup("mintt", "3d-data-and-logs", {"value": 90, "unit": "days"})
}

test_categories_without_a_limit_are_not_checked if {
	count(retention.deny) == 0 with input as _setup("quicktalk", "call-recordings", {"value": 10, "unit": "years"})
}
