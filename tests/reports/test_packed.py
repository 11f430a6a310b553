"""Packed entries (what the batch's workers send): the JSON Lines line plus a digest for the summary."""

from __future__ import annotations

import copy
import io
import json
import pickle
from typing import Any

import pytest

from procrules.reports import FORMATS, Summary, open_writer, write_entries
from procrules.reports import entries as e
from procrules.reports.entries import PackedEntry, digest
from procrules.reports.jsonl import dumps, pack
from tests.reports import sample
from tests.reports.sample import render


def _unparseable(entry: dict[str, Any]) -> PackedEntry:
    """A packed entry whose line cannot be parsed: reading anything beyond its digest raises."""
    return PackedEntry(b"{this line is not JSON", pack(entry)._digest)


def test_pack_is_the_jsonl_line_and_the_whole_entry(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        packed = pack(entry)
        assert packed.line == dumps(entry).encode("utf-8")
        assert dict(packed) == json.loads(dumps(entry)) == entry
        assert list(packed) == sorted(entry) and len(packed) == len(entry)


def test_the_digest_holds_what_parsing_the_line_gives(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        packed, parsed = pack(entry), json.loads(dumps(entry))
        for key in ("record", "source", "authority", "input_errors"):
            assert _unparseable(entry).get(key) == parsed.get(key)
        for key in ("findings", "prompts"):
            brief = [{k: v for k, v in item.items() if k in e.BRIEF_KEYS} for item in parsed.get(key) or []]
            assert packed.brief(key) == brief  # type: ignore[arg-type]


def test_the_summary_never_parses_the_line(entries: list[dict[str, Any]]) -> None:
    packed, plain = Summary(), Summary()
    for entry in entries:
        lazy = _unparseable(entry)
        packed.add(lazy)
        plain.add(entry)
        assert (e.record_id(lazy), e.source(lazy), e.where(lazy), e.authority(lazy), e.input_errors(lazy)) == (
            e.record_id(entry), e.source(entry), e.where(entry), e.authority(entry), e.input_errors(entry))
        assert ("findings" in lazy) == ("findings" in entry) and lazy.get("no such key", 7) == 7
    assert packed.to_json() == plain.to_json()
    assert packed.findings and packed.prompts


def test_other_keys_parse_the_line_once() -> None:
    entry = sample.example("NYC-HWY-2025-077")
    lazy = _unparseable(entry)
    with pytest.raises(json.JSONDecodeError):
        lazy["determinations"]
    with pytest.raises(json.JSONDecodeError):
        e.findings(lazy)  # the full findings are not in the digest
    packed = pack(entry)
    assert packed["findings"] == entry["findings"]
    assert packed["determinations"] is packed["determinations"]  # parsed once, then kept


def test_a_pickled_entry_carries_its_line_and_digest_only() -> None:
    packed = pack(sample.example("NYC-HWY-2025-077"))
    size = len(pickle.dumps(packed))
    assert packed["determinations"]
    again = pickle.loads(pickle.dumps(packed))
    assert len(pickle.dumps(packed)) == size  # the parsed line is not sent along
    assert again.line == packed.line and dict(again) == dict(packed)


def test_jsonl_writes_the_packed_line_as_it_is() -> None:
    lazy = PackedEntry('{"record":"as packed £"}'.encode(), digest({"record": "X"}))
    assert render("jsonl", [lazy]) == '{"record":"as packed £"}\n'.encode()
    text = io.StringIO()
    write_entries([lazy], [open_writer("jsonl", text)])
    assert text.getvalue() == '{"record":"as packed £"}\n'


def test_entries_packed_together_share_equal_parts_of_their_digests() -> None:
    entry = sample.example("NYC-HWY-2025-077")
    shared: dict[str, Any] = {}
    one, two = pack(entry, shared), pack(copy.deepcopy(entry), shared)
    assert one.brief("findings") and one.brief("findings")[0] is two.brief("findings")[0]
    assert one.brief("prompts") == two.brief("prompts") == pack(entry).brief("prompts")
    assert len(pickle.dumps([one, two])) < len(pickle.dumps([pack(entry), pack(entry)]))


@pytest.mark.parametrize("format", FORMATS)
def test_every_writer_gives_the_same_output_for_packed_entries(format: str, entries: list[dict[str, Any]]) -> None:
    assert render(format, [pack(entry) for entry in entries]) == render(format, entries)


def test_html_past_its_caps_does_not_parse(entries: list[dict[str, Any]]) -> None:
    assert b"Showing the first 0" in render("html", [_unparseable(entry) for entry in entries],
                                             max_detailed=0, max_clean=0)
