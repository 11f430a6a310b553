"""Property: the Python evaluator gives the same Evaluation for a record whether it is evaluated
alone (closure by closure) or in a chunk of records (column by column, engine/columns.py)."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from procrules import api
from procrules.engine.evaluation import Evaluation
from procrules.engine.python import COLUMNS_FROM, PythonEvaluator
from procrules.lang.ir import All, AnyOf, Atom, FactRef, Not
from procrules.model.record import Record
from tests.test_differential import records as hypothesis_records
from tests.test_generate_register import gen

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
    out = []
    for data, _ in gen.records(count, 11):
        with contextlib.suppress(ValidationError):  # the generator corrupts about 1% of rows on purpose
            out.append(Record.model_validate(data))
    return out


def test_a_generated_register_evaluates_the_same_in_chunks_as_record_by_record() -> None:
    records = _generated(600)
    assert len(records) >= COLUMNS_FROM
    alone, chunked = _both_ways(records)
    assert [i for i, (a, c) in enumerate(zip(alone, chunked, strict=True)) if a != c] == []
    statuses = {s for e in alone for s in e.statuses.values()}
    assert statuses >= {"failed", "raised", "passed", "not_applicable", "not_demonstrated"}


def test_a_chunk_evaluation_reads_as_its_dicts_say() -> None:
    records = _generated(40)
    alone, chunked = _both_ways(records)
    for a, c in zip(alone, chunked, strict=True):
        assert c.notable() == a.notable() == [(r, s) for r, s in a.statuses.items()
                                              if s not in ("passed", "not_applicable")]
        assert all(c.value(name) == value for name, value in a.derived.items())
        assert c.value("no_such_fact") is None
    assert any(e.notable() for e in chunked)


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
    column = test(Chunk(facts, compiler.slots))
    assert column == [compile_condition(cond)(f) for f in facts]
    assert {True, False} <= set(column)  # the facts tell both ways (and unknown, bar `exists`)
