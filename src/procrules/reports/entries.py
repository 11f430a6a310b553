"""Reading one batch entry: `CheckResult.to_json()` plus `source` (and perhaps `authority`).

Entries may come straight from a check or back from a JSON Lines file, so every accessor
tolerates a missing key rather than trusting the shape.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from procrules.errors import Problem

#: One entry of a batch: `CheckResult.to_json()` plus `"source": {"file", "row", "line"}`.
Entry = Mapping[str, Any]

#: Finding severities, most serious first.
SEVERITIES = ("error", "warning", "info")

#: The rule id the tabular formats give a row that reports an input error.
INPUT_ERROR = "INPUT-ERROR"

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """`value` as text XML 1.0 can hold: characters it forbids become U+FFFD."""
    return _NOT_XML.sub("\ufffd", "" if value is None else str(value))


def record_id(entry: Entry) -> str:
    """The record's id (or the reader's label for a record that could not be read)."""
    return str(entry.get("record") or "")


def source(entry: Entry) -> tuple[str, int | None, int | None]:
    """Where the entry came from: file, row (CSV/XLSX) and line (JSON Lines)."""
    src = entry.get("source") or {}
    return str(src.get("file") or ""), src.get("row"), src.get("line")


def position(entry: Entry) -> int | None:
    """The row, else the line, of the entry in its file."""
    _, row, line = source(entry)
    return row if row is not None else line


def where(entry: Entry) -> str:
    """The source as a person reads it: `registers/a.csv row 12`, `b.jsonl line 3`."""
    file, row, line = source(entry)
    if row is not None:
        return f"{file} row {row}".strip()
    if line is not None:
        return f"{file} line {line}".strip()
    return file


def authority(entry: Entry) -> str | None:
    """The contracting authority's name, when the batch runner added it."""
    name = entry.get("authority")
    return str(name) if name else None


def findings(entry: Entry) -> list[Mapping[str, Any]]:
    """The entry's findings (none for an input-error entry)."""
    return list(entry.get("findings") or [])


def prompts(entry: Entry) -> list[Mapping[str, Any]]:
    """The entry's prompts."""
    return list(entry.get("prompts") or [])


def input_errors(entry: Entry) -> list[Mapping[str, Any]]:
    """The entry's input errors (empty when the record was read and checked)."""
    return list(entry.get("input_errors") or [])


def legal_text(item: Mapping[str, Any]) -> str:
    """The legal reference of a finding or prompt as text (`PA2023 s.98(1)`)."""
    return str((item.get("legal_ref") or {}).get("text") or "")


def legal_url(item: Mapping[str, Any]) -> str | None:
    """The legislation.gov.uk address of a finding's or prompt's legal reference, if any."""
    url = (item.get("legal_ref") or {}).get("url")
    return str(url) if url else None


def problem_text(problem: Mapping[str, Any]) -> str:
    """An input error as procrules prints it: `file:line:column: /pointer message`."""
    return str(Problem(source=str(problem.get("source") or ""), pointer=str(problem.get("pointer") or ""),
                       message=str(problem.get("message") or ""), line=problem.get("line"),
                       column=problem.get("column")))
