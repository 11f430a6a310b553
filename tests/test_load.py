"""The rule compiler: a bad pack fails on load with file:line:column and what was wrong."""

from __future__ import annotations

import pytest

from procrules.errors import RulePackError
from procrules.lang.load import bundled_rules, load_rules

PACK = """\
pack: extra
title: Test pack
rules:
  - id: TEST-X-01
    title: A test rule
    kind: finding
    severity: warning
    legal_ref: {instrument: PA2023, section: 52, subsection: 1}
    when: {public_contract: true}
    requires: {contract.estimated_value.amount: {gt: 5000000}}
    message: Value {estimated_value}
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(RulePackError) as info:
        load_rules(extra_packs=[("extra.yaml", text)])
    return [str(p) for p in info.value.problems]


def test_the_bundled_rules_load() -> None:
    rs = bundled_rules()
    assert rs.version and len(rs.rules) >= 7
    names = [d.name for d in rs.derivations]
    assert names.index("threshold_row") < names.index("threshold_amount") < names.index("above_threshold")


def test_a_good_extra_pack_loads_and_cites() -> None:
    rs = load_rules(extra_packs=[("extra.yaml", PACK)])
    rule = rs.rule("TEST-X-01")
    assert rule is not None
    assert rule.legal_ref.text == "PA2023 s.52(1)"
    assert rule.legal_ref.url == "https://www.legislation.gov.uk/ukpga/2023/54/section/52"


def test_unknown_field_did_you_mean() -> None:
    assert problems_of(PACK.replace("public_contract: true", "public_contrat: true")) == [
        "extra.yaml:9:12: rule TEST-X-01: /rules/0/when/public_contrat "
        "unknown field `public_contrat` (did you mean `public_contract`?)"
    ]


def test_unknown_operator() -> None:
    [p] = problems_of(PACK.replace("{gt: 5000000}", "{greater: 5000000}"))
    assert p.startswith("extra.yaml:10:50: rule TEST-X-01: "
                        "/rules/0/requires/contract.estimated_value.amount/greater unknown operator")


def test_wrong_enum_value_in_a_condition() -> None:
    [p] = problems_of(PACK.replace("public_contract: true", "procedure.type: opne"))
    assert p.endswith("found `opne` (did you mean `open`?)")


def test_type_mismatch() -> None:
    [p] = problems_of(PACK.replace("{gt: 5000000}", "{gt: '5000000'}"))
    assert p.endswith("`contract.estimated_value.amount` is a number; found '5000000'")


def test_ordering_a_bool_is_an_error() -> None:
    [p] = problems_of(PACK.replace("public_contract: true", "public_contract: {gt: true}"))
    assert "`gt` needs a number or a date; `public_contract` is bool" in p


def test_unknown_placeholder_in_message() -> None:
    [p] = problems_of(PACK.replace("Value {estimated_value}", "Value {estimated_valu}"))
    assert p.endswith("unknown field `estimated_valu` (did you mean `estimated_value`?)")


def test_schema_unknown_key() -> None:
    [p] = problems_of(PACK.replace("    message:", "    mesage: x\n    message:"))
    assert p == "extra.yaml:11:5: rule TEST-X-01: /rules/0/mesage unknown key `mesage` (did you mean `message`?)"


def test_missing_legal_ref() -> None:
    [p] = problems_of(PACK.replace("    legal_ref: {instrument: PA2023, section: 52, subsection: 1}\n", ""))
    assert "'legal_ref' is a required property" in p


def test_duplicate_rule_id() -> None:
    problems = problems_of(PACK.replace("TEST-X-01", "PA23-BT-01"))
    assert problems == ["extra.yaml: `PA23-BT-01` is defined twice (also in rules/packs/below_threshold.yaml)"]


def test_cycle_between_derived_facts() -> None:
    text = PACK + """\
derive:
  - {name: aa, kind: number, title: a, value: {fact: bb}}
  - {name: bb, kind: number, title: b, value: {add: [{fact: aa}, 1]}}
"""
    [p] = problems_of(text)
    assert "cycle: aa → bb → aa" in p


def test_unknown_function_and_parameter() -> None:
    text = PACK + "derive:\n  - {name: aa, kind: number, title: a, value: {parm: x}}\n" \
                  "  - {name: bb, kind: number, title: b, value: {param: schedule1_treshold}}\n"
    problems = problems_of(text)
    assert any("(did you mean `param`?)" in p for p in problems)
    assert any("unknown parameter `schedule1_treshold` (did you mean `schedule1_threshold`?)" in p for p in problems)


def test_prompt_needs_a_source() -> None:
    [p] = problems_of(PACK.replace("kind: finding", "kind: prompt").replace(
        "    requires: {contract.estimated_value.amount: {gt: 5000000}}\n", ""))
    assert "a prompt needs a `source`" in p


def test_lists_are_reached_through_functions() -> None:
    [p] = problems_of(PACK.replace("public_contract: true", "notices: UK4"))
    assert "`notices` is a list" in p


def test_a_yaml_tag_is_refused() -> None:
    [p] = problems_of(PACK + "x: !!python/name:os.system\n")
    assert "YAML syntax error" in p


ITEMS = """\
pack: extra
title: Per-item values over a list of records
derive:
  - name: slowest_payment_days
    kind: number
    title: Longest time from invoice to payment
    value:
      max_of: contract_management.payments
      each: {days_between: [{fact: item.invoice_received}, {fact: item.paid}]}
  - name: big_undisputed_payments
    kind: number
    title: Undisputed payments over a figure
    value:
      count: contract_management.payments
      where: {item.amount: {gt: 30000}, item.disputed: false}
rules: []
"""


def test_each_and_where_reach_the_fields_of_list_items() -> None:
    from datetime import date

    from procrules.engine.durable import DurableEvaluator
    from procrules.engine.expressions import Context
    from procrules.engine.facts import record_facts
    from procrules.engine.python import PythonEvaluator
    from procrules.model.record import Record

    rs = load_rules(extra_packs=[("extra.yaml", ITEMS)])
    record = {"id": "r", "authority": {"name": "A", "type": "sub_central"}, "contract": {"subject": "goods"},
              "contract_management": {"payments": [
                  {"amount": 40000, "invoice_received": "2026-04-01", "paid": "2026-05-11"},
                  {"amount": 50000, "invoice_received": "2026-04-01", "paid": "2026-04-10", "disputed": True},
                  {"amount": 100, "invoice_received": "2026-04-01"}]}}
    facts, lists = record_facts(Record.model_validate(record), date(2026, 12, 1))
    python, durable = (ev.evaluate("r", Context(dict(facts), lists, rs.parameters, rs.calendar))
                       for ev in (PythonEvaluator(rs), DurableEvaluator(rs)))
    assert python.derived["slowest_payment_days"] == 40
    assert python.derived["big_undisputed_payments"] == 1
    assert durable.derived == python.derived


def test_item_fields_are_checked() -> None:
    [p] = problems_of(ITEMS.replace("item.disputed", "item.disputd"))
    assert "unknown field `item.disputd`" in p and "item.disputed" in p
    problems = problems_of(ITEMS.replace("max_of: contract_management.payments", "max_of: contract.cpv"))
    assert any("`contract.cpv` has no item fields" in p for p in problems)


def test_a_prompt_names_a_real_policy_statement_and_priority() -> None:
    prompt = PACK.replace("kind: finding", "kind: prompt").replace(
        "    requires: {contract.estimated_value.amount: {gt: 5000000}}\n",
        "    source: {statement: npps-2052, stage: procure, side: upstream}\n")
    [p] = problems_of(prompt)
    assert "unknown policy statement `npps-2052`" in p and "did you mean `npps-2025`" in p
    [p] = problems_of(prompt.replace("npps-2052", "npps-2025, priority: growth"))
    assert "`growth` is not a priority of npps-2025" in p


def test_welsh_texts_are_checked_like_the_english() -> None:
    welsh = "    message: Value {estimated_value}\n    cy:\n      message: Gwerth {estimated_vlue}\n"
    [p] = problems_of(PACK.replace("    message: Value {estimated_value}\n", welsh))
    assert "unknown field `estimated_vlue`" in p and "/rules/0/cy/message" in p
