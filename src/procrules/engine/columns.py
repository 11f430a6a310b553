"""Conditions evaluated a column at a time: over every record of a chunk at once.

The per-record cost of evaluating a rule set closure by closure is mostly the interpreter's own
overhead per node (a call, a lookup), paid once per node per record. Here each node of a
condition is computed for a whole chunk of records in one comprehension, so that overhead is
paid once per node per chunk. Equal nodes are interned when the rule set is compiled (the
pack guard `regime: act` appears in hundreds of conditions) and computed once per chunk.

A node is computed only after every fact it reads is final (derivations run in dependency
order and a derived fact never changes once set), so a node's column never goes stale within
a chunk. Truth values are Kleene's: True, False or None (unknown), exactly as the per-record
closures of `engine/python.py` give them, whose semantics this module must match.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from procrules.lang.ir import All, AnyOf, Atom, Condition, FactRef, Not

Truth = bool | None
Column = list[Any]

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt,
    "le": operator.le, "gt": operator.gt, "ge": operator.ge,
}


class Chunk:
    """The records of one chunk as columns: fact name → one value per record (None when absent)."""

    __slots__ = ("columns", "facts", "memo", "n")

    def __init__(self, facts: list[dict[str, Any]], slots: int) -> None:
        self.facts = facts
        self.n = len(facts)
        self.columns: dict[str, Column] = {}
        self.memo: list[list[Truth] | None] = [None] * slots

    def column(self, name: str) -> Column:
        """The values of a fact, one per record (read from the records' facts the first time)."""
        col = self.columns.get(name)
        if col is None:
            col = self.columns[name] = [f.get(name) for f in self.facts]
        return col


ColumnTest = Callable[[Chunk], list[Truth]]


class ColumnCompiler:
    """Compiles conditions to column tests, interning equal nodes so each is computed once per chunk."""

    def __init__(self) -> None:
        self._interned: dict[Condition, ColumnTest] = {}

    @property
    def slots(self) -> int:
        """How many distinct nodes have been compiled (the size of a chunk's memo)."""
        return len(self._interned)

    def compile(self, cond: Condition) -> ColumnTest:
        """The column test of `cond`, memoised per chunk."""
        found = self._interned.get(cond)
        if found is not None:
            return found
        body = self._body(cond)
        slot = len(self._interned)

        def test(chunk: Chunk) -> list[Truth]:
            col = chunk.memo[slot]
            if col is None:
                col = chunk.memo[slot] = body(chunk)
            return col

        self._interned[cond] = test
        return test

    def _body(self, cond: Condition) -> ColumnTest:
        if isinstance(cond, Atom):
            return _atom(cond)
        if isinstance(cond, Not):
            inner = self.compile(cond.item)
            return lambda c: [None if v is None else not v for v in inner(c)]
        parts = [self.compile(p) for p in dict.fromkeys(_flat(cond))]
        if not parts:
            constant = isinstance(cond, All)
            return lambda c: [constant] * c.n
        if len(parts) == 1:
            return parts[0]
        return _conjunction(parts) if isinstance(cond, All) else _disjunction(parts)


def _flat(cond: All | AnyOf) -> list[Condition]:
    """The children of a conjunction (disjunction), nested ones of the same kind inlined."""
    out: list[Condition] = []
    for c in cond.items:
        out += _flat(c) if isinstance(c, All | AnyOf) and type(c) is type(cond) else [c]
    return out


def _conjunction(parts: list[ColumnTest]) -> ColumnTest:
    """Kleene's and; the other parts are skipped when the first is false for every record."""
    first, others = parts[0], parts[1:]

    def every(c: Chunk) -> list[Truth]:
        head = first(c)
        if head.count(False) == c.n:
            return head
        return [False if False in t else (None if None in t else True)
                for t in zip(head, *(p(c) for p in others), strict=True)]
    return every


def _disjunction(parts: list[ColumnTest]) -> ColumnTest:
    """Kleene's or; the other parts are skipped when the first is true for every record."""
    first, others = parts[0], parts[1:]

    def some(c: Chunk) -> list[Truth]:
        head = first(c)
        if head.count(True) == c.n:
            return head
        return [True if True in t else (None if None in t else False)
                for t in zip(head, *(p(c) for p in others), strict=True)]
    return some


def _atom(atom: Atom) -> ColumnTest:
    name, op, operand = atom.fact, atom.op, atom.operand
    if op == "exists":
        return lambda c: [(v is not None) == operand for v in c.column(name)]
    if op in ("in", "not_in"):
        members, wanted = frozenset(operand), op == "in"
        return lambda c: [None if v is None else (v in members) == wanted for v in c.column(name)]
    compare = _COMPARE[op]
    if isinstance(operand, FactRef):
        other = operand.name
        return lambda c: [None if a is None or b is None else compare(a, b)
                          for a, b in zip(c.column(name), c.column(other), strict=True)]
    if op == "eq":
        return lambda c: [None if v is None else v == operand for v in c.column(name)]
    return lambda c: [None if v is None else compare(v, operand) for v in c.column(name)]
