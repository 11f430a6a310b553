from __future__ import annotations

from pathlib import Path

import pytest

from procrules.io.documents import (
    _compose,
    _FastLoader,
    _positions,
    _SafeLoader,
    as_date,
    parse_json,
    parse_text,
    parse_yaml,
)

TEXT = """\
id: A
contract:
  subject: works
  when: on
  dates: [2026-01-02]
"""


def test_positions_by_json_pointer() -> None:
    doc, problems = parse_yaml(TEXT, "f.yaml")
    assert problems == []
    assert doc.where("/contract/subject") == (3, 3)
    assert doc.where("/contract/dates/0") == (5, 11)
    assert doc.where("/contract/nothing/here") == (2, 1)


def test_yaml_12_booleans_and_no_implicit_dates() -> None:
    doc, _ = parse_yaml(TEXT + "flag: true\nword: yes\n", "f.yaml")
    assert doc.data["contract"]["when"] == "on"
    assert doc.data["word"] == "yes"
    assert doc.data["flag"] is True
    assert doc.data["contract"]["dates"] == ["2026-01-02"]


def test_syntax_error_is_located() -> None:
    _, problems = parse_yaml("a: [1,\n", "bad.yaml")
    assert len(problems) == 1
    assert str(problems[0]).startswith("bad.yaml:2:1:")
    assert "YAML syntax error" in problems[0].message


def test_duplicate_keys_are_errors() -> None:
    _, problems = parse_yaml("a: 1\nb: 2\na: 3\n", "d.yaml")
    assert [str(p) for p in problems] == ["d.yaml:3:1: /a duplicate key"]


def test_python_tags_are_refused() -> None:
    _, problems = parse_yaml("x: !!python/object/apply:os.system ['true']\n", "evil.yaml")
    assert problems and "YAML syntax error" in problems[0].message


def test_json_error_is_located() -> None:
    _, problems = parse_json('{"a": }', "r.json")
    assert str(problems[0]) == "r.json:1:7: JSON syntax error: Expecting value"


def test_as_date() -> None:
    assert str(as_date("2026-02-28")) == "2026-02-28"
    assert as_date("2026-02-30") is None
    assert as_date("28/02/2026") is None


@pytest.mark.parametrize("source", ["r.json", "r.yaml"])
def test_a_lone_surrogate_escape_is_a_located_problem_not_a_crash_later(source: str) -> None:
    doc, problems = parse_text('{"id": "X-\\ud800", "notes": ["ok \\ud83d\\ude00"]}', source)
    assert doc.data is None
    assert [(p.pointer, p.message) for p in problems] == [
        ("/id", "holds \\ud800, half of a surrogate pair and not a character; correct the \\u escape")]


@pytest.mark.parametrize("source", ["r.json", "r.yaml"])
def test_an_escaped_surrogate_pair_is_its_character(source: str) -> None:
    doc, problems = parse_text('{"id": "X", "notes": ["ok \\ud83d\\ude00"]}', source)
    assert problems == [] and doc.data["notes"] == ["ok \U0001f600"]


_BUNDLED_YAML = sorted(p for folder in ("rules", "policy_statements", "notices", "mappings", "examples")
                       for p in (Path(__file__).resolve().parents[1] / folder).rglob("*.yaml"))


@pytest.mark.parametrize("path", _BUNDLED_YAML, ids=lambda p: p.name)
def test_libyaml_reads_every_bundled_file_as_the_python_parser_does(path: Path) -> None:
    """The fast (C) parser must give the same data and the same positions as the Python one."""
    text = path.read_text(encoding="utf-8")
    (fast_node, fast), (slow_node, slow) = _compose(text, _FastLoader), _compose(text, _SafeLoader)
    assert fast == slow
    fast_at: dict[str, tuple[int, int]] = {}
    slow_at: dict[str, tuple[int, int]] = {}
    _positions(fast_node, "", fast_at)
    _positions(slow_node, "", slow_at)
    assert fast_at == slow_at


def test_what_libyaml_refuses_is_reported_in_the_python_parsers_words() -> None:
    doc, problems = parse_yaml("a: [1, 2\nb: 3\n", "f.yaml")
    assert doc.data is None
    assert [p.message for p in problems] == [
        "YAML syntax error: expected ',' or ']', but got ':'"]
    assert (problems[0].line, problems[0].column) == (2, 2)
