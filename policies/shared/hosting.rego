# METADATA
# title: Hosting against the DPA's locations
# description: Rules every pack shares on where the vendor itself hosts the data.
package shared.hosting

import data.lib.countries
import data.lib.locations
import data.lib.pack

# METADATA
# title: Hosting outside the countries the DPA allows
# description: |
#   The DPA restricts where the vendor hosts the data (Quicktalk: all hosting centres in France).
#   A hosting entry elsewhere contradicts the signed terms, whatever the GDPR would allow.
# custom:
#   id: hosting-country
#   severity: error
#   clause: GDPR Art. 28(3)(a)
#   quote: processes the personal data only on documented instructions from the controller, including with regard to transfers of personal data to a third country
deny contains pack.finding(rego.metadata.rule(), msg, path) if {
	allowed := pack.terms.hosting.allowed
	is_array(allowed)
	some loc in locations.entries
	loc.path[0] == "hosting"
	not countries.allowed(loc.country, allowed)
	path := array.concat(loc.path, [loc.field])
	msg := concat("", [loc.label, " is in ", loc.country, " but the ", pack.id, " DPA allows hosting only in ", concat(", ", allowed)])
}

# METADATA
# title: The DPA's hosting claim is contradicted by a sub-processor
# description: |
#   The DPA declares where all data stays (Quicktalk: France, "so no data are transferred outside
#   the EU or EEA") while the setup, like the DPA's own list, has a sub-processor elsewhere. The
#   claim cannot be relied on; the transfer needs its own mechanism.
# custom:
#   id: declared-hosting-contradicted
#   severity: warning
#   clause: GDPR Art. 44
#   quote: Any transfer of personal data ... to a third country ... shall take place only if ... the conditions laid down in this Chapter are complied with
warn contains pack.finding(rego.metadata.rule(), msg, ["subprocessors", i, "country"]) if {
	declared := pack.terms.hosting.declared
	is_array(declared)
	some i, s in input.subprocessors
	c := input.derived.subprocessors[i].country
	not countries.allowed(c, declared)
	msg := concat("", [
		"the ", pack.id, " DPA declares all data stays in ", concat(", ", declared),
		", but sub-processor \"", s.name, "\" is in ", c, "; do not rely on that claim for this transfer",
	])
}
