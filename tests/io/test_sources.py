"""JSON Lines batch input: the main process splits lines; `parse_line` (in the worker) reads each."""

from __future__ import annotations

from pathlib import Path

import pytest

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
