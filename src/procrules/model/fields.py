"""The catalogue of record fields a rule may name: dotted path → kind (and allowed values).

Built from the pydantic model itself, so the rule language and the record can never drift.
Lists (notices, options, lots, CPV codes) are not scalar facts: rules reach them only through
the named functions of the expression language.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel

from procrules.model.record import Record

Kind = Literal["number", "date", "bool", "string", "enum", "list"]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One addressable field."""

    path: str
    kind: Kind
    values: tuple[str, ...] = ()
    null_means_none: bool = False


def _unwrap(annotation: Any) -> Any:
    """Strip Optional / Annotated down to the underlying type."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else annotation
    return annotation


def _walk(model: type[BaseModel], prefix: str, out: dict[str, FieldSpec]) -> None:
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        tp = _unwrap(info.annotation)
        extra = info.json_schema_extra
        none = isinstance(extra, dict) and extra.get("x-null-means") == "none"
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            _walk(tp, f"{path}.", out)
        elif typing.get_origin(tp) is list:
            out[path] = FieldSpec(path, "list")
        elif typing.get_origin(tp) is Literal:
            values = tuple(str(v) for v in typing.get_args(tp)) + (("none",) if none else ())
            out[path] = FieldSpec(path, "enum", values, none)
        elif isinstance(tp, type) and issubclass(tp, Enum):
            values = tuple(str(m.value) for m in tp) + (("none",) if none else ())
            out[path] = FieldSpec(path, "enum", values, none)
        elif tp is bool:
            out[path] = FieldSpec(path, "bool")
        elif tp in (int, float):
            out[path] = FieldSpec(path, "number")
        elif tp is date:
            out[path] = FieldSpec(path, "date")
        else:
            out[path] = FieldSpec(path, "string", (), none)


def _list_items(model: type[BaseModel], prefix: str, out: dict[str, type[BaseModel]]) -> None:
    for name, info in model.model_fields.items():
        tp = _unwrap(info.annotation)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            _list_items(tp, f"{prefix}{name}.", out)
        elif typing.get_origin(tp) is list:
            (item,) = typing.get_args(tp)
            item = _unwrap(item)
            if isinstance(item, type) and issubclass(item, BaseModel):
                out[f"{prefix}{name}"] = item


@cache
def item_fields(list_path: str) -> dict[str, FieldSpec]:
    """The fields of one item of a list of records (`item.amount`, …), for `each` and `where`."""
    models: dict[str, type[BaseModel]] = {}
    _list_items(Record, "", models)
    out: dict[str, FieldSpec] = {}
    if list_path in models:
        _walk(models[list_path], "item.", out)
    return out


@cache
def record_fields() -> dict[str, FieldSpec]:
    """Every record field by dotted path, plus the built-in `as_at` (the date of the check)."""
    out: dict[str, FieldSpec] = {}
    _walk(Record, "", out)
    out["as_at"] = FieldSpec("as_at", "date")
    return out


def scalar_paths() -> list[str]:
    """The paths a condition may compare (everything but lists)."""
    return [p for p, f in record_fields().items() if f.kind != "list"]
