# METADATA
# title: What Terraform deploys, against what the vendor setups declare
# description: |
#   dpa-lint reads the Terraform a repository holds and, for each provider with data locations,
#   judges the locations it deploys to as a vendor setup of that vendor whose hosting is those
#   locations (packages/core/src/infrastructure.ts). The GDPR, DPA and organisation rules judge
#   them like declared ones; these rules compare them with what the vendor setup declares. They
#   apply only to such documents: input.infrastructure is absent from a vendor file.
package infra.deployment

import data.lib.finding

# METADATA
# title: A provider with data locations and no vendor setup
# description: |
#   Terraform uses a provider that stores or processes data (a cloud, a SaaS with a data location)
#   and no vendor setup names that vendor: a processor is being used without its DPA on record.
#   Record the vendor, its DPA and its hosting in a vendor setup first.
# custom:
#   id: undeclared-vendor
#   severity: error
#   clause: GDPR Art. 28(1), 28(3)
#   quote: Processing by a processor shall be governed by a contract or other legal act under Union or Member State law, that is binding on the processor with regard to the controller
deny contains finding.new(rego.metadata.chain(), msg, ["infrastructure", "provider"]) if {
	input.infrastructure.vendorFile == null
	msg := concat("", [
		"Terraform uses the ", input.infrastructure.provider, " provider (", input.infrastructure.vendor,
		") and no vendor setup declares that vendor: record it with its DPA before deploying to it",
	])
}

# METADATA
# title: A deployed location the vendor setup does not declare
# description: |
#   A resource is placed in a country the vendor setup of its provider does not list under
#   hosting: the deployment and the declaration have drifted apart, and the data goes where the
#   documented instructions do not say. Declare the location (and check it against the DPA), or
#   move the resource.
# custom:
#   id: location-not-declared
#   severity: error
#   clause: GDPR Art. 28(3)(a)
#   quote: processes the personal data only on documented instructions from the controller, including with regard to transfers of personal data to a third country or an international organisation
deny contains finding.new(rego.metadata.chain(), msg, ["hosting", i, field]) if {
	is_string(input.infrastructure.vendorFile)
	declared := {c | some c in input.infrastructure.declared}
	some i, h in input.hosting
	country := input.derived.hosting[i].country
	not country in declared
	field := _field(h)
	msg := concat("", [
		input.infrastructure.placements[i].address, " is placed in ", h[field], " (", country, "), which ",
		input.infrastructure.vendorFile, " does not declare (it declares ", _list(declared), ")",
	])
}

# METADATA
# title: A location Terraform does not set statically
# description: |
#   The location of a resource comes from outside the configuration (an environment variable, a
#   profile, a computed value): dpa-lint cannot see it, and will not guess a default. Set it in the
#   configuration (a literal, or a variable with a default or a .tfvars value), or lint the plan.
# custom:
#   id: location-unresolved
#   severity: warning
#   clause: GDPR Art. 28(3)(a)
#   quote: processes the personal data only on documented instructions from the controller, including with regard to transfers of personal data to a third country or an international organisation
warn contains finding.new(rego.metadata.chain(), msg, ["infrastructure", "unresolved", k]) if {
	some k, u in input.infrastructure.unresolved
	msg := concat("", [u.address, ": ", u.why])
}

# METADATA
# title: A declared location no deployment uses
# description: |
#   The vendor setup declares hosting in a country where none of the Terraform read deploys that
#   vendor's resources. Judged only when dpa-lint read all of the repository's Terraform (a run
#   of the configuration's `infrastructure`, without --changed-since or a hook's file list): the
#   declaration may be stale, or the place is managed outside Terraform. Information only.
# custom:
#   id: declared-not-deployed
#   severity: info
#   clause: GDPR Art. 30(1)(e)
#   quote: where applicable, transfers of personal data to a third country or an international organisation, including the identification of that third country or international organisation
info contains finding.new(rego.metadata.chain(), msg, ["infrastructure", "declaredEntries", k]) if {
	input.infrastructure.complete == true
	deployed := {c | some c in input.infrastructure.deployed}
	some k, d in input.infrastructure.declaredEntries
	not d.country in deployed
	msg := concat("", [
		input.infrastructure.vendorFile, " declares ", d.entry, " in ", d.country, " for ", input.infrastructure.vendor,
		", where none of the Terraform read deploys: remove it if it is stale (it may be managed outside Terraform)",
	])
}

_field(h) := "region" if "region" in object.keys(h)

_field(h) := "country" if not "region" in object.keys(h)

_list(set) := "nothing" if count(set) == 0

_list(set) := concat(", ", sort([c | some c in set])) if count(set) > 0
