# METADATA
# title: Organisation policy on where data may go
# description: |
#   Rules driven by `org` in .dpa-lint.yaml (data.config.org): the organisation's own limits on
#   top of the DPAs and the GDPR.
package org.hosting

import data.lib.countries
import data.lib.finding
import data.lib.locations

# METADATA
# title: Location outside the organisation's allowed countries
# description: |
#   org.allowedCountries lists the countries (ISO codes) and groups (EEA, adequacy) where the
#   organisation allows its data to be hosted or processed, whatever the DPA permits. The adequacy
#   group includes the EU-US Data Privacy Framework (Decision (EU) 2023/1795, an adequacy
#   decision for certified US organisations) for an entry that relies on it, certified, on a day
#   it applies; an organisation that will not rely on it says so with
#   org.forbiddenTransferMechanisms: [dpf].
# custom:
#   id: country-not-allowed
#   severity: error
#   clause: .dpa-lint.yaml org.allowedCountries
deny contains finding.new(rego.metadata.chain(), msg, path) if {
	allowed := data.config.org.allowedCountries
	some loc in locations.entries
	not countries.allowed(loc.country, allowed)
	not _dpf_adequate(loc, allowed)
	path := array.concat(loc.path, [loc.field])
	msg := concat("", [loc.label, " is in ", loc.country, ", which org.allowedCountries (", concat(", ", allowed), ") does not allow"])
}

# A DPF-certified US organisation relying on the DPF is covered by an adequacy decision.
_dpf_adequate(loc, allowed) if {
	"adequacy" in allowed
	countries.dpf_covers(loc.country)
	locations.mechanism(loc.entry) == "dpf"
	object.get(loc.entry, "dpfCertified", false) == true
}
