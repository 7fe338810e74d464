# METADATA
# title: The dpa-lint entrypoint
# description: |
#   Collects, for one vendor setup, the findings of every package: the GDPR baseline, the rules
#   every DPA pack shares (driven by the pack's terms), the packs' own rules, the organisation's
#   policy and, for the deployments Terraform describes, the infrastructure checks. The set a finding comes from gives its severity: deny is error, warn is warning, info
#   is info, as in conftest. The engine evaluates only main/findings.
package main

import data.shared.subprocessors

# METADATA
# title: Findings for one vendor setup
# description: The entrypoint compiled to Wasm (opa build -e main/findings).
# entrypoint: true
findings contains _with_severity(f, "error") if some f in _deny

findings contains _with_severity(f, "warning") if some f in _warn

findings contains _with_severity(f, "info") if some f in _info

# Each group and set is named literally: a variable group would make main depend on itself, and
# OPA's Wasm compiler miscompiles a function that iterates packages by a parameter (the module
# fails validation: "not enough arguments on the stack"). A group with no rules yields nothing.
# The reference is data.<group>[_].<set>, not `some pkg in data.<group>`: iterating the packages
# as values built every rule of every package for every document (helpers included), a third
# of the evaluation time; this way only the set's own rules and what they use are evaluated.
_deny contains f if {
	some pkg
	some f in data.gdpr[pkg].deny
}

_deny contains f if {
	some pkg
	some f in data.shared[pkg].deny
}

_deny contains f if {
	some pkg
	some f in data.dpa[pkg].deny
}

_deny contains f if {
	some pkg
	some f in data.org[pkg].deny
}

_deny contains f if {
	some pkg
	some f in data.infra[pkg].deny
}

_warn contains f if {
	some pkg
	some f in data.gdpr[pkg].warn
}

_warn contains f if {
	some pkg
	some f in data.shared[pkg].warn
}

_warn contains f if {
	some pkg
	some f in data.dpa[pkg].warn
}

_warn contains f if {
	some pkg
	some f in data.org[pkg].warn
}

_warn contains f if {
	some pkg
	some f in data.infra[pkg].warn
}

_info contains f if {
	some pkg
	some f in data.gdpr[pkg].info
}

_info contains f if {
	some pkg
	some f in data.shared[pkg].info
}

_info contains f if {
	some pkg
	some f in data.dpa[pkg].info
}

_info contains f if {
	some pkg
	some f in data.org[pkg].info
}

_info contains f if {
	some pkg
	some f in data.infra[pkg].info
}

_with_severity(f, severity) := object.union(f, {"severity": severity})

# METADATA
# title: One DPA pack's sub-processor list by matching key
# description: |
#   The second entrypoint (opa build -e main/subprocessor_index), evaluated by the engine once per
#   pack with input {dpa: <id>}; see shared.subprocessors.index.
# entrypoint: true
subprocessor_index := subprocessors.index
