package main_test

import data.main

_us_hosting := {
	"dpa": "mintt",
	"hosting": [{"region": "us-east-1"}],
	"derived": {"hosting": [{"country": "US"}]},
}

test_deny_findings_are_errors if {
	some f in main.findings with input as _us_hosting
	f.rule == "gdpr/transfer-without-mechanism"
	f.severity == "error"
}

test_warn_and_info_sets_give_their_severity if {
	findings := main.findings with input as {}
		with data.gdpr.fake.warn as {{"rule": "gdpr/w", "msg": "w", "path": []}}
		with data.gdpr.fake.info as {{"rule": "gdpr/i", "msg": "i", "path": []}}
	{f.rule: f.severity | some f in findings} == {"gdpr/w": "warning", "gdpr/i": "info"}
}

test_every_group_is_collected if {
	findings := main.findings with input as {}
		with data.shared.fake.deny as {{"rule": "x/t", "msg": "t", "path": []}}
		with data.dpa.fake.deny as {{"rule": "x/d", "msg": "d", "path": []}}
		with data.org.fake.deny as {{"rule": "org/o", "msg": "o", "path": []}}
		with data.infra.fake.deny as {{"rule": "infra/i", "msg": "i", "path": []}}
		with data.infra.fake.warn as {{"rule": "infra/w", "msg": "w", "path": []}}
		with data.infra.fake.info as {{"rule": "infra/n", "msg": "n", "path": []}}
	{f.rule | some f in findings} == {"x/t", "x/d", "org/o", "infra/i", "infra/w", "infra/n"}
}

test_compliant_setup_has_no_findings if {
	count(main.findings) == 0 with input as {"dpa": "mintt", "hosting": [{"country": "FR"}], "derived": {"hosting": [{"country": "FR"}]}}
}
