"""The rows of the CSV and XLSX reports: one per finding, one per input error, and one for a
record with neither, so every record appears.

Formula injection: a spreadsheet treats a cell beginning with `=`, `+`, `-` or `@` (or tab or
carriage return, which can precede one) as a formula, so a record's text could run one when
the file is opened. Every text cell beginning with one of those characters (or their
full-width forms, which some spreadsheets also accept) gets a leading `'`, which spreadsheets
show as text. The JSON Lines output keeps the text as it was.
"""

from __future__ import annotations

from collections.abc import Iterator

from procrules.reports import entries as e
from procrules.reports.entries import INPUT_ERROR, Entry

COLUMNS = ("record", "file", "row", "line", "authority", "rule", "severity", "title", "message", "legal_ref",
           "legal_url", "to_comply")

#: A cell beginning with one of these is given a leading `'`.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

Cell = str | int | None


def neutralise(value: str) -> str:
    """`value`, made safe to open in a spreadsheet (see the module docstring)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _safe(row: tuple[object, ...]) -> tuple[Cell, ...]:
    return tuple(v if v is None or isinstance(v, int) else neutralise(str(v)) for v in row)


def rows(entry: Entry) -> Iterator[tuple[Cell, ...]]:
    """The entry's rows, in `COLUMNS` order, neutralised."""
    file, row, line = e.source(entry)
    head = (e.record_id(entry), file, row, line, e.authority(entry) or "")
    problems = e.input_errors(entry)
    found = e.findings(entry)
    for p in problems:
        yield _safe((*head, INPUT_ERROR, "error", "Input error", e.problem_text(p), "", "", ""))
    for f in found:
        yield _safe((*head, f.get("rule"), f.get("severity"), f.get("title"), f.get("message"), e.legal_text(f),
                     e.legal_url(f) or "", f.get("to_comply") or ""))
    if not problems and not found:
        yield _safe((*head, "", "", "No findings", "", "", "", ""))
