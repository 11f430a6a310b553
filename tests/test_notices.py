"""Notice definitions: compiled to derived facts and checks, judged alike by both evaluators."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from procrules.engine.durable import DurableEvaluator
from procrules.engine.expressions import Context
from procrules.engine.facts import record_facts
from procrules.engine.plan import notice_plan
from procrules.engine.python import PythonEvaluator
from procrules.errors import RulePackError
from procrules.lang.ir import RuleSet
from procrules.lang.load import load_rules
from procrules.model.record import Record

NOTICE = """\
pack: notice_uk11
title: A test contract termination notice
notice:
  code: UK11
  name: Contract termination notice
  legal_ref: {instrument: PA2023, section: 80, subsection: 1}
  trigger: The contract ends
  event: {when: {contract_management.terminated: {exists: true}}, text: the contract ended}
  status:
    - when: {authority.type: private_utility}
      status: not_required
      reason: Not for private utilities.
      legal_ref: {instrument: PA2023, section: 80, subsection: 3}
    - status: required
      reason: Every public contract.
  due:
    text: within 30 days beginning with the day the contract ended
    earliest: {fact: contract_management.terminated}
    earliest_text: the contract has ended
    latest: {add_days: {fact: contract_management.terminated}, days: 29}
  once: true
"""


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules(extra_packs=[("UK11.yaml", NOTICE)])


def plan_of(rules: RuleSet, as_at: date = date(2026, 12, 1), **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": "r", "authority": {"name": "A", "type": "sub_central"},
                            "contract": {"subject": "services"},
                            "contract_management": {"terminated": "2026-01-31"}, **changes}
    facts, lists = record_facts(Record.model_validate(data), as_at)
    python, durable = (ev.evaluate("r", Context(dict(facts), lists, rules.parameters, rules.calendar))
                       for ev in (PythonEvaluator(rules), DurableEvaluator(rules)))
    assert durable == python
    [entry] = [n for n in notice_plan(rules, python) if n["code"] == "UK11"]
    return entry


def test_the_window_counts_beginning_with_the_event(rules: RuleSet) -> None:
    entry = plan_of(rules, as_at=date(2026, 2, 10))
    # 30 days beginning with Sat 31 Jan 2026 end on Sun 1 Mar 2026 (calendar days, no holiday shift).
    assert entry["due"]["latest"] == date(2026, 3, 1)
    assert entry["status"] == "required" and entry["reason"] == "Every public contract."
    assert entry["verdict"] == "due" and entry["findings"] == []


def test_missing_once_the_window_has_closed(rules: RuleSet) -> None:
    entry = plan_of(rules, as_at=date(2026, 3, 2))
    assert entry["verdict"] == "missing" and entry["findings"] == ["PA23-UK11-MISSING"]
    assert plan_of(rules, as_at=date(2026, 3, 1))["verdict"] == "due"


@pytest.mark.parametrize(("published", "verdict", "finding"), [
    (["2026-03-01"], "published", None),
    (["2026-03-02"], "late", "PA23-UK11-LATE"),
    (["2026-01-30"], "early", "PA23-UK11-EARLY"),
    (["2026-02-02", "2026-02-03"], "duplicated", "PA23-UK11-DUPLICATE"),
])
def test_published_notices_are_judged(rules: RuleSet, published: list[str], verdict: str,
                                      finding: str | None) -> None:
    entry = plan_of(rules, notices=[{"code": "UK11", "date": d} for d in published])
    assert entry["verdict"] == verdict
    assert entry["findings"] == ([finding] if finding else [])
    assert entry["count"] == len(published)


def test_a_planned_notice_is_not_a_published_one(rules: RuleSet) -> None:
    entry = plan_of(rules, as_at=date(2026, 2, 1), notices=[{"code": "UK11", "date": "2026-02-05", "planned": True}])
    assert entry["planned"] == date(2026, 2, 5) and entry["count"] == 0 and entry["verdict"] == "due"


def test_an_exemption_gives_its_own_reason_and_citation(rules: RuleSet) -> None:
    entry = plan_of(rules, authority={"name": "Water Co", "type": "private_utility"})
    assert entry["status"] == "not_required" and entry["verdict"] == "not_required"
    assert entry["legal_ref"] == "PA2023 s.80(3)" and entry["due"] is None


def test_a_bad_notice_block_names_the_key() -> None:
    with pytest.raises(RulePackError) as info:
        load_rules(extra_packs=[("UK11.yaml", NOTICE.replace("earliest_text:", "earliest_txt:"))])
    assert any("unknown key `earliest_txt`" in str(p) and "earliest_text" in str(p) for p in info.value.problems)


def test_a_notice_judged_by_another_rule_is_flagged_by_its_finding() -> None:
    from procrules import api
    from tests.conftest import ROOT

    [loaded] = api.read_records([ROOT / "examples" / "town-council-catering.yaml"])
    assert loaded.record is not None
    plan = {n["code"]: n for n in api.notice_plan(loaded.record, as_at=date(2026, 12, 1))}
    assert plan["UK4"]["verdict"] == "flagged" and plan["UK4"]["findings"] == ["PA23-BT-01"]


def test_checked_by_must_name_a_rule() -> None:
    with pytest.raises(RulePackError) as info:
        text = NOTICE.replace("  once: true\n", "  once: true\n  checked_by: [PA23-BT-99]\n")
        load_rules(extra_packs=[("UK11.yaml", text)])
    assert any("no rule `PA23-BT-99`" in str(p) for p in info.value.problems)
