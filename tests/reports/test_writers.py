"""What every writer shares: the registry, one shape, any stream, flat memory."""

from __future__ import annotations

import gc
import io
import itertools
import json
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from procrules import ProcrulesError
from procrules.reports import FORMATS, WRITERS, Summary, open_writer, write_entries
from tests.reports import sample
from tests.reports.sample import render


def test_formats() -> None:
    assert FORMATS == ("jsonl", "csv", "xlsx", "junit", "sarif", "html")
    assert {f: WRITERS[f].suffix for f in FORMATS} == {
        "jsonl": ".jsonl", "csv": ".csv", "xlsx": ".xlsx", "junit": ".xml", "sarif": ".sarif", "html": ".html"}


def test_an_unknown_format() -> None:
    with pytest.raises(ProcrulesError) as caught:
        open_writer("sarf", io.BytesIO())
    assert str(caught.value) == (
        "unknown report format `sarf` (did you mean `sarif`?); choose one of jsonl, csv, xlsx, junit, sarif, html")


def test_one_pass_to_many_writers(entries: list[dict[str, Any]]) -> None:
    outs = {f: io.BytesIO() for f in FORMATS}
    summary = write_entries(iter(entries), [open_writer(f, out) for f, out in outs.items()])
    assert summary.records == len(entries)
    for f, out in outs.items():
        assert out.getvalue() == render(f, entries), f
        assert not out.closed


@pytest.mark.parametrize("format", [f for f in FORMATS if f != "xlsx"])
def test_a_text_stream_gets_the_same_output(format: str, entries: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    write_entries(entries, [open_writer(format, out)])
    assert out.getvalue() == render(format, entries).decode("utf-8")


@pytest.mark.parametrize("format", FORMATS)
def test_a_file(format: str, entries: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / f"report{WRITERS[format].suffix}"
    with path.open("wb") as out:
        write_entries(entries, [open_writer(format, out)])
    assert path.read_bytes() == render(format, entries)


def _many(n: int, base: list[str]) -> Iterator[dict[str, Any]]:
    """n fresh entries made on demand from their JSON (so a writer that kept them would pay for them)."""
    for i, line in zip(range(n), itertools.cycle(base), strict=False):
        entry: dict[str, Any] = json.loads(line)
        entry["record"] += f"#{i}"
        yield entry


class _Discard(io.RawIOBase):
    """A binary stream that forgets what it is given."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return len(data)


def _peak(format: str, n: int) -> int:
    """The most Python memory the writer held while writing n entries."""
    writer = open_writer(format, io.BytesIO() if format == "xlsx" else _Discard())
    base = [json.dumps(e) for e in sample.batch()]
    gc.collect()
    tracemalloc.start()
    try:
        for entry in _many(n, base):
            writer.write(entry)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        writer.close(Summary())


@pytest.mark.parametrize("format", FORMATS)
def test_python_memory_stays_flat(format: str) -> None:
    small, large = _peak(format, 100), _peak(format, 1_000)
    # Keeping the extra 900 entries (or their text) would take megabytes; garbage not yet collected takes less.
    assert large < small + 2 * 1024 * 1024, (small, large)


_RSS = """
import io, itertools, json, resource, sys
from procrules.reports import Summary, open_writer
base = [json.loads(line) for line in open(sys.argv[3], encoding="utf-8")]
class Discard(io.RawIOBase):
    def writable(self): return True
    def write(self, data): return len(data)
writer = open_writer(sys.argv[1], Discard())
summary = Summary()
for i, entry in zip(range(int(sys.argv[2])), itertools.cycle(base)):
    entry = {**entry, "record": f"{entry['record']}#{i}"}
    summary.add(entry)
    writer.write(entry)
writer.close(summary)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@pytest.mark.parametrize("format", ["junit", "html"])
def test_lxml_memory_stays_flat(format: str, tmp_path: Path) -> None:
    """lxml's memory is out of tracemalloc's sight, so measure the whole process (kB of peak RSS)."""
    entries = tmp_path / "entries.jsonl"
    entries.write_bytes(render("jsonl", sample.batch()))

    def rss(n: int) -> int:
        done = subprocess.run([sys.executable, "-c", _RSS, format, str(n), str(entries)], check=True,
                              capture_output=True, text=True, timeout=120)
        return int(done.stdout)

    small, large = rss(500), rss(8_000)
    assert large < small + 8 * 1024, (small, large)  # holding 7,500 more testcases takes about 14 MB


@pytest.mark.parametrize("format", FORMATS)
def test_discard_after_an_error_leaves_no_temporary_file(format: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def failing() -> Iterator[dict[str, Any]]:
        yield from sample.batch()[:3]
        raise RuntimeError("the register ended early")

    with pytest.raises(RuntimeError, match="the register ended early"):
        write_entries(failing(), [open_writer(format, io.BytesIO())])
    gc.collect()  # an unclosed temporary file would warn here, and warnings are errors
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("format", FORMATS)
def test_close_leaves_no_temporary_file(format: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    write_entries(sample.batch()[:3], [open_writer(format, io.BytesIO())])
    gc.collect()
    assert list(tmp_path.iterdir()) == []
