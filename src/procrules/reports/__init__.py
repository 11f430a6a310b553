"""Batch reports: a running summary and one streaming writer per output format.

    Summary                    counts over the batch, one entry at a time (memory ∝ rules + authorities)
    open_writer(format, out)   the writer for a format, over a binary or text stream
    write_entries(entries, ws) feed entries to writers in one pass, close them, return the Summary
    WRITERS / FORMATS          format name → writer class: jsonl, csv, xlsx, junit, sarif, html

Every writer has one shape: `Writer(stream)`, `write(entry)` for each entry in input order, then
`close(summary)`, or `discard()` to give up after an error (it frees the temporary files). An entry
is `CheckResult.to_json()` plus `"source": {"file", "row", "line"}` (and perhaps `"authority"`):
a dict, or the `PackedEntry` a batch gives (its JSON Lines line plus a digest the Summary reads;
see entries.py). Writers flush the stream at close and never close it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from procrules.errors import ProcrulesError
from procrules.reports.csv import CsvWriter
from procrules.reports.entries import Entry
from procrules.reports.html import HtmlWriter
from procrules.reports.jsonl import JsonlWriter
from procrules.reports.junit import JunitWriter
from procrules.reports.sarif import SarifWriter
from procrules.reports.streams import Stream
from procrules.reports.summary import Summary
from procrules.reports.xlsx import XlsxWriter
from procrules.suggest import did_you_mean


class Writer(Protocol):
    """What every format's writer does."""

    suffix: str

    def write(self, entry: Entry) -> None:
        """Write one entry (entries come in input order)."""

    def close(self, summary: Summary) -> None:
        """Finish the output, with the summary of every entry written."""

    def discard(self) -> None:
        """Give up on the output (after an error): free temporary files; what was written may be partial."""


class WriterClass(Protocol):
    """A writer's class: called with the stream."""

    suffix: str

    def __call__(self, stream: Stream) -> Writer: ...


WRITERS: dict[str, WriterClass] = {
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "xlsx": XlsxWriter,
    "junit": JunitWriter,
    "sarif": SarifWriter,
    "html": HtmlWriter,
}
FORMATS = tuple(WRITERS)


def open_writer(format: str, stream: Stream) -> Writer:
    """The writer for `format` over `stream`; a ProcrulesError names the formats when it is unknown."""
    try:
        cls = WRITERS[format]
    except KeyError:
        raise ProcrulesError(f"unknown report format `{format}`{did_you_mean(format, FORMATS)}; "
                             f"choose one of {', '.join(FORMATS)}") from None
    return cls(stream)


def write_entries(entries: Iterable[Entry], writers: Sequence[Writer]) -> Summary:
    """Write every entry to every writer in one pass, close them, and return the summary."""
    summary = Summary()
    try:
        for entry in entries:
            summary.add(entry)
            for w in writers:
                w.write(entry)
    except BaseException:
        for w in writers:
            w.discard()
        raise
    for w in writers:
        w.close(summary)
    return summary


__all__ = ["FORMATS", "WRITERS", "Entry", "Stream", "Summary", "Writer", "open_writer", "write_entries"]
