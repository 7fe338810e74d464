# METADATA
# title: Lawfulness of the processing the setup records (format 1.1)
# description: |
#   processing.legalBasis (Art. 6(1)), processing.criminalOffenceData (Art. 10) and the authority
#   or law that allows it: what a vendor setup in format 1.1 records about why the processing is
#   lawful, read against the GDPR.
package gdpr.lawfulness

import data.lib.finding

# Data subject names that are a controller's staff or applicants: whole words of the name.
_staff_words := {"staff", "employee", "employees", "worker", "workers", "personnel", "applicant", "applicants", "candidate", "candidates"}

_is_staff(name) if {
	some word in split(replace(replace(lower(name), "-", " "), "_", " "), " ")
	word in _staff_words
}

# METADATA
# title: Consent as the lawful basis for staff data
# description: |
#   Consent is valid only when freely given (Art. 4(11), 7(4)). Between an employer and its staff
#   or applicants the EDPB finds that it rarely is, given the dependency of the relationship
#   (Guidelines 05/2020 on consent, para. 21): rely on another basis of Art. 6(1) (contract, legal
#   obligation, legitimate interests), or record why consent is free here and suppress with that
#   reason.
# custom:
#   id: consent-for-staff
#   severity: warning
#   clause: EDPB Guidelines 05/2020 on consent, para. 21; GDPR Art. 7(4)
#   quote: it is unlikely that the data subject is able to deny his/her employer consent to data processing without experiencing the fear or real risk of detrimental effects as a result of a refusal
warn contains finding.new(rego.metadata.chain(), msg, ["processing", "legalBasis", i]) if {
	some i, basis in input.processing.legalBasis
	basis == "consent"
	some subject in input.processing.dataSubjects
	_is_staff(subject)
	msg := concat("", ["consent is recorded as the lawful basis while the data subjects include \"", subject, "\": consent of staff or applicants is rarely free (EDPB Guidelines 05/2020, para. 21)"])
}

# METADATA
# title: Criminal-offence data without the authority or law that allows it
# description: |
#   Data on criminal convictions and offences may be processed only under the control of official
#   authority or where Union or Member State law authorises it with safeguards (Art. 10). A setup
#   that records such data (processing.criminalOffenceData) records that authority or law in
#   processing.criminalOffenceAuthority.
# custom:
#   id: criminal-offence-data
#   severity: warning
#   clause: GDPR Art. 10
#   quote: shall be carried out only under the control of official authority or when the processing is authorised by Union or Member State law providing for appropriate safeguards for the rights and freedoms of data subjects
warn contains finding.new(rego.metadata.chain(), msg, ["processing", "criminalOffenceData"]) if {
	input.processing.criminalOffenceData == true
	not _authority_recorded
	msg := "criminal-offence data is processed but processing.criminalOffenceAuthority does not say under which official authority or law (Art. 10)"
}

_authority_recorded if count(trim_space(input.processing.criminalOffenceAuthority)) > 0
