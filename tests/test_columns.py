"""Property: the Python evaluator gives the same Evaluation for a record whether it is evaluated
alone (closure by closure) or in a chunk of records (column by column, engine/columns.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procrules import api
from procrules.engine.evaluation import Evaluation
from procrules.engine.python import COLUMNS_FROM, PythonEvaluator
from procrules.lang.ir import All, AnyOf, Atom, FactRef, Not
from procrules.model.record import Record
from tests.test_differential import records as hypothesis_records
from tests.test_generate_register import generated_records

ROOT = Path(__file__).resolve().parents[1]
DAY = date(2026, 12, 1)


def _python() -> PythonEvaluator:
    ev = api.evaluator("python")
    assert isinstance(ev, PythonEvaluator)
    return ev


def _both_ways(records: list[Record], day: date = DAY) -> tuple[list[Evaluation], list[Evaluation]]:
    """(each record alone, the records as one chunk), each from fresh contexts."""
    ev = _python()
    alone = [ev.evaluate(r.id, api._context(r, day)[1]) for r in records]
    chunked = ev.evaluate_many([r.id for r in records], [api._context(r, day)[1] for r in records])
    return alone, chunked


def _generated(count: int) -> list[Record]:
    return generated_records(count, 11)


def test_a_generated_register_evaluates_the_same_in_chunks_as_record_by_record() -> None:
    records = _generated(600)
    assert len(records) >= COLUMNS_FROM
    alone, chunked = _both_ways(records)
    assert [i for i, (a, c) in enumerate(zip(alone, chunked, strict=True)) if a != c] == []
    statuses = {s for e in alone for s in e.statuses.values()}
    assert statuses >= {"failed", "raised", "passed", "not_applicable", "not_demonstrated"}


def test_a_chunk_evaluation_lists_the_rules_to_report_as_its_statuses_do() -> None:
    records = _generated(40)
    alone, chunked = _both_ways(records)
    for a, c in zip(alone, chunked, strict=True):
        assert c.notable() == a.notable() == [(r, s) for r, s in a.statuses.items()
                                              if s not in ("passed", "not_applicable")]
    assert any(e.notable() for e in chunked)


def test_an_evaluation_reads_one_derived_fact_as_its_dict_has_it() -> None:
    alone, chunked = _both_ways(_generated(40))
    names = [*alone[0].derived, "not_a_derived_fact"]
    for a, c in zip(alone, chunked, strict=True):
        assert [c.get(n) for n in names] == [a.get(n) for n in names] == [a.derived.get(n) for n in names]
    assert any(a.get(n) is not None for a in alone for n in names)


def test_the_bundled_examples_evaluate_the_same_in_a_chunk() -> None:
    loaded = api.read_records(sorted(ROOT.glob("examples/*.yaml")) + sorted(ROOT.glob("tests/data/*.yaml")))
    records = [item.record for item in loaded if item.record is not None]
    assert len(records) >= 5
    chunk = (records * (COLUMNS_FROM // len(records) + 1))[:COLUMNS_FROM + 1]  # big enough for columns
    alone, chunked = _both_ways(chunk)
    assert alone == chunked


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(hypothesis_records(), min_size=COLUMNS_FROM, max_size=COLUMNS_FROM + 8))
def test_any_chunk_of_records_evaluates_as_its_records_do_alone(records: list[Record]) -> None:
    alone, chunked = _both_ways(records)
    assert alone == chunked


@pytest.mark.parametrize("cond", [
    Atom("contract.subject", "eq", "works"),
    All((Atom("contract.subject", "eq", "works"), Atom("estimated_value", "gt", 100000))),
    AnyOf((Atom("contract.subject", "eq", "works"), Atom("estimated_value", "gt", 100000))),
    Not(Atom("estimated_value", "le", FactRef("threshold_amount"))),
    Atom("contract.subject", "in", ("works", "services")),
    Atom("contract.estimated_value.amount", "exists", True),
])
def test_a_condition_column_is_its_per_record_truths(cond: All | AnyOf | Atom | Not) -> None:
    from procrules.engine.columns import Chunk, ColumnCompiler
    from procrules.engine.python import compile_condition

    facts = [{}, {"contract.subject": "works"}, {"contract.subject": "goods", "estimated_value": 5.0,
                                                "contract.estimated_value.amount": 5.0},
             {"contract.subject": "works", "estimated_value": 200000.0, "threshold_amount": 100.0},
             {"estimated_value": 200000.0, "threshold_amount": 300000.0}]
    compiler = ColumnCompiler()
    test = compiler.compile(cond)
    chunk = Chunk(facts, compiler.slots)
    column = chunk.truths(test(chunk))
    assert column == [compile_condition(cond)(f) for f in facts]
    assert {True, False} <= set(column)  # the facts tell both ways (and unknown, bar `exists`)


@pytest.mark.parametrize("op", ["eq", "ne", "lt", "le", "gt", "ge"])
@pytest.mark.parametrize("known", [True, False], ids=["all known", "some unknown"])
def test_a_comparison_column_is_its_per_record_truths(op: str, known: bool) -> None:
    """Each comparison, with a constant and with another fact, where every record knows the facts
    (compared in one pass) and where some do not (those records unknown)."""
    from procrules.engine.columns import Chunk, ColumnCompiler
    from procrules.engine.python import compile_condition

    facts: list[dict[str, object]] = [{"a": a, "b": b} for a, b in [(1.0, 2.0), (2.0, 2.0), (3.0, 2.0), (5, 9)]]
    if not known:
        facts += [{"a": 2.0}, {"b": 2.0}, {}]
    compiler = ColumnCompiler()
    conds = (Atom("a", op, 2.0), Atom("a", op, FactRef("b")), Not(Atom("b", op, FactRef("a"))))
    tests = [compiler.compile(cond) for cond in conds]
    chunk = Chunk(facts, compiler.slots)
    for cond, test in zip(conds, tests, strict=True):
        column = chunk.truths(test(chunk))
        assert column == [compile_condition(cond)(f) for f in facts]
        assert {True, False} <= set(column) and (None in column) != known


def test_every_derived_value_of_the_rule_set_is_the_same_a_column_at_a_time() -> None:
    """Each case's value over a whole chunk (engine/value_columns.py), for every record, not only
    those that take the case, equals its per-record closure: every function the packs use,
    parameters at varied dates, notices present, planned and absent, inputs missing."""
    from procrules.engine.columns import Chunk

    records = _generated(300)[:200]
    ev = _python()
    ctxs = [api._context(r, DAY)[1] for r in records]
    ev.evaluate_many([r.id for r in records], ctxs)  # leaves the derived facts the values read in place
    chunk = Chunk([c.facts for c in ctxs], ev._columns.slots)
    every = range(len(records))
    compared = 0
    for d in ev._derivations:
        chunk.columns[d.name] = [c.facts.get(d.name) for c in ctxs]
        for case in d.cases:
            if case.compute is None or case.compute_column is None:
                continue
            assert case.compute_column(chunk, ctxs, every) == [case.compute(c) for c in ctxs], d.name
            assert case.compute_column(chunk, ctxs, [3, 1]) == [case.compute(ctxs[3]), case.compute(ctxs[1])]
            compared += 1
    assert compared > 300


def _with_lists(record: Record, k: int) -> Record:
    """A record with (for k odd) items in the lists the rule set counts, sums and filters by date,
    and (for k % 4 of 2 or 3) without the dates those filters' bounds are read from."""
    data = record.model_dump(mode="json", exclude_none=True)
    if k % 2:
        day = ["2024-06-01", "2025-05-01", "2026-03-01"][k % 3]
        data["supplier"] = {**data.get("supplier", {}), "exclusion_events": [
            {"ground": "sch7_para3", "date": day}, {"ground": "sch6_para1", "date": "2021-01-01"}]}
        data["contract_management"] = {**data.get("contract_management", {}),
                                       "payments": [{"amount": 1000.0 * k, "paid": day}],
                                       "modifications": [{"date": day, "value_change": 500.0 * k}],
                                       "kpi_assessments": [{"date": day, "rating": "good"}]}
    milestones = data.setdefault("milestones", {})
    if k % 4 < 2:
        milestones["exclusion_determination"] = "2026-06-01"
    else:
        milestones.pop("exclusion_determination", None)
        data.get("contract_management", {}).pop("terminated", None)
    return Record.model_validate(data)


def test_list_functions_give_the_same_a_column_at_a_time_for_empty_and_filled_lists() -> None:
    """count, sum, max_of and min_of over a chunk mixing empty and filled lists, with the bounds of
    their date filters known and unknown: each record as alone."""
    records = [_with_lists(r, k) for k, r in enumerate(_generated(60)[:48])]
    alone, chunked = _both_ways(records)
    assert [i for i, (a, c) in enumerate(zip(alone, chunked, strict=True)) if a != c] == []
    values = {(n, v) for e in alone for n, v in e.derived.items() if "exclusion" in n or "payment" in n}
    assert len({n for n, v in values if v not in (None, 0, 0.0, False)}) >= 3  # the lists were read


def test_contexts_reading_different_parameters_are_evaluated_one_by_one() -> None:
    """The column form reads one Parameters for the chunk; a chunk mixing them must not use it."""
    from dataclasses import replace

    from procrules.lang.parameters import Parameters

    law = api.ruleset().parameters
    figures = {name: law.get(name) for name in law.names()}
    kept = figures["records_retention_years"]
    figures[kept.name] = replace(kept, keys={k: tuple(replace(v, value=v.value + 50) for v in values)
                                             for k, values in kept.keys.items()})
    longer = Parameters(figures)

    ev = _python()
    keeps = [r for r in _generated(200)
             if ev.evaluate(r.id, api._context(r, DAY)[1]).derived["records_keep_until"] is not None]
    records = keeps[:COLUMNS_FROM + 2]
    assert len(records) == COLUMNS_FROM + 2
    ctxs = [api._context(r, DAY)[1] for r in records]
    ctxs[-1].parameters = longer
    chunked = ev.evaluate_many([r.id for r in records], ctxs)
    mine = api._context(records[-1], DAY)[1]
    mine.parameters = longer
    assert chunked[-1] == ev.evaluate(records[-1].id, mine)
    assert chunked[-1].derived["records_keep_until"] != chunked[0].derived["records_keep_until"] is not None
    assert chunked[-1] != ev.evaluate(records[-1].id, api._context(records[-1], DAY)[1])
