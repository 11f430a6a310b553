"""The compiled Python evaluator: the default, the fast path and the oracle.

Each condition is compiled once into a closure returning True, False or None (unknown, Kleene);
derived facts are computed in dependency order, the first case whose condition is true giving
the value and an unknown condition before it leaving the fact unknown.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from procrules.engine.evaluation import Evaluation, Status, derived_deps, status_of
from procrules.engine.expressions import Context, evaluate
from procrules.lang.ir import All, AnyOf, Atom, Condition, FactRef, Not, RuleSet, expr_facts

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
    return lambda f: None if (v := f.get(name)) is None else compare(v, operand)


class PythonEvaluator:
    """Evaluates a rule set with compiled closures."""

    name = "python"

    def __init__(self, ruleset: RuleSet) -> None:
        self._derivations = []
        for d in ruleset.derivations:
            guard, whens = _common_guard([c.when for c in d.cases])
            cases = [(compile_condition(w), c.value, derived_deps(ruleset, expr_facts(c.value)))
                     for w, c in zip(whens, d.cases, strict=True)]
            self._derivations.append((d.name, compile_condition(guard) if guard is not None else None, cases))
        self._rules = [
            (r.id, r.kind, compile_condition(r.when),
             compile_condition(r.requires) if r.requires is not None else None)
            for r in ruleset.rules
        ]

    def evaluate(self, record_id: str, ctx: Context) -> Evaluation:
        """Derive every fact in order, then give every rule its status."""
        facts = ctx.facts
        derived: dict[str, Any] = {}
        for name, guard, cases in self._derivations:
            value = None
            if guard is not None and guard(facts) is not True:
                derived[name] = None  # the pack's applies_when is false or unknown: so is every case
                continue
            for when, expr, deps in cases:
                truth = when(facts)
                if truth is None:
                    break
                if truth:
                    if not deps or all(facts.get(d) is not None for d in deps):
                        value = evaluate(expr, ctx)
                    break
            derived[name] = value
            if value is not None:
                facts[name] = value
        statuses: dict[str, Status] = {}
        for rule_id, kind, when, requires in self._rules:
            w = when(facts)
            q = requires(facts) if requires is not None and w else None
            statuses[rule_id] = status_of(kind, w, q, requires is not None)
        return Evaluation(derived, statuses)
