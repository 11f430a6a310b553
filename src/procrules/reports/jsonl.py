"""JSON Lines: each entry, whole, on its own line.

Keys sorted, UTF-8 unescaped, compact separators, so the same batch gives the same bytes.
Nothing is kept between entries; the summary is not written here. A `PackedEntry` (what the
batch's workers send) is written as the line it carries.

Lines are encoded by orjson, about five times faster than the standard library on a batch
entry; what orjson refuses (an integer beyond 64 bits, a lone surrogate) goes through the
standard library, which writes the integer and raises UnicodeEncodeError for the surrogate.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import IO, Any, cast

import orjson

from procrules.reports.entries import Digest, Entry, PackedEntry, digest
from procrules.reports.streams import Stream, TextOut, is_text
from procrules.reports.summary import Summary


def encode(entry: Entry) -> bytes:
    """One entry as its JSON Lines line in UTF-8 (without the newline)."""
    return _encoded(entry)[0]


def _encoded(entry: Entry) -> tuple[bytes, Callable[[bytes], Any]]:
    """One entry's line, and what parses it back exactly: orjson what orjson wrote (about three
    times faster), the standard library what only the standard library could write."""
    try:
        return orjson.dumps(entry, option=orjson.OPT_SORT_KEYS), orjson.loads
    except TypeError:  # orjson.JSONEncodeError: a value orjson does not take
        text = json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8"), json.loads


def dumps(entry: Entry) -> str:
    """One entry as its JSON Lines line (without the newline)."""
    return encode(entry).decode("utf-8")


def pack(entry: Entry, shared: dict[bytes, Any] | None = None) -> PackedEntry:
    """The entry as its line and digest. Each part of the digest goes through JSON, so it holds
    exactly what parsing the line would give; given `shared` (one dict for the entries of a
    chunk), equal key lists, findings and prompts become one object, so the chunk pickles small."""
    memo: dict[bytes, Any] = {} if shared is None else shared

    def one(value: Any) -> Any:
        line, parse = _encoded(value)
        found = memo.get(line)
        if found is None:
            found = memo[line] = parse(line)
        return found

    def fresh(value: Any) -> Any:
        line, parse = _encoded(value)
        return parse(line)

    raw = digest(entry)
    packed: Digest = {"keys": one(raw["keys"]), "fields": fresh(raw["fields"]),
                      "findings": [one(f) for f in raw["findings"]], "prompts": [one(p) for p in raw["prompts"]]}
    return PackedEntry(encode(entry), packed)


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
            self._binary.write((encode(entry) if line is None else line) + b"\n")
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
