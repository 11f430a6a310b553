"""The value language of derivations: constants, fact references and a registry of named functions.

Both evaluators compute derived values with this one module; they differ in how they decide
*which* case of a derivation applies and when (conditions, joins and chaining). A function that
meets a missing input returns None, and the derived fact is then unknown.
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from procrules.calendar import WorkingDays
from procrules.engine.memo import per_object
from procrules.lang.ir import ITEM, Call, FactRef
from procrules.lang.parameters import Parameters


@dataclass(slots=True)
class Context:
    """What an expression can see: scalar facts, the record's lists, the law and the calendar."""

    facts: dict[str, Any]
    lists: dict[str, list[dict[str, Any]] | list[str]]
    parameters: Parameters
    calendar: WorkingDays
    published: dict[str, list[date]] = field(default_factory=dict)  # per-record cache, by notice code
    item: dict[str, Any] | None = None  # the list item an `each` or `where` is looking at


Compiled = Callable[[Context], Any]


def evaluate(expr: Any, ctx: Context) -> Any:
    """The value of an expression, or None when an input it needs is missing."""
    if isinstance(expr, Call):
        return _built(expr)(ctx)
    if isinstance(expr, FactRef):
        if expr.name.startswith(ITEM):
            return None if ctx.item is None else ctx.item.get(expr.name[len(ITEM):])
        return ctx.facts.get(expr.name)
    return expr


def compile_value(expr: Any) -> Compiled:
    """A closure computing `expr` for a context: the expression's tree is read once, here."""
    if isinstance(expr, Call):
        return _built(expr)
    if isinstance(expr, FactRef):
        name = expr.name
        if name.startswith(ITEM):
            field = name[len(ITEM):]
            return lambda ctx: None if ctx.item is None else ctx.item.get(field)
        return lambda ctx: ctx.facts.get(name)
    return lambda ctx: expr


_built: Callable[[Call], Compiled] = per_object(lambda call: FUNCTIONS[call.function].build(call))


def _option(call: Call, name: str) -> Compiled | None:
    """The closure of an expression option, None when the call does not give it."""
    value = call.option(name)
    return None if value is None else compile_value(value)


Operands = Callable[[Call], list[Any]]


def _arguments(call: Call) -> list[Any]:
    """Every argument of a call."""
    return list(call.args)


def _main_and(option: str) -> Operands:
    """A call's main argument and one of its expression options."""
    return lambda call: [call.args[0], call.option(option)]


def _elementwise(main: str, options: dict[str, str], operands: Operands, body: Callable[[Sequence[Any]], Any],
                 doc: str) -> Function:
    """A function of its operands' values alone (None when any is missing). Its closure is built
    here; engine/value_columns.py builds the same function over a chunk's records at once."""
    def build(call: Call) -> Compiled:
        parts = [compile_value(e) for e in operands(call)]

        def run(ctx: Context) -> Any:
            vals = [p(ctx) for p in parts]
            return None if None in vals else body(vals)
        return run
    return Function(main, options, build, doc, operands=operands, body=body)


def _product(vals: Sequence[Any]) -> Any:
    out = 1.0
    for v in vals:
        out *= v
    return round(out, 2)


def _max(call: Call) -> Compiled:
    parts, lenient = [compile_value(a) for a in call.args], bool(call.option("ignore_missing", False))

    def run(ctx: Context) -> Any:
        vals = [v for v in (p(ctx) for p in parts) if v is not None]
        if len(vals) < len(parts) and not lenient:
            return None
        return max(vals) if vals else None
    return run


def _days_later(vals: Sequence[Any]) -> date:
    """A date plus N days."""
    start: date = vals[0]
    return start + timedelta(days=int(vals[1]))


def _days_apart(vals: Sequence[Any]) -> int:
    """Days from the first date to the second (positive when the second is later)."""
    days: int = (vals[1] - vals[0]).days
    return days


def _total(vals: list[Any]) -> float:
    return round(sum(float(v) for v in vals), 2)


def _largest(vals: list[Any]) -> Any:
    return max(vals) if vals else None


def _smallest(vals: list[Any]) -> Any:
    return min(vals) if vals else None


def _months_later(vals: Sequence[Any]) -> date:
    """The same day N months later (the last day of the month when that day does not exist)."""
    start, months = vals
    index = start.month - 1 + int(months)
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _period_end(call: Call) -> Compiled:
    """The last day of the reporting period a date falls in; periods end on the last day of the
    months listed in `month_ends` (e.g. [3, 6, 9, 12] for quarters, [3, 9] for s.69's half-years)."""
    main, ends = compile_value(call.args[0]), sorted(int(m) for m in call.option("month_ends"))

    def run(ctx: Context) -> Any:
        day = main(ctx)
        if day is None:
            return None
        year, month = day.year, next((m for m in ends if m >= day.month), None)
        if month is None:
            year, month = year + 1, ends[0]
        return date(year, month, calendar.monthrange(year, month)[1])
    return run


def chosen(index: Any, choices: Sequence[Any]) -> Any:
    """The item of `choices` at the position `index` gives (0 is the first); None when there is none."""
    if index is None or not isinstance(index, int | float) or not 0 <= int(index) < len(choices):
        return None
    return choices[int(index)]


def _choose(call: Call) -> Compiled:
    """The item of the `from` list at the position the value gives (0 is the first)."""
    main, choices = compile_value(call.args[0]), call.option("from")
    return lambda ctx: chosen(main(ctx), choices)


class _ItemFacts:
    """The facts a `where` condition sees: `item.<field>` from the item, the rest from the record."""

    __slots__ = ("facts", "item")

    def __init__(self, facts: dict[str, Any], item: dict[str, Any]) -> None:
        self.facts, self.item = facts, item

    def get(self, name: str, default: Any = None) -> Any:
        if name.startswith(ITEM):
            return self.item.get(name[len(ITEM):], default)
        return self.facts.get(name, default)


Selector = Callable[[Context], list[dict[str, Any]] | None]


def _selector(call: Call) -> Selector:
    """The items of a list field that pass the call's filters; None when a filter is unknown.

    Filters: `where` (a condition over the item's fields, `item.<field>`, and any fact);
    `where_field` with `where_prefix` (the field's text starts with it) or `where_value`;
    `date_field` with `from` / `until` (inclusive; either may be left out).
    """
    from procrules.engine.python import compile_condition  # the one compiler of per-record conditions

    path, field = call.args[0], call.option("where_field")
    prefix, value = call.option("where_prefix"), call.option("where_value")
    date_field = call.option("date_field")
    since, until = _option(call, "from"), _option(call, "until")
    where = call.option("where")
    test: Callable[[Any], bool | None] | None = compile_condition(where) if where is not None else None

    def select(ctx: Context) -> list[dict[str, Any]] | None:
        items = [i for i in ctx.lists.get(path) or [] if isinstance(i, dict)]
        if field is not None:
            items = [i for i in items if (prefix is None or str(i.get(field, "")).startswith(prefix))
                     and (value is None or i.get(field) == value)]
        if date_field is not None:
            low = since(ctx) if since is not None else date.min
            high = until(ctx) if until is not None else date.max
            if low is None or high is None:
                return None
            items = [i for i in items if i.get(date_field) is not None and low <= i[date_field] <= high]
        if test is None:
            return items
        out = []
        for item in items:
            truth = test(_ItemFacts(ctx.facts, item))
            if truth is None:
                return None  # unknown for one item: unknown for the list (Kleene)
            if truth:
                out.append(item)
        return out
    return select


def _item_values(call: Call) -> Callable[[Context], list[Any] | None]:
    """One value per selected item: its `field`, or its `each` expression; missing values left out."""
    select, name = _selector(call), call.option("field")
    each = _option(call, "each")

    def values(ctx: Context) -> list[Any] | None:
        items = select(ctx)
        if items is None:
            return None
        if each is None:
            return [v for i in items if (v := i.get(name)) is not None]
        out = []
        for item in items:
            v = each(Context(ctx.facts, ctx.lists, ctx.parameters, ctx.calendar, ctx.published, item))
            if v is not None:
                out.append(v)
        return out
    return values


def _over_items(body: Callable[[list[Any]], Any]) -> Callable[[Call], Compiled]:
    """A function of the selected items' values (None when a filter is unknown)."""
    def build(call: Call) -> Compiled:
        values = _item_values(call)
        return lambda ctx: None if (vals := values(ctx)) is None else body(vals)
    return build


def _working_days_end(call: Call) -> Compiled:
    start, days = compile_value(call.args[0]), compile_value(call.option("days"))

    def run(ctx: Context) -> Any:
        first, count = start(ctx), days(ctx)
        return None if first is None or count is None else ctx.calendar.end_of_period(first, int(count))
    return run


def _count(call: Call) -> Compiled:
    path, select, plain = call.args[0], _selector(call), not call.options

    def run(ctx: Context) -> Any:
        raw = ctx.lists.get(path) or []
        if plain and not any(isinstance(i, dict) for i in raw):
            return len(raw)  # a list of plain values (CPV codes) has no fields to filter on
        items = select(ctx)
        return None if items is None else len(items)
    return run


def _parameter(call: Call) -> Callable[[Context], Any]:
    """A closure giving the parameter's Value in force on the call's `at` (None when unknown)."""
    name, on = call.args[0], compile_value(call.option("at"))
    key, prefix = _option(call, "key"), call.option("prefix", "")

    def found(ctx: Context) -> Any:
        day = on(ctx)
        if day is None:
            return None
        if key is None:
            return ctx.parameters.at(name, None, day)
        k = key(ctx)
        return None if k is None else ctx.parameters.at(name, f"{prefix}{k}", day)
    return found


def _param(call: Call) -> Compiled:
    found = _parameter(call)
    return lambda ctx: None if (v := found(ctx)) is None else v.value


def _param_since(call: Call) -> Compiled:
    found = _parameter(call)
    return lambda ctx: None if (v := found(ctx)) is None else v.since


def published(ctx: Context, code: str, planned: bool = False) -> list[date]:
    """The days notices of a code were published (or, with `planned`, are planned), sorted."""
    return notices_by_code(ctx).get(notice_key(code, planned), [])


def notice_key(code: str, planned: bool = False) -> str:
    """Where `notices_by_code` files a code's notices: `UK4`, or `UK4/planned` for the planned."""
    return f"{code}/planned" if planned else code


def notices_by_code(ctx: Context) -> dict[str, list[date]]:
    """The record's notices: their days by `notice_key`, sorted (worked out once per record)."""
    if not ctx.published and ctx.lists.get("notices"):
        ctx.published["*"] = []  # marks the cache as filled
        for n in ctx.lists["notices"]:
            if isinstance(n, dict):
                ctx.published.setdefault(notice_key(n["code"], n["planned"]), []).append(n["date"])
        for dates in ctx.published.values():
            dates.sort()
    return ctx.published


def _notice_date(call: Call) -> Compiled:
    code, planned, last = call.args[0], bool(call.option("planned", False)), bool(call.option("last", False))

    def run(ctx: Context) -> Any:
        dates = published(ctx, code, planned)
        if not dates:
            return None
        return dates[-1] if last else dates[0]
    return run


def _has_notice(call: Call) -> Compiled:
    code = call.args[0]
    return lambda ctx: bool(published(ctx, code))


def _notice_count(call: Call) -> Compiled:
    code = call.args[0]
    return lambda ctx: len(published(ctx, code))


CPV = "contract.cpv"  # the list of the contract's CPV codes, the main code first


def _cpv_in(call: Call) -> Compiled:
    """Is the main (first) CPV code inside one of the parameter's ranges? None without a code."""
    ranges_in_force = _param(call)

    def run(ctx: Context) -> Any:
        codes = ctx.lists.get(CPV, [])
        ranges = ranges_in_force(ctx)
        return None if not codes or ranges is None else in_ranges(codes[0], ranges)
    return run


def in_ranges(code: Any, ranges: list[list[Any]]) -> bool:
    """Whether a CPV code (its first eight digits) is inside one of the code ranges."""
    starts, ends = _intervals(ranges)
    main = int(str(code)[:8])
    i = bisect.bisect_right(starts, main) - 1
    return i >= 0 and main <= ends[i]


def _merged(ranges: list[list[Any]]) -> tuple[list[int], list[int]]:
    """Code ranges merged and sorted for bisection: (starts, ends)."""
    merged: list[list[int]] = []
    for lo, hi in sorted((int(lo), int(hi)) for lo, hi in ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [m[0] for m in merged], [m[1] for m in merged]


_intervals = per_object(_merged)  # parameters never change, so once per parameter value


@dataclass(frozen=True, slots=True)
class Function:
    """A function of the value language: how its main argument is read, its options, its body."""

    main: str  # "exprs" (list of expressions) | "expr" | "list" (a list field) | "parameter" | "notice"
    options: dict[str, str]  # option name → "expr" | "text" | "flag"
    build: Callable[[Call], Compiled]  # reads the call once, returns its closure over a context
    doc: str
    reads: str | None = None  # the list field it reads without naming it
    operands: Operands | None = None  # for a function of its operands' values alone (_elementwise):
    body: Callable[[Sequence[Any]], Any] | None = None  # what it reads, and what it does with their values


def missing_inputs(expr: Any, facts: dict[str, Any]) -> list[str]:
    """The inputs of an expression that are absent: facts, or the list a function found empty."""
    if not isinstance(expr, Call | FactRef):
        return []
    get = facts.get
    return [name for name, always in _inputs(expr) if always or get(name) is None]


def _input_list(expr: Any) -> tuple[tuple[str, bool], ...]:
    """An expression's inputs in the order `missing_inputs` names them: (fact, False) for a fact
    it reads, (what, True) for the list a function reads (named whenever the function is)."""
    if isinstance(expr, FactRef):
        return ((expr.name, False),)
    if not isinstance(expr, Call):
        return ()
    out = [i for a in (*expr.args, *(v for _, v in expr.options)) for i in _input_list(a)]
    implicit = FUNCTIONS[expr.function].reads
    if implicit == "notices":
        out.append((f"notices (no published {expr.args[0]})", True))
    elif implicit:
        out.append((implicit, True))
    return tuple(out)


_inputs: Callable[[Call | FactRef], tuple[tuple[str, bool], ...]] = per_object(_input_list)


_PARAM_OPTIONS = {"key": "expr", "prefix": "text", "at": "expr"}
_FILTERS = {"where_field": "text", "where_prefix": "text", "where_value": "text", "date_field": "text",
            "from": "expr", "until": "expr", "where": "item_condition"}
_PER_ITEM = {"field": "text", "each": "item_expr", **_FILTERS}

FUNCTIONS: dict[str, Function] = {
    "add": _elementwise("exprs", {}, _arguments, sum, "sum of the values"),
    "sub": _elementwise("exprs", {}, _arguments, lambda v: v[0] - sum(v[1:]), "first value minus the others"),
    "mul": _elementwise("exprs", {}, _arguments, _product, "product of the values, to the penny"),
    "max": Function("exprs", {"ignore_missing": "flag"}, _max, "largest value"),
    "min": _elementwise("exprs", {}, _arguments, min, "smallest value"),
    "add_days": _elementwise("expr", {"days": "expr"}, _main_and("days"), _days_later, "a date plus N days"),
    "add_months": _elementwise("expr", {"months": "expr"}, _main_and("months"), _months_later,
                               "a date plus N calendar months"),
    "period_end": Function("expr", {"month_ends": "months"}, _period_end,
                           "last day of the reporting period a date falls in (periods end with the listed months)"),
    "choose": Function("expr", {"from": "text"}, _choose, "the item of a list at the position a value gives"),
    "days_between": _elementwise("exprs", {}, _arguments, _days_apart, "days from the first date to the second"),
    "sum": Function("list", _PER_ITEM, _over_items(_total), "total of one field (or `each` value) over a list"),
    "count": Function("list", _FILTERS, _count, "number of items in a list that pass its filters (0 when none)"),
    "max_of": Function("list", _PER_ITEM, _over_items(_largest),
                       "largest value of one field (or `each` value) over a list (None when the list is empty)"),
    "min_of": Function("list", _PER_ITEM, _over_items(_smallest),
                       "smallest value of one field (or `each` value) over a list (None when the list is empty)"),
    "param": Function("parameter", _PARAM_OPTIONS, _param, "a dated parameter in force on `on`"),
    "param_since": Function("parameter", _PARAM_OPTIONS, _param_since,
                            "the day that parameter value took effect"),
    "working_days_end": Function("expr", {"days": "expr"}, _working_days_end,
                                 "last day of N working days beginning with a day (s.123)"),
    "notice_date": Function("notice", {"last": "flag", "planned": "flag"}, _notice_date,
                            "earliest (or, with last: true, latest) publication of a notice code; with "
                            "planned: true, of the notices planned", "notices"),
    "has_notice": Function("notice", {}, _has_notice, "whether a notice code has been published"),
    "notice_count": Function("notice", {}, _notice_count, "how many notices of a code have been published"),
    "cpv_in": Function("parameter", {"at": "expr"}, _cpv_in,
                       "whether the main CPV code is in a parameter's code ranges", CPV),
}
