from __future__ import annotations

from datetime import date

from procrules.lang.describe import describe
from procrules.lang.ir import All, AnyOf, Atom, FactRef, Not

KINDS = {"milestones.contract_entered": "date", "estimated_value": "number"}


def test_plain_english() -> None:
    cond = All((Atom("regime", "eq", "act"), All((
        Atom("milestones.contract_entered", "gt", FactRef("standstill_end")),
        AnyOf((Atom("procedure.type", "in", ("open", "call_off")), Not(Atom("estimated_value", "ge", 100)))),
        Atom("milestones.contract_entered", "exists", False),
    ))))
    assert describe(cond, KINDS) == (
        "regime is act and milestones contract entered is after standstill end and "
        "(procedure type is one of [open, call off] or it is not the case that estimated value is at least 100) "
        "and milestones contract entered is not given"
    )
    assert describe(Atom("milestones.contract_entered", "le", date(2026, 1, 1)), KINDS) == \
        "milestones contract entered is on or before 2026-01-01"
    assert describe(All(()), KINDS) == "always"
