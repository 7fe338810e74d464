# METADATA
# title: Periods and their comparison
# description: |
#   A period is {value, unit} with unit hours, days, working_days, months or years, as the engine
#   normalises durations and as packs write their terms. Periods in different units compare by
#   calendar-day bounds (docs/legal-model.md, section 2): n working days span at least
#   n + 2*floor((n-1)/5) and at most n + 2*ceil(n/5) calendar days before public holidays; a month
#   28 to 31 days; a year 365 or 366. A comparison holds only when it holds for every reading.
package lib.period

# min_days is the fewest calendar days the period can span.
min_days(p) := p.value / 24 if p.unit == "hours"

min_days(p) := p.value if p.unit == "days"

min_days(p) := 0 if {
	p.unit == "working_days"
	p.value == 0
}

min_days(p) := p.value + (2 * floor((p.value - 1) / 5)) if {
	p.unit == "working_days"
	p.value > 0
}

min_days(p) := (365 * floor(p.value / 12)) + (28 * (p.value % 12)) if p.unit == "months"

min_days(p) := 365 * p.value if p.unit == "years"

# max_days is the most calendar days the period can span.
max_days(p) := p.value / 24 if p.unit == "hours"

max_days(p) := p.value if p.unit == "days"

max_days(p) := p.value + (2 * ceil(p.value / 5)) if p.unit == "working_days"

max_days(p) := (366 * floor(p.value / 12)) + (31 * (p.value % 12)) if p.unit == "months"

max_days(p) := 366 * p.value if p.unit == "years"

# longer is true when a is longer than b however the units are read.
longer(a, b) if {
	_comparable(a, b)
	_scalar(a) > _scalar(b)
}

longer(a, b) if {
	not _comparable(a, b)
	min_days(a) > max_days(b)
}

# shorter is true when a is shorter than b however the units are read.
shorter(a, b) := longer(b, a)

# differs is true when a and b are certainly not the same period.
differs(a, b) if longer(a, b)

differs(a, b) if longer(b, a)

# text renders a period for a message: "10 working days".
text(p) := concat(" ", [format_int(p.value, 10), _unit_text(p)])

_unit_text(p) := trim_suffix(replace(p.unit, "_", " "), "s") if p.value == 1

_unit_text(p) := replace(p.unit, "_", " ") if p.value != 1

# Same unit, or units that convert exactly (months and years).
_comparable(a, b) if a.unit == b.unit

_comparable(a, b) if {
	a.unit in {"months", "years"}
	b.unit in {"months", "years"}
}

# In one unit, the same for both sides of a comparable pair: years count as 12 months.
_scalar(p) := p.value * 12 if p.unit == "years"

_scalar(p) := p.value if p.unit != "years"
