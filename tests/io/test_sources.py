"""JSON Lines batch input: the main process splits lines; `parse_line` (in the worker) reads each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from procrules.io.sources import Item, iter_items, parse_line


def _read(path: Path) -> list[tuple[int | None, object, list[str]]]:
    return [(i.line, i.data, [p.message for p in i.problems]) for i in map(parse_line, iter_items([str(path)]))]


def test_lines_of_white_space_give_no_item(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    # a BOM alone, spaces and tabs, U+00A0, U+2028, an information separator (str.strip removes all of them)
    path.write_bytes(b'\xef\xbb\xbf\n \t\n\xc2\xa0\n\xe2\x80\xa8\n\x1c\n{"id": "A"}\n\n\xc2\xa0{"id": "B"}\n')
    assert _read(path) == [(6, {"id": "A"}, []), (8, None, ["line 8 is not JSON: Expecting value at column 1"])]


def test_a_bom_is_read_on_the_first_line_only(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "A"}\n\xef\xbb\xbf{"id": "B"}\n')
    assert _read(path) == [(1, {"id": "A"}, []), (2, None, [
        "line 2 is not JSON: Unexpected UTF-8 BOM (decode using utf-8-sig) at column 1"])]


@pytest.mark.parametrize(("text", "message", "column"), [
    (b"\xff{}\n", "line 5 is not UTF-8 (invalid start byte at byte 0); save it as UTF-8", None),
    ("{not json\n", "line 5 is not JSON: Expecting property name enclosed in double quotes at column 2", 2),
    ('"a string"\n', "line 5: expected a record (a JSON object), found str", None),
])
def test_a_bad_line_names_its_file_and_line(text: bytes | str, message: str, column: int | None) -> None:
    item = parse_line(Item("in.jsonl", line=5, text=text))
    [problem] = item.problems
    assert (item.data, item.text, problem.source, problem.line, problem.column, problem.message) == (
        None, None, "in.jsonl", 5, column, message)


def test_parse_line_leaves_other_items_alone() -> None:
    item = Item("r.csv", row=2, data={"id": "A"})
    assert parse_line(item) is item


@pytest.mark.parametrize("raw", [
    b'{"id": "A", "amount": 123456789012345678901234567890}',  # beyond 64 bits: orjson would make it a float
    b'{"id": "A", "amount": 0.1000000000000000055511151231257827}',
    b'{"id": "A", "amount": NaN, "other": -Infinity}',  # the standard library reads these; orjson does not
    b'{"id": "A", "note": "\\ud800 alone"}',  # a lone surrogate: read, then refused when written
    b'{"id": "A", "amount": 1e400}',
    b'{"id": "A", "id": "B", "amount": -0.0, "n": 2.5e-07, "t": "caf\xc3\xa9 \\u00e9 \\"q\\""}\r\n',
])
def test_a_line_is_read_as_the_standard_library_reads_it(raw: bytes) -> None:
    expected = json.loads(raw.decode("utf-8"))
    item = parse_line(Item("in.jsonl", line=2, text=raw))
    assert (item.problems, json.dumps(item.data)) == ([], json.dumps(expected))
    assert [type(v) for v in item.data.values()] == [type(v) for v in expected.values()]  # type: ignore[union-attr]


@given(st.dictionaries(st.text(max_size=5), st.one_of(
    st.floats(allow_nan=False, allow_infinity=False), st.integers(-2**70, 2**70), st.text(max_size=8),
    st.booleans(), st.none(), st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=3))))
def test_any_json_object_line_is_read_as_the_standard_library_reads_it(data: dict[str, object]) -> None:
    raw = json.dumps(data).encode("utf-8")
    item = parse_line(Item("in.jsonl", line=2, text=raw))
    assert repr(item.data) == repr(json.loads(raw))
