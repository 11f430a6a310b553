"""Assembling results: what the per-rule-set shortcuts of engine/outcomes.py must not change."""

from __future__ import annotations

from datetime import date

import pytest

from procrules import api
from procrules.engine.evaluation import Evaluation
from procrules.engine.outcomes import _merged, assemble, render
from tests.conftest import make_record
from tests.test_generate_register import generated_records

DAY = date(2026, 12, 1)


def _checked(**changes: object) -> tuple[dict[str, object], Evaluation]:
    facts, ctx = api._context(make_record(**changes), DAY)
    return facts, api.evaluator("python").evaluate("T-1", ctx)


def test_render_fills_placeholders_anywhere() -> None:
    assert render("{a}{b} and {a}", {"a": 1, "b": None}) == "1(unknown) and 1"
    assert render("  {a}\n  then  ", {"a": True}) == "yes then"
    assert render("  plain\n text ", {}) == "plain text"


def test_merged_facts_keep_a_record_fact_an_unknown_derived_fact_shares() -> None:
    merged = _merged({"a": 1, "b": 2}, {"a": None, "b": 3, "c": None})
    assert [merged.get(k) for k in ("a", "b", "c", "d")] == [1, 3, None, None]


def test_result_does_not_depend_on_the_order_of_statuses() -> None:
    facts, evaluation = _checked(procedure={"commenced": None})
    shuffled = Evaluation(evaluation.derived, dict(reversed(evaluation.statuses.items())))
    rs = api.ruleset()
    for explain in (False, True):
        a = assemble("T-1", DAY, rs, facts, evaluation, explain)
        b = assemble("T-1", DAY, rs, facts, shuffled, explain)
        assert a == b
        assert a.to_json() == b.to_json()
    shown = {t.rule for t in a.not_demonstrated}
    assert [t.rule for t in a.not_demonstrated] == [r.id for r in rs.rules if r.id in shown]


def test_explain_traces_every_rule_in_order_as_not_demonstrated_does() -> None:
    [result] = api.check([make_record(procedure={"commenced": None})], as_at=DAY, explain=True)
    assert result.trace is not None
    assert [t.rule for t in result.trace] == [r.id for r in api.ruleset().rules]
    by_rule = {t.rule: t for t in result.trace}
    assert result.not_demonstrated
    assert all(by_rule[t.rule] == t for t in result.not_demonstrated)


def test_json_forms_are_fresh_each_time() -> None:
    [result] = api.check([make_record(procedure={"type": "below_threshold_open", "commenced": "2025-02-23"})],
                         as_at=DAY)
    [prompted] = api.check([make_record()], as_at=DAY)
    assert result.findings and prompted.prompts
    for r in (result, prompted):
        for brief in (False, True):
            first = r.to_json(brief)
            for item in (*first["findings"], *first["prompts"]):
                item["legal_ref"]["text"] = "changed"
            for notice in first["determinations"]["notices"]:
                notice["findings"].append("changed")
                if notice["due"]:
                    notice["due"]["rule"] = "changed"
            assert "changed" not in str(r.to_json(brief))
    prompted.prompts[0].source["stage"] = "changed"
    [again] = api.check([make_record()], as_at=DAY)
    assert "changed" not in str(again.to_json())


def test_notice_plan_dates_are_dates_in_the_result_and_iso_in_json() -> None:
    [result] = api.check([make_record()], as_at=DAY)
    uk4 = next(n for n in result.determinations["notices"] if n["code"] == "UK4")
    assert uk4["published"] == date(2026, 1, 12)
    for brief in (False, True):
        [uk4_json] = [n for n in result.to_json(brief)["determinations"]["notices"] if n["code"] == "UK4"]
        assert uk4_json["published"] == "2026-01-12"
        assert uk4_json["due"] is None or all(not isinstance(v, date) for v in uk4_json["due"].values())



def test_a_result_made_for_the_brief_form_gives_the_brief_form_of_the_whole() -> None:
    records = [*generated_records(120, 5), make_record(), make_record(procedure={"commenced": None})]
    whole = api.check(records, as_at=DAY)
    brief = api.check(records, as_at=DAY, brief=True)
    assert [r.to_json(brief=True) for r in brief] == [r.to_json(brief=True) for r in whole]
    assert any(r.prompts for r in brief) and any(r.not_demonstrated for r in brief)
    assert all(p.evidence == {} and p.good_practice is None for r in brief for p in r.prompts)  # not made
    welsh = api.check(records[:20], as_at=DAY, lang="cy", brief=True)
    assert [r.to_json(True) for r in welsh] == [r.to_json(True) for r in api.check(records[:20], as_at=DAY, lang="cy")]


def test_a_result_made_for_the_brief_form_refuses_to_give_the_whole() -> None:
    [result] = api.check([make_record()], as_at=DAY, brief=True)
    with pytest.raises(ValueError, match="made for the brief form only"):
        result.to_json()
    [explained] = api.check([make_record()], as_at=DAY, brief=True, explain=True)  # the trace needs it all
    assert explained.to_json() == api.check([make_record()], as_at=DAY, explain=True)[0].to_json()
