"""Parse the YAML condition and value syntax into the IR, checking every name and type.

Conditions:  `{field: value}` (equality), `{field: {gt: 100, le: {fact: other}}}`,
`{all: [...]}`, `{any: [...]}`, `{not: ...}`, or a list (all of it).
Values:      a constant, `{fact: name}`, or `{function: main, option: ...}` from the registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from procrules.engine.expressions import FUNCTIONS
from procrules.errors import Problem
from procrules.io.documents import Document, as_date, pointer_join
from procrules.lang.ir import All, AnyOf, Atom, Call, Condition, FactRef, Not, Op
from procrules.lang.parameters import Parameters
from procrules.model.fields import FieldSpec, item_fields, record_fields
from procrules.suggest import did_you_mean

OPS: tuple[Op, ...] = ("eq", "ne", "lt", "le", "gt", "ge", "in", "not_in", "exists")
_ORDERED = {"number", "date"}


@dataclass(slots=True)
class Names:
    """Every fact a rule may name: record fields and derived facts with their kinds."""

    derived: dict[str, str] = field(default_factory=dict)
    item: dict[str, FieldSpec] = field(default_factory=dict)  # `item.<field>` inside `each` / `where`

    def spec(self, name: str) -> FieldSpec | None:
        """The field or derived fact called `name`."""
        if name in self.item:
            return self.item[name]
        if name in self.derived:
            return FieldSpec(name, self.derived[name])  # type: ignore[arg-type]
        return record_fields().get(name)

    def known(self) -> list[str]:
        """Every name, for did-you-mean."""
        return [*self.item, *record_fields(), *self.derived]


@dataclass(slots=True)
class Parser:
    """Parses conditions and values of one document, collecting problems."""

    doc: Document
    names: Names
    parameters: Parameters
    problems: list[Problem]

    def fail(self, pointer: str, message: str) -> None:
        """Record one problem at `pointer`."""
        self.problems.append(self.doc.problem(pointer, message))

    def fact(self, name: Any, pointer: str, *, allow_list: bool = False) -> FieldSpec | None:
        """Check a fact name; None (and a problem) when it is unknown or not usable here."""
        if not isinstance(name, str):
            self.fail(pointer, f"expected a field name, found {name!r}")
            return None
        spec = self.names.spec(name)
        if spec is None:
            self.fail(pointer, f"unknown field `{name}`{did_you_mean(name, self.names.known())}")
            return None
        if spec.kind == "list" and not allow_list:
            self.fail(pointer, f"`{name}` is a list; reach it through a function such as sum or notice_date")
            return None
        return spec

    # conditions -----------------------------------------------------------------------------

    def condition(self, raw: Any, pointer: str) -> Condition:
        """A condition from its YAML form."""
        if isinstance(raw, list):
            return All(tuple(self.condition(c, pointer_join(pointer, i)) for i, c in enumerate(raw)))
        if not isinstance(raw, dict) or not raw:
            self.fail(pointer, f"expected a condition (a mapping or a list), found {raw!r}")
            return All(())
        if set(raw) & {"all", "any", "not"}:
            if len(raw) != 1:
                self.fail(pointer, "`all`, `any` and `not` must stand alone in their mapping")
                return All(())
            (key, body), = raw.items()
            here = pointer_join(pointer, key)
            if key == "not":
                return Not(self.condition(body, here))
            if not isinstance(body, list):
                self.fail(here, f"`{key}` takes a list of conditions")
                return All(())
            items = tuple(self.condition(c, pointer_join(here, i)) for i, c in enumerate(body))
            return All(items) if key == "all" else AnyOf(items)
        atoms: list[Condition] = []
        for name, test in raw.items():
            here = pointer_join(pointer, name)
            spec = self.fact(name, here)
            if spec is None:
                continue
            if isinstance(test, dict) and not set(test) <= {"fact"}:
                for op, operand in test.items():
                    atoms.append(self.atom(spec, op, operand, pointer_join(here, op)))
            else:
                atoms.append(self.atom(spec, "eq", test, here))
        return atoms[0] if len(atoms) == 1 else All(tuple(atoms))

    def atom(self, spec: FieldSpec, op: Any, operand: Any, pointer: str) -> Condition:
        """One comparison, with the operand checked against the field's kind."""
        if op not in OPS:
            self.fail(pointer, f"unknown operator `{op}`{did_you_mean(str(op), OPS)}; use one of {', '.join(OPS)}")
            return All(())
        if op == "exists":
            if not isinstance(operand, bool):
                self.fail(pointer, "`exists` takes true or false")
            elif spec.path in self.names.derived:
                self.fail(pointer, f"`exists` applies to record fields; `{spec.path}` is derived")
            return Atom(spec.path, "exists", operand)
        if op in ("lt", "le", "gt", "ge") and spec.kind not in _ORDERED:
            self.fail(pointer, f"`{op}` needs a number or a date; `{spec.path}` is {spec.kind}")
        if op in ("in", "not_in"):
            if not isinstance(operand, list) or not operand:
                self.fail(pointer, f"`{op}` takes a non-empty list")
                return All(())
            return Atom(spec.path, op, tuple(self.constant(spec, v, pointer) for v in operand))
        if isinstance(operand, dict) and set(operand) == {"fact"}:
            other = self.fact(operand["fact"], pointer_join(pointer, "fact"))
            if other is not None and other.kind != spec.kind and {other.kind, spec.kind} != {"enum", "string"}:
                self.fail(pointer, f"cannot compare {spec.kind} `{spec.path}` with {other.kind} `{other.path}`")
            return Atom(spec.path, op, FactRef(operand["fact"]))
        return Atom(spec.path, op, self.constant(spec, operand, pointer))

    def constant(self, spec: FieldSpec, value: Any, pointer: str) -> Any:
        """A constant of the field's kind (dates may be written YYYY-MM-DD)."""
        kind = spec.kind
        if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
            return value
        if kind == "bool" and isinstance(value, bool):
            return value
        if kind == "date" and as_date(value) is not None:
            return as_date(value)
        if kind == "enum" and isinstance(value, str):
            if value in spec.values:
                return value
            self.fail(pointer, f"`{spec.path}` is one of {', '.join(spec.values)}; found `{value}`"
                               f"{did_you_mean(value, spec.values)}")
            return value
        if kind == "string" and isinstance(value, str):
            return value
        self.fail(pointer, f"`{spec.path}` is a {kind}; found {value!r}")
        return value

    # values -----------------------------------------------------------------------------------

    def value(self, raw: Any, pointer: str) -> Any:
        """A value expression from its YAML form."""
        if isinstance(raw, list):
            self.fail(pointer, "a value cannot be a bare list; use a function such as add")
            return None
        if not isinstance(raw, dict):
            return raw
        if set(raw) == {"fact"}:
            spec = self.fact(raw["fact"], pointer_join(pointer, "fact"))
            return FactRef(raw["fact"]) if spec else None
        named = [k for k in raw if k in FUNCTIONS]
        if len(named) != 1:
            first = str(next(iter(raw)))
            self.fail(pointer, f"expected one function of {', '.join(FUNCTIONS)} or `fact`; found "
                               f"{', '.join(map(str, raw))}{did_you_mean(first, [*FUNCTIONS, 'fact'])}")
            return None
        name = named[0]
        fn = FUNCTIONS[name]
        main, here = raw[name], pointer_join(pointer, name)
        options: list[tuple[str, Any]] = []
        for key, opt in raw.items():
            if key == name:
                continue
            kind = fn.options.get(key)
            if kind is None:
                self.fail(pointer_join(pointer, key), f"`{name}` has no option `{key}`"
                                                      f"{did_you_mean(str(key), fn.options)}")
            elif kind == "expr":
                options.append((key, self.value(opt, pointer_join(pointer, key))))
            elif kind == "months":
                if not (isinstance(opt, list) and opt and all(isinstance(m, int) and 1 <= m <= 12 for m in opt)):
                    self.fail(pointer_join(pointer, key), f"`{key}` takes a list of month numbers 1-12, e.g. [3, 9]")
                options.append((key, tuple(opt) if isinstance(opt, list) else ()))
            elif kind in ("item_expr", "item_condition"):
                inner = self.for_items(main, pointer_join(pointer, key))
                at = pointer_join(pointer, key)
                options.append((key, inner.value(opt, at) if kind == "item_expr" else inner.condition(opt, at)))
            else:
                options.append((key, opt))
        if fn.main == "parameter" and "at" not in raw:
            options.append(("at", FactRef("procedure.commenced")))
        return Call(name, self.main_args(name, fn.main, main, here), tuple(options))

    def for_items(self, list_path: Any, pointer: str) -> Parser:
        """A parser that also knows the fields of one item of `list_path`, as `item.<field>`."""
        items = item_fields(list_path) if isinstance(list_path, str) else {}
        if not items:
            self.fail(pointer, f"`each` and `where` need a list of records; `{list_path}` has no item fields")
        return Parser(self.doc, Names(self.names.derived, items), self.parameters, self.problems)

    def main_args(self, name: str, kind: str, main: Any, pointer: str) -> tuple[Any, ...]:
        """The function's main argument(s), checked by how the function reads them."""
        if kind == "exprs":
            if not isinstance(main, list) or not main:
                self.fail(pointer, f"`{name}` takes a list of values")
                return ()
            return tuple(self.value(v, pointer_join(pointer, i)) for i, v in enumerate(main))
        if kind == "expr":
            return (self.value(main, pointer),)
        if kind == "list":
            spec = self.fact(main, pointer, allow_list=True)
            if spec is not None and spec.kind != "list":
                self.fail(pointer, f"`{name}` needs a list field; `{main}` is {spec.kind}")
            return (main,)
        if kind == "parameter":
            if main not in self.parameters:
                self.fail(pointer, f"unknown parameter `{main}`{did_you_mean(str(main), self.parameters.names())}")
            return (main,)
        if not (isinstance(main, str) and main.startswith("UK")):
            self.fail(pointer, f"`{name}` takes a notice code such as UK6; found {main!r}")
        return (main,)
