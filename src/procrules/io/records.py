"""Read procurement records from YAML or JSON files: one record, or a list of them.

Each record becomes a `Record` or a list of Problems (file, line, JSON pointer, expected and
found, with a did-you-mean for unknown fields). A bad record never stops the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from procrules.errors import InputError, Problem
from procrules.io.documents import Document, parse_text, pointer_join
from procrules.model.fields import _unwrap
from procrules.model.record import Record
from procrules.suggest import did_you_mean


@dataclass(slots=True)
class Loaded:
    """One record read from a file: the record, or why it could not be read."""

    label: str
    record: Record | None
    problems: list[Problem]
    warnings: list[Problem] = field(default_factory=list)  # defects the reader worked around (OCDS)


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The pydantic model that holds the field at `loc` (for did-you-mean)."""
    model: Any = Record
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part) if isinstance(model, type) and issubclass(model, BaseModel) else None
        if info is None:
            return None
        tp = _unwrap(info.annotation)
        if getattr(tp, "__origin__", None) is list:
            tp = _unwrap(tp.__args__[0])
        model = tp
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _describe(err: Any) -> str:
    kind, loc = err["type"], err["loc"]
    if kind == "extra_forbidden":
        model = _model_at(loc)
        known = list(model.model_fields) if model else []
        return f"unknown field `{loc[-1]}`{did_you_mean(str(loc[-1]), known)}"
    if kind == "missing":
        return "required field is missing"
    found = err.get("input")
    found_text = "nothing" if found is None else repr(found)
    message = str(err["msg"])
    if kind == "enum":
        message = message.replace("Input should be", "expected")
        return f"{message}; found {found_text}{did_you_mean(str(found), _enum_values(err))}"
    return f"{message[0].lower()}{message[1:]}; found {found_text}"


def _enum_values(err: Any) -> list[str]:
    expected = str(err.get("ctx", {}).get("expected", ""))
    return [v.strip(" '") for v in expected.replace(" or ", ",").split(",") if v.strip(" '")]


def validation_problems(exc: ValidationError, locate: Callable[[str, str], Problem], base: str = "") -> list[Problem]:
    """Each error of a failed validation as a Problem at its JSON pointer (below `base`)."""
    problems = []
    for err in exc.errors(include_url=False):
        pointer = base
        for part in err["loc"]:
            pointer = pointer_join(pointer, part)
        problems.append(locate(pointer, _describe(err)))
    return problems


def validate_record(data: Any, doc: Document, base: str, label: str) -> Loaded:
    """Validate one record's data, located at `base` in `doc`."""
    try:
        return Loaded(label, Record.model_validate(data), [])
    except ValidationError as exc:
        return Loaded(label, None, validation_problems(exc, doc.problem, base))


def read_document(doc: Document) -> list[Loaded]:
    """The records of a parsed document (a mapping is one record, a list many)."""
    items = doc.data if isinstance(doc.data, list) else [doc.data]
    out = []
    for i, item in enumerate(items):
        base = pointer_join("", i) if isinstance(doc.data, list) else ""
        ident = item.get("id") if isinstance(item, dict) else None
        label = str(ident) if ident else f"{doc.source}{base or ''}"
        if not isinstance(item, dict):
            out.append(Loaded(label, None, [doc.problem(base, f"expected a record (a mapping), found {item!r}")]))
        else:
            out.append(validate_record(item, doc, base, label))
    return out


def read_text(text: str, source: str) -> list[Loaded]:
    """The records in a YAML or JSON text; a syntax error is one Loaded with the problem."""
    doc, problems = parse_text(text, source)
    if problems:
        return [Loaded(source, None, problems)]
    if doc.data is None:
        return [Loaded(source, None, [Problem(source, "", "the file holds no record")])]
    return read_document(doc)


def read_file(path: Path) -> list[Loaded]:
    """The records of one file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    return read_text(text, str(path))
