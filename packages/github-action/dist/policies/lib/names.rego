# METADATA
# title: Company names as people write them
# description: |
#   Sub-processor names are matched by a key that ignores case, punctuation, spaces and legal
#   suffixes, so "Digital Ocean LLC", "DigitalOcean" and "digital-ocean" are one company. Renamed
#   companies and typos in the DPA text (Sendinblue/Brevo, SSCALEWAY) are aliases in the terms.
package lib.names

_legal_suffixes := {
	"inc", "llc", "ltd", "limited", "plc", "corp", "corporation", "co", "company",
	"sa", "sas", "sasu", "sarl", "srl", "spa", "bv", "nv", "gmbh", "ag", "oy", "ab", "as", "ou", "oü", "se",
}

# key is the matching key of a name.
key(name) := concat("", [w |
	some w in split(_spaced(lower(trim_space(name))), " ")
	w != ""
	not w in _legal_suffixes
])

_spaced(text) := replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, ".", " "), ",", " "), "(", " "), ")", " "), "&", " "), "'", " "), "\"", " "), "-", " "), "_", " "), "/", " ")

# keys are every key a listed entry answers to: its name and its aliases.
keys(entry) := {key(n) | some n in array.concat([entry.name], object.get(entry, "aliases", []))}
