from __future__ import annotations

from datetime import date
from typing import Any

from procrules.api import ruleset
from procrules.engine.expressions import Context, evaluate, missing_inputs
from procrules.lang.ir import Call, FactRef


def ctx(facts: dict[str, Any], lists: dict[str, Any] | None = None) -> Context:
    rs = ruleset()
    return Context(facts, lists or {}, rs.parameters, rs.calendar)


def test_arithmetic_and_missing_inputs() -> None:
    c = ctx({"a": 100.0, "b": 0.2})
    assert evaluate(Call("mul", (Call("add", (FactRef("a"), 50)), Call("add", (1, FactRef("b"))))), c) == 180.0
    assert evaluate(Call("add", (FactRef("a"), FactRef("missing"))), c) is None
    assert evaluate(Call("max", (FactRef("a"), 7)), c) == 100.0


def test_sum_over_a_list() -> None:
    c = ctx({}, {"contract.options_and_extensions": [{"amount": 45000.0}, {"amount": 5000.5}]})
    assert evaluate(Call("sum", ("contract.options_and_extensions",), (("field", "amount"),)), c) == 50000.5


def test_count() -> None:
    assert evaluate(Call("count", ("contract.lots",)), ctx({}, {"contract.lots": [{"id": "1"}, {"id": "2"}]})) == 2
    assert evaluate(Call("count", ("contract.lots",)), ctx({}, {})) == 0


def test_notices() -> None:
    notices = [{"code": "UK6", "date": date(2026, 3, 9), "planned": False},
               {"code": "UK6", "date": date(2026, 3, 2), "planned": False},
               {"code": "UK4", "date": date(2026, 1, 2), "planned": True}]
    c = ctx({}, {"notices": notices})
    assert evaluate(Call("notice_date", ("UK6",)), c) == date(2026, 3, 2)
    assert evaluate(Call("has_notice", ("UK4",)), c) is False  # planned, not published
    assert missing_inputs(Call("notice_date", ("UK5",)), {}) == ["notices (no published UK5)"]


def test_parameter_at_a_date_and_cpv_ranges() -> None:
    c = ctx({"procedure.commenced": date(2026, 2, 1)}, {"contract.cpv": ["85100000"]})
    at = (("at", FactRef("procedure.commenced")),)
    assert evaluate(Call("param", ("schedule1_threshold",), (("key", 12), ("prefix", "row_"), *at)), c) == 207720
    assert evaluate(Call("param_since", ("schedule1_threshold",), (("key", 12), ("prefix", "row_"), *at)), c) \
        == date(2026, 1, 1)
    assert evaluate(Call("cpv_in", ("light_touch_cpv",), at), c) is True
    c.lists["contract.cpv"] = ["30190000"]
    assert evaluate(Call("cpv_in", ("light_touch_cpv",), at), c) is False


def test_working_days() -> None:
    c = ctx({"d": date(2025, 12, 22)})
    assert evaluate(Call("working_days_end", (FactRef("d"),), (("days", 8),)), c) == date(2026, 1, 6)


def test_filters_over_a_list() -> None:
    events = [{"ground": "sch6_para15", "date": date(2022, 5, 1)}, {"ground": "sch7_para12", "date": date(2025, 5, 1)},
              {"ground": "sch6_para3", "date": date(2019, 1, 1)}]
    c = ctx({"since": date(2021, 6, 1)}, {"supplier.exclusion_events": events})
    mandatory = (("where_field", "ground"), ("where_prefix", "sch6_"))
    recent = (("date_field", "date"), ("from", FactRef("since")))
    assert evaluate(Call("count", ("supplier.exclusion_events",), mandatory), c) == 2
    assert evaluate(Call("count", ("supplier.exclusion_events",), (*mandatory, *recent)), c) == 1
    assert evaluate(Call("count", ("supplier.exclusion_events",), (("date_field", "date"), ("from", FactRef("x")))),
                    c) is None
    parts = {"contract.separable_parts": [{"estimated_value": 90000.0}, {"estimated_value": 250000.0}]}
    assert evaluate(Call("max_of", ("contract.separable_parts",), (("field", "estimated_value"),)), ctx({}, parts)) \
        == 250000.0
    assert evaluate(Call("max_of", ("contract.separable_parts",), (("field", "estimated_value"),)), ctx({})) is None


def test_last_notice() -> None:
    notices = [{"code": "UK3", "date": date(2025, 6, 1), "planned": False},
               {"code": "UK3", "date": date(2025, 9, 1), "planned": False}]
    assert evaluate(Call("notice_date", ("UK3",), (("last", True),)), ctx({}, {"notices": notices})) == date(2025, 9, 1)


def test_period_end_quarters_and_half_years() -> None:
    def end(day: date, months: tuple[int, ...]) -> Any:
        return evaluate(Call("period_end", (day,), (("month_ends", months),)), ctx({}))

    assert end(date(2026, 4, 1), (3, 6, 9, 12)) == date(2026, 6, 30)
    assert end(date(2026, 3, 31), (3, 6, 9, 12)) == date(2026, 3, 31)
    assert end(date(2026, 10, 1), (3, 9)) == date(2027, 3, 31)  # s.69: periods end 31 Mar and 30 Sep
    assert end(date(2028, 2, 29), (3, 9)) == date(2028, 3, 31)
    assert evaluate(Call("period_end", (FactRef("x"),), (("month_ends", (3,)),)), ctx({})) is None


def test_count_of_a_list_of_plain_values() -> None:
    assert evaluate(Call("count", ("contract.cpv",)), ctx({}, {"contract.cpv": ["79800000", "30190000"]})) == 2
    assert evaluate(Call("count", ("contract.cpv",)), ctx({}, {"contract.cpv": []})) == 0
