from __future__ import annotations

from datetime import date

from procrules.api import ruleset
from procrules.errors import Problem
from procrules.io.documents import parse_yaml
from procrules.lang.parameters import parse_parameters


def test_threshold_by_commencement_date() -> None:
    params = ruleset().parameters
    row11_2025 = params.at("schedule1_threshold", "row_11", date(2025, 12, 31))
    row11_2026 = params.at("schedule1_threshold", "row_11", date(2026, 1, 1))
    assert (row11_2025.value, row11_2025.since) == (139688, date(2025, 2, 23))
    assert (row11_2026.value, row11_2026.since, row11_2026.reference) == (135018, date(2026, 1, 1),
                                                                           "S.I. 2025/1200 reg 2(3)")
    # rows 5, 7 and 8 were left unchanged by S.I. 2025/1200
    assert params.at("schedule1_threshold", "row_7", date(2026, 6, 1)).value == 5372609
    assert params.at("schedule1_threshold", "row_13", date(2026, 6, 1)) is None
    assert params.at("schedule1_threshold", "row_1", date(2024, 1, 1)) is None


def test_all_twelve_rows_in_both_periods() -> None:
    params = ruleset().parameters
    for day in (date(2025, 3, 1), date(2026, 3, 1)):
        assert all(params.at("schedule1_threshold", f"row_{n}", day) for n in range(1, 13))


def parsed(text: str) -> list[Problem]:
    doc, problems = parse_yaml(text, "p.yaml")
    parse_parameters(doc, problems)
    return problems


def test_overlapping_periods_are_an_error() -> None:
    [p] = parsed("x:\n  values:\n    - {from: 2025-01-01, value: 1, reference: r}\n"
                 "    - {from: 2025-06-01, value: 2, reference: r}\n")
    assert str(p) == "p.yaml:2:3: /x/values periods overlap: 2025-01-01 and 2025-06-01"


def test_a_value_needs_a_reference_and_a_real_date() -> None:
    problems = [str(p) for p in parsed("x:\n  values:\n    - {from: 2025-01-01, value: 1}\n"
                                       "    - {from: 2025-02-30, value: 1, reference: r}\n")]
    assert problems == ["p.yaml:3:7: /x/values/0 unknown [], missing ['reference']",
                        "p.yaml:4:7: /x/values/1 from/until must be real dates written YYYY-MM-DD"]


def test_keys_without_values_is_a_problem_not_a_crash() -> None:
    doc, _ = parse_yaml("days:\n  keys:\n    standard:\n      - {from: 2025-02-24, value: 30}\n", "p.yaml")
    problems: list[Problem] = []
    assert parse_parameters(doc, problems) == {}
    assert "expected a mapping of keys, each with `values`" in problems[0].message
