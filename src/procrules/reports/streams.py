"""Writers take whatever stream they are given, text or binary; these adapt it.

The caller owns the stream: writers flush it at close but never close it.
"""

from __future__ import annotations

import codecs
import io
from typing import IO, Any, cast

#: What a writer writes to: a binary file (`open(path, "wb")`, `BytesIO`, `sys.stdout.buffer`) or a
#: text one (`open(path, "w", encoding="utf-8", newline="")`, `StringIO`, `sys.stdout`).
Stream = IO[bytes] | IO[str]


def is_text(stream: Stream) -> bool:
    """True for a text stream (it takes `str`)."""
    return isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding")


class TextOut:
    """A text view of the stream: itself when it is text, else UTF-8 over it (detached at close)."""

    def __init__(self, stream: Stream) -> None:
        self._wrapper: io.TextIOWrapper | None = None
        if is_text(stream):
            self.text = cast(IO[str], stream)
        else:
            self._wrapper = io.TextIOWrapper(cast(Any, stream), encoding="utf-8", newline="", write_through=True)
            self.text = self._wrapper

    def close(self) -> None:
        """Flush, and let go of the caller's binary stream without closing it."""
        self.text.flush()
        if self._wrapper is not None:
            self._wrapper.detach().flush()


class _DecodingSink:
    """A binary file-like over a text stream with no `.buffer` (a `StringIO`)."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text
        self._decoder = codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> int:
        self._text.write(self._decoder.decode(data))
        return len(data)

    def flush(self) -> None:
        self._text.write(self._decoder.decode(b"", final=True))
        self._text.flush()


def binary_out(stream: Stream, *, decode: bool = True) -> IO[bytes]:
    """A binary view of the stream: itself, a text stream's `.buffer`, or (if `decode`) a
    sink that decodes UTF-8 into the text stream. Raises TypeError when none is possible."""
    if not is_text(stream):
        return cast(IO[bytes], stream)
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        return cast(IO[bytes], buffer)
    if decode:
        return cast(IO[bytes], _DecodingSink(cast(IO[str], stream)))
    raise TypeError("this format is binary: give a binary stream (open the file with 'wb', or use BytesIO)")
