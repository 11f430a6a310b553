"""Read contracts registers (CSV or XLSX) row by row into record data, through a column mapping.

    load_mapping(path)         a mapping YAML file (None: the bundled contracts-register mapping)
    iter_rows(path, mapping)   each non-blank row as Row(number, data, problems), streamed

The mapping (Mapping, FieldMap, load_mapping) lives in io/mapping.py and the cell converters in
io/cells.py; the public names are re-exported here. A bad cell is a Problem naming the row, the
heading and the field; it never stops the reader. Problems on a row whose data is not None are
warnings (subject "warning").
"""

from __future__ import annotations

import codecs
import csv
import difflib
import warnings
from collections.abc import Generator, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from procrules.errors import InputError, Problem
from procrules.io.cells import DATE_FORMATS, MONEY_EXPECTED, SKIP, BadCell, match_key, quoted, to_text
from procrules.io.mapping import BUNDLED, FieldMap, Mapping, load_mapping, required_paths
from procrules.suggest import did_you_mean

__all__ = ["BUNDLED", "DATE_FORMATS", "MONEY_EXPECTED", "FieldMap", "Mapping", "Row", "iter_rows", "load_mapping"]

_Bound = list[tuple[FieldMap, int | None, str]]  # each field with its column's index and heading


@dataclass(slots=True)
class Row:
    """One register row: its spreadsheet row number, record data (None if unusable), problems."""

    number: int
    data: dict[str, Any] | None
    problems: list[Problem]


def _encoding(path: Path) -> tuple[str, Problem | None]:
    """utf-8-sig, or cp1252 with a warning when the file is not UTF-8 (one streaming pass).

    UTF-16 with a byte-order mark (Excel's "Unicode Text") is read as such.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as f:
        if f.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16", None
        f.seek(0)
        while chunk := f.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                line += chunk[: exc.start].count(b"\n")
                break
            line += chunk.count(b"\n")
        else:
            return "utf-8-sig", None
        f.seek(0)
        while chunk := f.read(1 << 20):
            try:
                chunk.decode("cp1252")
            except UnicodeDecodeError as exc2:
                raise InputError(f"{path}: neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8") from exc2
    return "cp1252", Problem(str(path), "", f"not UTF-8 (line {line}); read as Windows-1252 (cp1252): check £ signs "
                                            "and accented letters, or save the file as CSV UTF-8", subject="warning")


def _csv_rows(path: Path, delimiter: str, notes: list[Problem]) -> Generator[tuple[Any, ...]]:
    encoding, warning = _encoding(path)
    if warning:
        notes.append(warning)
    with path.open(encoding=encoding, newline="") as f:
        reader = csv.reader(f, delimiter=delimiter)
        try:
            for row in reader:
                yield tuple(row)
        except csv.Error as exc:
            raise InputError(f"{path}: line {reader.line_num} is not readable as CSV ({exc})") from exc


def _xlsx_rows(path: Path, sheet: str | None) -> Generator[tuple[Any, ...]]:
    import openpyxl  # type: ignore[import-untyped, unused-ignore]

    try:
        with warnings.catch_warnings():  # openpyxl warns about styles and extensions it drops
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl errors all mean the same thing here
        raise InputError(f"{path}: not a readable Excel .xlsx workbook ({exc})") from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise InputError(f'{path}: no sheet "{sheet}"{did_you_mean(sheet, book.sheetnames)}; '
                             f"sheets: {', '.join(book.sheetnames)}")
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        ws.reset_dimensions()  # some writers record a wrong used range; read every cell
        yield from ws.iter_rows(values_only=True)
    finally:
        book.close()


def _closest(names: tuple[str, ...], headings: list[str]) -> str | None:
    """The heading most like any of `names` (a containing heading counts as close), if any is."""
    def score(heading: str) -> float:
        b = match_key(heading)
        return max(max(difflib.SequenceMatcher(None, a, b).ratio(), 0.8 if a in b or b in a else 0.0)
                   for a in map(match_key, names))
    best = max(headings, key=score, default=None)
    return best if best is not None and score(best) >= 0.5 else None


def _bind(header: tuple[Any, ...], mapping: Mapping, source: str, number: int) -> _Bound:
    """Each field with the index and heading of its column; InputError naming every missing column."""
    if not any(c is not None and str(c).strip() for c in header):
        raise InputError(f"{source}: row {number} should hold the column headings but is blank")
    headings = [to_text(h).strip() if h is not None else "" for h in header]
    where: dict[str, list[int]] = {}
    for i, h in enumerate(headings):
        if h:
            where.setdefault(match_key(h), []).append(i)
    bound: _Bound = []
    problems: list[Problem] = []
    required = set(required_paths()) - {"id"}  # a row without an id is named by its number
    subject = f"row {number} (headings)"
    for fm in mapping.fields:
        if fm.constant is not SKIP:
            bound.append((fm, None, ""))
            continue
        found = next((h for h in fm.headings if match_key(h) in where), None)
        if found is not None and len(where[match_key(found)]) > 1:
            problems.append(Problem(source, fm.pointer, f'{len(where[match_key(found)])} columns are headed "{found}"; '
                                    "rename all but one", subject=subject))
        elif found is not None:
            i = where[match_key(found)][0]
            bound.append((fm, i, headings[i]))
        elif fm.default is not SKIP:
            bound.append((fm, None, ""))
        elif not fm.optional or fm.path in required:
            wanted = " or ".join(f'"{h}"' for h in fm.headings)
            near = _closest(fm.headings, [h for h in headings if h])
            hint = (f'; the closest heading is "{near}"' if near else
                    "; the headings are " + ", ".join(f'"{h}"' for h in headings[:12] if h))
            problems.append(Problem(source, fm.pointer, f"no column headed {wanted} (for {fm.path}){hint}",
                                    subject=subject))
    if problems:
        raise InputError(f"{source}: the register lacks columns the mapping needs ({mapping.source})", problems)
    return bound


def iter_rows(path: Path, mapping: Mapping, *, sheet: str | None = None) -> Iterator[Row]:
    """Each non-blank data row of a CSV or XLSX register, converted to record data through `mapping`.

    Streams: one row in memory at a time. Whole-file problems (unreadable file, missing columns)
    raise InputError on the first `next()`; cell problems come in the Row.
    """
    source, suffix = str(path), path.suffix.lower()
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    notes: list[Problem] = []
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path, sheet or mapping.sheet)
    elif suffix in (".csv", ".txt", ".tsv"):
        if sheet is not None:
            raise InputError(f"{path}: --sheet is for .xlsx workbooks; a CSV file has one table")
        rows = _csv_rows(path, "\t" if suffix == ".tsv" else mapping.delimiter, notes)
    elif suffix == ".xls":
        raise InputError(f"{path}: an old-style .xls workbook; save it as .xlsx or CSV")
    else:
        raise InputError(f"{path}: expected a .csv or .xlsx register")
    bound: _Bound | None = None
    with closing(rows):
        for number, cells in enumerate(rows, start=1):
            if number < mapping.header_row:
                continue
            if bound is None:
                bound = _bind(cells, mapping, source, number)
            elif any(cells) and not all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                yield _row(number, cells, bound, mapping.blank_values, path, notes)
                notes = []
    if bound is None:
        raise InputError(f"{path}: no column headings (the file is empty)")


def _row(number: int, cells: tuple[Any, ...], bound: _Bound, blanks: frozenset[str],
         path: Path, problems: list[Problem]) -> Row:
    """One data row converted: record data, or None when a cell could not be read."""
    data: dict[str, Any] = {}
    bad = False
    for fm, index, heading in bound:
        raw = cells[index] if index is not None and index < len(cells) else None
        try:
            value = fm.read(raw, blanks)
        except BadCell as exc:
            bad = True
            problems.append(Problem(str(path), fm.pointer, f"expected {exc.expected}; found {quoted(raw)}{exc.hint}",
                                    subject=f'row {number}, column "{heading}"'))
            continue
        if value is not SKIP:
            fm.put(data, value)
    data.setdefault("id", f"{path.stem}:row {number}")
    return Row(number, None if bad else data, problems)
