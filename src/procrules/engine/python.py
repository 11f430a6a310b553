"""The compiled Python evaluator: the default, the fast path and the oracle.

Each condition is compiled once into a closure returning True, False or None (unknown, Kleene);
derived facts are computed in dependency order, the first case whose condition is true giving
the value and an unknown condition before it leaving the fact unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from procrules.engine.columns import Chunk, ColumnCompiler, ColumnTest, Mask
from procrules.engine.evaluation import QUIET, Evaluation, Layout, Status, derived_deps, status_of
from procrules.engine.expressions import Context, compile_value
from procrules.engine.value_columns import ColumnValue, compile_column
from procrules.lang.ir import (
    COMPARE,
    TRUE,
    All,
    Atom,
    Call,
    Condition,
    FactRef,
    Not,
    RuleSet,
    expr_facts,
    flatten,
)

Truth = bool | None
Facts = dict[str, Any]
Compiled = Callable[[Facts], Truth]


def compile_condition(cond: Condition) -> Compiled:
    """A closure evaluating `cond` over a facts dict."""
    if isinstance(cond, Atom):
        return _compile_atom(cond)
    if isinstance(cond, Not):
        inner = compile_condition(cond.item)
        return lambda f: None if (v := inner(f)) is None else not v
    parts = [compile_condition(c) for c in flatten(cond)]
    if len(parts) == 1:
        return parts[0]
    if isinstance(cond, All):
        def all_(f: Facts) -> Truth:
            unknown = False
            for p in parts:
                v = p(f)
                if v is False:
                    return False
                unknown = unknown or v is None
            return None if unknown else True
        return all_

    def any_(f: Facts) -> Truth:
        unknown = False
        for p in parts:
            v = p(f)
            if v is True:
                return True
            unknown = unknown or v is None
        return None if unknown else False
    return any_


def _common_guard(whens: list[Condition]) -> tuple[Condition | None, list[Condition]]:
    """Factor a condition every case starts with (a pack's applies_when) out of a derivation.

    Sound under Kleene's logic: if the guard is false every case is false, and if it is unknown no
    case can be true, so the derived fact is unknown either way, as it is case by case.
    """
    heads = [w.items[0] if isinstance(w, All) and w.items else w for w in whens]
    if len(whens) < 2 or any(h != heads[0] for h in heads):
        return None, whens
    rest: list[Condition] = [All(w.items[1:]) if isinstance(w, All) and w.items else All(()) for w in whens]
    return heads[0], rest


def _compile_atom(atom: Atom) -> Compiled:
    name, op, operand = atom.fact, atom.op, atom.operand
    if op == "exists":
        return lambda f: (f.get(name) is not None) == operand
    if op in ("in", "not_in"):
        members, wanted = frozenset(operand), op == "in"
        return lambda f: None if (v := f.get(name)) is None else (v in members) == wanted
    compare = COMPARE[op]
    if isinstance(operand, FactRef):
        other = operand.name

        def versus(f: Facts) -> Truth:
            a, b = f.get(name), f.get(other)
            return None if a is None or b is None else compare(a, b)
        return versus
    if op == "eq":  # most atoms: spelt out to save a call per test
        return lambda f: None if (v := f.get(name)) is None else v == operand
    return lambda f: None if (v := f.get(name)) is None else compare(v, operand)


@dataclass(frozen=True, slots=True)
class _Case:
    """One case of a compiled derivation: its condition for one record and for a chunk (both None
    when always true), its value as a constant or as a closure for one record and for a chunk,
    and the derived facts that value needs."""

    test: Compiled | None
    column: ColumnTest | None
    constant: Any
    compute: Callable[[Context], Any] | None
    compute_column: ColumnValue | None
    deps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Derivation:
    name: str
    guard: Compiled | None  # a condition every case starts with (a pack's applies_when), factored out
    column_guard: ColumnTest | None
    cases: tuple[_Case, ...]


#: Chunks smaller than this are evaluated record by record: a column costs more to set up than a
#: closure call, so columns pay only over many records.
COLUMNS_FROM = 16


class PythonEvaluator:
    """Evaluates a rule set with compiled closures: record by record, or over a chunk of records
    a condition node at a time (engine/columns.py). The two ways must agree; tests hold them to it."""

    name = "python"

    def __init__(self, ruleset: RuleSet) -> None:
        columns = ColumnCompiler()
        self._derivations: list[_Derivation] = []
        for d in ruleset.derivations:
            guard, whens = _common_guard([c.when for c in d.cases])
            cases = []
            for w, c in zip(whens, d.cases, strict=True):
                always = w == TRUE
                test, column = (None, None) if always else (compile_condition(w), columns.compile(w))
                if isinstance(c.value, FactRef | Call):
                    deps = derived_deps(ruleset, expr_facts(c.value))
                    cases.append(_Case(test, column, None, compile_value(c.value), compile_column(c.value), deps))
                else:
                    cases.append(_Case(test, column, c.value, None, None, ()))
            self._derivations.append(_Derivation(
                d.name, compile_condition(guard) if guard is not None else None,
                columns.compile(guard) if guard is not None else None, tuple(cases)))
        self._rules = [(r.id, r.kind, compile_condition(r.when),
                        compile_condition(r.requires) if r.requires is not None else None) for r in ruleset.rules]
        self._column_rules = [(r.kind, columns.compile(r.when),
                               columns.compile(r.requires) if r.requires is not None else None)
                              for r in ruleset.rules]
        #: derived facts some value expression reads from a record's facts (the rest live in columns)
        self._read_by_values = {n for d in ruleset.derivations for c in d.cases for n in expr_facts(c.value)}
        self._layout = Layout([d.name for d in ruleset.derivations], [r.id for r in ruleset.rules])
        self._columns = columns

    def evaluate(self, record_id: str, ctx: Context) -> Evaluation:
        """Derive every fact in order, then give every rule its status."""
        facts = ctx.facts
        derived: dict[str, Any] = {}
        for d in self._derivations:
            value = None
            if d.guard is None or d.guard(facts) is True:  # else the pack's applies_when is false or unknown
                for case in d.cases:
                    truth = True if case.test is None else case.test(facts)
                    if truth is None:
                        break
                    if truth:
                        if case.compute is None:
                            value = case.constant
                        elif all(facts.get(n) is not None for n in case.deps):
                            value = case.compute(ctx)
                        break
                if value is not None:
                    facts[d.name] = value
            derived[d.name] = value
        statuses: dict[str, Status] = {}
        for rule_id, kind, when, requires in self._rules:
            w = when(facts)
            statuses[rule_id] = _STATUS[kind, requires is not None][w, requires(facts) if requires and w else None]
        return Evaluation(derived, statuses)

    def evaluate_many(self, record_ids: Sequence[str], ctxs: Sequence[Context]) -> list[Evaluation]:
        """The Evaluations of a chunk of records, column by column (record by record when few)."""
        if len(ctxs) < COLUMNS_FROM or any(c.parameters is not ctxs[0].parameters for c in ctxs):
            return [self.evaluate(r, c) for r, c in zip(record_ids, ctxs, strict=True)]
        chunk = Chunk([ctx.facts for ctx in ctxs], self._columns.slots)
        for d in self._derivations:
            out = _derive(chunk, ctxs, d)
            chunk.columns[d.name] = out
            if d.name in self._read_by_values and out.count(None) != chunk.n:
                for facts, value in zip(chunk.facts, out, strict=True):
                    if value is not None:
                        facts[d.name] = value
        n, every, layout = chunk.n, chunk.every, self._layout
        statuses: list[Sequence[Status]] = []
        notable: list[list[tuple[str, Status]]] = [[] for _ in range(n)]
        for rule_id, (kind, when, requires) in zip(layout.rules, self._column_rules, strict=True):
            true, false = when(chunk)
            if false == every:  # most rules, for most chunks: not applicable to any record
                statuses.append(_NOT_APPLICABLE_COLUMNS[n])
                continue
            unknown = every ^ (true | false)
            if kind == "prompt":
                column = _Statuses(n, {"raised": true, "not_demonstrated": unknown})
            elif requires is None:
                column = _Statuses(n, {"failed": true, "not_demonstrated": unknown})
            else:
                met, unmet = requires(chunk) if true else (0, 0)
                column = _Statuses(n, {"failed": true & unmet, "passed": true & met,
                                       "not_demonstrated": unknown | (true ^ (true & (met | unmet)))})
            statuses.append(column)
            for status, records in column.masks.items():
                if records and status not in QUIET:
                    for i in chunk.positions(records):
                        notable[i].append((rule_id, status))
        values = [chunk.columns[name] for name in layout.derived]
        return [Evaluation.in_chunk(layout, values, statuses, i, notable[i]) for i in range(n)]


class _Statuses(Sequence[Status]):
    """One rule's statuses over a chunk, as a mask per status (not applicable elsewhere); the
    list of them is made only if asked for."""

    __slots__ = ("_list", "masks", "n")

    def __init__(self, n: int, masks: dict[Status, Mask]) -> None:
        self.n, self.masks = n, masks
        self._list: list[Status] | None = None

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, at: Any) -> Any:
        if self._list is None:
            out: list[Status] = [_NOT_APPLICABLE] * self.n
            for status, records in self.masks.items():
                for i, flag in enumerate(records.to_bytes(self.n, "little")):
                    if flag:
                        out[i] = status
            self._list = out
        return self._list[at]


#: (rule kind, has requires) → (when, requires) → status, for every Kleene pair.
_STATUS: dict[tuple[str, bool], dict[tuple[Truth, Truth], Status]] = {
    (kind, has): {(w, q): status_of(kind, w, q if w else None, has)
                  for w in (True, False, None) for q in (True, False, None)}
    for kind in ("finding", "prompt") for has in (True, False)
}
_NOT_APPLICABLE: Status = "not_applicable"


class _NotApplicable(dict[int, Sequence[Status]]):
    """Chunk size → the statuses of a rule applicable to no record of such a chunk (shared)."""

    def __missing__(self, n: int) -> Sequence[Status]:
        column = self[n] = (_NOT_APPLICABLE,) * n
        return column


_NOT_APPLICABLE_COLUMNS = _NotApplicable()


def _derive(chunk: Chunk, ctxs: Sequence[Context], d: _Derivation) -> list[Any]:
    """One derived fact for every record of the chunk: the first case whose condition is true gives
    the value; an unknown condition before it, or a false guard, leaves the fact unknown (None)."""
    every = chunk.every
    todo = every if d.column_guard is None else d.column_guard(chunk)[0]  # records still undecided
    out: list[Any] | None = None
    for case in d.cases:
        if not todo:
            break
        if case.column is None:
            taken, todo = todo, 0
        else:
            true, false = case.column(chunk)
            taken, todo = todo & true, todo & false
        for need in case.deps:  # a derived fact the value needs is unknown: so is the value
            taken &= chunk.known(need)
        if not taken:
            continue
        at: Sequence[int] = range(chunk.n) if taken == every else chunk.positions(taken)
        if case.compute_column is None:
            values: list[Any] = [case.constant] * len(at)
        else:
            values = case.compute_column(chunk, ctxs, at)
        if taken == every:  # the one case every record takes: its values are the column
            return values
        if out is None:
            out = [None] * chunk.n
        for i, value in zip(at, values, strict=True):
            out[i] = value
    return [None] * chunk.n if out is None else out
