# METADATA
# title: Organisation policy on contract terms and retention
# description: |
#   The organisation's own floors and ceilings (org in .dpa-lint.yaml, data.config.org) applied to
#   the terms recorded in the setup, or, where the setup records none, to the DPA pack's terms.
package org.terms

import data.lib.finding
import data.lib.pack
import data.lib.period

# The period that applies: the recorded contract value, else the pack's term. Against a minimum
# the shortest reading of an ambiguous term counts, against a maximum the longest (Easi's
# "fifteen/thirty days" is 15 days for a floor of 20).
_effective(field, _) := [input.derived.contract[field], ["contract", field], "contract.", field]

_effective(field, "minimum") := [pack.shortest(field), ["dpa"], concat("", ["the ", pack.id, " DPA's "]), field] if {
	not input.derived.contract[field]
}

_effective(field, "maximum") := [pack.longest(field), ["dpa"], concat("", ["the ", pack.id, " DPA's "]), field] if {
	not input.derived.contract[field]
}

# METADATA
# title: Objection window shorter than the organisation's minimum
# description: org.minObjectionWindow is the shortest objection window the organisation accepts.
# custom:
#   id: objection-window-below-minimum
#   severity: error
#   clause: .dpa-lint.yaml org.minObjectionWindow
deny contains finding.new(rego.metadata.chain(), msg, path) if {
	minimum := data.config.org.minObjectionWindow
	[v, path, owner, field] := _effective("objectionWindow", "minimum")
	period.shorter(v, minimum)
	msg := concat("", [owner, field, " is ", period.text(v), ", shorter than org.minObjectionWindow (", period.text(minimum), ")"])
}

# METADATA
# title: Prior notice shorter than the organisation's minimum
# description: org.minPriorNotice is the shortest prior notice of sub-processor changes the organisation accepts.
# custom:
#   id: prior-notice-below-minimum
#   severity: error
#   clause: .dpa-lint.yaml org.minPriorNotice
deny contains finding.new(rego.metadata.chain(), msg, path) if {
	minimum := data.config.org.minPriorNotice
	[v, path, owner, field] := _effective("priorNotice", "minimum")
	period.shorter(v, minimum)
	msg := concat("", [owner, field, " is ", period.text(v), ", shorter than org.minPriorNotice (", period.text(minimum), ")"])
}

# METADATA
# title: Breach notification later than the organisation's maximum
# description: org.maxBreachNotification is the longest vendor breach-notification deadline the organisation accepts.
# custom:
#   id: breach-notification-above-maximum
#   severity: error
#   clause: .dpa-lint.yaml org.maxBreachNotification
deny contains finding.new(rego.metadata.chain(), msg, path) if {
	maximum := data.config.org.maxBreachNotification
	[v, path, owner, field] := _effective("breachNotification", "maximum")
	period.longer(v, maximum)
	msg := concat("", [owner, field, " is ", period.text(v), ", longer than org.maxBreachNotification (", period.text(maximum), ")"])
}

# METADATA
# title: Retention longer than the organisation allows
# description: org.maxRetention gives a limit per data category, and a default for the others.
# custom:
#   id: retention-above-maximum
#   severity: error
#   clause: .dpa-lint.yaml org.maxRetention
deny contains finding.new(rego.metadata.chain(), msg, ["retention", category]) if {
	limits := data.config.org.maxRetention
	some category, v in input.derived.retention
	[limit, name] := _retention_limit(limits, category)
	period.longer(v, limit)
	msg := concat("", ["retention of ", category, " is ", period.text(v), ", longer than org.maxRetention.", name, " (", period.text(limit), ")"])
}

_retention_limit(limits, category) := [limits[category], category]

_retention_limit(limits, category) := [limits["default"], "default"] if not limits[category]

# METADATA
# title: Transfer mechanism the organisation does not accept
# description: org.forbiddenTransferMechanisms lists mechanisms the organisation will not rely on (for example dpf or derogation).
# custom:
#   id: transfer-mechanism-forbidden
#   severity: error
#   clause: .dpa-lint.yaml org.forbiddenTransferMechanisms
deny contains finding.new(rego.metadata.chain(), msg, [kind, i, "transferMechanism"]) if {
	forbidden := data.config.org.forbiddenTransferMechanisms
	some kind in ["hosting", "subprocessors"]
	some i, entry in input[kind]
	entry.transferMechanism in forbidden
	msg := concat("", [kind, "[", format_int(i, 10), "] relies on ", entry.transferMechanism, ", which org.forbiddenTransferMechanisms excludes"])
}
