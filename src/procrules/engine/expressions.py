"""The value language of derivations: constants, fact references and a registry of named functions.

Both evaluators compute derived values with this one module; they differ in how they decide
*which* case of a derivation applies and when (conditions, joins and chaining). A function that
meets a missing input returns None, and the derived fact is then unknown.
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from procrules.calendar import WorkingDays
from procrules.lang.ir import ITEM, Call, Condition, FactRef
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


def evaluate(expr: Any, ctx: Context) -> Any:
    """The value of an expression, or None when an input it needs is missing."""
    if isinstance(expr, FactRef):
        if expr.name.startswith(ITEM):
            return None if ctx.item is None else ctx.item.get(expr.name[len(ITEM):])
        return ctx.facts.get(expr.name)
    if isinstance(expr, Call):
        return FUNCTIONS[expr.function].run(expr, ctx)
    return expr


def _values(call: Call, ctx: Context) -> list[Any] | None:
    vals = [evaluate(a, ctx) for a in call.args]
    return None if any(v is None for v in vals) else vals


def _add(call: Call, ctx: Context) -> Any:
    vals = _values(call, ctx)
    return None if vals is None else sum(vals)


def _sub(call: Call, ctx: Context) -> Any:
    vals = _values(call, ctx)
    return None if vals is None else vals[0] - sum(vals[1:])


def _mul(call: Call, ctx: Context) -> Any:
    vals = _values(call, ctx)
    if vals is None:
        return None
    out = 1.0
    for v in vals:
        out *= v
    return round(out, 2)


def _max(call: Call, ctx: Context) -> Any:
    vals = [v for v in (evaluate(a, ctx) for a in call.args) if v is not None]
    if len(vals) < len(call.args) and not call.option("ignore_missing", False):
        return None
    return max(vals) if vals else None


def _min(call: Call, ctx: Context) -> Any:
    vals = _values(call, ctx)
    return None if vals is None else min(vals)


def _add_days(call: Call, ctx: Context) -> Any:
    start, days = evaluate(call.args[0], ctx), evaluate(call.option("days"), ctx)
    return None if start is None or days is None else start + timedelta(days=int(days))


def _add_months(call: Call, ctx: Context) -> Any:
    """The same day N months later (the last day of the month when that day does not exist)."""
    start, months = evaluate(call.args[0], ctx), evaluate(call.option("months"), ctx)
    if start is None or months is None:
        return None
    index = start.month - 1 + int(months)
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _period_end(call: Call, ctx: Context) -> Any:
    """The last day of the reporting period a date falls in; periods end on the last day of the
    months listed in `month_ends` (e.g. [3, 6, 9, 12] for quarters, [3, 9] for s.69's half-years)."""
    day = evaluate(call.args[0], ctx)
    if day is None:
        return None
    ends = sorted(int(m) for m in call.option("month_ends"))
    year, month = day.year, next((m for m in ends if m >= day.month), None)
    if month is None:
        year, month = year + 1, ends[0]
    return date(year, month, calendar.monthrange(year, month)[1])


def _choose(call: Call, ctx: Context) -> Any:
    """The item of the `from` list at the position the value gives (0 is the first)."""
    index, choices = evaluate(call.args[0], ctx), call.option("from")
    if index is None or not isinstance(index, int | float) or not 0 <= int(index) < len(choices):
        return None
    return choices[int(index)]


def _days_between(call: Call, ctx: Context) -> Any:
    """Days from the first date to the second (positive when the second is later)."""
    vals = _values(call, ctx)
    return None if vals is None else (vals[1] - vals[0]).days


def _item_values(call: Call, ctx: Context) -> list[Any] | None:
    """One value per selected item: its `field`, or its `each` expression; missing values left out."""
    items = _selected(call, ctx)
    if items is None:
        return None
    each, name = call.option("each"), call.option("field")
    out = []
    for item in items:
        if each is not None:
            value = evaluate(each, Context(ctx.facts, ctx.lists, ctx.parameters, ctx.calendar, ctx.published, item))
        else:
            value = item.get(name)
        if value is not None:
            out.append(value)
    return out


def _sum(call: Call, ctx: Context) -> Any:
    values = _item_values(call, ctx)
    return None if values is None else round(sum(float(v) for v in values), 2)


class _ItemFacts:
    """The facts a `where` condition sees: `item.<field>` from the item, the rest from the record."""

    __slots__ = ("facts", "item")

    def __init__(self, facts: dict[str, Any], item: dict[str, Any]) -> None:
        self.facts, self.item = facts, item

    def get(self, name: str, default: Any = None) -> Any:
        if name.startswith(ITEM):
            return self.item.get(name[len(ITEM):], default)
        return self.facts.get(name, default)


def _where(cond: Condition, ctx: Context, items: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The items for which `cond` holds; None when it is unknown for any of them (Kleene)."""
    from procrules.engine.python import compile_condition  # the one compiler of conditions

    test = _compiled(cond, compile_condition)
    out = []
    for item in items:
        truth = test(_ItemFacts(ctx.facts, item))
        if truth is None:
            return None
        if truth:
            out.append(item)
    return out


_COMPILED: dict[int, tuple[Condition, Callable[[Any], bool | None]]] = {}  # by identity: see outcomes.py


def _compiled(cond: Condition, compile_condition: Callable[[Condition], Callable[[Any], bool | None]],
              ) -> Callable[[Any], bool | None]:
    found = _COMPILED.get(id(cond))
    if found is None or found[0] is not cond:
        found = _COMPILED[id(cond)] = (cond, compile_condition(cond))
    return found[1]


def _selected(call: Call, ctx: Context) -> list[dict[str, Any]] | None:
    """The items of a list field that pass the call's filters; None when a filter is unknown.

    Filters: `where` (a condition over the item's fields, `item.<field>`, and any fact);
    `where_field` with `where_prefix` (the field's text starts with it) or `where_value`;
    `date_field` with `from` / `until` (inclusive; either may be left out).
    """
    items = [i for i in ctx.lists.get(call.args[0]) or [] if isinstance(i, dict)]
    field = call.option("where_field")
    if field is not None:
        prefix, value = call.option("where_prefix"), call.option("where_value")
        items = [i for i in items if (prefix is None or str(i.get(field, "")).startswith(prefix))
                 and (value is None or i.get(field) == value)]
    date_field = call.option("date_field")
    if date_field is not None:
        bounds = [evaluate(call.option(k), ctx) if call.option(k) is not None else date.min
                  for k in ("from", "until")]
        if call.option("until") is None:
            bounds[1] = date.max
        if None in bounds:
            return None
        items = [i for i in items if i.get(date_field) is not None and bounds[0] <= i[date_field] <= bounds[1]]
    where = call.option("where")
    return items if where is None else _where(where, ctx, items)


def _count(call: Call, ctx: Context) -> Any:
    raw = ctx.lists.get(call.args[0]) or []
    if not any(isinstance(i, dict) for i in raw) and not call.options:
        return len(raw)  # a list of plain values (CPV codes) has no fields to filter on
    items = _selected(call, ctx)
    return None if items is None else len(items)


def _max_of(call: Call, ctx: Context) -> Any:
    values = _item_values(call, ctx)
    return max(values) if values else None


def _min_of(call: Call, ctx: Context) -> Any:
    values = _item_values(call, ctx)
    return min(values) if values else None


def _param_value(call: Call, ctx: Context) -> Any:
    on = evaluate(call.option("at"), ctx)
    key = evaluate(call.option("key"), ctx) if call.option("key") is not None else None
    if on is None or (call.option("key") is not None and key is None):
        return None
    key_text = None if key is None else f"{call.option('prefix', '')}{key}"
    return ctx.parameters.at(call.args[0], key_text, on)


def _param(call: Call, ctx: Context) -> Any:
    found = _param_value(call, ctx)
    return None if found is None else found.value


def _param_since(call: Call, ctx: Context) -> Any:
    found = _param_value(call, ctx)
    return None if found is None else found.since


def _working_days_end(call: Call, ctx: Context) -> Any:
    start, days = evaluate(call.args[0], ctx), evaluate(call.option("days"), ctx)
    if start is None or days is None:
        return None
    return ctx.calendar.end_of_period(start, int(days))


def _published(ctx: Context, code: str, planned: bool = False) -> list[date]:
    """The days notices of a code were published (or, with `planned`, are planned), sorted."""
    if not ctx.published and ctx.lists.get("notices"):
        ctx.published["*"] = []  # marks the cache as filled
        for n in ctx.lists["notices"]:
            if isinstance(n, dict):
                key = f"{n['code']}/planned" if n["planned"] else n["code"]
                ctx.published.setdefault(key, []).append(n["date"])
        for dates in ctx.published.values():
            dates.sort()
    return ctx.published.get(f"{code}/planned" if planned else code, [])


def _notice_date(call: Call, ctx: Context) -> Any:
    dates = _published(ctx, call.args[0], bool(call.option("planned", False)))
    if not dates:
        return None
    return dates[-1] if call.option("last", False) else dates[0]


def _has_notice(call: Call, ctx: Context) -> Any:
    return bool(_published(ctx, call.args[0]))


def _notice_count(call: Call, ctx: Context) -> Any:
    return len(_published(ctx, call.args[0]))


def _cpv_in(call: Call, ctx: Context) -> Any:
    """Is the main (first) CPV code inside one of the parameter's ranges? None without a code."""
    codes = ctx.lists.get("contract.cpv", [])
    ranges = _param(call, ctx)
    if not codes or ranges is None:
        return None
    starts, ends = _intervals(ranges)
    main = int(str(codes[0])[:8])
    i = bisect.bisect_right(starts, main) - 1
    return i >= 0 and main <= ends[i]


_INTERVALS: dict[int, tuple[Any, tuple[list[int], list[int]]]] = {}


def _intervals(ranges: list[list[Any]]) -> tuple[list[int], list[int]]:
    """Code ranges merged and sorted for bisection (parameters never change, so cache by identity)."""
    cached = _INTERVALS.get(id(ranges))
    if cached is None or cached[0] is not ranges:
        merged: list[list[int]] = []
        for lo, hi in sorted((int(lo), int(hi)) for lo, hi in ranges):
            if merged and lo <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        cached = (ranges, ([m[0] for m in merged], [m[1] for m in merged]))
        _INTERVALS[id(ranges)] = cached
    return cached[1]


@dataclass(frozen=True, slots=True)
class Function:
    """A function of the value language: how its main argument is read, its options, its body."""

    main: str  # "exprs" (list of expressions) | "expr" | "list" (a list field) | "parameter" | "notice"
    options: dict[str, str]  # option name → "expr" | "text" | "flag"
    run: Callable[[Call, Context], Any]
    doc: str
    reads: str | None = None  # the list field it reads without naming it


def missing_inputs(expr: Any, facts: dict[str, Any]) -> list[str]:
    """The inputs of an expression that are absent: facts, or the list a function found empty."""
    if isinstance(expr, FactRef):
        return [] if facts.get(expr.name) is not None else [expr.name]
    if not isinstance(expr, Call):
        return []
    out = [m for a in (*expr.args, *(v for _, v in expr.options)) for m in missing_inputs(a, facts)]
    implicit = FUNCTIONS[expr.function].reads
    if implicit == "notices":
        out.append(f"notices (no published {expr.args[0]})")
    elif implicit:
        out.append(implicit)
    return out


_PARAM_OPTIONS = {"key": "expr", "prefix": "text", "at": "expr"}
_FILTERS = {"where_field": "text", "where_prefix": "text", "where_value": "text", "date_field": "text",
            "from": "expr", "until": "expr", "where": "item_condition"}
_PER_ITEM = {"field": "text", "each": "item_expr", **_FILTERS}

FUNCTIONS: dict[str, Function] = {
    "add": Function("exprs", {}, _add, "sum of the values"),
    "sub": Function("exprs", {}, _sub, "first value minus the others"),
    "mul": Function("exprs", {}, _mul, "product of the values, to the penny"),
    "max": Function("exprs", {"ignore_missing": "flag"}, _max, "largest value"),
    "min": Function("exprs", {}, _min, "smallest value"),
    "add_days": Function("expr", {"days": "expr"}, _add_days, "a date plus N days"),
    "add_months": Function("expr", {"months": "expr"}, _add_months, "a date plus N calendar months"),
    "period_end": Function("expr", {"month_ends": "months"}, _period_end,
                           "last day of the reporting period a date falls in (periods end with the listed months)"),
    "choose": Function("expr", {"from": "text"}, _choose, "the item of a list at the position a value gives"),
    "days_between": Function("exprs", {}, _days_between, "days from the first date to the second"),
    "sum": Function("list", _PER_ITEM, _sum, "total of one field (or `each` value) over a list"),
    "count": Function("list", _FILTERS, _count, "number of items in a list that pass its filters (0 when none)"),
    "max_of": Function("list", _PER_ITEM, _max_of,
                       "largest value of one field (or `each` value) over a list (None when the list is empty)"),
    "min_of": Function("list", _PER_ITEM, _min_of,
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
                       "whether the main CPV code is in a parameter's code ranges", "contract.cpv"),
}
