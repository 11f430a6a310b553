"""The column mapping: which register column holds each record field, and how to read it.

    load_mapping(path)   a mapping YAML file (None: the bundled contracts-register mapping)

Per record field (dotted path) a mapping gives the column (alternative headings in order of
preference), how to translate the register's words ("Works" → works), constants, defaults,
date formats (day first, never US) and how to build `notices` from date columns. Loading checks
everything and raises one InputError listing every problem, with its JSON pointer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from procrules.errors import InputError, Problem
from procrules.io.cells import (
    BLANKS,
    DATE_FORMATS,
    SKIP,
    US_DATE,
    BadCell,
    enum_converter,
    match_key,
    quoted,
    to_bool,
    to_cpv,
    to_date,
    to_integer,
    to_money,
    to_number,
    to_rate,
    to_text,
)
from procrules.io.documents import Document, parse_yaml, pointer_join
from procrules.model.fields import _unwrap, record_fields
from procrules.model.record import Record
from procrules.resources import data_root
from procrules.suggest import did_you_mean

BUNDLED = "contracts-register.yaml"
#: List fields a register column can fill, and the kind of value each column holds.
_LIST_FIELDS = {"notices": "date", "contract.options_and_extensions": "money", "contract.cpv": "cpv"}
_SPEC_KEYS = {"column", "value", "default", "optional", "values", "format"}
_ITEM_KEYS = {"notices": {"code", "planned"}, "contract.options_and_extensions": {"description"}, "contract.cpv": set()}
_TOP_KEYS = {"title", "description", "header_row", "sheet", "delimiter", "date_formats", "blank_values", "fields"}


@dataclass(frozen=True, slots=True)
class FieldMap:
    """How one record field (or one item of a list field) is read from a row."""

    path: str
    kind: str  # text, money, number, integer, rate, date, bool, enum, cpv or group
    headings: tuple[str, ...] = ()  # alternatives, the first present in the file is used
    optional: bool = False
    constant: Any = SKIP
    default: Any = SKIP
    translations: dict[str, Any] = field(default_factory=dict)  # match_key(register word) → value
    labels: tuple[str, ...] = ()  # the register words as written in the mapping
    item: dict[str, Any] = field(default_factory=dict)  # notices: code, planned; options: description
    convert: Callable[[Any], Any] = to_text
    _parents: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _last: str = field(init=False, repr=False, compare=False)
    _exact: dict[str, Any] = field(init=False, repr=False, compare=False)  # register words as written

    def __post_init__(self) -> None:
        *parents, last = self.path.split(".")
        object.__setattr__(self, "_parents", tuple(parents))
        object.__setattr__(self, "_last", last)
        object.__setattr__(self, "_exact", {w: self.translations[match_key(w)] for w in self.labels
                                            if match_key(w) in self.translations})

    @property
    def pointer(self) -> str:
        """The JSON pointer of the field in the record."""
        return "".join(pointer_join("", p) for p in self.path.split("."))

    def read(self, raw: Any, blanks: frozenset[str]) -> Any:
        """The field's value from a cell, or SKIP; raises BadCell."""
        if self.constant is not SKIP:
            return self.constant
        if raw.__class__ is str:
            raw = raw.strip()
            if not raw or raw.casefold() in blanks:
                raw = None
        if raw is None:
            return self.default
        if self.translations:
            value = self._exact.get(raw, SKIP) if raw.__class__ is str else SKIP
            if value is SKIP:
                value = self.translations.get(match_key(to_text(raw)), SKIP)
            if value is not SKIP:
                return SKIP if value is None else value
        return self.convert(raw)

    def word_for(self, value: Any) -> str | None:
        """The first register word the mapping translates to `value` (for writing registers)."""
        return next((w for w, v in self._exact.items() if v == value), None)

    def put(self, data: dict[str, Any], value: Any) -> None:
        """Store a value read by `read` in the nested record data."""
        for part in self._parents:
            data = data.setdefault(part, {})
        last = self._last
        if self.path not in _LIST_FIELDS and self.kind != "group":
            data[last] = value
        elif self.path == "notices":
            data.setdefault(last, []).append({**self.item, "date": value})
        elif self.path == "contract.options_and_extensions":
            data.setdefault(last, []).append({**self.item, "amount": value})
        elif self.path == "contract.cpv":
            data.setdefault(last, []).extend(value)
        else:  # a group: {} makes it present, and fields mapped inside it join it
            data.setdefault(last, {}).update(value)


@dataclass(frozen=True, slots=True)
class Mapping:
    """A column mapping: register headings → record fields."""

    source: str
    fields: tuple[FieldMap, ...]
    title: str | None = None
    header_row: int = 1
    sheet: str | None = None
    delimiter: str = ","
    blank_values: frozenset[str] = frozenset(BLANKS)


def _model_paths() -> dict[str, Any]:
    """Every record field and group by dotted path → its type (lists of models are leaves)."""
    out: dict[str, Any] = {}

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, info in model.model_fields.items():
            tp = _unwrap(info.annotation)
            out[prefix + name] = tp
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                walk(tp, f"{prefix}{name}.")

    walk(Record, "")
    return out


def required_paths(model: type[BaseModel] = Record, prefix: str = "") -> list[str]:
    """The leaf fields every record must have (required fields of required parts)."""
    out = []
    for name, info in model.model_fields.items():
        if info.is_required():
            tp = _unwrap(info.annotation)
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                out += required_paths(tp, f"{prefix}{name}.")
            else:
                out.append(prefix + name)
    return out


def _kind(path: str, tp: Any) -> str:
    if path in _LIST_FIELDS:
        return _LIST_FIELDS[path]
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return "group"
    spec = record_fields().get(path)
    kind = spec.kind if spec else "text"
    if kind == "number":
        if path.endswith(("amount", "annual_spend")):
            return "money"
        return "rate" if path.endswith("vat_rate") else "integer" if tp is int else "number"
    return {"string": "text", "list": "list"}.get(kind, kind)


class _Builder:
    """Compiles a parsed mapping document, collecting every problem."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.paths = _model_paths()
        self.formats: tuple[str, ...] = ("DD/MM/YYYY", "YYYY-MM-DD", "DD MMM YYYY")

    def fail(self, pointer: str, message: str) -> None:
        self.problems.append(self.doc.problem(pointer, message))

    def date_formats(self, value: Any, pointer: str) -> tuple[str, ...] | None:
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            self.fail(pointer, "expected a date format or a list of them, such as DD/MM/YYYY")
            return None
        for name in names:
            if name not in DATE_FORMATS:
                hint = (" (month-first US dates are not read: a UK register writes DD/MM/YYYY)" if US_DATE.search(name)
                        else did_you_mean(name, DATE_FORMATS))
                self.fail(pointer, f"unknown date format `{name}`{hint}; known: {', '.join(DATE_FORMATS)}")
                return None
        return tuple(names)

    def converter(self, path: str, kind: str, formats: tuple[str, ...],
                  labels: tuple[str, ...]) -> Callable[[Any], Any]:
        spec = record_fields().get(path)
        if kind == "enum" and spec:
            return enum_converter(tuple(v for v in spec.values if v != "none"), labels)
        if kind == "date":
            return lambda raw: to_date(raw, formats)
        if kind == "group":
            def group(raw: Any) -> Any:
                raise BadCell("one of " + ", ".join(labels) if labels else "a word the mapping translates")
            return group
        simple: dict[str, Callable[[Any], Any]] = {
            "money": to_money, "number": lambda r: to_number(r, "a number"), "integer": to_integer,
            "rate": to_rate, "bool": to_bool, "cpv": to_cpv}
        return simple.get(kind, to_text)

    def value(self, fm: FieldMap, raw: Any, pointer: str) -> Any:
        """A constant, default or translation target from the mapping, converted like a cell."""
        if raw is None:
            return None
        if fm.kind == "group":
            if not isinstance(raw, dict):
                self.fail(pointer, f"`{fm.path}` is a group of fields: translate to {{}} (present) or null")
            return raw
        try:
            return fm.convert(raw)
        except BadCell as bad:
            self.fail(pointer, f"expected {bad.expected}; found {quoted(raw)}{bad.hint}")
            return None

    def spec(self, path: str, raw: Any, pointer: str) -> FieldMap | None:
        """One field (or list item) from its mapping entry."""
        raw = {"column": raw} if isinstance(raw, str) else raw
        if not isinstance(raw, dict):
            self.fail(pointer, "expected a column heading or a mapping with `column:` or `value:`")
            return None
        known = _SPEC_KEYS | _ITEM_KEYS.get(path, set())
        unknown = [key for key in raw if key not in known]
        for key in unknown:
            self.fail(pointer_join(pointer, key), f"unknown key `{key}`{did_you_mean(str(key), known)}")
        headings = raw.get("column", [])
        headings = [headings] if isinstance(headings, str) else headings
        if not isinstance(headings, list) or not all(isinstance(h, str) and h.strip() for h in headings):
            self.fail(pointer_join(pointer, "column"), "expected a heading or a list of alternative headings")
            headings = []
        if ("value" in raw) == bool(headings) and not unknown:
            self.fail(pointer, "give either `column:` (a heading, or alternatives) or `value:` (a constant)")
        if not isinstance(raw.get("optional", False), bool):
            self.fail(pointer_join(pointer, "optional"), "expected true or false")
        formats = self.formats
        if "format" in raw:
            formats = self.date_formats(raw["format"], pointer_join(pointer, "format")) or formats
        values = raw.get("values", {})
        if not isinstance(values, dict):
            self.fail(pointer_join(pointer, "values"), "expected register words and their values, such as {Yes: true}")
            values = {}
        kind, labels = _kind(path, self.paths[path]), tuple(str(k) for k in values)
        target = FieldMap(path, kind, convert=self.converter(path, kind, formats, ()))  # reads the mapping's values
        at = pointer_join(pointer, "values")
        translations = {match_key(str(k)): self.value(target, v, pointer_join(at, k)) for k, v in values.items()}
        return FieldMap(
            path, kind, tuple(headings), raw.get("optional") is True or "default" in raw,
            self.value(target, raw["value"], pointer_join(pointer, "value")) if "value" in raw else SKIP,
            self.value(target, raw["default"], pointer_join(pointer, "default")) if "default" in raw else SKIP,
            translations, labels, self.item(path, raw, pointer), self.converter(path, kind, formats, labels))

    def item(self, path: str, raw: dict[str, Any], pointer: str) -> dict[str, Any]:
        if path == "notices":
            code = raw.get("code")
            if not (isinstance(code, str) and re.fullmatch(r"UK([1-9]|1[0-7])", code)):
                self.fail(pointer_join(pointer, "code"), f"expected a notice code UK1 to UK17; found {code!r}")
            return {"code": code, **({"planned": True} if raw.get("planned") is True else {})}
        if path == "contract.options_and_extensions" and raw.get("description") is not None:
            return {"description": str(raw["description"])}
        return {}

    def field(self, path: Any, raw: Any) -> list[FieldMap]:
        pointer = pointer_join("/fields", path)
        if path not in self.paths or path == "as_at":
            known = [p for p in self.paths if p != "as_at"]
            self.fail(pointer, f"unknown record field `{path}`{did_you_mean(str(path), known)}")
            return []
        if _kind(path, self.paths[path]) == "list":
            self.fail(pointer, f"`{path}` is a list a register column cannot fill; lists read from columns: "
                      + ", ".join(_LIST_FIELDS))
            return []
        items = raw if path in _LIST_FIELDS and isinstance(raw, list) else [raw]
        specs = [self.spec(path, r, pointer_join(pointer, i) if items is raw else pointer)
                 for i, r in enumerate(items)]
        return [s for s in specs if s is not None]

    def build(self) -> Mapping:
        data = self.doc.data
        if not isinstance(data, dict) or not isinstance(data.get("fields"), dict):
            self.fail("", "expected a mapping with `fields:` (record field → column)")
            raise InputError(f"{self.doc.source}: not a column mapping", self.problems)
        for key in data:
            if key not in _TOP_KEYS:
                self.fail(pointer_join("", key), f"unknown key `{key}`{did_you_mean(str(key), _TOP_KEYS)}")
        if "date_formats" in data:
            self.formats = self.date_formats(data["date_formats"], "/date_formats") or self.formats
        header_row = data.get("header_row", 1)
        if not isinstance(header_row, int) or isinstance(header_row, bool) or header_row < 1:
            self.fail("/header_row", f"expected the row number of the headings, such as 1; found {header_row!r}")
        blanks = data.get("blank_values", list(BLANKS))
        if not isinstance(blanks, list):
            self.fail("/blank_values", "expected a list of cell values that mean blank, such as [n/a, TBC]")
            blanks = []
        delimiter = data.get("delimiter", ",")
        if not (isinstance(delimiter, str) and len(delimiter) == 1):
            self.fail("/delimiter", f"expected one character, such as , or ;; found {delimiter!r}")
        fields = [fm for path, raw in data["fields"].items() for fm in self.field(path, raw)]
        given = {fm.path for fm in fields} | {p for fm in fields if fm.kind == "group" for p in self.paths
                                              if p.startswith(fm.path + ".")}
        for path in required_paths():
            if path != "id" and path not in given:
                self.fail("/fields", f"no column or value for `{path}`, which every record needs")
        if self.problems:
            raise InputError(f"{self.doc.source}: invalid column mapping", self.problems)
        return Mapping(self.doc.source, tuple(fields), data.get("title"), header_row, data.get("sheet"),
                       delimiter, frozenset(match_key(str(b)) for b in blanks))


def load_mapping(path: Path | None) -> Mapping:
    """A column mapping from a YAML file; None gives the bundled contracts-register mapping."""
    if path is None:
        bundled = data_root() / "mappings" / BUNDLED
        text, source = bundled.read_text(encoding="utf-8"), str(bundled)
    else:
        try:
            text, source = path.read_text(encoding="utf-8"), str(path)
        except FileNotFoundError as exc:
            raise InputError(f"{path}: no such mapping file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot be read as UTF-8 text ({exc})") from exc
    doc, problems = parse_yaml(text, source)
    if problems:
        raise InputError(f"{source}: invalid column mapping", problems)
    return _Builder(doc).build()
