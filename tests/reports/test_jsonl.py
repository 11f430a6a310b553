"""JSON Lines: each entry whole on one line, keys sorted, UTF-8, the same bytes every time."""

from __future__ import annotations

import io
import json
from typing import Any

from procrules.reports import Summary, open_writer
from procrules.reports.jsonl import JsonlWriter
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
