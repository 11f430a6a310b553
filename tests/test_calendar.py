from __future__ import annotations

from datetime import date

import pytest

from procrules.api import ruleset
from procrules.calendar import end_of_days_beginning_with


@pytest.fixture(scope="module")
def calendar():  # type: ignore[no-untyped-def]
    return ruleset().calendar


def test_worked_example_skips_scottish_2_january(calendar) -> None:  # type: ignore[no-untyped-def]
    # research note §6.3.1: CAN Mon 22 Dec 2025 -> standstill ends Tue 6 Jan 2026
    assert calendar.end_of_period(date(2025, 12, 22), 8) == date(2026, 1, 6)


@pytest.mark.parametrize(("day", "working"), [
    (date(2026, 1, 2), False),    # Scotland only
    (date(2026, 3, 17), False),   # Northern Ireland only
    (date(2026, 7, 13), False),   # NI Battle of the Boyne substitute
    (date(2026, 11, 30), False),  # St Andrew's Day
    (date(2026, 4, 6), False),    # Easter Monday (E&W, NI)
    (date(2026, 3, 16), True),
    (date(2026, 3, 14), False),   # Saturday
], ids=lambda v: str(v))
def test_union_of_the_three_calendars(calendar, day: date, working: bool) -> None:  # type: ignore[no-untyped-def]
    assert calendar.is_working_day(day) is working


def test_start_day_counts_when_it_is_a_working_day(calendar) -> None:  # type: ignore[no-untyped-def]
    assert calendar.end_of_period(date(2026, 3, 2), 1) == date(2026, 3, 2)
    assert calendar.end_of_period(date(2026, 3, 2), 8) == date(2026, 3, 11)


def test_start_on_a_holiday_begins_counting_next_working_day(calendar) -> None:  # type: ignore[no-untyped-def]
    assert calendar.end_of_period(date(2026, 12, 25), 1) == date(2026, 12, 29)


def test_outside_the_calendar_is_unknown(calendar) -> None:  # type: ignore[no-untyped-def]
    assert calendar.is_working_day(date(2028, 1, 4)) is None
    assert calendar.end_of_period(date(2027, 12, 23), 8) is None


def test_calendar_days_beginning_with() -> None:
    assert end_of_days_beginning_with(date(2026, 3, 16), 30) == date(2026, 4, 14)
