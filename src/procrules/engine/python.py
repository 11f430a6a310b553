"""The compiled Python evaluator: the default, the fast path and the oracle.

Each condition is compiled once into a closure returning True, False or None (unknown, Kleene);
derived facts are computed in dependency order, the first case whose condition is true giving
the value and an unknown condition before it leaving the fact unknown.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

from procrules.engine.columns import Chunk, ColumnCompiler, ColumnTest
from procrules.engine.evaluation import Evaluation, Status, derived_deps, status_of
from procrules.engine.expressions import Context, compile_value
from procrules.lang.ir import TRUE, All, AnyOf, Atom, Call, Condition, FactRef, Not, RuleSet, expr_facts

Truth = bool | None
Facts = dict[str, Any]
Compiled = Callable[[Facts], Truth]

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt,
    "le": operator.le, "gt": operator.gt, "ge": operator.ge,
}


def compile_condition(cond: Condition) -> Compiled:
    """A closure evaluating `cond` over a facts dict."""
    if isinstance(cond, Atom):
        return _compile_atom(cond)
    if isinstance(cond, Not):
        inner = compile_condition(cond.item)
        return lambda f: None if (v := inner(f)) is None else not v
    parts = [compile_condition(c) for c in _flat(cond)]
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


def _flat(cond: All | AnyOf) -> list[Condition]:
    """The children of a conjunction (disjunction), nested ones of the same kind inlined."""
    out: list[Condition] = []
    for c in cond.items:
        out += _flat(c) if isinstance(c, All | AnyOf) and type(c) is type(cond) else [c]
    return out


def _compile_atom(atom: Atom) -> Compiled:
    name, op, operand = atom.fact, atom.op, atom.operand
    if op == "exists":
        return lambda f: (f.get(name) is not None) == operand
    if op in ("in", "not_in"):
        members, wanted = frozenset(operand), op == "in"
        return lambda f: None if (v := f.get(name)) is None else (v in members) == wanted
    compare = _COMPARE[op]
    if isinstance(operand, FactRef):
        other = operand.name

        def versus(f: Facts) -> Truth:
            a, b = f.get(name), f.get(other)
            return None if a is None or b is None else compare(a, b)
        return versus
    if op == "eq":  # most atoms: spelt out to save a call per test
        return lambda f: None if (v := f.get(name)) is None else v == operand
    return lambda f: None if (v := f.get(name)) is None else compare(v, operand)


#: One case of a compiled derivation: its condition (None when always true), its value as a
#: constant or a closure, and the derived facts that value needs.
_Case = tuple[ColumnTest | None, Any, Callable[[Context], Any] | None, tuple[str, ...]]


class PythonEvaluator:
    """Evaluates a rule set over chunks of records, a condition's node at a time (engine/columns.py)."""

    name = "python"

    def __init__(self, ruleset: RuleSet) -> None:
        columns = ColumnCompiler()
        self._derivations: list[tuple[str, ColumnTest | None, list[_Case]]] = []
        for d in ruleset.derivations:
            guard, whens = _common_guard([c.when for c in d.cases])
            cases: list[_Case] = []
            for w, c in zip(whens, d.cases, strict=True):
                test = None if w == TRUE else columns.compile(w)
                if isinstance(c.value, FactRef | Call):
                    cases.append((test, None, compile_value(c.value), derived_deps(ruleset, expr_facts(c.value))))
                else:
                    cases.append((test, c.value, None, ()))
            self._derivations.append((d.name, columns.compile(guard) if guard is not None else None, cases))
        self._rules = [(r.kind, columns.compile(r.when),
                        columns.compile(r.requires) if r.requires is not None else None) for r in ruleset.rules]
        #: derived facts some value expression reads from a record's facts (the rest live in columns)
        self._read_by_values = {n for d in ruleset.derivations for c in d.cases for n in expr_facts(c.value)}
        self._names = [d.name for d in ruleset.derivations]
        self._rule_ids = [r.id for r in ruleset.rules]
        self._columns = columns

    def evaluate(self, record_id: str, ctx: Context) -> Evaluation:
        """The Evaluation of one record."""
        return self.evaluate_many([record_id], [ctx])[0]

    def evaluate_many(self, record_ids: Sequence[str], ctxs: Sequence[Context]) -> list[Evaluation]:
        """Derive every fact in order, then give every rule its status, for each record's context."""
        chunk = Chunk([ctx.facts for ctx in ctxs], self._columns.slots)
        for name, guard, cases in self._derivations:
            out = _derive(chunk, ctxs, guard, cases)
            chunk.columns[name] = out
            if name in self._read_by_values and out.count(None) != chunk.n:
                for facts, value in zip(chunk.facts, out, strict=True):
                    if value is not None:
                        facts[name] = value
        columns = []
        for kind, when, requires in self._rules:
            w = when(chunk)
            if requires is None or True not in w:
                table = _STATUS[kind, False]
                columns.append([table[v, None] for v in w])
            else:
                table = _STATUS[kind, True]
                columns.append([table[v, r] for v, r in zip(w, requires(chunk), strict=True)])
        derived = [chunk.columns[name] for name in self._names]
        return [Evaluation(dict(zip(self._names, values, strict=True)), dict(zip(self._rule_ids, row, strict=True)))
                for values, row in zip(zip(*derived, strict=True), zip(*columns, strict=True), strict=True)]


#: (rule kind, has requires) → (when, requires) → status, for every Kleene pair.
_STATUS: dict[tuple[str, bool], dict[tuple[Truth, Truth], Status]] = {
    (kind, has): {(w, q): status_of(kind, w, q if w else None, has)
                  for w in (True, False, None) for q in (True, False, None)}
    for kind in ("finding", "prompt") for has in (True, False)
}


def _derive(chunk: Chunk, ctxs: Sequence[Context], guard: ColumnTest | None, cases: list[_Case]) -> list[Any]:
    """One derived fact for every record of the chunk: the first case whose condition is true gives
    the value; an unknown condition before it, or a false guard, leaves the fact unknown (None)."""
    out: list[Any] = [None] * chunk.n
    if guard is None:
        todo: Sequence[int] = range(chunk.n)
    else:
        passed = guard(chunk)
        todo = [i for i, g in enumerate(passed) if g is True]
    for test, constant, compute, deps in cases:
        if not todo:
            break
        if test is None:
            taken, todo = todo, ()
        else:
            truths = test(chunk)
            taken = [i for i in todo if truths[i]]
            todo = [i for i in todo if truths[i] is False]
        if compute is None:
            for i in taken:
                out[i] = constant
        else:
            needs = [chunk.column(d) for d in deps]
            for i in taken:
                if all(col[i] is not None for col in needs):
                    out[i] = compute(ctxs[i])
    return out
