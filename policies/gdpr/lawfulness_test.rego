package gdpr.lawfulness_test

import data.gdpr.lawfulness

_rules(findings) := {f.rule | some f in findings}

test_consent_for_staff_is_a_warning if {
	not "gdpr/consent-for-staff" in _rules(lawfulness.warn) with input as {"processing": {"legalBasis": ["consent"], "dataSubjects": ["customers", "newsletter-subscribers"]}}
	not "gdpr/consent-for-staff" in _rules(lawfulness.warn) with input as {"processing": {"legalBasis": ["contract"], "dataSubjects": ["staff"]}}
	not "gdpr/consent-for-staff" in _rules(lawfulness.warn) with input as {"processing": {"legalBasis": ["consent"], "dataSubjects": ["staffing-agencies-contacts-x"]}}
	some f in lawfulness.warn with input as {"processing": {"legalBasis": ["contract", "consent"], "dataSubjects": ["job-applicants"]}}
	f.rule == "gdpr/consent-for-staff"
	f.path == ["processing", "legalBasis", 1]
}

test_criminal_offence_data_needs_its_authority if {
	not "gdpr/criminal-offence-data" in _rules(lawfulness.warn) with input as {"processing": {"criminalOffenceData": false}}
	not "gdpr/criminal-offence-data" in _rules(lawfulness.warn) with input as {"processing": {"criminalOffenceData": true, "criminalOffenceAuthority": "Loi n° 78-17, art. 46"}}
	some f in lawfulness.warn with input as {"processing": {"criminalOffenceData": true}}
	f.rule == "gdpr/criminal-offence-data"
	f.path == ["processing", "criminalOffenceData"]
}
