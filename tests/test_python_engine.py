"""Kleene logic of compiled conditions: unknown never becomes true or false by accident."""

from __future__ import annotations

from typing import Any

import pytest

from procrules.engine.python import compile_condition
from procrules.lang.ir import All, AnyOf, Atom, Condition, FactRef, Not

A_TRUE = Atom("a", "eq", 1)
B_MISSING = Atom("b", "gt", 0)
C_FALSE = Atom("c", "lt", 0)
FACTS = {"a": 1, "c": 5}


@pytest.mark.parametrize(("cond", "expected"), [
    (A_TRUE, True),
    (B_MISSING, None),
    (C_FALSE, False),
    (All((A_TRUE, B_MISSING)), None),
    (All((C_FALSE, B_MISSING)), False),
    (AnyOf((A_TRUE, B_MISSING)), True),
    (AnyOf((C_FALSE, B_MISSING)), None),
    (AnyOf((C_FALSE,)), False),
    (Not(B_MISSING), None),
    (Not(C_FALSE), True),
    (All(()), True),
    (AnyOf(()), False),
    (Atom("b", "exists", False), True),
    (Atom("a", "exists", True), True),
    (Atom("a", "in", (1, 2)), True),
    (Atom("a", "not_in", (1, 2)), False),
    (Atom("b", "not_in", (1, 2)), None),
    (Atom("c", "gt", FactRef("a")), True),
    (Atom("c", "gt", FactRef("b")), None),
], ids=lambda v: repr(v)[:60])
def test_three_valued(cond: Condition, expected: Any) -> None:
    assert compile_condition(cond)(FACTS) is expected
