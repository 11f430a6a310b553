"""XLSX: sheet "Findings" with the CSV rows, and sheet "Summary" (first in the workbook) written at close.

Streaming: an openpyxl write-only workbook, whose sheets go row by row to temporary files and
whose strings are written inline (no shared-string table in memory). A sheet holds at most
1,048,575 rows under its header; more go on "Findings 2", "Findings 3", ...

Safety: the cells are `procrules.reports.rows`, so a cell beginning with `=`, `+`, `-`, `@`, tab
or carriage return has a leading `'`; every text cell is also typed as a string, so openpyxl
never reads one as a formula or an error code. Characters XML cannot hold become U+FFFD and
text is cut at Excel's 32,767 characters.

Determinism: the document properties carry a fixed date, and the archive is rewritten with a
fixed timestamp on every member, so the same entries give the same bytes.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from datetime import datetime
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

from procrules.reports.entries import SEVERITIES, Entry, xml_text
from procrules.reports.rows import COLUMNS, Cell, neutralise, rows
from procrules.reports.streams import Stream, binary_out
from procrules.reports.summary import Summary

#: The date in the workbook's properties and on every member of the archive.
FIXED_DATE = datetime(2000, 1, 1)
#: Rows a sheet can hold below its header (Excel's limit is 1,048,576 rows).
MAX_ROWS = 1_048_575
_MAX_CELL = 32_767
_ZIP_STAMP = (FIXED_DATE.year, FIXED_DATE.month, FIXED_DATE.day, 0, 0, 0)
_WIDTHS = {"record": 22, "file": 24, "authority": 24, "rule": 22, "title": 40, "message": 80, "legal_ref": 24,
           "legal_url": 30, "to_comply": 60}
_BOLD = Font(bold=True)


class XlsxWriter:
    """Writes the finding rows to an XLSX workbook, and the summary at close."""

    suffix = ".xlsx"

    def __init__(self, stream: Stream, *, max_rows: int = MAX_ROWS) -> None:
        self._out = binary_out(stream, decode=False)
        self._max_rows = max_rows
        self._wb = Workbook(write_only=True)
        self._sheets = 0
        self._rows = 0
        self._sheet: Any = None
        self._new_sheet()

    def _cell(self, sheet: Any, value: Cell, bold: bool = False) -> Any:
        if value is None or isinstance(value, int):
            cell = WriteOnlyCell(sheet, value=value)
        else:
            text = neutralise(xml_text(value))
            cell = WriteOnlyCell(sheet, value=text if len(text) <= _MAX_CELL else text[:_MAX_CELL - 1] + "…")
            cell.data_type = "s"  # never a formula or an error code, whatever the text
        if bold:
            cell.font = _BOLD
        return cell

    def _finish_sheet(self) -> None:
        last = get_column_letter(len(COLUMNS))
        self._sheet.auto_filter.ref = f"A1:{last}{self._rows + 1}"

    def _new_sheet(self) -> None:
        if self._sheet is not None:
            self._finish_sheet()
        self._sheets += 1
        self._sheet = self._wb.create_sheet("Findings" if self._sheets == 1 else f"Findings {self._sheets}")
        for i, name in enumerate(COLUMNS, 1):
            self._sheet.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(name, 10)
        self._sheet.freeze_panes = "A2"
        self._sheet.append([self._cell(self._sheet, name, bold=True) for name in COLUMNS])
        self._rows = 0

    def write(self, entry: Entry) -> None:
        """Write the entry's rows."""
        for row in rows(entry):
            if self._rows == self._max_rows:
                self._new_sheet()
            self._sheet.append([self._cell(self._sheet, v) for v in row])
            self._rows += 1

    def _summary_sheet(self, summary: Summary) -> None:
        ws = self._wb.create_sheet("Summary")
        ws.column_dimensions["A"].width = 40
        ws.column_dimensions["B"].width = 60
        for col in "CDEFG":
            ws.column_dimensions[col].width = 14

        def add(*values: Cell, bold: bool = False) -> None:
            ws.append([self._cell(ws, v, bold) for v in values])

        add("procrules batch summary", bold=True)
        add("Records", summary.records)
        add("Records with findings", summary.records_with_findings)
        add("Records with error findings", summary.records_with_error_findings)
        add("Records with input errors", summary.records_with_input_errors)
        for severity, n in summary.findings_by_severity.items():
            add(f"Findings: {severity}", n)
        add("Prompts", summary.prompts)
        add()
        add("Rule", "Title", "Severity", "Findings", "Legal reference", bold=True)
        for rule, t in summary.rules_by_count():
            add(rule, t.title, t.severity, t.count, t.legal_ref)
        add()
        add("Prompt", "Title", "", "Prompts", "Legal reference", bold=True)
        for rule, t in sorted(summary.prompts_by_rule.items()):
            add(rule, t.title, "", t.count, t.legal_ref)
        add()
        add("Authority", "", "Records", "With findings", "Input errors", *(s.capitalize() for s in SEVERITIES),
            bold=True)
        for name, a in summary.authorities_by_findings():
            add(name or "(not named)", "", a.records, a.records_with_findings, a.records_with_input_errors,
                *(a.findings_by_severity[s] for s in SEVERITIES))
        self._wb.move_sheet("Summary", offset=-(len(self._wb.worksheets) - 1))
        self._wb.active = 0

    def discard(self) -> None:
        """Give up and write nothing: openpyxl's temporary sheet files go only by saving, so save to nowhere."""
        self._finish_sheet()
        ExcelWriter(self._wb, ZipFile(_Nowhere(), "w", ZIP_DEFLATED, allowZip64=True)).save()

    def close(self, summary: Summary) -> None:
        """Write the summary sheet and the workbook."""
        self._finish_sheet()
        self._summary_sheet(summary)
        props = self._wb.properties
        props.creator = props.lastModifiedBy = "procrules"
        props.created = props.modified = FIXED_DATE
        with tempfile.TemporaryFile() as tmp:
            # ExcelWriter, not Workbook.save: save stamps `modified` with the time of day.
            ExcelWriter(self._wb, ZipFile(tmp, "w", ZIP_DEFLATED, allowZip64=True)).save()
            tmp.seek(0)
            _restamp(tmp, self._out)
        self._out.flush()


class _Nowhere(io.RawIOBase):
    """A binary stream that forgets what it is given."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return len(data)


def _restamp(source: IO[bytes], target: IO[bytes]) -> None:
    """Copy a zip archive member by member, each with the fixed date (zip stores local time of day)."""
    with ZipFile(source) as src, ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True) as dst:
        for info in src.infolist():
            fixed = ZipInfo(info.filename, date_time=_ZIP_STAMP)
            fixed.compress_type = ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.file_size = info.file_size
            with src.open(info) as r, dst.open(fixed, "w") as w:
                shutil.copyfileobj(r, w, 1 << 20)
