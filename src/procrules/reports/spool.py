"""Elements written to a temporary file as they come, and replayed into the real output at close.

The XML and HTML writers learn their totals only at the end, yet those totals go at the top.
Rather than hold every element in memory, a spool serialises each one to disk with
`lxml.etree.xmlfile`; `replay` parses them back one at a time (`iterparse`, each element
cleared once written) into the final `xmlfile`/`htmlfile`. Memory stays at one element.
"""

from __future__ import annotations

import tempfile
from contextlib import ExitStack
from typing import Any

from lxml import etree  # type: ignore[import-untyped]


class Spool:
    """A temporary file of elements, in the order added."""

    def __init__(self) -> None:
        self.count = 0
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 -- open until close()
        self._stack = ExitStack()
        self._xf = self._stack.enter_context(etree.xmlfile(self._file, encoding="utf-8"))
        self._stack.enter_context(self._xf.element("spool"))

    def add(self, element: Any) -> None:
        """Write one element (an `lxml.etree._Element`) to the spool."""
        self._xf.write(element)
        self.count += 1

    def replay(self, xf: Any, *, pretty_print: bool = False) -> None:
        """Write every element, in order, into the open `xmlfile`/`htmlfile` `xf`, then discard the spool."""
        self._stack.close()
        self._file.seek(0)
        for _, element in etree.iterparse(self._file, events=("end",), huge_tree=True):
            parent = element.getparent()
            if parent is None or parent.getparent() is not None:
                continue  # the root, or an element inside one being replayed
            xf.write(element, pretty_print=pretty_print)
            element.clear()
            while element.getprevious() is not None:
                del parent[0]
        self.discard()

    def discard(self) -> None:
        """Delete the temporary file."""
        self._stack.close()
        self._file.close()
