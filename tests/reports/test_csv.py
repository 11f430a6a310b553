"""CSV: a row per finding, per input error and per record with neither; formulas neutralised."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from procrules.reports.rows import COLUMNS, neutralise
from tests.reports import sample
from tests.reports.sample import render


def rows(entries: list[dict[str, Any]]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render("csv", entries).decode("utf-8"), newline="")))


def test_header() -> None:
    assert render("csv", []).decode() == ",".join(COLUMNS) + "\r\n"
    assert COLUMNS == ("record", "file", "row", "line", "authority", "rule", "severity", "title", "message",
                       "legal_ref", "legal_url", "to_comply")


def test_every_record_appears(entries: list[dict[str, Any]]) -> None:
    got = rows(entries)
    expected = sum(max(1, len(e.get("findings", [])) + len(e.get("input_errors", []))) for e in entries)
    assert len(got) == expected
    assert list(dict.fromkeys(r["record"] for r in got)) == [
        "'" + e["record"] if e["record"].startswith("=") else e["record"] for e in entries]


def test_a_finding_row() -> None:
    entry = sample.example("NYC-HWY-2025-077")
    got = rows([entry])
    assert len(got) == len(entry["findings"])
    (row,) = (r for r in got if r["rule"] == "PA23-STANDSTILL-01")
    f = next(f for f in entry["findings"] if f["rule"] == "PA23-STANDSTILL-01")
    assert row == {
        "record": "NYC-HWY-2025-077", "file": "examples/highways-resurfacing.yaml", "row": "", "line": "",
        "authority": "North Yorkshire Council", "rule": "PA23-STANDSTILL-01", "severity": "error",
        "title": "Contract entered into before the mandatory standstill period ended",
        "message": f["message"], "legal_ref": "PA2023 s.51(2)",
        "legal_url": "https://www.legislation.gov.uk/ukpga/2023/54/section/51", "to_comply": f["to_comply"]}


def test_input_error_rows_give_the_pointer() -> None:
    got = rows([sample.input_error()])
    assert [(r["record"], r["line"], r["rule"], r["severity"], r["message"]) for r in got] == [
        ("registers/q3.jsonl line 4", "4", "INPUT-ERROR", "error",
         'registers/q3.jsonl:4:31: /contract/estimated_value/amount expected a number, found `"lots"`'),
        ("registers/q3.jsonl line 4", "4", "INPUT-ERROR", "error",
         "registers/q3.jsonl:4: /procedure required field missing")]


def test_a_record_with_no_findings_has_one_row() -> None:
    (row,) = rows([sample.made_up("A-1", "Leeds", row=9)])
    assert (row["record"], row["row"], row["rule"], row["title"], row["message"]) == ("A-1", "9", "", "No findings", "")


def test_formula_injection_is_neutralised() -> None:
    (row,) = rows([sample.hostile()])
    assert row["record"] == "'=HYPERLINK(\"http://evil.example\")"
    assert row["authority"] == "'@SUM(1+1)"
    assert row["message"].startswith("'-2+3 days late")
    assert row["to_comply"] == "'+44 call"
    assert row["title"].startswith("<script>")  # not a formula: kept as it is


@pytest.mark.parametrize(("text", "safe"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("＝1", "'＝1"), ("a=1", "a=1"), ("", ""), ("'=1", "'=1"), (" =1", " =1"),
], ids=["equals", "plus", "minus", "at", "tab", "cr", "full-width", "inside", "empty", "quoted", "space"])
def test_neutralise(text: str, safe: str) -> None:
    assert neutralise(text) == safe


def test_deterministic(entries: list[dict[str, Any]]) -> None:
    assert render("csv", entries) == render("csv", entries)
