"""CSV: a header, then one row per finding, per input error, and per record with neither.

The rows are `procrules.reports.rows`: a row per finding (record id, source file/row/line,
authority, rule, severity, title, message, legal reference and its address, what to do to
comply); an input error is a row with rule `INPUT-ERROR` and the problem (file:line:column,
JSON pointer, message) as its message; a record with no finding is one row titled
"No findings". Formula injection is neutralised: any cell beginning with `=`, `+`, `-`, `@`,
tab or carriage return (or the full-width `＝＋－＠`) gets a leading `'`. Streamed row by row.
Give a text stream opened with `newline=""` (the csv module writes `\\r\\n` itself).
"""

from __future__ import annotations

import csv

from procrules.reports.entries import Entry
from procrules.reports.rows import COLUMNS, rows
from procrules.reports.streams import Stream, TextOut
from procrules.reports.summary import Summary


class CsvWriter:
    """Writes the finding rows of each entry as CSV."""

    suffix = ".csv"

    def __init__(self, stream: Stream) -> None:
        self._out = TextOut(stream)
        self._csv = csv.writer(self._out.text)
        self._csv.writerow(COLUMNS)

    def write(self, entry: Entry) -> None:
        """Write the entry's rows."""
        self._csv.writerows(rows(entry))

    def close(self, summary: Summary) -> None:
        """Flush (the summary is not part of the CSV)."""
        self._out.close()

    def discard(self) -> None:
        """Stop early (the rows so far stay written)."""
        self._out.close()
