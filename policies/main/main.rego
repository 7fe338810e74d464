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
findings contains _with_severity(f, "error") if some f in _all("deny")

findings contains _with_severity(f, "warning") if some f in _all("warn")

findings contains _with_severity(f, "info") if some f in _all("info")

# Each group is named literally (a variable group would make main depend on itself), and a group
# with no package yet simply yields nothing.
_all(set_name) := ((_gdpr(set_name) | _terms(set_name)) | _dpa(set_name)) | _org(set_name)

_gdpr(set_name) := {f | some pkg; some f in data.gdpr[pkg][set_name]}

_terms(set_name) := {f | some pkg; some f in data.terms[pkg][set_name]}

_dpa(set_name) := {f | some pkg; some f in data.dpa[pkg][set_name]}

_org(set_name) := {f | some pkg; some f in data.org[pkg][set_name]}

_with_severity(f, severity) := object.union(f, {"severity": severity})
