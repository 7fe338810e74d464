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
