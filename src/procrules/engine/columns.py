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

from collections.abc import Callable
from typing import Any

from procrules.lang.ir import COMPARE, All, AnyOf, Atom, Condition, FactRef, Not, flatten

Truth = bool | None
Column = list[Any]


class Chunk:
    """The records of one chunk as columns: fact name → one value per record (None when absent)."""

    __slots__ = ("_shared", "columns", "facts", "memo", "n")

    def __init__(self, facts: list[dict[str, Any]], slots: int) -> None:
        self.facts = facts
        self.n = len(facts)
        self.columns: dict[str, Column] = {}
        self.memo: list[list[Truth] | None] = [None] * slots
        self._shared: dict[str, Column] = {}

    def shared(self, name: str, make: Callable[[], Column]) -> Column:
        """A column other than a fact's (such as each record's notices by code), made once per chunk."""
        col = self._shared.get(name)
        if col is None:
            col = self._shared[name] = make()
        return col

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
        parts = [self.compile(p) for p in dict.fromkeys(flatten(cond))]
        if not parts:
            constant = isinstance(cond, All)
            return lambda c: [constant] * c.n
        if len(parts) == 1:
            return parts[0]
        return _kleene(parts, decisive=isinstance(cond, AnyOf))


def _kleene(parts: list[ColumnTest], decisive: bool) -> ColumnTest:
    """Kleene's and (`decisive` False) or or (`decisive` True): a record's value is `decisive` if any
    part is, else unknown if any part is, else the other value. The other parts are skipped when the
    first is already decisive for every record."""
    first, others, otherwise = parts[0], parts[1:], not decisive

    def combine(c: Chunk) -> list[Truth]:
        head = first(c)
        if head.count(decisive) == c.n:
            return head
        return [decisive if decisive in t else (None if None in t else otherwise)
                for t in zip(head, *(p(c) for p in others), strict=True)]
    return combine


def _atom(atom: Atom) -> ColumnTest:
    name, op, operand = atom.fact, atom.op, atom.operand
    if op == "exists":
        return lambda c: [(v is not None) == operand for v in c.column(name)]
    if op in ("in", "not_in"):
        members, wanted = frozenset(operand), op == "in"
        return lambda c: [None if v is None else (v in members) == wanted for v in c.column(name)]
    compare = COMPARE[op]
    if isinstance(operand, FactRef):
        other = operand.name
        return lambda c: [None if a is None or b is None else compare(a, b)
                          for a, b in zip(c.column(name), c.column(other), strict=True)]
    if op == "eq":
        return lambda c: [None if v is None else v == operand for v in c.column(name)]
    return lambda c: [None if v is None else compare(v, operand) for v in c.column(name)]
