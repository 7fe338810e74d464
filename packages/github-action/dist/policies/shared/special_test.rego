package shared.special_test

import data.shared.special

test_special_categories_under_a_dpa_declaring_none if {
	some f in special.deny with input as {"dpa": "mintt", "processing": {"specialCategories": ["health"]}}
	f.rule == "mintt/special-categories-not-declared"
	f.path == ["processing", "specialCategories", 0]
}

test_no_special_categories_or_silent_dpa_pass if {
	count(special.deny) == 0 with input as {"dpa": "mintt", "processing": {"specialCategories": []}}
	count(special.deny) == 0 with input as {"dpa": "quicktalk", "processing": {"specialCategories": ["health"]}}
}

test_a_dpa_silent_on_special_categories_gets_a_warning_naming_the_category if {
	count(special.warn) == 0 with input as {"dpa": "quicktalk", "processing": {"specialCategories": []}}
	count(special.warn) == 0 with input as {"dpa": "mintt", "processing": {"specialCategories": ["health"]}}
	some f in special.warn with input as {"dpa": "quicktalk", "processing": {"specialCategories": ["health"]}}
	f.rule == "quicktalk/special-categories-not-addressed"
	contains(f.msg, "health")
}
