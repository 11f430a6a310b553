"""Every input a batch reads, as a stream of items: one per register row, JSON line or procurement.

CSV and XLSX go through a column mapping (io/mapping.py, io/tabular.py), OCDS through the OCDS
reader (ocds/), JSON Lines and JSON lists of records are streamed here, YAML files are read whole
(they are written by hand, so small). `-` is standard input (JSON Lines, or a JSON list). Nothing is
dropped: an unreadable row is an item carrying its problems.

A JSON Lines item carries only its line's raw text and number; `parse_line` (run by the batch's
worker processes) decodes and parses it, so the main process just splits lines.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

import ijson
import orjson

from procrules.errors import InputError, Problem
from procrules.io.records import read_file

#: Top-level keys that mark an OCDS release or record package, or a release itself.
_OCDS_KEYS = frozenset({"releases", "records", "ocid", "uri", "publishedDate", "publisher", "extensions"})


@dataclass(slots=True)
class Item:
    """One input unit: where it came from, the record data (None when unreadable) and problems;
    a JSON Lines item carries only its raw text until `parse_line` reads it."""

    file: str
    row: int | None = None  # spreadsheet row (header is row 1)
    line: int | None = None  # JSON Lines line
    data: dict[str, Any] | None = None
    text: bytes | str | None = None  # a JSON Lines line not yet parsed (parse_line, in the worker)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    record: Any = None  # an already validated Record (YAML input)
    columns: dict[str, str] | None = None  # register input: record pointer → the column it came from

    @property
    def label(self) -> str:
        """The record's id, else where it is."""
        if self.record is not None:
            return str(self.record.id)
        if isinstance(self.data, dict) and self.data.get("id"):
            return str(self.data["id"])
        where = f"row {self.row}" if self.row else f"line {self.line}" if self.line else ""
        return f"{self.file}:{where}" if where else self.file


def _json_lines(lines: Iterable[bytes | str], source: str, start: int = 1) -> Iterator[Item]:
    """An item per line that is not blank, carrying its raw text: the worker parses it (parse_line)."""
    for number, raw in enumerate(lines, start):
        if not _blank(raw, number):
            yield Item(source, line=number, text=raw)


def _decode(raw: bytes | str, number: int) -> str:
    return raw.decode("utf-8-sig" if number == 1 else "utf-8") if isinstance(raw, bytes) else raw


def _blank(raw: bytes | str, number: int) -> bool:
    """True for a line of white space only (it gives no item)."""
    if isinstance(raw, bytes):
        stripped = raw.strip()
        if stripped[:1] == b"{":  # nearly every line: a record, without decoding it here
            return False
        try:
            raw = _decode(raw, number)  # else decode: a BOM or Unicode white space (U+00A0…) is blank too
        except UnicodeDecodeError:
            return False
    return not raw.strip()


def parse_line(item: Item) -> Item:
    """A JSON Lines item with its text decoded and parsed: its data, or the problem with the line."""
    if item.text is None:
        return item
    source, number = item.file, item.line or 0
    out = replace(item, text=None)
    fast = _fast(item.text)
    if fast is not None:
        out.data = fast
        return out
    try:
        text = _decode(item.text, number)
    except UnicodeDecodeError as exc:
        out.problems = [Problem(
            source, "", f"line {number} is not UTF-8 ({exc.reason} at byte {exc.start}); save it as UTF-8", number)]
        return out
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        out.problems = [Problem(
            source, "", f"line {number} is not JSON: {exc.msg} at column {exc.colno}", number, exc.colno)]
        return out
    if not isinstance(data, dict):
        out.problems = [Problem(
            source, "", f"line {number}: expected a record (a JSON object), found {type(data).__name__}", number)]
    else:
        out.data = data
    return out


#: A run of digits orjson might not read as the standard library does: it turns an integer beyond
#: 64 bits into a float. Such lines (rare) are read by the standard library instead.
_LONG_NUMBER = re.compile(rb"[0-9]{17}")


def _fast(raw: bytes | str) -> dict[str, Any] | None:
    """A line's record as orjson reads it (about three times faster than the standard library),
    or None to read it the standard way: a line orjson refuses (bad UTF-8, a BOM, NaN, a lone
    surrogate, bad JSON, a number too large), one not a JSON object, or one with a long number.
    What it gives is what the standard library gives."""
    if not isinstance(raw, bytes) or _LONG_NUMBER.search(raw):
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def _json_list(stream: IO[bytes], source: str) -> Iterator[Item]:
    try:
        for index, data in enumerate(ijson.items(stream, "item", use_float=True)):
            if isinstance(data, dict):
                yield Item(source, row=None, line=None, data=data)
            else:
                yield Item(source, problems=[Problem(source, f"/{index}", "expected a record (a JSON object)")])
    except ijson.JSONError as exc:
        yield Item(source, problems=[Problem(source, "", f"not valid JSON: {exc}")])


def _first_key(path: Path) -> str | None:
    """The first top-level key of a JSON object file (None for a list or an empty file)."""
    with path.open("rb") as stream:
        try:
            for prefix, event, value in ijson.parse(stream):
                if prefix == "" and event == "start_array":
                    return None
                if prefix == "" and event == "map_key":
                    return str(value)
        except ijson.JSONError:
            return None
    return None


def _first_line(path: Path) -> dict[str, Any] | None:
    with path.open(encoding="utf-8", errors="replace") as stream:
        for text in stream:
            if text.strip():
                try:
                    data = json.loads(text)
                except json.JSONDecodeError:
                    return None
                return data if isinstance(data, dict) else None
    return None


def _ocds(path: Path) -> Iterator[Item]:
    from procrules.ocds.read import iter_ocds_records

    for found in iter_ocds_records(path):
        first = found.positions[0] if found.positions else None
        yield Item(str(path), line=first.line if first else None, data=found.data,
                   problems=list(found.problems), warnings=list(found.warnings))


def _tabular(path: Path, mapping: Path | None, sheet: str | None) -> Iterator[Item]:
    from procrules.io.tabular import iter_rows, load_mapping

    chosen = load_mapping(mapping)
    columns = {fm.pointer: fm.headings[0] for fm in chosen.fields if fm.headings}
    for row in iter_rows(path, chosen, sheet=sheet):
        warnings = [p for p in row.problems if p.subject == "warning"] if row.data is not None else []
        problems = [p for p in row.problems if p not in warnings]
        yield Item(str(path), row=row.number, data=row.data, problems=problems, warnings=warnings, columns=columns)


def _json_file(path: Path) -> Iterator[Item]:
    key = _first_key(path)
    if key in _OCDS_KEYS:
        yield from _ocds(path)
    elif key is None:
        with path.open("rb") as stream:
            yield from _json_list(stream, str(path))
    else:
        yield from _yaml(path)


def _yaml(path: Path) -> Iterator[Item]:
    for loaded in read_file(path):
        yield Item(str(path), record=loaded.record, problems=loaded.problems,
                   data=None if loaded.record is not None else {"id": loaded.label})


def _stdin() -> Iterator[Item]:
    """Standard input: a JSON list if it starts with `[`, else JSON Lines (read as bytes, so a line
    that is not UTF-8 is that line's error; numbered as the lines arrived, blank ones included)."""
    stream: IO[bytes] = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(sys.stdin.read().encode())
    head, skipped = stream.read(1), 0
    while head and head.isspace():
        skipped += head == b"\n"
        head = stream.read(1)
    if head == b"[":
        yield from _json_list(io.BytesIO(head + stream.read()), "<stdin>")
    elif head:
        yield from _json_lines(_chain(head + stream.readline(), stream), "<stdin>", start=1 + skipped)


def _chain(first: bytes, stream: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from stream


_SUFFIXES = (".csv", ".xlsx", ".jsonl", ".ndjson", ".json", ".yaml", ".yml")


def check_inputs(paths: list[str]) -> None:
    """Raise an InputError now (not midway through a batch) for a missing or unknown input."""
    for name in paths:
        if name == "-":
            continue
        path = Path(name)
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        if path.suffix.lower() not in _SUFFIXES:
            raise InputError(f"{path}: unknown kind of file; expected .csv, .xlsx, .jsonl, .json, .yaml or -")


def iter_items(paths: list[str], *, mapping: Path | None = None, sheet: str | None = None) -> Iterator[Item]:
    """Every item of every input, in order; `-` is standard input."""
    check_inputs(paths)
    for name in paths:
        if name == "-":
            yield from _stdin()
            continue
        path = Path(name)
        suffix = path.suffix.lower()
        if suffix in (".csv", ".xlsx"):
            yield from _tabular(path, mapping, sheet)
        elif suffix in (".jsonl", ".ndjson"):
            first = _first_line(path)
            if first is not None and ("ocid" in first or "releases" in first or "records" in first):
                yield from _ocds(path)
            else:
                with path.open("rb") as stream:
                    yield from _json_lines(stream, str(path))
        elif suffix == ".json":
            yield from _json_file(path)
        else:
            yield from _yaml(path)
