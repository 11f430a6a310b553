"""Rules written as Gherkin (procrules.lang.gherkin): compiled to the same IR as YAML, on both engines."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from procrules import api
from procrules.engine.expressions import Context
from procrules.engine.facts import record_facts
from procrules.engine.outcomes import assemble
from procrules.engine.python import PythonEvaluator
from procrules.errors import Problem
from procrules.io.documents import Document
from procrules.lang.conditions import Names, Parser
from procrules.lang.gherkin import (
    compile_document,
    compile_feature,
    find_phrase,
    gherkin_pack_texts,
    glossary,
    legal_tag,
)
from procrules.lang.ir import All, Condition, Rule, RuleSet
from procrules.lang.load import bundled_rules, load_rules
from procrules.lang.steps_md import steps_markdown
from procrules.model.record import Record

REPO = Path(__file__).resolve().parents[1]
GHERKIN = REPO / "rules" / "gherkin"

KPI_GHERKIN = """\
@regime:act
Feature: Key performance indicators (s.52)

  @rule:PA23-KPI-91 @error @PA2023-s52(1)
  Rule: Fewer than three KPIs set before entering into a contract worth more than £5 million
    The contract's estimated value is £{estimated_value}, more than £{kpi_value_threshold}, so at
    least {kpi_minimum} KPIs had to be set; the record shows {contract_management.kpis_set}.

    To comply: set at least {kpi_minimum} KPIs and publish them (s.52(1), (3)).

    Given the contract has been entered into
    And KPIs must be set under s.52
    And the authority has not recorded that KPIs are inappropriate
    Then at least the minimum number of KPIs must be set
"""

KPI_YAML = """\
pack: kpi_yaml
title: The same rule in YAML
applies_when: {regime: act}
rules:
  - id: PA23-KPI-92
    title: Fewer than three KPIs set before entering into a contract worth more than £5 million
    kind: finding
    severity: error
    legal_ref: {instrument: PA2023, section: 52, subsection: 1}
    when:
      - {milestones.contract_entered: {exists: true}}
      - {s52_applies: true}
      - not: {contract_management.kpis_not_appropriate: {exists: true, eq: true}}
    requires: {contract_management.kpis_set: {ge: {fact: kpi_minimum}}}
    message: >-
      The contract's estimated value is £{estimated_value}, more than £{kpi_value_threshold}, so at
      least {kpi_minimum} KPIs had to be set; the record shows {contract_management.kpis_set}.
    to_comply: Set at least {kpi_minimum} KPIs and publish them (s.52(1), (3)).
"""


def _as_yaml(text: str, label: str) -> tuple[str, str]:
    """The feature text as the YAML pack it compiles to (to show the two surfaces meet in one IR)."""
    doc, problems = compile_document(text, label)
    assert not problems, "\n".join(map(str, problems))
    assert doc is not None
    return label.removesuffix(".feature") + ".yaml", yaml.safe_dump(doc.data, sort_keys=False, allow_unicode=True)


def _flat(cond: Condition) -> Any:
    """A condition with nested conjunctions flattened (YAML groups several keys in one mapping)."""
    if isinstance(cond, All):
        items: list[Any] = []
        for item in cond.items:
            flat = _flat(item)
            items += flat[1] if isinstance(flat, tuple) and flat[0] == "all" else [flat]
        return ("all", items)
    return cond


@pytest.fixture(scope="module")
def kpi_rules() -> RuleSet:
    return load_rules(extra_packs=[_as_yaml(KPI_GHERKIN, "tests/kpi.feature"), ("tests/kpi_yaml.yaml", KPI_YAML)])


def _rule(rs: RuleSet, rule_id: str) -> Rule:
    found = rs.rule(rule_id)
    assert found is not None
    return found


def test_a_gherkin_rule_compiles_to_the_ir_of_the_same_rule_in_yaml(kpi_rules: RuleSet) -> None:
    gherkin, yaml_rule = _rule(kpi_rules, "PA23-KPI-91"), _rule(kpi_rules, "PA23-KPI-92")
    same = replace(yaml_rule, id=gherkin.id, pack=gherkin.pack, source=gherkin.source, line=gherkin.line,
                   to_comply=gherkin.to_comply)
    assert gherkin == same
    assert gherkin.to_comply == "set at least {kpi_minimum} KPIs and publish them (s.52(1), (3))."
    assert gherkin.legal_ref.text == "PA2023 s.52(1)"


def test_the_gherkin_restatement_of_pa23_kpi_01_reads_the_same_conditions(kpi_rules: RuleSet) -> None:
    gherkin, bundled = _rule(kpi_rules, "PA23-KPI-91"), _rule(bundled_rules(), "PA23-KPI-01")
    assert _flat(gherkin.when) == _flat(bundled.when)
    assert gherkin.requires is not None and bundled.requires is not None
    assert _flat(gherkin.requires) == _flat(bundled.requires)


def test_the_rule_block_keeps_title_message_and_pack() -> None:
    rules, problems = compile_feature(KPI_GHERKIN, "kpi.feature")
    assert problems == []
    assert rules[0]["title"] == "Fewer than three KPIs set before entering into a contract worth more than £5 million"
    assert rules[0]["message"].startswith("The contract's estimated value is £{estimated_value}, more than")
    assert list(rules[0]) == ["id", "title", "kind", "severity", "legal_ref", "when", "requires", "message",
                              "to_comply"]


def test_an_unknown_step_names_the_closest_phrase_with_its_line_and_column() -> None:
    text = KPI_GHERKIN.replace("Then at least the minimum number of KPIs must be set",
                               "Then at least the minimum number of KPI must be set")
    _, problems = compile_feature(text, "kpi.feature")
    assert [str(p) for p in problems] == [
        "kpi.feature:14:10: rule PA23-KPI-91: unknown step `at least the minimum number of KPI must be set` "
        "(did you mean `at least the minimum number of KPIs must be set`?); features/STEPS.md lists the steps"]


def test_a_step_in_the_wrong_place_says_where_it_belongs() -> None:
    text = KPI_GHERKIN.replace("And KPIs must be set under s.52", "And at least 3 KPIs must be set")
    _, problems = compile_feature(text, "kpi.feature")
    assert [p.message for p in problems] == [
        "`at least 3 KPIs must be set` belongs after Then: it says what the rule requires"]
    assert (problems[0].line, problems[0].column) == (12, 9)


def test_missing_tags_are_problems() -> None:
    text = KPI_GHERKIN.replace("@rule:PA23-KPI-91 @error @PA2023-s52(1)", "@PA23-KPI-91")
    _, problems = compile_feature(text, "kpi.feature")
    assert [p.message for p in problems] == [
        "unknown tag `@PA23-KPI-91`; a Rule takes @rule:<ID>, @error/@warning/@info, a legal reference such as "
        "@PA2023-s52(1) or @PA2023-sch5-para13, and @duty:<id>",
        "the Rule needs a @rule:<ID> tag, such as @rule:PA23-KPI-90",
        "the Rule needs a severity tag: @error, @warning or @info",
        "the Rule needs a legal reference tag, such as @PA2023-s52(1) or @PA2023-sch5-para13",
    ]
    assert [p.line for p in problems] == [4, 5, 5, 5]


def test_a_gherkin_syntax_error_is_located() -> None:
    _, problems = compile_feature("Feature: x\n  Scenario: a\n    Given x\n  Feature: y\n", "bad.feature")
    assert len(problems) == 1 and (problems[0].line, problems[0].column) == (4, 3)
    assert problems[0].message.startswith("Gherkin syntax error: expected:")


@pytest.mark.parametrize(("tag", "ref"), [
    ("PA2023-s52(1)", {"instrument": "PA2023", "section": 52, "subsection": 1}),
    ("PA2023-s49", {"instrument": "PA2023", "section": 49}),
    ("PA2023-sch5-para13", {"instrument": "PA2023", "schedule": 5, "paragraph": 13}),
    ("PR2024-reg24(2)", {"instrument": "PR2024", "regulation": 24, "subsection": 2}),
    ("PA23-KPI-01", None),
    ("error", None),
], ids=["section", "section-only", "schedule", "regulation", "rule-id", "severity"])
def test_legal_reference_tags(tag: str, ref: dict[str, Any] | None) -> None:
    assert legal_tag(tag) == ref


def test_welsh_rules_use_the_welsh_phrases() -> None:
    rules, problems = compile_feature(GHERKIN / "cy" / "cyfathrebu.feature", "rules/gherkin/cy/cyfathrebu.feature")
    assert problems == []
    assert rules[0]["when"] == [{"public_contract": True},
                                {"procedure.type": {"in": ["open", "competitive_flexible"]}}]
    assert rules[0]["requires"] == {"procedure.electronic_submission": True}
    assert rules[0]["to_comply"].startswith("derbyn tendrau drwy system electronig")


def test_an_english_phrase_is_unknown_in_a_welsh_file() -> None:
    text = (GHERKIN / "cy" / "cyfathrebu.feature").read_text(encoding="utf-8").replace(
        "Anrhegedig a mae'r contract yn gontract cyhoeddus", "Anrhegedig a the contract is a public contract")
    _, problems = compile_feature(text, "cy.feature")
    assert [p.message for p in problems] == [
        "unknown step `the contract is a public contract`; features/STEPS.md lists the steps"]


def test_every_phrase_example_is_that_phrase_and_compiles_with_the_bundled_names() -> None:
    rs = bundled_rules()
    problems: list[Problem] = []
    parser = Parser(Document("glossary", {}), Names(dict(rs.kinds)), rs.parameters, problems)
    for phrase in glossary():
        found = find_phrase(phrase.example)
        assert found is not None and found[0] == phrase, phrase.example
        parser.condition(phrase.condition(found[1]), f"/{phrase.example}")
    assert problems == []
    assert len(glossary()) >= 30


def test_the_bundled_gherkin_rules_load_with_the_yaml_packs() -> None:
    rs = load_rules(extra_packs=gherkin_pack_texts(GHERKIN))
    fw = _rule(rs, "PA23-FW-90")
    assert (fw.severity, fw.legal_ref.text, fw.duties) == ("error", "PA2023 s.49(10)", ("PA-S49-10",))
    assert _rule(rs, "PA23-COMMS-90").severity == "warning"


# -- the Examples under the bundled Rule blocks, run on both evaluators ----------------------------

_STEP = re.compile(r"^\s*(?:Given|And|When|Then|Anrhegedig a|A|Pryd|Yna) (.*)$")


def _examples(path: Path) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^\s*(?:Example|Enghraifft): (.*)$", line):
            out.append((m.group(1), []))
        elif out and (m := _STEP.match(line)):
            out[-1][1].append(m.group(1))
    return out


@pytest.fixture(scope="module")
def gherkin_rules() -> tuple[RuleSet, PythonEvaluator, Any]:
    from procrules.engine.durable import DurableEvaluator

    rs = load_rules(extra_packs=gherkin_pack_texts(GHERKIN))
    return rs, PythonEvaluator(rs), DurableEvaluator(rs)


def _check(engines: tuple[RuleSet, PythonEvaluator, Any], record: Record, day: date) -> list[str]:
    rs, *evaluators = engines
    found = []
    for ev in evaluators:
        facts, lists = record_facts(record, day)
        ctx = Context(dict(facts), lists, rs.parameters, rs.calendar)
        result = assemble(record.id, day, rs, facts, ev.evaluate(record.id, ctx), False)
        found.append(sorted(f.rule for f in result.findings))
    assert found[0] == found[1], "the python and durable engines disagree"
    return found[0]


EXAMPLES = [(path, name, steps) for path in sorted(GHERKIN.rglob("*.feature")) for name, steps in _examples(path)]


@pytest.mark.parametrize(("path", "name", "steps"), EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_the_examples_under_each_rule_hold(path: Path, name: str, steps: list[str],
                                           gherkin_rules: tuple[RuleSet, PythonEvaluator, Any]) -> None:
    data: dict[str, Any] = {}
    findings: list[str] = []
    for step in steps:
        if m := re.fullmatch(r'the example record "(.+)"', step):
            loaded = api.read_records([REPO / "examples" / m.group(1)])[0]
            assert loaded.record is not None
            data = loaded.record.model_dump(mode="json")
        elif m := re.fullmatch(r"the record has ([\w.]+) set to (.+)", step):
            *parents, last = m.group(1).split(".")
            here = data
            for key in parents:
                here = here.setdefault(key, {})
            here[last] = yaml.safe_load(m.group(2)) if m.group(2) not in ("true", "false") else m.group(2) == "true"
        elif m := re.fullmatch(r"the procurement is checked as at (\d{4}-\d{2}-\d{2})", step):
            findings = _check(gherkin_rules, Record.model_validate(data), date.fromisoformat(m.group(1)))
        elif m := re.fullmatch(r"finding (\S+) is (not )?raised", step):
            assert (m.group(1) in findings) is not bool(m.group(2)), f"{name}: {step}; findings {findings}"
        elif m := re.fullmatch(r'the finding (\S+) cites "(.+)"', step):
            assert _rule(gherkin_rules[0], m.group(1)).legal_ref.text == m.group(2)
        else:
            pytest.fail(f"step not understood by this test: {step}")


def test_steps_md_is_generated_from_the_glossary() -> None:
    assert (REPO / "features" / "STEPS.md").read_text(encoding="utf-8") == steps_markdown(), (
        "features/STEPS.md is out of date: python -c 'from procrules.lang.steps_md import steps_markdown; "
        "open(\"features/STEPS.md\", \"w\").write(steps_markdown())'")
