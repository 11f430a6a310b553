"""Register cells to field values: dates (day first), money, numbers, yes/no, CPV codes, enums.

A converter takes the raw cell (str from CSV; str, number, date or bool from XLSX) and returns the
value or raises BadCell, which says what was expected and may add a hint. SKIP means "no value".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from procrules.suggest import did_you_mean


class _NoValue:
    def __repr__(self) -> str:
        return "<no value>"


SKIP: Any = _NoValue()  # a cell that gives the field no value
BLANKS = ("-", "–", "n/a", "na", "n.a.", "tbc", "tba", "not known", "unknown", "null")


class BadCell(ValueError):
    """A cell that is not what the field needs: what was expected, and an optional hint."""

    def __init__(self, expected: str, hint: str = "") -> None:
        super().__init__(expected)
        self.expected, self.hint = expected, hint


# -- dates ---------------------------------------------------------------------------------------
_MONTHS = {m.casefold(): i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for m in names}
#: Supported date formats: the pattern, and 31 March 2026 written that way (for messages).
DATE_FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "DD/MM/YYYY": (re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"), "31/03/2026"),
    "YYYY-MM-DD": (re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"), "2026-03-31"),
    "DD-MM-YYYY": (re.compile(r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})"), "31-03-2026"),
    "DD.MM.YYYY": (re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"), "31.03.2026"),
    "DD/MM/YY": (re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})"), "31/03/26"),
    "DD MMM YYYY": (re.compile(r"(?P<d>\d{1,2})[ -](?P<m>[A-Za-z]{3,9})[ -](?P<y>\d{4})"), "31 Mar 2026"),
}
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")  # Excel exports add 00:00:00
#: A month-first (US) format name, which a mapping may not use.
US_DATE = re.compile(r"MM.DD|M/D/")


def _parse_date(text: str, formats: tuple[str, ...]) -> date:
    if ":" in text:
        text = _TIME.sub("", text)
    for name in formats:
        match = DATE_FORMATS[name][0].fullmatch(text)
        if not match:
            continue
        y, m, d = match["y"], match["m"], int(match["d"])
        year = int(y) + (2000 if len(y) == 2 else 0)
        month = _MONTHS.get(m.casefold(), 0) if m.isalpha() else int(m)
        try:
            return date(year, month, d)
        except ValueError:
            if not 1 <= month <= 12:
                hint = f" (there is no month {month}; dates are read day first)" if month else ""
            else:
                hint = f" (there is no {d} {date(year, month, 1):%B %Y})"
            raise BadCell(_date_expected(formats), hint) from None
    raise BadCell(_date_expected(formats))


def _date_expected(formats: tuple[str, ...]) -> str:
    examples = [DATE_FORMATS[f][1] for f in formats[:3]]
    return "a date such as " + (f"{', '.join(examples[:-1])} or {examples[-1]}" if len(examples) > 1 else examples[0])


def to_date(raw: Any, formats: tuple[str, ...]) -> date:
    """A date from a date cell, an Excel serial number (1990-2099) or text in one of `formats`."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 32874 <= raw < 73051:  # Excel serial, 1990-2099
        return date(1899, 12, 30) + timedelta(days=int(raw))
    if isinstance(raw, str):
        return _parse_date(raw, formats)
    raise BadCell(_date_expected(formats))


# -- other cell kinds ----------------------------------------------------------------------------
_MONEY = re.compile(r"(?:£|gbp)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(k|m|bn)?(?:\s*gbp)?", re.I)
_SCALE = {"": 1, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
_CPV = re.compile(r"(?<!\d)\d{8}(?:-\d)?(?!\d)")
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}
MONEY_EXPECTED = "an amount in pounds such as 12500 or £12,500.00"


def to_text(raw: Any) -> str:
    """A cell as text: whole floats without `.0`, dates as ISO 8601 (midnight dropped)."""
    if raw.__class__ is str:
        return str(raw)
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    return str(raw)


def to_number(raw: Any, expected: str) -> float:
    """A finite number (thousands commas allowed); BadCell(expected) otherwise."""
    if isinstance(raw, bool):
        raise BadCell(expected)
    if isinstance(raw, int | float):
        return float(raw)
    try:
        value = float(str(raw).replace(",", ""))
    except ValueError:
        raise BadCell(expected) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise BadCell(expected)
    return value


def to_money(raw: Any) -> float:
    """An amount in pounds, not negative: 12500, £12,500.00, 12.5k, £1.2m, 2bn GBP."""
    if isinstance(raw, str):
        match = _MONEY.fullmatch(raw)
        if not match:
            raise BadCell(MONEY_EXPECTED, " (an amount cannot be negative)" if raw.lstrip("£ ").startswith("-") else "")
        whole, pence, scale = match.groups()
        return round(float(whole.replace(",", "") + (pence or "")) * _SCALE[(scale or "").lower()], 2)
    value = to_number(raw, MONEY_EXPECTED)
    if value < 0:
        raise BadCell(MONEY_EXPECTED, " (an amount cannot be negative)")
    return value


def to_rate(raw: Any) -> float:
    """A VAT rate as a fraction: 20% or 0.2."""
    expected = "a VAT rate such as 20% or 0.2"
    if isinstance(raw, str) and raw.endswith("%"):
        return to_number(raw[:-1].strip(), expected) / 100
    value = to_number(raw, expected)
    if not 0 <= value <= 1:
        raise BadCell(expected, " (write a percentage with %)")
    return value


def to_integer(raw: Any) -> int:
    """A whole number."""
    value = to_number(raw, "a whole number such as 3")
    if not value.is_integer():
        raise BadCell("a whole number such as 3")
    return int(value)


def to_bool(raw: Any) -> bool:
    """Yes or no: Yes, Y, True or 1; No, N, False or 0 (any case)."""
    if isinstance(raw, bool):
        return raw
    key = raw.casefold() if raw.__class__ is str else to_text(raw).casefold()
    if key in _YES or key in _NO:
        return key in _YES
    raise BadCell("yes or no (Yes, Y, True or 1; No, N, False or 0)")


def to_cpv(raw: Any) -> list[str]:
    """Every CPV code in the cell (79800000 or 79800000-2); a 7-digit cell gets back its lost leading 0."""
    text = to_text(raw)
    if text.isdigit() and len(text) == 7:  # a spreadsheet dropped the leading zero
        text = "0" + text
    codes = _CPV.findall(text)
    if not codes:
        raise BadCell("CPV codes such as 79800000 or 79800000-2")
    return codes


def enum_converter(values: tuple[str, ...], labels: tuple[str, ...]) -> Callable[[Any], str]:
    """A converter to one of `values`, matched ignoring case, spaces, / and -; errors list `labels`."""
    by_key = {_enum_key(v): v for v in values}

    def convert(raw: Any) -> str:
        text = to_text(raw)
        if _enum_key(text) in by_key:
            return by_key[_enum_key(text)]
        choices = labels or values
        raise BadCell("one of " + ", ".join(choices), did_you_mean(text, choices))

    return convert


def _enum_key(text: str) -> str:
    return re.sub(r"[\s/-]+", "_", text.strip().casefold())


def match_key(text: str) -> str:
    """How headings and register words are compared: trimmed, spaces collapsed, case folded."""
    return " ".join(text.replace("\ufeff", "").split()).casefold()


def quoted(raw: Any) -> str:
    """A cell as a message quotes it: text in quotes (trimmed, at most 60 characters)."""
    if isinstance(raw, str):
        raw = raw.strip()
        return f'"{raw if len(raw) <= 60 else raw[:57] + "..."}"'
    return to_text(raw)
