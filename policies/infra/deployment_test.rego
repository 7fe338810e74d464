package infra.deployment_test

import data.infra.deployment

_input(vendor_file, declared, hosting, derived, unresolved) := {
	"hosting": hosting,
	"derived": {"hosting": derived},
	"infrastructure": {
		"provider": "aws",
		"vendor": "Amazon Web Services",
		"vendorFile": vendor_file,
		"declared": declared,
		"placements": [{"address": "aws_s3_bucket.b"} | some _ in hosting],
		"unresolved": unresolved,
	},
}

test_undeclared_vendor_is_denied_at_the_provider if {
	findings := deployment.deny with input as _input(null, [], [{"provider": "aws", "region": "eu-west-3"}], [{"country": "FR"}], [])
	some f in findings
	f.rule == "infra/undeclared-vendor"
	f.path == ["infrastructure", "provider"]
	contains(f.msg, "aws provider (Amazon Web Services)")
}

test_declared_vendor_is_not_undeclared if {
	findings := deployment.deny with input as _input("vendors/aws.yaml", ["FR"], [{"provider": "aws", "region": "eu-west-3"}], [{"country": "FR"}], [])
	count(findings) == 0
}

test_location_not_declared_is_denied_at_the_region if {
	inp := _input("vendors/aws.yaml", ["FR"], [{"provider": "aws", "region": "us-east-1"}], [{"country": "US"}], [])
	findings := deployment.deny with input as inp
	some f in findings
	f.rule == "infra/location-not-declared"
	f.path == ["hosting", 0, "region"]
	f.msg == "aws_s3_bucket.b is placed in us-east-1 (US), which vendors/aws.yaml does not declare (it declares FR)"
}

test_location_by_country_and_nothing_declared if {
	inp := _input("vendors/dd.yaml", [], [{"country": "US"}], [{"country": "US"}], [])
	some f in deployment.deny with input as inp
	f.path == ["hosting", 0, "country"]
	endswith(f.msg, "(it declares nothing)")
}

test_unresolved_location_is_a_warning if {
	inp := _input("vendors/aws.yaml", ["FR"], [], [], [{"address": "aws_db_instance.x", "why": "no region"}])
	some f in deployment.warn with input as inp
	f.rule == "infra/location-unresolved"
	f.path == ["infrastructure", "unresolved", 0]
	f.msg == "aws_db_instance.x: no region"
}

test_a_vendor_file_is_never_judged if {
	count(deployment.deny) == 0 with input as {"hosting": [{"country": "US"}], "derived": {"hosting": [{"country": "US"}]}}
	count(deployment.warn) == 0 with input as {"hosting": [{"country": "US"}], "derived": {"hosting": [{"country": "US"}]}}
}

_unused_input(complete) := {"hosting": [], "infrastructure": {
	"provider": "aws", "vendor": "Amazon Web Services", "vendorFile": "vendors/aws.yaml",
	"complete": complete, "deployed": ["FR"],
	"declaredEntries": [{"country": "FR", "entry": "hosting[0]"}, {"country": "DE", "entry": "hosting[1]"}],
}}

test_declared_but_not_deployed_is_information_in_a_complete_run if {
	findings := deployment.info with input as _unused_input(true)
	{[f.rule, f.path] | some f in findings} == {["infra/declared-not-deployed", ["infrastructure", "declaredEntries", 1]]}
	some f in findings
	f.msg == "vendors/aws.yaml declares hosting[1] in DE for Amazon Web Services, where none of the Terraform read deploys: remove it if it is stale (it may be managed outside Terraform)"
}

test_declared_but_not_deployed_is_not_judged_on_part_of_the_terraform if {
	count(deployment.info) == 0 with input as _unused_input(false)
}
