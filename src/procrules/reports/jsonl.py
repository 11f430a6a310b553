"""JSON Lines: each entry, whole, on its own line.

Keys sorted, UTF-8 unescaped (`ensure_ascii=False`), compact separators, so the same batch
gives the same bytes. Nothing is kept between entries; the summary is not written here.
"""

from __future__ import annotations

import json

from procrules.reports.entries import Entry
from procrules.reports.streams import Stream, TextOut
from procrules.reports.summary import Summary


def dumps(entry: Entry) -> str:
    """One entry as its JSON Lines line (without the newline)."""
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class JsonlWriter:
    """Writes each entry as one line of JSON."""

    suffix = ".jsonl"

    def __init__(self, stream: Stream) -> None:
        self._out = TextOut(stream)

    def write(self, entry: Entry) -> None:
        """Write one entry."""
        self._out.text.write(dumps(entry) + "\n")

    def close(self, summary: Summary) -> None:
        """Flush (the summary is not part of JSON Lines)."""
        self._out.close()

    def discard(self) -> None:
        """Stop early (the rows so far stay written)."""
        self._out.close()
