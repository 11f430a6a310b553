"""YAML and JSON documents read safely, with the line and column of every node.

YAML goes through PyYAML's safe composer: no tags that build Python objects, and a map from
each JSON pointer to its (line, column), so later errors can say where a field is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml

from procrules.errors import Problem

Position = tuple[int, int]


@dataclass(slots=True)
class Document:
    """Parsed data plus where each part of it sits in the source text."""

    source: str
    data: Any
    positions: dict[str, Position] = field(default_factory=dict)

    def where(self, pointer: str) -> Position | None:
        """The position of `pointer`, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.positions:
                return self.positions[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def problem(self, pointer: str, message: str) -> Problem:
        """A Problem located at `pointer`."""
        pos = self.where(pointer)
        return Problem(self.source, pointer, message, *(pos if pos else (None, None)))


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def as_date(value: Any) -> date | None:
    """A YYYY-MM-DD string (or a date) as a date; None when it is not one."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def pointer_join(base: str, key: object) -> str:
    """Append one RFC 6901 token."""
    token = str(key).replace("~", "~0").replace("/", "~1")
    return f"{base}/{token}"


class _SafeLoader(yaml.SafeLoader):
    """PyYAML's SafeLoader with YAML 1.2 booleans and no implicit timestamps.

    Only `true`/`false` are booleans (so `on`, `yes`, `no` stay words), `4.1e9` is a number, and
    dates stay strings
    until the model or the rule compiler reads them, so a bad date is a located error, not a crash.
    """


class _FastLoader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """The same loader over libyaml's parser (C), about ten times faster: the rule packs alone are
    some 60,000 nodes. Only what it cannot parse goes to _SafeLoader, whose messages are the ones
    documented."""


for _loader in (_SafeLoader, _FastLoader):
    _loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers
                if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:float")]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    _loader.add_implicit_resolver(  # YAML 1.2 floats: 4.1e9 is a number, as in JSON
        "tag:yaml.org,2002:float",
        re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
        list("-+0123456789."),
    )


def _compose(text: str, loader_class: type[yaml.SafeLoader]) -> tuple[yaml.Node | None, Any]:
    """The document's node tree and its data, parsed once."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, None if node is None else loader.construct_document(node)
    finally:
        loader.dispose()


def _parse(text: str) -> tuple[yaml.Node | None, Any]:
    """(node tree, data) by libyaml; what it refuses goes to the Python parser, whose errors (and
    their messages) are the ones reported."""
    try:
        return _compose(text, _FastLoader)
    except (yaml.YAMLError, UnicodeError):
        return _compose(text, _SafeLoader)


def _positions(node: yaml.Node, pointer: str, out: dict[str, Position]) -> None:
    out[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = pointer_join(pointer, key.value)
            out[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
            _positions(value, child, out)
            out[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _positions(item, pointer_join(pointer, i), out)


def _duplicate_keys(node: yaml.Node, pointer: str, source: str) -> list[Problem]:
    problems: list[Problem] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            child = pointer_join(pointer, key.value)
            if key.value in seen:
                problems.append(Problem(source, child, "duplicate key",
                                        key.start_mark.line + 1, key.start_mark.column + 1))
            seen.add(key.value)
            problems += _duplicate_keys(value, child, source)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            problems += _duplicate_keys(item, pointer_join(pointer, i), source)
    return problems


def parse_yaml(text: str, source: str) -> tuple[Document, list[Problem]]:
    """Parse YAML text; a syntax error becomes a located Problem (data None)."""
    try:
        node, data = _parse(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        what = exc.problem or str(exc)
        return Document(source, None), [Problem(source, "", f"YAML syntax error: {what}", line, col)]
    except yaml.YAMLError as exc:
        return Document(source, None), [Problem(source, "", f"YAML error: {exc}")]
    positions: dict[str, Position] = {}
    problems: list[Problem] = []
    if node is not None:
        _positions(node, "", positions)
        problems = _duplicate_keys(node, "", source)
    return Document(source, data, positions), problems


def parse_json(text: str, source: str) -> tuple[Document, list[Problem]]:
    """Parse JSON text; a syntax error becomes a located Problem. JSON keeps no node positions."""
    try:
        return Document(source, json.loads(text)), []
    except json.JSONDecodeError as exc:
        return Document(source, None), [
            Problem(source, "", f"JSON syntax error: {exc.msg}", exc.lineno, exc.colno)
        ]


def parse_text(text: str, source: str) -> tuple[Document, list[Problem]]:
    """JSON when the source name ends in .json, YAML otherwise (YAML is a superset of JSON)."""
    doc, problems = parse_json(text, source) if source.endswith(".json") else parse_yaml(text, source)
    if "\\u" in text and doc.data is not None:  # only an escape can spell a surrogate
        bad: list[tuple[str, str]] = []
        doc.data = _paired(doc.data, "", bad)
        if bad:
            return Document(source, None), [doc.problem(
                pointer, f"holds {escaped}, half of a surrogate pair and not a character; correct the \\u escape")
                for pointer, escaped in bad]
    return doc, problems


def _paired(value: Any, pointer: str, bad: list[tuple[str, str]]) -> Any:
    """`value` with escaped surrogate pairs joined into their characters (YAML leaves them apart);
    (pointer, escape) of each surrogate left alone goes to `bad`."""
    if isinstance(value, str):
        if not any("\ud800" <= c <= "\udfff" for c in value):
            return value
        try:
            return value.encode("utf-16", "surrogatepass").decode("utf-16")
        except UnicodeDecodeError:
            lone = next(c for c in value if "\ud800" <= c <= "\udfff")
            bad.append((pointer, lone.encode("unicode_escape").decode("ascii")))
            return value
    if isinstance(value, dict):
        return {_paired(k, pointer, bad): _paired(v, pointer_join(pointer, k), bad) for k, v in value.items()}
    if isinstance(value, list):
        return [_paired(v, pointer_join(pointer, i), bad) for i, v in enumerate(value)]
    return value
