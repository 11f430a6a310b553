"""Conditions in plain English, for `procrules explain` and `rules show`."""

from __future__ import annotations

from datetime import date
from typing import Any

from procrules.lang.ir import All, AnyOf, Atom, Condition, FactRef, Not

_WORDS = {
    "number": {"lt": "is less than", "le": "is at most", "gt": "is more than", "ge": "is at least"},
    "date": {"lt": "is before", "le": "is on or before", "gt": "is after", "ge": "is on or after"},
}


def name(fact: str) -> str:
    """A fact name in plain words: `milestones.contract_entered` → `milestones contract entered`."""
    return fact.replace(".", " ").replace("_", " ")


def _value(value: Any) -> str:
    if isinstance(value, FactRef):
        return name(value.name)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("_", " ")


def describe(cond: Condition, kinds: dict[str, str]) -> str:
    """One sentence for a condition; `kinds` gives each fact's kind (number, date, …)."""
    if isinstance(cond, Atom):
        subject = name(cond.fact)
        if cond.op == "exists":
            return f"{subject} is {'given' if cond.operand else 'not given'}"
        if cond.op in ("in", "not_in"):
            values = ", ".join(_value(v) for v in cond.operand)
            return f"{subject} is {'one' if cond.op == 'in' else 'none'} of [{values}]"
        if cond.op in ("eq", "ne"):
            return f"{subject} is {'' if cond.op == 'eq' else 'not '}{_value(cond.operand)}"
        words = _WORDS.get(kinds.get(cond.fact, "number"), _WORDS["number"])
        return f"{subject} {words[cond.op]} {_value(cond.operand)}"
    if isinstance(cond, Not):
        return f"it is not the case that {describe(cond.item, kinds)}"
    if not cond.items:
        return "always" if isinstance(cond, All) else "never"
    items = _flatten(cond)
    parts = [describe(c, kinds) for c in items]
    parts = [f"({p})" if " and " in p or " or " in p else p for p in parts] if len(parts) > 1 else parts
    return (" and " if isinstance(cond, All) else " or ").join(parts)


def _flatten(cond: All | AnyOf) -> list[Condition]:
    """Children of a conjunction (or disjunction), with nested ones of the same kind inlined."""
    out: list[Condition] = []
    for c in cond.items:
        out += _flatten(c) if isinstance(c, All | AnyOf) and type(c) is type(cond) else [c]
    return out
