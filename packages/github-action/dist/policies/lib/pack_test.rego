package lib.pack_test

import data.lib.pack

_changes := [
	{"subprocessor": "A", "change": "add"},
	{"subprocessor": "B", "change": "remove"},
	{"subprocessor": "C", "change": "replace"},
]

_data(covers) := {"dpa": {"x": {"terms": {"noticeCovers": covers}}}}

test_change_at_holds_additions_and_replacements_by_index if {
	pack.change_at == {0: _changes[0], 2: _changes[2]} with input as {"dpa": "x", "subprocessorChanges": _changes}
		with data.dpa as _data([]).dpa
}

test_noticed_change_at_adds_removals_only_where_the_pack_covers_them if {
	pack.noticed_change_at == {0: _changes[0], 2: _changes[2]} with input as {"dpa": "x", "subprocessorChanges": _changes}
		with data.dpa as _data([]).dpa
	pack.noticed_change_at == {0: _changes[0], 1: _changes[1], 2: _changes[2]} with input as {"dpa": "x", "subprocessorChanges": _changes}
		with data.dpa as _data(["remove"]).dpa
}

# The pair sets policies were written against before the objects: the same changes.
test_changes_and_noticed_changes_are_the_same_as_pairs if {
	pack.changes == {[0, _changes[0]], [2, _changes[2]]} with input as {"dpa": "x", "subprocessorChanges": _changes}
		with data.dpa as _data(["remove"]).dpa
	pack.noticed_changes == {[0, _changes[0]], [1, _changes[1]], [2, _changes[2]]} with input as {"dpa": "x", "subprocessorChanges": _changes}
		with data.dpa as _data(["remove"]).dpa
}
