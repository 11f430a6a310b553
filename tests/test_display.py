"""How a fact reads in a message: dates, text, numbers and yes/no, in English and Welsh."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from procrules.engine.outcomes import display, render


@pytest.mark.parametrize("month", range(1, 13))
def test_a_date_reads_with_its_english_month_name(month: int) -> None:
    day = date(2025, month, 9)
    assert display(day) == f"9 {day:%B} 2025"  # the C locale's names, which messages have always used
    assert display(datetime(2025, month, 9, 13, 30)) == f"9 {day:%B} 2025"


def test_welsh_months_and_answers() -> None:
    assert display(date(2026, 3, 16), "cy") == "16 Mawrth 2026"
    assert display(date(2026, 12, 1), "cy") == "1 Rhagfyr 2026"
    assert (display(True, "cy"), display(False, "cy"), display(None, "cy")) == ("ydy", "nac ydy", "(anhysbys)")


class _Label(str):
    """A text value of a str subclass (read as its text)."""


def test_text_numbers_and_unknowns() -> None:
    assert display("open_procedure") == "open procedure" == display(_Label("open_procedure"))
    assert (display(180000), display(1234.5), display(2.0), display(True), display(None)) == (
        "180,000", "1,234.50", "2", "yes", "(unknown)")
    assert render("due {d}, value {v}", {"d": date(2026, 1, 31), "v": 1500.25}) == "due 31 January 2026, value 1,500.25"
