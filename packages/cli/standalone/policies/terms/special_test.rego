package terms.special_test

import data.terms.special

test_special_categories_under_a_dpa_declaring_none if {
	some f in special.deny with input as {"dpa": "mintt", "processing": {"specialCategories": ["health"]}}
	f.rule == "mintt/special-categories-not-declared"
	f.path == ["processing", "specialCategories", 0]
}

test_no_special_categories_or_silent_dpa_pass if {
	count(special.deny) == 0 with input as {"dpa": "mintt", "processing": {"specialCategories": []}}
	count(special.deny) == 0 with input as {"dpa": "quicktalk", "processing": {"specialCategories": ["health"]}}
}
