"""JSON Lines: each entry, whole, on its own line.

Keys sorted, UTF-8 unescaped (`ensure_ascii=False`), compact separators, so the same batch
gives the same bytes. Nothing is kept between entries; the summary is not written here.
A `PackedEntry` (what the batch's workers send) is written as the line it carries.
"""

from __future__ import annotations

import json
from typing import IO, Any, cast

from procrules.reports.entries import Digest, Entry, PackedEntry, digest
from procrules.reports.streams import Stream, TextOut, is_text
from procrules.reports.summary import Summary


def dumps(entry: Entry) -> str:
    """One entry as its JSON Lines line (without the newline)."""
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def pack(entry: Entry, shared: dict[str, Any] | None = None) -> PackedEntry:
    """The entry as its line and digest. Each part of the digest goes through JSON, so it holds
    exactly what parsing the line would give; given `shared` (one dict for the entries of a
    chunk), equal key lists, findings and prompts become one object, so the chunk pickles small."""
    memo: dict[str, Any] = {} if shared is None else shared

    def one(value: Any) -> Any:
        text = dumps(value)
        found = memo.get(text)
        if found is None:
            found = memo[text] = json.loads(text)
        return found

    raw = digest(entry)
    packed: Digest = {"keys": one(raw["keys"]), "fields": json.loads(dumps(raw["fields"])),
                      "findings": [one(f) for f in raw["findings"]], "prompts": [one(p) for p in raw["prompts"]]}
    return PackedEntry(dumps(entry).encode("utf-8"), packed)


class JsonlWriter:
    """Writes each entry as one line of JSON (as bytes, straight to a binary stream)."""

    suffix = ".jsonl"

    def __init__(self, stream: Stream) -> None:
        self._text = TextOut(stream) if is_text(stream) else None
        self._binary = cast(IO[bytes], stream)

    def write(self, entry: Entry) -> None:
        """Write one entry."""
        line = entry.line if isinstance(entry, PackedEntry) else None
        if self._text is None:
            self._binary.write((dumps(entry).encode("utf-8") if line is None else line) + b"\n")
        else:
            self._text.text.write((dumps(entry) if line is None else line.decode("utf-8")) + "\n")

    def close(self, summary: Summary) -> None:
        """Flush (the summary is not part of JSON Lines)."""
        self.discard()

    def discard(self) -> None:
        """Stop early (the rows so far stay written)."""
        if self._text is None:
            self._binary.flush()
        else:
            self._text.close()
