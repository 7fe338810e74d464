package lib.countries_test

import data.lib.countries

test_records_apply_on_their_first_and_last_day if {
	countries.in_force({"from": "2020-01-01", "until": "2020-12-31"}) with input as {"derived": {"asOf": "2020-01-01"}}
	countries.in_force({"from": "2020-01-01", "until": "2020-12-31"}) with input as {"derived": {"asOf": "2020-12-31"}}
	not countries.in_force({"from": "2020-01-01", "until": "2020-12-31"}) with input as {"derived": {"asOf": "2019-12-31"}}
	not countries.in_force({"from": "2020-01-01", "until": "2020-12-31"}) with input as {"derived": {"asOf": "2021-01-01"}}
	countries.in_force({"from": "2020-01-01"}) with input as {"derived": {"asOf": "2099-01-01"}}
}

test_without_a_day_the_facts_review_date_applies if {
	countries.as_of == data.lib.legal.reviewed with input as {}
}

test_eea_membership_is_dated if {
	countries.in_eea("GB") with input as {"derived": {"asOf": "2020-12-31"}}
	not countries.in_eea("GB") with input as {"derived": {"asOf": "2021-01-01"}}
	not countries.in_eea("HR") with input as {"derived": {"asOf": "2013-06-30"}}
	countries.in_eea("HR") with input as {"derived": {"asOf": "2013-07-01"}}
}

test_united_states_is_adequate_only_for_certified_organisations if {
	not countries.adequate("US") with input as {}
	countries.dpf_covers("US") with input as {}
	not countries.dpf_covers("US") with input as {"derived": {"asOf": "2023-07-09"}}
	countries.decision("BR") with input as {"derived": {"asOf": "2026-01-26"}}
	not countries.decision("BR") with input as {"derived": {"asOf": "2026-01-25"}}
}

test_a_territory_inside_the_union_is_in_its_state_for_a_list_of_countries if {
	countries.allowed("RE", ["FR"])
	countries.allowed("AX", ["FI"])
	countries.allowed("YT", ["FR"]) with input as {"derived": {"asOf": "2014-01-01"}}
	not countries.allowed("YT", ["FR"]) with input as {"derived": {"asOf": "2013-12-31"}}

	# Outside the Union: French Polynesia and New Caledonia have no part_of; Saint-Barthélemy left it in 2012.
	not countries.allowed("PF", ["FR"])
	not countries.allowed("NC", ["FR"])
	not countries.allowed("BL", ["FR"]) with input as {"derived": {"asOf": "2012-01-01"}}
	countries.allowed("BL", ["FR"]) with input as {"derived": {"asOf": "2011-12-31"}}
	countries.in_eea("BL") with input as {"derived": {"asOf": "2011-06-30"}}
	not countries.in_eea("BL") with input as {"derived": {"asOf": "2012-01-01"}}
}
