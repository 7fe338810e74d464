# METADATA
# title: Transfers against the DPA's own transfer clause
# description: |
#   Some DPAs narrow GDPR Chapter V: GenieBelt 2.4 authorises transfers only to countries the
#   Commission classified as safe (and Privacy Shield organisations), Septeo Art. 4 engages only
#   sub-processors in the EU, in an adequate country or under Art. 46 safeguards. The pack's
#   `transfers` term lists the mechanisms the DPA accepts outside the EEA and which locations the
#   clause covers; the GDPR rules still judge whether that mechanism is valid on the day judged.
package shared.transfers

import data.lib.countries
import data.lib.locations
import data.lib.pack

# METADATA
# title: Transfer the DPA does not authorise
# description: |
#   The location is outside the EEA and neither covered by an adequacy decision the DPA accepts
#   nor by a transfer mechanism the DPA's transfer clause names. Even where the GDPR would allow
#   the transfer (SCCs, say), the signed DPA does not: it needs a written instruction or an
#   amendment first.
# custom:
#   id: transfer-not-authorised
#   severity: error
#   clause: GDPR Art. 28(3)(a)
#   quote: processes the personal data only on documented instructions from the controller, including with regard to transfers of personal data to a third country
deny contains pack.finding(rego.metadata.rule(), msg, path) if {
	rule := pack.terms.transfers
	is_array(rule.mechanisms)
	some loc in locations.entries
	loc.path[0] in object.get(rule, "covers", ["hosting", "subprocessors"])
	not countries.in_eea(loc.country)
	not _authorised(loc, rule.mechanisms)
	path := array.concat(loc.path, [loc.field])
	msg := concat("", [
		loc.label, " is in ", loc.country, _mechanism_text(loc.entry),
		", but the ", pack.id, " DPA authorises transfers outside the EEA only by ", concat(", ", rule.mechanisms),
	])
}

# Adequacy: the country's own decision, whatever the entry records.
_authorised(loc, mechanisms) if {
	"adequacy" in mechanisms
	countries.adequate(loc.country)
}

# Any other accepted mechanism the entry records (its validity is the GDPR rules' concern).
_authorised(loc, mechanisms) if {
	m := locations.mechanism(loc.entry)
	m != "none"
	m in mechanisms
	m != "adequacy"
}

_mechanism_text(entry) := " without a transferMechanism" if locations.mechanism(entry) == "none"

_mechanism_text(entry) := concat("", [" with transferMechanism ", m]) if {
	m := locations.mechanism(entry)
	m != "none"
}
