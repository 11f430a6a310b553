"""Conditions evaluated a column at a time: over every record of a chunk at once.

The per-record cost of evaluating a rule set closure by closure is mostly the interpreter's own
overhead per node (a call, a lookup), paid once per node per record. Here each node of a
condition is computed for a whole chunk of records at once, so that overhead is paid once per
node per chunk. Equal nodes are interned when the rule set is compiled (the pack guard
`regime: act` appears in hundreds of conditions) and computed once per chunk.

A node's truth over a chunk is a `Truths` pair of masks: the records for which it is true and
those for which it is false (the rest are unknown, Kleene's None). A mask is an int holding one
byte per record, 1 or 0 (byte i for record i, little-endian), so Kleene's and, or and not
are two integer operations for the whole chunk; only the atoms look at each record's value.
The truths are exactly those the per-record closures of `engine/python.py` give.

A node is computed only after every fact it reads is final (derivations run in dependency
order and a derived fact never changes once set), so a node's truths never go stale within
a chunk.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from itertools import compress, repeat
from typing import Any

from procrules.lang.ir import COMPARE, All, AnyOf, Atom, Condition, FactRef, Not, flatten

Truth = bool | None
Column = list[Any]
Mask = int  # one byte per record of a chunk: 1 where the record is in the mask
Truths = tuple[Mask, Mask]  # (where true, where false); a record in neither is unknown


def mask(flags: Iterable[Any]) -> Mask:
    """The mask of the records whose flag is true (flags are bools, one per record in order)."""
    return int.from_bytes(bytes(flags), "little")


class Chunk:
    """The records of one chunk as columns: fact name → one value per record (None when absent)."""

    __slots__ = ("_known", "_shared", "columns", "every", "facts", "memo", "n")

    def __init__(self, facts: list[dict[str, Any]], slots: int) -> None:
        self.facts = facts
        self.n = len(facts)
        self.every: Mask = mask(repeat(True, self.n))
        self.columns: dict[str, Column] = {}
        self.memo: list[Truths | None] = [None] * slots
        self._shared: dict[str, Column] = {}
        self._known: dict[str, Mask] = {}

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

    def known(self, name: str) -> Mask:
        """The records for which a fact is known (not None)."""
        found = self._known.get(name)
        if found is None:
            found = self._known[name] = mask(map(operator.is_not, self.column(name), repeat(None)))
        return found

    def positions(self, records: Mask) -> list[int]:
        """The positions of the records in a mask, in order."""
        return list(compress(range(self.n), records.to_bytes(self.n, "little")))

    def truths(self, truths: Truths) -> list[Truth]:
        """Each record's Kleene truth value."""
        true, false = (t.to_bytes(self.n, "little") for t in truths)
        return [True if t else (False if f else None) for t, f in zip(true, false, strict=True)]


ColumnTest = Callable[[Chunk], Truths]


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

        def test(chunk: Chunk) -> Truths:
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
            return lambda c: inner(c)[::-1]
        parts = [self.compile(p) for p in dict.fromkeys(flatten(cond))]
        if not parts:
            return (lambda c: (c.every, 0)) if isinstance(cond, All) else (lambda c: (0, c.every))
        if len(parts) == 1:
            return parts[0]
        return _kleene(parts, decisive=isinstance(cond, AnyOf))


def _kleene(parts: list[ColumnTest], decisive: bool) -> ColumnTest:
    """Kleene's and (`decisive` False) or or (`decisive` True): a record's value is `decisive`
    where any part's is, the other value where every part's is, else unknown. The other parts
    are skipped when the first is already decisive for every record."""
    first, others, side = parts[0], parts[1:], 0 if decisive else 1  # side: where Truths holds `decisive`

    def combine(c: Chunk) -> Truths:
        head = first(c)
        if head[side] == c.every:
            return head
        decided, otherwise = head[side], head[1 - side]
        for p in others:
            truths = p(c)
            decided, otherwise = decided | truths[side], otherwise & truths[1 - side]
        return (decided, otherwise) if decisive else (otherwise, decided)
    return combine


#: Comparisons that take None without raising (None is then masked out as unknown).
_TAKE_NONE = frozenset({"eq", "ne"})


def _atom(atom: Atom) -> ColumnTest:
    """An atom's truths: unknown where the fact (or the fact compared with) is unknown."""
    name, op, operand = atom.fact, atom.op, atom.operand
    if op == "exists":
        return (lambda c: (c.known(name), c.every ^ c.known(name))) if operand else \
            (lambda c: (c.every ^ c.known(name), c.known(name)))
    if op in ("in", "not_in"):
        contains, wanted = frozenset(operand).__contains__, op == "in"

        def member(c: Chunk) -> Truths:
            known = c.known(name)
            inside = mask(map(contains, c.column(name))) & known
            return (inside, known ^ inside) if wanted else (known ^ inside, inside)
        return member
    compare = COMPARE[op]
    if isinstance(operand, FactRef):
        other = operand.name

        def versus(c: Chunk) -> Truths:
            known = c.known(name) & c.known(other)
            a, b = c.column(name), c.column(other)
            if known == c.every or op in _TAKE_NONE:
                true = mask(map(compare, a, b)) & known
            else:
                true = mask([x is not None and y is not None and compare(x, y) for x, y in zip(a, b, strict=True)])
            return true, known ^ true
        return versus

    def constant(c: Chunk) -> Truths:
        known, values = c.known(name), c.column(name)
        if known == c.every or op in _TAKE_NONE:
            true = mask(map(compare, values, repeat(operand))) & known
        else:
            true = mask([v is not None and compare(v, operand) for v in values])
        return true, known ^ true
    return constant
