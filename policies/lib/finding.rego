# METADATA
# title: The finding constructor
# description: |
#   Every rule builds its findings here, so the rule contract (policies/README.md) lives in one
#   place: rule is "<pack>/<rule-name>", msg one sentence naming the offending value, path the
#   JSON path of the field in the vendor setup. The engine adds severity, position and catalogue data.
package lib.finding

# new is a finding at `path` of the rule that calls it with rego.metadata.chain(): its id is read
# from the rule's METADATA, where the catalogue reads it (one source), "<group>/<custom.id>", the
# group being its package's first segment (gdpr, org, infra). OPA's compiler puts the METADATA in
# as a constant, so Wasm evaluates it like any value. A pack's own rules may still name the id as
# a string ("acme/vendor-country-missing"), as packs written before 0.3 do.
new(rule, msg, path) := {"rule": rule_id(rule), "msg": msg, "path": path} if is_array(rule)

new(rule, msg, path) := {"rule": rule, "msg": msg, "path": path} if is_string(rule)

# rule_id is the id of the rule whose METADATA chain this is. A rule body without METADATA gets
# an id no catalogue holds, which the engine refuses loudly: a finding is never dropped silently.
rule_id(chain) := concat("/", [chain[0].path[0], name(chain[0])]) if chain[0].annotations.scope == "rule"

rule_id(chain) := "policy-error/no-metadata" if not chain[0].annotations.scope == "rule"

# name is a rule's custom.id from its annotations entry (rego.metadata.rule() or a chain's first),
# or the name itself when given as a string.
name(meta) := object.get(meta, ["annotations", "custom", "id"], object.get(meta, ["custom", "id"], "no-id")) if is_object(meta)

name(meta) := meta if is_string(meta)

# for_pack is a finding of a rule shared by every DPA pack, carrying the pack's clause and quote;
# `rule` is the rule's name (name(rego.metadata.rule()) in the rule).
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
