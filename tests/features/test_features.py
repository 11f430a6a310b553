"""The executable specification: every scenario of features/ and every Example of the rules written
as feature files (rules/gherkin/, Welsh included), plus the coverage gate: every rule, YAML or
Gherkin, has an example where it fires and one where it does not."""

from __future__ import annotations

from pathlib import Path

from pytest_bdd import scenarios

from procrules import api, spec

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"
GHERKIN_RULES = ROOT / "rules" / "gherkin"

scenarios(str(FEATURES))
scenarios(str(GHERKIN_RULES))


def test_every_rule_fires_in_one_scenario_and_not_in_another() -> None:
    rows = spec.coverage([FEATURES, GHERKIN_RULES], api.ruleset())
    assert len(rows) == len(api.rules())
    missing = spec.gaps(rows)
    assert not missing, "\n".join(missing)


def test_the_feature_files_lint_clean() -> None:
    problems = spec.lint([FEATURES, GHERKIN_RULES], api.ruleset())
    assert not problems, "\n".join(map(str, problems))
