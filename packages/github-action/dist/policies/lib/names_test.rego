package lib.names_test

import data.lib.names

test_legal_suffixes_case_and_punctuation_are_ignored if {
	names.key("Digital Ocean LLC") == names.key("DigitalOcean")
	names.key("BTS Europe SA") == names.key("bts-europe")
	names.key("Slack Technologies, Inc.") == "slacktechnologies"
}

test_aliases_are_keys if {
	names.keys({"name": "Brevo", "aliases": ["Sendinblue"]}) == {"brevo", "sendinblue"}
	names.keys({"name": "Ecritel"}) == {"ecritel"}
}
