"""Stream the releases of an OCDS file without loading it whole.

Accepted shapes (the ones Find a Tender and ocdskit produce): a release package
(`{"releases": [...]}`), a record package (`{"records": [{"releases": [...]}]}`), JSON Lines of
releases or of packages, a JSON array of releases, and concatenated releases; any of them gzipped
(`.gz`). Packages are read with ijson, item by item; JSON Lines line by line, so a bad line is
reported and the next one read. A syntax error inside a package stops that file (ijson cannot
resynchronise) and is reported as a Problem at the release it was reading.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import ijson

from procrules.errors import InputError, Problem

_SNIFF = 1 << 20  # a first line longer than this is not taken for JSON Lines


@dataclass(frozen=True, slots=True)
class Position:
    """Where a release sits in its file."""

    source: str
    index: int  # 0-based count of releases in the file
    pointer: str  # JSON pointer within the line's or file's document: /releases/3
    line: int | None = None  # JSON Lines: 1-based line

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}{self.pointer and ' ' + self.pointer}"


@dataclass(frozen=True, slots=True)
class RawRelease:
    """One release read from a file, or why the reader could not read it."""

    position: Position
    release: dict[str, Any] | None
    problem: Problem | None = None


def _open(path: Path) -> IO[bytes]:
    try:
        fh: IO[bytes] = path.open("rb")
        if fh.read(2) == b"\x1f\x8b":
            fh.close()
            return gzip.open(path, "rb")  # type: ignore[return-value]  # a GzipFile is a binary IO
        fh.seek(0)
        return fh
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc


def _sniff(path: Path) -> str:
    """`jsonl` (one JSON value a line), `releases`/`records` (a package), `array` or `stream`."""
    with _open(path) as fh:
        first = fh.readline(_SNIFF)
        while first and not first.strip():
            first = fh.readline(_SNIFF)
        if first.endswith(b"\n") or len(first) < _SNIFF:
            try:
                if isinstance(json.loads(first), dict):
                    return "jsonl"
            except ValueError:
                pass
        fh.seek(0)
        depth = 0
        try:
            for prefix, event, value in ijson.parse(fh, multiple_values=True):
                if depth == 0 and event == "start_array":
                    return "array"
                if event in ("start_map", "start_array"):
                    depth += 1
                elif event in ("end_map", "end_array"):
                    depth -= 1
                    if depth == 0:
                        return "stream"
                elif event == "map_key" and prefix == "" and value in ("releases", "records"):
                    return str(value)
        except ijson.JSONError:
            return "stream"  # reported with its position when read
    return "stream"


def _problem(position: Position, message: str) -> Problem:
    return Problem(position.source, position.pointer, message, line=position.line)


def _from_document(doc: Any, source: str, line: int | None, start: int) -> Iterator[RawRelease]:
    """The releases of one parsed JSON value (a release, a package or a record package)."""
    if not isinstance(doc, dict):
        pos = Position(source, start, "", line)
        found = type(doc).__name__
        yield RawRelease(pos, None, _problem(pos, f"expected a release or package (an object), found {found}"))
        return
    if isinstance(doc.get("releases"), list):
        for i, rel in enumerate(doc["releases"]):
            yield _checked(rel, Position(source, start + i, f"/releases/{i}", line))
    elif isinstance(doc.get("records"), list):
        n = start
        for i, rec in enumerate(doc["records"]):
            for item in _from_record(rec, source, i, n, line):
                n += 1
                yield item
    else:
        yield _checked(doc, Position(source, start, "", line))


def _from_record(rec: Any, source: str, i: int, start: int, line: int | None) -> Iterator[RawRelease]:
    """The embedded releases of a record (or its compiled release when the releases are linked)."""
    base = f"/records/{i}"
    releases = rec.get("releases") if isinstance(rec, dict) else None
    embedded = [r for r in releases or [] if isinstance(r, dict) and "url" not in r]  # a linked one has a url
    if embedded:
        for j, rel in enumerate(embedded):
            yield _checked(rel, Position(source, start + j, f"{base}/releases/{j}", line))
    elif isinstance(rec, dict) and isinstance(rec.get("compiledRelease"), dict):
        yield _checked(rec["compiledRelease"], Position(source, start, f"{base}/compiledRelease", line))
    else:
        pos = Position(source, start, base, line)
        yield RawRelease(pos, None, _problem(pos, "the record has neither embedded releases nor a compiledRelease "
                                                  "(linked releases are not fetched)"))


def _checked(rel: Any, pos: Position) -> RawRelease:
    if isinstance(rel, dict):
        return RawRelease(pos, rel)
    return RawRelease(pos, None, _problem(pos, f"expected a release (an object), found {type(rel).__name__}"))


def _jsonl(path: Path, source: str) -> Iterator[RawRelease]:
    index = 0
    with _open(path) as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                doc = json.loads(raw)
            except ValueError as exc:
                pos = Position(source, index, "", number)
                yield RawRelease(pos, None, _problem(pos, f"not JSON ({exc}); the line is skipped"))
                index += 1
                continue
            for item in _from_document(doc, source, number, index):
                index += 1
                yield item


def _items(path: Path, source: str, kind: str) -> Iterator[RawRelease]:
    prefix = {"releases": "releases.item", "records": "records.item", "array": "item", "stream": ""}[kind]
    index = 0
    with _open(path) as fh:
        items = ijson.items(fh, prefix, multiple_values=True)  # concatenated packages too
        i = 0
        while True:
            try:
                item = next(items)
            except StopIteration:
                return
            except ijson.JSONError as exc:
                pointer = {"releases": f"/releases/{i}", "records": f"/records/{i}", "array": f"/{i}"}.get(kind, "")
                pos = Position(source, index, pointer)
                detail = str(exc).splitlines()[0]
                yield RawRelease(pos, None, _problem(pos, f"not valid JSON ({detail}); the rest of the file is "
                                                          "not read"))
                return
            if kind == "records":
                for rel in _from_record(item, source, i, index, None):
                    index += 1
                    yield rel
            else:
                pointer = {"releases": f"/releases/{i}", "array": f"/{i}"}.get(kind, "")
                yield _checked(item, Position(source, index, pointer))
                index += 1
            i += 1


def iter_releases(path: Path) -> Iterator[RawRelease]:
    """Every release of an OCDS file, in file order, with its position."""
    source = str(path)
    kind = _sniff(path)
    if kind == "jsonl":
        yield from _jsonl(path, source)
    else:
        yield from _items(path, source, kind)


def is_ocds(path: Path) -> bool:
    """Whether the file holds OCDS (a package, record package or releases) rather than records
    in procrules' own format: the first release it yields has an `ocid`. Reads one item."""
    try:
        first = next(iter_releases(path), None)
    except InputError:
        return False
    return first is not None and first.release is not None and "ocid" in first.release
