package gdpr.special_test

import data.gdpr.special

_rules(findings) := {f.rule | some f in findings}

test_patients_suggest_health_data if {
	some f in special.warn with input as {"processing": {"dataSubjects": ["residents", "patients"], "specialCategories": []}}
	f.rule == "gdpr/special-category-undeclared"
	f.path == ["processing", "dataSubjects", 1]
	contains(f.msg, "health")
}

test_declared_categories_and_ordinary_names_pass if {
	count(special.warn) == 0 with input as {"processing": {"dataSubjects": ["patients"], "specialCategories": ["health"]}}
	count(special.warn) == 0 with input as {"processing": {"dataSubjects": ["customers", "staff"], "dataCategories": ["call-logs", "european-union-contacts"]}}
}

test_data_categories_are_read_too if {
	"gdpr/special-category-undeclared" in _rules(special.warn) with input as {"processing": {"dataCategories": ["fingerprint-templates"]}}
}

test_hints_match_whole_words_only if {
	count(special.warn) == 0 with input as {"processing": {"dataSubjects": ["adnan-customers"], "dataCategories": ["unionized-fields"]}}
	some f in special.warn with input as {"processing": {"dataCategories": ["diagnosis-codes"]}}
	f.path == ["processing", "dataCategories", 0]
}

test_business_contacts_suggest_no_health_data if {
	count(special.warn) == 0 with input as {"processing": {"dataSubjects": ["medical-device-suppliers", "hospital-staff", "Clinical Research Partners"]}}
	some f in special.warn with input as {"processing": {"dataSubjects": ["patients"]}}
	contains(f.msg, "health")
}
