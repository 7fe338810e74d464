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
deny contains finding.new(rego.metadata.chain(), msg, path) if {
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
# title: Reliance on the EU-US Privacy Shield outside its life
# description: |
#   The Privacy Shield (Decision (EU) 2016/1250 of 12 July 2016) was declared invalid by the Court
#   of Justice in C-311/18 (Schrems II) on 16 July 2020, with immediate effect. On a day judged
#   (--as-of) before 12 July 2016 or after 15 July 2020 it covers no transfer: use the Data Privacy
#   Framework for a certified US organisation, or SCCs.
# custom:
#   id: privacy-shield
#   severity: error
#   clause: GDPR Art. 45; CJEU C-311/18, operative part point 5
#   quote: Commission Implementing Decision (EU) 2016/1250 of 12 July 2016 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequacy of the protection provided by the EU-U.S. Privacy Shield is invalid.
deny contains finding.new(rego.metadata.chain(), msg, array.concat(loc.path, ["transferMechanism"])) if {
	not countries.privacy_shield_in_force
	some loc in locations.entries
	locations.mechanism(loc.entry) == "privacy-shield"
	msg := concat("", [
		loc.label, " relies on the Privacy Shield, which covered transfers only from 12 July 2016 to 15 July 2020",
		" (invalidated by the Court of Justice on 16 July 2020, C-311/18)",
	])
}

# METADATA
# title: Data Privacy Framework without a certified US organisation
# description: |
#   The EU-US Data Privacy Framework (Decision (EU) 2023/1795 of 10 July 2023) covers only US
#   organisations certified on the DPF list, and only from 10 July 2023: it needs dpfCertified
#   true, a US location, and a day judged (--as-of) on which the decision applies.
# custom:
#   id: dpf-not-applicable
#   severity: error
#   clause: GDPR Art. 45; Decision (EU) 2023/1795
#   quote: the United States ensures an adequate level of protection for personal data transferred from the Union to organisations in the United States that are included in the 'Data Privacy Framework List'
deny contains finding.new(rego.metadata.chain(), msg, path) if {
	some loc in locations.entries
	locations.mechanism(loc.entry) == "dpf"
	[path, why] := _dpf_problem(loc)
	msg := concat("", [loc.label, " uses the Data Privacy Framework but ", why])
}

_dpf_problem(loc) := [array.concat(loc.path, ["dpfCertified"]), "dpfCertified is not true"] if {
	countries.dpf_covers(loc.country)
	object.get(loc.entry, "dpfCertified", false) != true
}

_dpf_problem(loc) := [array.concat(loc.path, ["transferMechanism"]), concat("", ["it covers only the United States, not ", loc.country])] if {
	loc.country != "US"
}

_dpf_problem(loc) := [array.concat(loc.path, ["transferMechanism"]), "its decision ((EU) 2023/1795) applies only from 10 July 2023"] if {
	loc.country == "US"
	not countries.dpf_in_force
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
deny contains finding.new(rego.metadata.chain(), msg, array.concat(loc.path, ["transferMechanism"])) if {
	some loc in locations.entries
	locations.mechanism(loc.entry) == "adequacy"
	not countries.in_eea(loc.country)
	not countries.adequate(loc.country)
	msg := concat("", [loc.label, " claims adequacy but no EU adequacy decision in force covers ", loc.country, " as a whole"])
}

# METADATA
# title: Art. 49 derogation without its reason
# description: A derogation under Art. 49 must say which one applies (derogationReason).
# custom:
#   id: derogation-without-reason
#   severity: error
#   clause: GDPR Art. 49(1)
#   quote: In the absence of an adequacy decision ... or of appropriate safeguards ... a transfer ... shall take place only on one of the following conditions
deny contains finding.new(rego.metadata.chain(), msg, array.concat(loc.path, ["transferMechanism"])) if {
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
warn contains finding.new(rego.metadata.chain(), msg, array.concat(loc.path, ["transferMechanism"])) if {
	some loc in locations.entries
	locations.mechanism(loc.entry) == "derogation"
	msg := concat("", [loc.label, " relies on an Art. 49 derogation, meant for occasional transfers, not a vendor's ongoing processing"])
}

# METADATA
# title: Standard contractual clauses of a repealed version
# description: |
#   Commission Implementing Decision (EU) 2021/914 repealed the earlier standard contractual
#   clauses (Decisions 2001/497/EC, 2004/915/EC and 2010/87/EU) with effect from 27 September 2021;
#   contracts concluded on them before then kept providing appropriate safeguards until
#   27 December 2022 only. A transfer that relies on them (scc.version) on a later day judged has
#   no safeguard: sign the 2021/914 clauses, with the module that fits the transfer.
# custom:
#   id: scc-version-expired
#   severity: error
#   clause: Commission Implementing Decision (EU) 2021/914, Art. 4(4)
#   quote: shall be deemed to provide appropriate safeguards within the meaning of Article 46(1) of Regulation (EU) 2016/679 until 27 December 2022
deny contains finding.new(rego.metadata.chain(), msg, array.concat(loc.path, ["scc", "version"])) if {
	some loc in locations.entries
	locations.mechanism(loc.entry) == "scc"
	version := loc.entry.scc.version
	record := countries.scc_decision(version)
	not countries.in_force(record)
	msg := concat("", [
		loc.label, " relies on the standard contractual clauses of ", record.decision,
		", which provide appropriate safeguards only until ", record.until,
		" (Decision (EU) 2021/914, Art. 4(4)): sign the 2021/914 clauses",
	])
}

# METADATA
# title: Standard contractual clauses without a transfer impact assessment
# description: |
#   Under the 2021 standard contractual clauses the parties assess whether the laws of the
#   country of destination let the recipient comply with them, and document that assessment
#   (Clause 14(b) and (d); CJEU C-311/18, Schrems II). A setup in format 1.1, which records
#   assessments (tia), that transfers to a country without an adequacy decision on SCCs and names
#   none is reported; format 1.0 setups are not (they have no place for it).
# custom:
#   id: transfer-without-tia
#   severity: warning
#   clause: Standard contractual clauses (Decision (EU) 2021/914), Clause 14(d)
#   quote: The Parties agree to document the assessment under paragraph (b) and make it available to the competent supervisory authority on request.
warn contains finding.new(rego.metadata.chain(), msg, array.concat(loc.path, ["transferMechanism"])) if {
	input.apiVersion == "dpa-lint/v1.1"
	some loc in locations.entries
	locations.mechanism(loc.entry) == "scc"
	not countries.in_eea(loc.country)
	not countries.adequate(loc.country)
	not loc.entry.tia
	msg := concat("", [loc.label, " is in ", loc.country, " on standard contractual clauses with no transfer impact assessment recorded (tia)"])
}
