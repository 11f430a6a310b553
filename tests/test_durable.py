"""The durable-rules adapter: its compilation, its guards, and agreement with the oracle."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest

from procrules import api
from procrules.engine.durable import available, dnf
from procrules.engine.python import compile_condition
from procrules.errors import EngineError
from procrules.lang.ir import All, AnyOf, Atom, Not
from tests.conftest import ROOT, make_record

pytestmark = pytest.mark.skipif(not available()[0], reason=available()[1] or "durable-rules missing")

ATOMS = [Atom("a", "eq", 1), Atom("b", "gt", 0), Atom("c", "lt", 0)]
CONDITIONS = [
    All((ATOMS[0], AnyOf((ATOMS[1], Not(ATOMS[2]))))),
    AnyOf((All((ATOMS[0], ATOMS[1])), Not(All((ATOMS[1], ATOMS[2]))))),
    Not(AnyOf((ATOMS[0], All(())))),
]


@pytest.mark.parametrize("cond", CONDITIONS, ids=["and-or-not", "or-and", "not-or-true"])
def test_dnf_matches_kleene_on_every_assignment(cond) -> None:  # type: ignore[no-untyped-def]
    """True iff some positive disjunct holds; false iff some negative disjunct holds."""
    oracle = compile_condition(cond)

    def holds(conj: list[Atom], facts: dict[str, int]) -> bool:
        return all(compile_condition(a)(facts) is True for a in conj)

    for a, b, c in product([None, 1, 0], [None, 1, -1], [None, 1, -1]):
        facts = {k: v for k, v in {"a": a, "b": b, "c": c}.items() if v is not None}
        truth = oracle(facts)
        assert any(holds(d, facts) for d in dnf(cond, True)) is (truth is True)
        assert any(holds(d, facts) for d in dnf(cond, False)) is (truth is False)


def test_examples_agree() -> None:
    records = [loaded.record for loaded in api.read_records(sorted((ROOT / "examples").glob("*.yaml")))]
    assert api.compare_engines([r for r in records if r], as_at=date(2026, 12, 1)) == []


def test_more_sessions_than_the_engine_keeps_live() -> None:
    """1,024 live sessions is durable's limit; each evaluation deletes its own."""
    record = make_record()
    for _ in range(1100):
        api.evaluate(record, as_at=date(2026, 12, 1), engine="durable")


def test_an_action_error_is_raised_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    from procrules.engine import durable

    def broken(expr, ctx):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(durable, "evaluate", broken)
    with pytest.raises(EngineError, match="a rule action failed on record T-1: ZeroDivisionError"):
        api.evaluate(make_record(), as_at=date(2026, 12, 1), engine="durable")


def test_a_rule_set_beyond_durables_table_sizes_still_compiles() -> None:
    """durable links an alpha node to at most 256 rules (error 108) and gives it at most 512
    children (the 513th loops for ever); the adapter spreads patterns and facts to stay inside."""
    from procrules.engine.durable import DurableEvaluator
    from procrules.engine.python import PythonEvaluator
    from procrules.lang.load import load_rules

    rules = "".join(
        f"  - {{id: WIDE-R-{i}, title: t, kind: finding, severity: info, legal_ref: {{instrument: PA2023, section: 3}},"
        f" when: {{regime: act}}, requires: {{estimated_value: {{lt: {(i % 8) * 100000}}}}},"
        " message: m}\n" for i in range(150))
    rs = load_rules(extra_packs=[("wide.yaml", f"pack: wide\ntitle: Wide\nrules:\n{rules}")])
    durable, python = DurableEvaluator(rs), PythonEvaluator(rs)
    record = make_record()
    a = python.evaluate(record.id, api._context(record, date(2026, 12, 1))[1])
    b = durable.evaluate(record.id, api._context(record, date(2026, 12, 1))[1])
    assert a == b
    assert a.statuses["WIDE-R-7"] == "passed" and a.statuses["WIDE-R-1"] == "failed"


def test_a_rule_set_split_into_many_stages_agrees_with_python(monkeypatch: pytest.MonkeyPatch) -> None:
    """durable allows 4,096 actions per ruleset (MAX_ACTIONS, error 106): the adapter splits the
    rule set into stages, each a ruleset whose session starts with the facts earlier ones derived."""
    from procrules.engine import durable
    from procrules.engine.python import PythonEvaluator

    monkeypatch.setattr(durable, "_STAGE_ACTIONS", 400)
    rs = api.ruleset()
    staged, python = durable.DurableEvaluator(rs), PythonEvaluator(rs)
    assert len(staged._stages) >= 5
    for loaded in api.read_records(sorted((ROOT / "examples").glob("**/*.yaml"))):
        assert loaded.record is not None
        ctx = api._context(loaded.record, date(2026, 12, 1))[1]
        expected = python.evaluate(loaded.record.id, ctx)
        assert staged.evaluate(loaded.record.id, api._context(loaded.record, date(2026, 12, 1))[1]) == expected
