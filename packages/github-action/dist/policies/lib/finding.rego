# METADATA
# title: The finding constructor
# description: |
#   Every rule builds its findings here, so the rule contract (policies/README.md) lives in one
#   place: rule is "<pack>/<rule-name>", msg one sentence naming the offending value, path the
#   JSON path of the field in the vendor setup. The engine adds severity, position and catalogue data.
package lib.finding

# new is a finding of rule `rule` at `path`.
new(rule, msg, path) := {"rule": rule, "msg": msg, "path": path}

# for_pack is a finding of a rule shared by every DPA pack, carrying the pack's clause and quote.
for_pack(rule, msg, path, dpa, ref) := object.union(
	{"rule": concat("/", [dpa, rule]), "msg": msg, "path": path, "dpa": dpa},
	object.filter(ref, {"clause", "quote"}),
)

# path_text renders a JSON path the way people read it: hosting[0].region
path_text(path) := concat("", [seg |
	some i, p in path
	seg := _segment(i, p)
])

_segment(_, p) := concat("", ["[", format_int(p, 10), "]"]) if is_number(p)

_segment(0, p) := p if is_string(p)

_segment(i, p) := concat("", [".", p]) if {
	is_string(p)
	i > 0
}
