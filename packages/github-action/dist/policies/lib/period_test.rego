package lib.period_test

import data.lib.period

_p(value, unit) := {"value": value, "unit": unit}

test_same_unit_compares_values if {
	period.longer(_p(30, "days"), _p(7, "days"))
	not period.longer(_p(7, "days"), _p(7, "days"))
	period.shorter(_p(7, "days"), _p(30, "days"))
}

test_months_and_years_convert_exactly if {
	not period.differs(_p(12, "months"), _p(1, "years"))
	period.longer(_p(13, "months"), _p(1, "years"))
	period.shorter(_p(11, "months"), _p(1, "years"))
}

test_working_days_bounds if {
	period.min_days(_p(10, "working_days")) == 12
	period.max_days(_p(10, "working_days")) == 14
	period.min_days(_p(1, "working_days")) == 1
	period.max_days(_p(1, "working_days")) == 3
	period.min_days(_p(0, "working_days")) == 0
}

test_cross_unit_needs_certainty if {
	# 14 calendar days may equal 10 working days: neither longer nor shorter.
	not period.differs(_p(14, "days"), _p(10, "working_days"))
	not period.differs(_p(12, "days"), _p(10, "working_days"))
	period.longer(_p(15, "days"), _p(10, "working_days"))
	period.shorter(_p(7, "days"), _p(10, "working_days"))

	# A month is 28 to 31 days.
	not period.differs(_p(30, "days"), _p(1, "months"))
	period.longer(_p(32, "days"), _p(1, "months"))
	period.shorter(_p(27, "days"), _p(1, "months"))
}

test_hours_and_days if {
	period.longer(_p(96, "hours"), _p(3, "days"))
	not period.differs(_p(72, "hours"), _p(3, "days"))
	period.longer(_p(4, "years"), _p(1000, "days"))
	period.min_days(_p(2, "years")) == 730
	period.max_days(_p(14, "months")) == 428
	period.min_days(_p(14, "months")) == 421
}

test_text if {
	period.text(_p(10, "working_days")) == "10 working days"
	period.text(_p(1, "months")) == "1 month"
	period.text(_p(24, "hours")) == "24 hours"
}
