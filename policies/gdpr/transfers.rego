# METADATA
# title: GDPR Chapter V transfers
# description: |
#   Personal data leaving the EEA needs an adequacy decision or an appropriate safeguard
#   (GDPR Art. 44 to 49). The checks apply to every vendor, whatever its DPA says.
package gdpr.transfers

import data.lib.countries
import data.lib.finding
import data.lib.locations

# METADATA
# title: Transfer outside the EEA without a mechanism
# description: |
#   A hosting location or sub-processor in a country outside the EEA and without an EU adequacy
#   decision needs a transfer mechanism (standard contractual clauses, binding corporate rules,
#   the Data Privacy Framework for certified US organisations, or an Art. 49 derogation).
# custom:
#   id: transfer-without-mechanism
#   severity: error
#   clause: GDPR Art. 44, 46
#   quote: Any transfer of personal data which are undergoing processing or are intended for processing after transfer to a third country ... shall take place only if ... the conditions laid down in this Chapter are complied with
deny contains finding.new("gdpr/transfer-without-mechanism", msg, path) if {
	some loc in locations.entries
	not countries.in_eea(loc.country)
	not countries.adequate(loc.country)
	locations.mechanism(loc.entry) == "none"
	path := array.concat(loc.path, [loc.field])
	msg := concat("", [
		loc.label, " is in ", loc.country,
		", outside the EEA and without an adequacy decision, and has no transferMechanism",
	])
}

# METADATA
# title: Reliance on the invalid EU-US Privacy Shield
# description: |
#   The Court of Justice invalidated the Privacy Shield (Decision 2016/1250) in C-311/18 (Schrems II)
#   on 16 July 2020. Use the Data Privacy Framework for a certified US organisation, or SCCs.
# custom:
#   id: privacy-shield
#   severity: error
#   clause: GDPR Art. 45; CJEU C-311/18
#   quote: declares Commission Implementing Decision (EU) 2016/1250 ... invalid
deny contains finding.new("gdpr/privacy-shield", msg, array.concat(loc.path, ["transferMechanism"])) if {
	some loc in locations.entries
	locations.mechanism(loc.entry) == "privacy-shield"
	msg := concat("", [loc.label, " relies on the Privacy Shield, invalid since 16 July 2020 (CJEU C-311/18)"])
}

# METADATA
# title: Data Privacy Framework without a certified US organisation
# description: |
#   The EU-US Data Privacy Framework (Decision 2023/1795) covers only US organisations certified
#   on the DPF list: it needs dpfCertified true, and a US location.
# custom:
#   id: dpf-not-applicable
#   severity: error
#   clause: GDPR Art. 45; Decision (EU) 2023/1795
#   quote: the United States ensures an adequate level of protection for personal data transferred from the Union to organisations in the United States that are included in the 'Data Privacy Framework List'
deny contains finding.new("gdpr/dpf-not-applicable", msg, path) if {
	some loc in locations.entries
	locations.mechanism(loc.entry) == "dpf"
	[path, why] := _dpf_problem(loc)
	msg := concat("", [loc.label, " uses the Data Privacy Framework but ", why])
}

_dpf_problem(loc) := [array.concat(loc.path, ["dpfCertified"]), "dpfCertified is not true"] if {
	loc.country in countries.dpf_only
	object.get(loc.entry, "dpfCertified", false) != true
}

_dpf_problem(loc) := [array.concat(loc.path, ["transferMechanism"]), concat("", ["it covers only the United States, not ", loc.country])] if {
	not loc.country in countries.dpf_only
}

# METADATA
# title: Adequacy claimed for a country without an adequacy decision
# description: |
#   transferMechanism adequacy needs an EU adequacy decision for the country. The United States
#   has one only for DPF-certified organisations: use dpf there.
# custom:
#   id: adequacy-not-applicable
#   severity: error
#   clause: GDPR Art. 45
#   quote: A transfer of personal data to a third country or an international organisation may take place where the Commission has decided that the third country ... ensures an adequate level of protection.
deny contains finding.new("gdpr/adequacy-not-applicable", msg, array.concat(loc.path, ["transferMechanism"])) if {
	some loc in locations.entries
	locations.mechanism(loc.entry) == "adequacy"
	not countries.in_eea(loc.country)
	not countries.adequate(loc.country)
	msg := concat("", [loc.label, " claims adequacy but ", loc.country, " has no EU adequacy decision covering it"])
}

# METADATA
# title: Art. 49 derogation without its reason
# description: A derogation under Art. 49 must say which one applies (derogationReason).
# custom:
#   id: derogation-without-reason
#   severity: error
#   clause: GDPR Art. 49(1)
#   quote: In the absence of an adequacy decision ... or of appropriate safeguards ... a transfer ... shall take place only on one of the following conditions
deny contains finding.new("gdpr/derogation-without-reason", msg, array.concat(loc.path, ["transferMechanism"])) if {
	some loc in locations.entries
	locations.mechanism(loc.entry) == "derogation"
	not _has_reason(loc.entry)
	msg := concat("", [loc.label, " uses an Art. 49 derogation without derogationReason"])
}

# A helper, because `not is_string(x.missing)` is undefined rather than true: the missing ref is
# evaluated outside the negation.
_has_reason(entry) if is_string(entry.derogationReason)

# METADATA
# title: Art. 49 derogation for a vendor's ongoing transfers
# description: |
#   Art. 49 derogations are for occasional transfers (EDPB Guidelines 2/2018); a vendor's
#   processing is systematic. Prefer SCCs, BCRs or the DPF.
# custom:
#   id: derogation-for-vendor
#   severity: warning
#   clause: GDPR Art. 49; EDPB Guidelines 2/2018
#   quote: derogations must be interpreted restrictively so that the exception does not become the rule
warn contains finding.new("gdpr/derogation-for-vendor", msg, array.concat(loc.path, ["transferMechanism"])) if {
	some loc in locations.entries
	locations.mechanism(loc.entry) == "derogation"
	msg := concat("", [loc.label, " relies on an Art. 49 derogation, meant for occasional transfers, not a vendor's ongoing processing"])
}
