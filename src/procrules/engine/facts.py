"""A record turned into facts: scalar fields by dotted path, and the record's lists.

Both evaluators start from these. Enum values become their strings; a field whose absence is an
answer (`NULL_MEANS_NONE`) becomes "none"; any other missing field is simply absent (unknown).
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from procrules.model.fields import record_fields
from procrules.model.record import Record


@cache
def _none_paths() -> frozenset[str]:
    return frozenset(p for p, f in record_fields().items() if f.null_means_none)


@cache
def _list_paths() -> frozenset[str]:
    return frozenset(p for p, f in record_fields().items() if f.kind == "list")


def _flatten(data: dict[str, Any], prefix: str, facts: dict[str, Any], lists: dict[str, Any],
             list_paths: frozenset[str], none_paths: frozenset[str]) -> None:
    for key, value in data.items():
        path = f"{prefix}{key}"
        if path in list_paths:
            lists[path] = value
        elif isinstance(value, dict):
            _flatten(value, f"{path}.", facts, lists, list_paths, none_paths)
        elif value is None:
            if path in none_paths:
                facts[path] = "none"
        else:
            facts[path] = value.value if isinstance(value, Enum) else value


def record_facts(record: Record, as_at: date) -> tuple[dict[str, Any], dict[str, Any]]:
    """(scalar facts, lists) of one record, with `as_at` the date of the check."""
    facts: dict[str, Any] = {"as_at": as_at}
    lists: dict[str, Any] = {}
    _flatten(record.model_dump(), "", facts, lists, _list_paths(), _none_paths())
    return facts, lists
