"""Value expressions computed for many records of a chunk at once (the column counterpart of
`expressions.compile_value`, as engine/columns.py is of the per-record conditions).

A column value gives one value for each record position in `at` (the records of a chunk that
take a derivation's case). Fact references read the chunk's columns. Functions of their
operands' values alone (`Function.body`), dated parameters, notice dates, `cpv_in` and `choose`
work a whole column in one loop; list functions (count, sum, max_of, min_of) work out once what
an empty list gives; every other function runs its per-record closure for each record. Each must
give exactly what the per-record closure gives; tests/test_columns.py holds them to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from operator import attrgetter
from typing import Any

from procrules.engine.columns import Chunk
from procrules.engine.expressions import (
    CPV,
    FUNCTIONS,
    Context,
    chosen,
    compile_value,
    in_ranges,
    notice_key,
    notices_by_code,
)
from procrules.engine.memo import per_object
from procrules.lang.ir import ITEM, Call, FactRef
from procrules.lang.parameters import DatedValue

ColumnValue = Callable[[Chunk, Sequence[Context], Sequence[int]], list[Any]]


def compile_column(expr: Any) -> ColumnValue:
    """The column value of `expr`: for the records at the given positions of a chunk."""
    if isinstance(expr, Call):
        return _column_of(expr)
    if isinstance(expr, FactRef) and not expr.name.startswith(ITEM):
        name = expr.name

        def fact(chunk: Chunk, ctxs: Sequence[Context], at: Sequence[int]) -> list[Any]:
            values = chunk.column(name)
            return [values[i] for i in at]
        return fact
    if isinstance(expr, FactRef):  # an item's field: only inside a per-item expression
        return _per_record(compile_value(expr))
    return lambda chunk, ctxs, at: [expr] * len(at)


def _per_record(compute: Callable[[Context], Any]) -> ColumnValue:
    return lambda chunk, ctxs, at: [compute(ctxs[i]) for i in at]


def _build(call: Call) -> ColumnValue:
    function = FUNCTIONS[call.function]
    special = _SPECIAL.get(call.function)
    if special is not None:
        return special(call)
    if function.operands is None or function.body is None:
        return _per_record(compile_value(call))
    parts, body = [compile_column(e) for e in function.operands(call)], function.body

    def elementwise(chunk: Chunk, ctxs: Sequence[Context], at: Sequence[int]) -> list[Any]:
        columns = [p(chunk, ctxs, at) for p in parts]
        return [None if None in vals else body(vals) for vals in zip(*columns, strict=True)]
    return elementwise


_column_of: Callable[[Call], ColumnValue] = per_object(_build)


def _parameter(pick: Callable[[DatedValue], Any]) -> Callable[[Call], ColumnValue]:
    """A dated parameter in force on each record's `at` day (all the chunk's records read the
    same Parameters: PythonEvaluator.evaluate_many checks so)."""
    def build(call: Call) -> ColumnValue:
        name, prefix = call.args[0], call.option("prefix", "")
        on, key = compile_column(call.option("at")), call.option("key")
        keys = None if key is None else compile_column(key)

        def run(chunk: Chunk, ctxs: Sequence[Context], at: Sequence[int]) -> list[Any]:
            if not at:
                return []
            days = on(chunk, ctxs, at)
            named = None if keys is None else [None if k is None else f"{prefix}{k}" for k in keys(chunk, ctxs, at)]
            return ctxs[at[0]].parameters.at_many(name, days, named, pick)
        return run
    return build


def _notices(chunk: Chunk, ctxs: Sequence[Context]) -> list[Any]:
    """Each record's notices by `notice_key` (once per chunk)."""
    return chunk.shared("notices", lambda: [notices_by_code(c) for c in ctxs])


def _notice_date(call: Call) -> ColumnValue:
    key, end = notice_key(call.args[0], bool(call.option("planned", False))), -1 if call.option("last") else 0

    def run(chunk: Chunk, ctxs: Sequence[Context], at: Sequence[int]) -> list[Any]:
        notices = _notices(chunk, ctxs)
        return [dates[end] if (dates := notices[i].get(key)) else None for i in at]
    return run


def _has_notice(call: Call) -> ColumnValue:
    key = notice_key(call.args[0])

    def run(chunk: Chunk, ctxs: Sequence[Context], at: Sequence[int]) -> list[Any]:
        notices = _notices(chunk, ctxs)
        return [bool(notices[i].get(key)) for i in at]
    return run


def _notice_count(call: Call) -> ColumnValue:
    key = notice_key(call.args[0])

    def run(chunk: Chunk, ctxs: Sequence[Context], at: Sequence[int]) -> list[Any]:
        notices = _notices(chunk, ctxs)
        return [len(notices[i].get(key) or ()) for i in at]
    return run


def _over_list(call: Call) -> ColumnValue:
    """A function of a list field's items (count, sum, max_of, min_of): its per-record closure for
    the records whose list has items. An empty list gives every record one value, or None where a
    `from` or `until` bound of its date filter is unknown, so that value is worked out once."""
    compute, path = compile_value(call), call.args[0]
    dated = call.option("date_field") is not None
    bounds = [compile_column(e) for e in (call.option("from"), call.option("until")) if e is not None and dated]

    def run(chunk: Chunk, ctxs: Sequence[Context], at: Sequence[int]) -> list[Any]:
        lists = _list(chunk, ctxs, path)
        unknown: Iterable[bool] = (
            [None in ends for ends in zip(*(b(chunk, ctxs, at) for b in bounds), strict=True)] if bounds
            else repeat(False))
        out: list[Any] = []
        empty: Any = _UNSET  # what an empty list gives, once worked out
        for i, unknown_bound in zip(at, unknown, strict=False):  # `unknown` may be endless
            if lists[i]:
                out.append(compute(ctxs[i]))
            elif unknown_bound:
                out.append(None)
            else:
                if empty is _UNSET:
                    empty = compute(ctxs[i])
                out.append(empty)
        return out
    return run


_UNSET = object()


def _list(chunk: Chunk, ctxs: Sequence[Context], path: str) -> list[Any]:
    """Each record's list field (None when it has none), read once per chunk."""
    return chunk.shared(f"list {path}", lambda: [c.lists.get(path) for c in ctxs])


def _cpv_in(call: Call) -> ColumnValue:
    """Whether each record's main CPV code is in the code ranges in force on its day."""
    ranges_in_force = _parameter(attrgetter("value"))(call)

    def run(chunk: Chunk, ctxs: Sequence[Context], at: Sequence[int]) -> list[Any]:
        codes = _list(chunk, ctxs, CPV)
        return [None if not (c := codes[i]) or r is None else in_ranges(c[0], r)
                for i, r in zip(at, ranges_in_force(chunk, ctxs, at), strict=True)]
    return run


def _choose(call: Call) -> ColumnValue:
    """The `from` item each record's value picks."""
    main, choices = compile_column(call.args[0]), call.option("from")
    return lambda chunk, ctxs, at: [chosen(v, choices) for v in main(chunk, ctxs, at)]


_SPECIAL: dict[str, Callable[[Call], ColumnValue]] = {
    "param": _parameter(attrgetter("value")),
    "param_since": _parameter(attrgetter("since")),
    "notice_date": _notice_date,
    "has_notice": _has_notice,
    "notice_count": _notice_count,
    "count": _over_list,
    "sum": _over_list,
    "max_of": _over_list,
    "min_of": _over_list,
    "cpv_in": _cpv_in,
    "choose": _choose,
}
