"""Read contracts registers (CSV or XLSX) row by row into record data, through a column mapping.

    load_mapping(path)         a mapping YAML file (None: the bundled contracts-register mapping)
    iter_rows(path, mapping)   each non-blank row as Row(number, data, problems), streamed

A mapping says, per record field (dotted path), which column holds it (alternative headings in
order of preference), how to translate the register's words ("Works" → works), constants,
defaults, date formats (day first, never US) and how to build `notices` from date columns.
A bad cell is a Problem naming the row, the heading and the field; it never stops the reader.
Problems on a row whose data is not None are warnings (subject "warning").
"""

from __future__ import annotations

import codecs
import csv
import difflib
import re
import warnings
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from procrules.errors import InputError, Problem
from procrules.io.documents import Document, parse_yaml, pointer_join
from procrules.model.fields import _unwrap, record_fields
from procrules.model.record import Record
from procrules.resources import data_root
from procrules.suggest import did_you_mean

BUNDLED = "contracts-register.yaml"


class _NoValue:
    def __repr__(self) -> str:
        return "<no value>"


_SKIP: Any = _NoValue()  # a cell that gives the field no value
_BLANKS = ("-", "–", "n/a", "na", "n.a.", "tbc", "tba", "not known", "unknown", "null")
#: List fields a register column can fill, and the kind of value each column holds.
_LIST_FIELDS = {"notices": "date", "contract.options_and_extensions": "money", "contract.cpv": "cpv"}
_SPEC_KEYS = {"column", "value", "default", "optional", "values", "format"}
_ITEM_KEYS = {"notices": {"code", "planned"}, "contract.options_and_extensions": {"description"}, "contract.cpv": set()}
_TOP_KEYS = {"title", "description", "header_row", "sheet", "delimiter", "date_formats", "blank_values", "fields"}


class _Bad(ValueError):
    """A cell that is not what the field needs: what was expected, and an optional hint."""

    def __init__(self, expected: str, hint: str = "") -> None:
        super().__init__(expected)
        self.expected, self.hint = expected, hint


# -- dates ---------------------------------------------------------------------------------------
_MONTHS = {m.casefold(): i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for m in names}
#: Supported date formats: the pattern, and 31 March 2026 written that way (for messages).
DATE_FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "DD/MM/YYYY": (re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"), "31/03/2026"),
    "YYYY-MM-DD": (re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"), "2026-03-31"),
    "DD-MM-YYYY": (re.compile(r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})"), "31-03-2026"),
    "DD.MM.YYYY": (re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"), "31.03.2026"),
    "DD/MM/YY": (re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})"), "31/03/26"),
    "DD MMM YYYY": (re.compile(r"(?P<d>\d{1,2})[ -](?P<m>[A-Za-z]{3,9})[ -](?P<y>\d{4})"), "31 Mar 2026"),
}
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")  # Excel exports add 00:00:00
_US = re.compile(r"MM.DD|M/D/")


def _parse_date(text: str, formats: tuple[str, ...]) -> date:
    if ":" in text:
        text = _TIME.sub("", text)
    for name in formats:
        match = DATE_FORMATS[name][0].fullmatch(text)
        if not match:
            continue
        y, m, d = match["y"], match["m"], int(match["d"])
        year = int(y) + (2000 if len(y) == 2 else 0)
        month = _MONTHS.get(m.casefold(), 0) if m.isalpha() else int(m)
        try:
            return date(year, month, d)
        except ValueError:
            if not 1 <= month <= 12:
                hint = f" (there is no month {month}; dates are read day first)" if month else ""
            else:
                hint = f" (there is no {d} {date(year, month, 1):%B %Y})"
            raise _Bad(_date_expected(formats), hint) from None
    raise _Bad(_date_expected(formats))


def _date_expected(formats: tuple[str, ...]) -> str:
    examples = [DATE_FORMATS[f][1] for f in formats[:3]]
    return "a date such as " + (f"{', '.join(examples[:-1])} or {examples[-1]}" if len(examples) > 1 else examples[0])


def _to_date(raw: Any, formats: tuple[str, ...]) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 32874 <= raw < 73051:  # Excel serial, 1990-2099
        return date(1899, 12, 30) + timedelta(days=int(raw))
    if isinstance(raw, str):
        return _parse_date(raw, formats)
    raise _Bad(_date_expected(formats))


# -- other cell kinds ----------------------------------------------------------------------------
_MONEY = re.compile(r"(?:£|gbp)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(k|m|bn)?(?:\s*gbp)?", re.I)
_SCALE = {"": 1, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
_CPV = re.compile(r"(?<!\d)\d{8}(?:-\d)?(?!\d)")
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}
MONEY_EXPECTED = "an amount in pounds such as 12500 or £12,500.00"


def _text(raw: Any) -> str:
    if raw.__class__ is str:
        return str(raw)
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    return str(raw)


def _number(raw: Any, expected: str) -> float:
    if isinstance(raw, bool):
        raise _Bad(expected)
    if isinstance(raw, int | float):
        return float(raw)
    try:
        value = float(str(raw).replace(",", ""))
    except ValueError:
        raise _Bad(expected) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise _Bad(expected)
    return value


def _money(raw: Any) -> float:
    if isinstance(raw, str):
        match = _MONEY.fullmatch(raw)
        if not match:
            raise _Bad(MONEY_EXPECTED, " (an amount cannot be negative)" if raw.lstrip("£ ").startswith("-") else "")
        whole, pence, scale = match.groups()
        return round(float(whole.replace(",", "") + (pence or "")) * _SCALE[(scale or "").lower()], 2)
    value = _number(raw, MONEY_EXPECTED)
    if value < 0:
        raise _Bad(MONEY_EXPECTED, " (an amount cannot be negative)")
    return value


def _rate(raw: Any) -> float:
    expected = "a VAT rate such as 20% or 0.2"
    if isinstance(raw, str) and raw.endswith("%"):
        return _number(raw[:-1].strip(), expected) / 100
    value = _number(raw, expected)
    if not 0 <= value <= 1:
        raise _Bad(expected, " (write a percentage with %)")
    return value


def _integer(raw: Any) -> int:
    value = _number(raw, "a whole number such as 3")
    if not value.is_integer():
        raise _Bad("a whole number such as 3")
    return int(value)


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    key = raw.casefold() if raw.__class__ is str else _text(raw).casefold()
    if key in _YES or key in _NO:
        return key in _YES
    raise _Bad("yes or no (Yes, Y, True or 1; No, N, False or 0)")


def _cpv(raw: Any) -> list[str]:
    text = _text(raw)
    if text.isdigit() and len(text) == 7:  # a spreadsheet dropped the leading zero
        text = "0" + text
    codes = _CPV.findall(text)
    if not codes:
        raise _Bad("CPV codes such as 79800000 or 79800000-2")
    return codes


def _enum(values: tuple[str, ...], labels: tuple[str, ...]) -> Callable[[Any], str]:
    by_key = {_enum_key(v): v for v in values}

    def convert(raw: Any) -> str:
        text = _text(raw)
        if _enum_key(text) in by_key:
            return by_key[_enum_key(text)]
        shown = labels or values
        raise _Bad("one of " + ", ".join(shown), did_you_mean(text, shown))

    return convert


def _enum_key(text: str) -> str:
    return re.sub(r"[\s/-]+", "_", text.strip().casefold())


def _key(text: str) -> str:
    """How headings and register words are compared: trimmed, spaces collapsed, case folded."""
    return " ".join(text.replace("\ufeff", "").split()).casefold()


def _found(raw: Any) -> str:
    if isinstance(raw, str):
        raw = raw.strip()
        return f'"{raw if len(raw) <= 60 else raw[:57] + "..."}"'
    return _text(raw)


# -- the mapping ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FieldMap:
    """How one record field (or one item of a list field) is read from a row."""

    path: str
    kind: str  # text, money, number, integer, rate, date, bool, enum, cpv or group
    headings: tuple[str, ...] = ()  # alternatives, the first present in the file is used
    optional: bool = False
    constant: Any = _SKIP
    default: Any = _SKIP
    translations: dict[str, Any] = field(default_factory=dict)  # _key(register word) → value
    labels: tuple[str, ...] = ()  # the register words as written in the mapping
    item: dict[str, Any] = field(default_factory=dict)  # notices: code, planned; options: description
    convert: Callable[[Any], Any] = _text
    _parents: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _last: str = field(init=False, repr=False, compare=False)
    _exact: dict[str, Any] = field(init=False, repr=False, compare=False)  # register words as written

    def __post_init__(self) -> None:
        *parents, last = self.path.split(".")
        object.__setattr__(self, "_parents", tuple(parents))
        object.__setattr__(self, "_last", last)
        object.__setattr__(self, "_exact", {w: self.translations[_key(w)] for w in self.labels
                                            if _key(w) in self.translations})

    @property
    def pointer(self) -> str:
        """The JSON pointer of the field in the record."""
        return "".join(pointer_join("", p) for p in self.path.split("."))

    def read(self, raw: Any, blanks: frozenset[str]) -> Any:
        """The field's value from a cell, or _SKIP; raises _Bad."""
        if self.constant is not _SKIP:
            return self.constant
        if raw.__class__ is str:
            raw = raw.strip()
            if not raw or raw.casefold() in blanks:
                raw = None
        if raw is None:
            return self.default
        if self.translations:
            value = self._exact.get(raw, _SKIP) if raw.__class__ is str else _SKIP
            if value is _SKIP:
                value = self.translations.get(_key(_text(raw)), _SKIP)
            if value is not _SKIP:
                return _SKIP if value is None else value
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
    blank_values: frozenset[str] = frozenset(_BLANKS)


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


def _required_paths(model: type[BaseModel] = Record, prefix: str = "") -> list[str]:
    """The leaf fields every record must have (required fields of required parts)."""
    out = []
    for name, info in model.model_fields.items():
        if info.is_required():
            tp = _unwrap(info.annotation)
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                out += _required_paths(tp, f"{prefix}{name}.")
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
                hint = (" (month-first US dates are not read: a UK register writes DD/MM/YYYY)" if _US.search(name)
                        else did_you_mean(name, DATE_FORMATS))
                self.fail(pointer, f"unknown date format `{name}`{hint}; known: {', '.join(DATE_FORMATS)}")
                return None
        return tuple(names)

    def converter(self, path: str, kind: str, formats: tuple[str, ...],
                  labels: tuple[str, ...]) -> Callable[[Any], Any]:
        spec = record_fields().get(path)
        if kind == "enum" and spec:
            return _enum(tuple(v for v in spec.values if v != "none"), labels)
        if kind == "date":
            return lambda raw: _to_date(raw, formats)
        if kind == "group":
            def group(raw: Any) -> Any:
                raise _Bad("one of " + ", ".join(labels) if labels else "a word the mapping translates")
            return group
        simple: dict[str, Callable[[Any], Any]] = {"money": _money, "number": lambda r: _number(r, "a number"),
                                                   "integer": _integer, "rate": _rate, "bool": _bool, "cpv": _cpv}
        return simple.get(kind, _text)

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
        except _Bad as bad:
            self.fail(pointer, f"expected {bad.expected}; found {_found(raw)}{bad.hint}")
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
        translations = {_key(str(k)): self.value(target, v, pointer_join(at, k)) for k, v in values.items()}
        return FieldMap(
            path, kind, tuple(headings), raw.get("optional") is True or "default" in raw,
            self.value(target, raw["value"], pointer_join(pointer, "value")) if "value" in raw else _SKIP,
            self.value(target, raw["default"], pointer_join(pointer, "default")) if "default" in raw else _SKIP,
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
        blanks = data.get("blank_values", list(_BLANKS))
        if not isinstance(blanks, list):
            self.fail("/blank_values", "expected a list of cell values that mean blank, such as [n/a, TBC]")
            blanks = []
        delimiter = data.get("delimiter", ",")
        if not (isinstance(delimiter, str) and len(delimiter) == 1):
            self.fail("/delimiter", f"expected one character, such as , or ;; found {delimiter!r}")
        fields = [fm for path, raw in data["fields"].items() for fm in self.field(path, raw)]
        given = {fm.path for fm in fields} | {p for fm in fields if fm.kind == "group" for p in self.paths
                                              if p.startswith(fm.path + ".")}
        for path in _required_paths():
            if path != "id" and path not in given:
                self.fail("/fields", f"no column or value for `{path}`, which every record needs")
        if self.problems:
            raise InputError(f"{self.doc.source}: invalid column mapping", self.problems)
        return Mapping(self.doc.source, tuple(fields), data.get("title"), header_row, data.get("sheet"),
                       delimiter, frozenset(_key(str(b)) for b in blanks))


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


# -- reading rows --------------------------------------------------------------------------------
_Bound = list[tuple[FieldMap, int | None, str]]  # each field with its column's index and heading
@dataclass(slots=True)
class Row:
    """One register row: its spreadsheet row number, record data (None if unusable), problems."""

    number: int
    data: dict[str, Any] | None
    problems: list[Problem]


def _encoding(path: Path) -> tuple[str, Problem | None]:
    """utf-8-sig, or cp1252 with a warning when the file is not UTF-8 (one streaming pass).

    UTF-16 with a byte-order mark (Excel's "Unicode Text") is read as such.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as f:
        if f.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16", None
        f.seek(0)
        while chunk := f.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                line += chunk[: exc.start].count(b"\n")
                break
            line += chunk.count(b"\n")
        else:
            return "utf-8-sig", None
        f.seek(0)
        while chunk := f.read(1 << 20):
            try:
                chunk.decode("cp1252")
            except UnicodeDecodeError as exc2:
                raise InputError(f"{path}: neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8") from exc2
    return "cp1252", Problem(str(path), "", f"not UTF-8 (line {line}); read as Windows-1252 (cp1252): check £ signs "
                                            "and accented letters, or save the file as CSV UTF-8", subject="warning")


def _csv_rows(path: Path, delimiter: str, notes: list[Problem]) -> Generator[tuple[Any, ...]]:
    encoding, warning = _encoding(path)
    if warning:
        notes.append(warning)
    with path.open(encoding=encoding, newline="") as f:
        reader = csv.reader(f, delimiter=delimiter)
        try:
            for row in reader:
                yield tuple(row)
        except csv.Error as exc:
            raise InputError(f"{path}: line {reader.line_num} is not readable as CSV ({exc})") from exc


def _xlsx_rows(path: Path, sheet: str | None) -> Generator[tuple[Any, ...]]:
    import openpyxl  # type: ignore[import-untyped, unused-ignore]

    try:
        with warnings.catch_warnings():  # openpyxl warns about styles and extensions it drops
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl errors all mean the same thing here
        raise InputError(f"{path}: not a readable Excel .xlsx workbook ({exc})") from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise InputError(f'{path}: no sheet "{sheet}"{did_you_mean(sheet, book.sheetnames)}; '
                             f"sheets: {', '.join(book.sheetnames)}")
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        ws.reset_dimensions()  # some writers record a wrong used range; read every cell
        yield from ws.iter_rows(values_only=True)
    finally:
        book.close()


def _closest(names: tuple[str, ...], headings: list[str]) -> str | None:
    """The heading most like any of `names` (a containing heading counts as close), if any is."""
    def score(heading: str) -> float:
        b = _key(heading)
        return max(max(difflib.SequenceMatcher(None, a, b).ratio(), 0.8 if a in b or b in a else 0.0)
                   for a in map(_key, names))
    best = max(headings, key=score, default=None)
    return best if best is not None and score(best) >= 0.5 else None


def _bind(header: tuple[Any, ...], mapping: Mapping, source: str, number: int) -> _Bound:
    """Each field with the index and heading of its column; InputError naming every missing column."""
    if not any(c is not None and str(c).strip() for c in header):
        raise InputError(f"{source}: row {number} should hold the column headings but is blank")
    headings = [_text(h).strip() if h is not None else "" for h in header]
    where: dict[str, list[int]] = {}
    for i, h in enumerate(headings):
        if h:
            where.setdefault(_key(h), []).append(i)
    bound: _Bound = []
    problems: list[Problem] = []
    required = set(_required_paths()) - {"id"}  # a row without an id is named by its number
    subject = f"row {number} (headings)"
    for fm in mapping.fields:
        if fm.constant is not _SKIP:
            bound.append((fm, None, ""))
            continue
        found = next((h for h in fm.headings if _key(h) in where), None)
        if found is not None and len(where[_key(found)]) > 1:
            problems.append(Problem(source, fm.pointer, f'{len(where[_key(found)])} columns are headed "{found}"; '
                                    "rename all but one", subject=subject))
        elif found is not None:
            i = where[_key(found)][0]
            bound.append((fm, i, headings[i]))
        elif fm.default is not _SKIP:
            bound.append((fm, None, ""))
        elif not fm.optional or fm.path in required:
            wanted = " or ".join(f'"{h}"' for h in fm.headings)
            near = _closest(fm.headings, [h for h in headings if h])
            hint = (f'; the closest heading is "{near}"' if near else
                    "; the headings are " + ", ".join(f'"{h}"' for h in headings[:12] if h))
            problems.append(Problem(source, fm.pointer, f"no column headed {wanted} (for {fm.path}){hint}",
                                    subject=subject))
    if problems:
        raise InputError(f"{source}: the register lacks columns the mapping needs ({mapping.source})", problems)
    return bound


def iter_rows(path: Path, mapping: Mapping, *, sheet: str | None = None) -> Iterator[Row]:
    """Each non-blank data row of a CSV or XLSX register, converted to record data through `mapping`.

    Streams: one row in memory at a time. Whole-file problems (unreadable file, missing columns)
    raise InputError on the first `next()`; cell problems come in the Row.
    """
    source, suffix = str(path), path.suffix.lower()
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    notes: list[Problem] = []
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path, sheet or mapping.sheet)
    elif suffix in (".csv", ".txt", ".tsv"):
        if sheet is not None:
            raise InputError(f"{path}: --sheet is for .xlsx workbooks; a CSV file has one table")
        rows = _csv_rows(path, "\t" if suffix == ".tsv" else mapping.delimiter, notes)
    elif suffix == ".xls":
        raise InputError(f"{path}: an old-style .xls workbook; save it as .xlsx or CSV")
    else:
        raise InputError(f"{path}: expected a .csv or .xlsx register")
    bound: _Bound | None = None
    with closing(rows):
        for number, cells in enumerate(rows, start=1):
            if number < mapping.header_row:
                continue
            if bound is None:
                bound = _bind(cells, mapping, source, number)
            elif any(cells) and not all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                yield _row(number, cells, bound, mapping.blank_values, path, notes)
                notes = []
    if bound is None:
        raise InputError(f"{path}: no column headings (the file is empty)")


def _row(number: int, cells: tuple[Any, ...], bound: _Bound, blanks: frozenset[str],
         path: Path, problems: list[Problem]) -> Row:
    """One data row converted: record data, or None when a cell could not be read."""
    data: dict[str, Any] = {}
    bad = False
    for fm, index, heading in bound:
        raw = cells[index] if index is not None and index < len(cells) else None
        try:
            value = fm.read(raw, blanks)
        except _Bad as exc:
            bad = True
            problems.append(Problem(str(path), fm.pointer, f"expected {exc.expected}; found {_found(raw)}{exc.hint}",
                                    subject=f'row {number}, column "{heading}"'))
            continue
        if value is not _SKIP:
            fm.put(data, value)
    data.setdefault("id", f"{path.stem}:row {number}")
    return Row(number, None if bad else data, problems)
