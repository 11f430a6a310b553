"""procrules.spec: lint feature files and measure which rules their scenarios cover."""

from __future__ import annotations

from pathlib import Path

import pytest

from procrules import spec
from procrules.lang.gherkin import gherkin_pack_texts
from procrules.lang.ir import RuleSet
from procrules.lang.load import load_rules

REPO = Path(__file__).resolve().parents[1]
GHERKIN = REPO / "rules" / "gherkin"

RULE = """\
@regime:act
Feature: Open frameworks

  @rule:PA23-FW-91 @error @PA2023-s49(10)
  Rule: A framework under an open framework awarded by direct award
    The framework was awarded by {procedure.type}.

    Given the contract is a framework
    And the framework is an open framework
    Then the contract is not awarded directly

    Example: awarded directly
      Given the example record "kinds/framework.yaml"
      And the record has contract.framework.open set to true
      And the record has procedure.type set to direct_award
      When the procurement is checked as at 2026-06-01
      Then finding PA23-FW-91 is raised
"""


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    """The bundled rules with the bundled Gherkin rules (as the loader will read them)."""
    return load_rules(extra_packs=gherkin_pack_texts(GHERKIN))


def _lint(tmp_path: Path, text: str, ruleset: RuleSet, name: str = "rule.feature") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [str(p).replace(str(tmp_path) + "/", "") for p in spec.lint([path], ruleset)]


def test_the_bundled_features_and_gherkin_rules_lint_clean(ruleset: RuleSet) -> None:
    assert [str(p) for p in spec.lint([REPO / "features", GHERKIN], ruleset)] == []


def test_a_clean_rule_file_has_no_problems(tmp_path: Path, ruleset: RuleSet) -> None:
    assert _lint(tmp_path, RULE, ruleset) == []


def test_lint_finds_an_unknown_step(tmp_path: Path, ruleset: RuleSet) -> None:
    text = RULE.replace("And the framework is an open framework", "And the framework is an opn framework")
    assert _lint(tmp_path, text, ruleset) == [
        "rule.feature:9:9: rule PA23-FW-91: unknown step `the framework is an opn framework` "
        "(did you mean `the framework is an open framework`?); features/STEPS.md lists the steps"]


def test_lint_finds_an_unknown_field_in_a_generic_step_at_its_line(tmp_path: Path, ruleset: RuleSet) -> None:
    text = RULE.replace("And the framework is an open framework", "And contract.framework.opn is true")
    assert _lint(tmp_path, text, ruleset) == [
        "rule.feature:9:9: /rules/0/when/1/contract.framework.opn unknown field `contract.framework.opn` "
        "(did you mean `contract.framework.open`?)"]


def test_lint_finds_a_rule_without_a_legal_reference(tmp_path: Path, ruleset: RuleSet) -> None:
    text = RULE.replace(" @PA2023-s49(10)", "")
    assert _lint(tmp_path, text, ruleset) == [
        "rule.feature:5:3: rule PA23-FW-91: the Rule needs a legal reference tag, such as @PA2023-s52(1) "
        "or @PA2023-sch5-para13",
        "rule.feature:5:3: /rules/0 'legal_ref' is a required property"]


def test_lint_finds_an_id_already_used_by_a_yaml_rule(tmp_path: Path, ruleset: RuleSet) -> None:
    text = RULE.replace("PA23-FW-91", "PA23-FW-01")
    assert _lint(tmp_path, text, ruleset) == [
        "rule.feature:5:3: rule PA23-FW-01: `PA23-FW-01` is already defined in rules/packs/frameworks.yaml; "
        "choose a new id (ids are never reused)"]


def test_lint_finds_an_id_defined_in_two_gherkin_files(tmp_path: Path, ruleset: RuleSet) -> None:
    (tmp_path / "a.feature").write_text(RULE, encoding="utf-8")
    (tmp_path / "b.feature").write_text(RULE, encoding="utf-8")
    problems = [str(p).replace(str(tmp_path) + "/", "") for p in spec.lint([tmp_path], ruleset)]
    assert problems == ["b.feature:5:3: rule PA23-FW-91: `PA23-FW-91` is defined twice (also in a.feature)"]


def test_lint_finds_an_example_without_a_rule_tag(tmp_path: Path, ruleset: RuleSet) -> None:
    text = """\
Feature: Frameworks

  Scenario: nobody says which rule this is for
    Given the example record "kinds/framework.yaml"
    When the procurement is checked as at 2026-06-01
    Then there are no findings
"""
    assert _lint(tmp_path, text, ruleset, "frameworks.feature") == [
        "frameworks.feature:3: this scenario has no tag naming the rule it exercises; tag it @<RULE-ID> "
        "(or put it under the Rule: it tests)"]


def test_a_scenario_after_a_rule_belongs_to_that_rule() -> None:
    text = RULE + "\n  Scenario: still under the Rule\n    Then finding PA23-FW-91 is not raised\n"
    assert [s.rule_ids() for s in spec.scenarios(text)] == [{"PA23-FW-91"}, {"PA23-FW-91"}]


def test_lint_finds_a_tag_naming_no_rule(tmp_path: Path, ruleset: RuleSet) -> None:
    text = """\
Feature: KPIs

  @PA23-KPI-10
  Scenario: a misspelt rule id
    Given the example record "kinds/open-procedure.yaml"
    When the procurement is checked as at 2026-06-01
    Then finding PA23-KPI-10 is not raised
"""
    assert _lint(tmp_path, text, ruleset, "kpis.feature") == [
        "kpis.feature:4: tag `@PA23-KPI-10` names no rule or derived fact (did you mean `PA23-KPI-02`?)"]


def test_examples_under_a_rule_inherit_its_tags() -> None:
    [example] = spec.scenarios(RULE, "rule.feature")
    assert example.rule_ids() == {"PA23-FW-91"}
    assert example.line == 12
    assert example.lines[-1] == "Then finding PA23-FW-91 is raised"


def test_coverage_finds_a_rule_without_a_non_firing_example(tmp_path: Path) -> None:
    path = tmp_path / "rule.feature"
    path.write_text(RULE, encoding="utf-8")
    rs = load_rules(extra_packs=gherkin_pack_texts(tmp_path, "tmp"))
    rows = {row.rule: row for row in spec.coverage([path], rs)}
    row = rows["PA23-FW-91"]
    assert (row.fires, row.does_not_fire, row.covered, row.legal_ref) == (True, False, False, "PA2023 s.49(10)")
    assert "PA23-FW-91: no scenario where it does not fire" in spec.gaps(rows.values())


def test_every_rule_is_covered_by_features_and_gherkin_examples(ruleset: RuleSet) -> None:
    rows = spec.coverage([REPO / "features", GHERKIN], ruleset)
    assert spec.gaps(rows) == []
    assert {"PA23-FW-90", "PA23-COMMS-90"} <= {row.rule for row in rows if row.covered}


def test_coverage_html_escapes_every_text() -> None:
    row = spec.CoverageRow("PA23-X-01", "<script>alert(1)</script> & co", "rules/x.yaml", "PA2023 s.1", True, False)
    html = spec.coverage_html([row])
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert '<td class="no">no</td>' in html
    assert "0 of 1 rules have a scenario where they fire and one where they do not." in html
