# METADATA
# title: Where a vendor setup sends personal data
# description: |
#   Every place data is hosted or processed: the vendor's hosting entries and its sub-processors,
#   with the country the engine resolved (input.derived) and the field a finding should point at.
package lib.locations

import data.lib.finding

# entries holds one object per location: path of the entry, field to report, resolved country, entry.
# An object keyed by the entry's path (iterate it with `some loc in locations.entries`) rather than
# a set: OPA's Wasm finds each member of a set it iterates by hashing the whole member, entry and
# all, for every rule that iterates it; an object's members are found by their short key.
entries[["hosting", i]] := {"path": ["hosting", i], "field": field, "country": c, "entry": h, "label": label} if {
	some i, h in input.hosting
	c := input.derived.hosting[i].country
	field := _hosting_field(h)
	label := concat("", [finding.path_text(["hosting", i, field]), " \"", h[field], "\""])
}

entries[["subprocessors", i]] := {"path": ["subprocessors", i], "field": "country", "country": c, "entry": s, "label": _subprocessor_label(s)} if {
	some i, s in input.subprocessors
	c := input.derived.subprocessors[i].country
}

# mechanism is the entry's transfer mechanism; "none" when absent (docs/vendor-setup-v1.md).
mechanism(entry) := object.get(entry, "transferMechanism", "none")

_hosting_field(h) := "region" if "region" in object.keys(h)

_hosting_field(h) := "country" if not "region" in object.keys(h)

_subprocessor_label(s) := concat("", ["sub-processor \"", s.name, "\""]) if is_string(s.name)

# Through a helper: `not is_string(s.name)` is undefined, not true, when name is missing.
_subprocessor_label(s) := "sub-processor" if not _named(s)

_named(s) if is_string(s.name)
