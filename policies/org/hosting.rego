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
#   organisation allows its data to be hosted or processed, whatever the DPA permits.
# custom:
#   id: country-not-allowed
#   severity: error
#   clause: .dpa-lint.yaml org.allowedCountries
deny contains finding.new("org/country-not-allowed", msg, path) if {
	allowed := data.config.org.allowedCountries
	some loc in locations.entries
	not countries.allowed(loc.country, allowed)
	path := array.concat(loc.path, [loc.field])
	msg := concat("", [loc.label, " is in ", loc.country, ", which org.allowedCountries (", concat(", ", allowed), ") does not allow"])
}
