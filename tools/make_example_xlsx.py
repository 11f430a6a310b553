"""Write examples/registers/council-contracts.xlsx from the CSV beside it, as Excel would hold it.

Dates become date cells, amounts and CPV codes numbers; cells that are not what their column
needs (the two deliberately bad rows) stay text. The workbook's timestamps are fixed, so the
same CSV always gives the same bytes.

    python tools/make_example_xlsx.py [--csv PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT / "examples" / "registers" / "council-contracts.csv"
FIXED = datetime(2026, 1, 1)
DATE_COLUMNS = {"Procurement Start Date", "Tender Notice Published", "Transparency Notice Published",
                "Award Notice Published", "Date Signed", "Contract Details Notice Published", "Start Date",
                "End Date", "Review Date"}
MONEY_COLUMNS = {"Contract Value", "Irrecoverable VAT"}


def typed(heading: str, text: str) -> Any:
    """The cell value Excel would hold for `text` under `heading`."""
    if not text:
        return None
    if heading in DATE_COLUMNS:
        for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
            try:
                return datetime.strptime(text, fmt)
            except ValueError:
                pass
        return text
    if heading in MONEY_COLUMNS and re.fullmatch(r"£?[\d,]+(\.\d+)?", text):
        return float(text.lstrip("£").replace(",", ""))
    if heading == "CPV Code" and text.isdigit():
        return int(text)
    return text


def workbook_bytes(csv_path: Path) -> bytes:
    """The example workbook for one CSV register, with fixed timestamps."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Contracts register"
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        sheet.append(header)
        for row in rows:
            sheet.append([typed(h, t) for h, t in zip(header, row, strict=True)])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, datetime):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(cell.value, float):
                cell.number_format = "£#,##0.00"
    book.properties.creator = "tools/make_example_xlsx.py"
    book.properties.created = FIXED
    raw = io.BytesIO()
    book.save(raw)
    return _fix_timestamps(raw.getvalue())


def _fix_timestamps(data: bytes) -> bytes:
    """Rewrite the zip with fixed entry times and a fixed `modified` property (openpyxl sets now)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=CSV)
    parser.add_argument("--out", type=Path, default=None, help="default: the CSV's name with .xlsx")
    args = parser.parse_args()
    out = args.out or args.csv.with_suffix(".xlsx")
    out.write_bytes(workbook_bytes(args.csv))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
