# METADATA
# title: The dpa-lint entrypoint
# description: |
#   Collects, for one vendor setup, the findings of every package: the GDPR baseline, the rules
#   every DPA pack shares (driven by the pack's terms), the packs' own rules and the organisation's
#   policy. The set a finding comes from gives its severity: deny is error, warn is warning, info
#   is info, as in conftest. The engine evaluates only main/findings.
package main

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
_deny contains f if {
	some pkg in data.gdpr
	some f in pkg.deny
}

_deny contains f if {
	some pkg in data.shared
	some f in pkg.deny
}

_deny contains f if {
	some pkg in data.dpa
	some f in pkg.deny
}

_deny contains f if {
	some pkg in data.org
	some f in pkg.deny
}

_warn contains f if {
	some pkg in data.gdpr
	some f in pkg.warn
}

_warn contains f if {
	some pkg in data.shared
	some f in pkg.warn
}

_warn contains f if {
	some pkg in data.dpa
	some f in pkg.warn
}

_warn contains f if {
	some pkg in data.org
	some f in pkg.warn
}

_info contains f if {
	some pkg in data.gdpr
	some f in pkg.info
}

_info contains f if {
	some pkg in data.shared
	some f in pkg.info
}

_info contains f if {
	some pkg in data.dpa
	some f in pkg.info
}

_info contains f if {
	some pkg in data.org
	some f in pkg.info
}

_with_severity(f, severity) := object.union(f, {"severity": severity})
