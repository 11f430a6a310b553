"""A record turned into facts: scalar fields by dotted path, and the record's lists.

Both evaluators start from these. Enum values become their strings; a field whose absence is an
answer (`NULL_MEANS_NONE`) becomes "none"; any other missing field is simply absent (unknown).
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from pydantic import BaseModel

from procrules.model.fields import record_fields
from procrules.model.record import Record


@cache
def _none_paths() -> frozenset[str]:
    return frozenset(p for p, f in record_fields().items() if f.null_means_none)


@cache
def _list_paths() -> frozenset[str]:
    return frozenset(p for p, f in record_fields().items() if f.kind == "list")


def _flatten(data: BaseModel, prefix: str, facts: dict[str, Any], lists: dict[str, Any]) -> None:
    """Read a record's fields straight from its models (as `model_dump` would give them: the record
    models have no serializers), which saves dumping the whole record first."""
    fields = data.__dict__
    for key, path, role in _plan(type(data), prefix):
        value = fields[key]
        if role is _LIST:
            lists[path] = _dumped(value)
            continue
        kind = _KINDS.get(type(value)) or _kind(type(value))
        if kind is _PLAIN:
            facts[path] = value
        elif kind is _MODEL:
            _flatten(value, f"{path}.", facts, lists)
        elif kind is _NONE:
            if role is _NONE:
                facts[path] = "none"
        elif kind is _ENUM:
            facts[path] = value.value
        else:
            facts[path] = _dumped(value)


@cache
def _plan(model: type[BaseModel], prefix: str) -> tuple[tuple[str, str, str | None], ...]:
    """(field, its dotted path, _LIST for a list field, _NONE for one whose absence means "none")
    of each field of a record model read at `prefix`."""
    lists, nones = _list_paths(), _none_paths()
    out = []
    for key in model.model_fields:
        path = f"{prefix}{key}"
        out.append((key, path, _LIST if path in lists else _NONE if path in nones else None))
    return tuple(out)


_PLAIN, _MODEL, _NONE, _ENUM, _LIST = "plain", "model", "none", "enum", "list"
_KINDS: dict[type, str] = {type(None): _NONE}  # a value's type → how it is read (isinstance on a model is slow)


def _kind(cls: type) -> str:
    kind = (_MODEL if issubclass(cls, BaseModel) else _ENUM if issubclass(cls, Enum)
            else _LIST if issubclass(cls, list | tuple) else _PLAIN)
    _KINDS[cls] = kind
    return kind


def _dumped(value: Any) -> Any:
    """A list field's value as `model_dump` gives it: its models as dicts."""
    if isinstance(value, list | tuple):
        return type(value)(_dumped(v) for v in value)
    return value.model_dump() if isinstance(value, BaseModel) else value


def record_facts(record: Record, as_at: date) -> tuple[dict[str, Any], dict[str, Any]]:
    """(scalar facts, lists) of one record, with `as_at` the date of the check."""
    facts: dict[str, Any] = {"as_at": as_at}
    lists: dict[str, Any] = {}
    _flatten(record, "", facts, lists)
    return facts, lists
