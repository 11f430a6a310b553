"""XLSX: the CSV rows on "Findings", the summary on "Summary", no formulas, the same bytes every time."""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Any

import openpyxl
import pytest
from lxml import etree

from procrules.reports import Summary
from procrules.reports.rows import COLUMNS
from procrules.reports.xlsx import XlsxWriter
from tests.reports import sample
from tests.reports.sample import render


def workbook(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_findings_sheet_has_the_csv_rows(entries: list[dict[str, Any]]) -> None:
    sheet = workbook(render("xlsx", entries))["Findings"]
    got = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    expected = list(csv.reader(io.StringIO(render("csv", entries).decode("utf-8"), newline="")))
    # XML cannot hold the bell character (U+0007); the workbook has U+FFFD where the CSV has it.
    assert got == [[v.replace("\x07", "\ufffd") for v in row] for row in expected]
    assert got[0] == list(COLUMNS)


def test_rows_and_lines_are_numbers() -> None:
    sheet = workbook(render("xlsx", [sample.input_error(), sample.made_up("A-1", None, row=9)]))["Findings"]
    assert [(r[2], r[3]) for r in sheet.iter_rows(min_row=2, values_only=True)] == [(None, 4), (None, 4), (9, None)]


def test_no_cell_is_a_formula() -> None:
    entry = sample.hostile()
    entry["findings"][0]["title"] = "#N/A"  # an error code, were it not typed as text
    sheet = workbook(render("xlsx", [entry]))["Findings"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None]
    assert all(c.data_type in {"s", "n"} for c in cells)
    values = {c.column_letter: c.value for c in cells}
    assert values["A"] == "'=HYPERLINK(\"http://evil.example\")"
    assert values["E"] == "'@SUM(1+1)"
    assert values["H"] == "#N/A"
    assert values["L"] == "'+44 call"


def test_summary_sheet_comes_first(entries: list[dict[str, Any]]) -> None:
    book = workbook(render("xlsx", entries))
    assert book.sheetnames == ["Summary", "Findings"]
    assert book.active.title == "Summary"
    rows = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r and r[0]}
    summary = Summary()
    for entry in entries:
        summary.add(entry)
    assert rows["Records"] == summary.records == len(entries)
    assert rows["Records with findings"] == summary.records_with_findings
    assert rows["Records with input errors"] == 2
    assert rows["Findings: warning"] == summary.findings_by_severity["warning"]
    assert rows["PA23-STANDSTILL-01"] == "Contract entered into before the mandatory standstill period ended"
    assert "'@SUM(1+1)" in rows  # an authority name, neutralised


def test_same_bytes_every_time(entries: list[dict[str, Any]]) -> None:
    first = render("xlsx", entries)
    assert render("xlsx", entries) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        core = etree.fromstring(archive.read("docProps/core.xml"))
    ns = {"dcterms": "http://purl.org/dc/terms/"}
    assert core.findtext("dcterms:created", namespaces=ns) == "2000-01-01T00:00:00Z"
    assert core.findtext("dcterms:modified", namespaces=ns) == "2000-01-01T00:00:00Z"


def test_a_full_sheet_continues_on_the_next() -> None:
    entries = [sample.made_up(f"A-{i}", None, row=i) for i in range(5)]
    book = workbook(render("xlsx", entries, max_rows=2))
    assert book.sheetnames == ["Summary", "Findings", "Findings 2", "Findings 3"]
    assert [[r[0] for r in book[name].iter_rows(min_row=2, values_only=True)] for name in book.sheetnames[1:]] == [
        ["A-0", "A-1"], ["A-2", "A-3"], ["A-4"]]
    assert all(book[name]["A1"].value == "record" for name in book.sheetnames[1:])


def test_a_long_text_is_cut_at_the_excel_limit() -> None:
    entry = sample.made_up("A-1", None, sample.finding("R-1", "error", message="x" * 40_000))
    (row,) = workbook(render("xlsx", [entry]))["Findings"].iter_rows(min_row=2, values_only=True)
    assert len(row[8]) == 32_767 and row[8].endswith("…")


def test_needs_a_binary_stream() -> None:
    with pytest.raises(TypeError, match="this format is binary: give a binary stream"):
        XlsxWriter(io.StringIO())
