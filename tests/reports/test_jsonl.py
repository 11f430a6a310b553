"""JSON Lines: each entry whole on one line, keys sorted, UTF-8, the same bytes every time."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from procrules.reports import Summary, open_writer
from procrules.reports.jsonl import JsonlWriter, encode
from tests.reports.sample import render


def test_one_line_per_entry_in_input_order(entries: list[dict[str, Any]]) -> None:
    lines = render("jsonl", entries).decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == entries


def test_keys_sorted_and_text_unescaped(entries: list[dict[str, Any]]) -> None:
    text = render("jsonl", entries).decode("utf-8")
    first = text.splitlines()[0]
    assert first.startswith('{"as_at":"2026-12-01","authority":"Department for Education","determinations":{')
    assert "£" in text and "\\u00a3" not in text  # ensure_ascii=False
    assert "\u0007" not in text  # control characters stay escaped JSON


def test_deterministic(entries: list[dict[str, Any]]) -> None:
    assert render("jsonl", entries) == render("jsonl", [dict(reversed(list(e.items()))) for e in entries])


def test_a_text_stream_gets_the_same_text(entries: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    writer = open_writer("jsonl", out)
    for entry in entries:
        writer.write(entry)
    writer.close(Summary())
    assert out.getvalue() == render("jsonl", entries).decode("utf-8")


def test_the_callers_binary_stream_stays_open() -> None:
    out = io.BytesIO()
    writer = JsonlWriter(out)
    writer.write({"record": "X"})
    writer.close(Summary())
    del writer
    assert not out.closed
    assert out.getvalue() == b'{"record":"X"}\n'


def test_what_the_fast_encoder_refuses_is_written_the_same_way() -> None:
    """orjson takes integers up to 64 bits; a larger one goes through the standard library, into
    the same compact, sorted form, and reads back exactly."""
    entry = {"record": "BIG", "determinations": {"value": 2**70, "name": "Café"}}
    line = encode(entry)
    assert line == json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert json.loads(line) == entry
    assert encode({"b": 1, "a": [1.5, None, True]}) == b'{"a":[1.5,null,true],"b":1}'


def test_a_lone_surrogate_is_still_refused() -> None:
    """Half a surrogate pair is no character: the line cannot be UTF-8, and the batch reports the row."""
    with pytest.raises(UnicodeEncodeError):
        encode({"record": "\ud800"})
