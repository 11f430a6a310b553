"""Wires the step library into pytest-bdd and checks the scenarios' tags.

A tag names what a scenario exercises: a rule id (@PA23-STANDSTILL-01) or a derived fact of the
rule packs (@threshold_row). `@known_bug` marks a scenario that states the law where procrules
is known to get it wrong: it is expected to fail (strictly, so a fix shows up as a failure
asking for the tag to go). Any other tag is an error, so a misspelt rule id cannot pass unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ocds_steps import *  # noqa: F403 - the open-data steps (reading and building OCDS)

# pytest puts this folder on sys.path before importing its conftest (the default "prepend"
# import mode, tests/ having no __init__.py), so the step library imports as `steps`.
from steps import *  # noqa: F403 - the step definitions are fixtures pytest-bdd looks up here
from steps import SCENARIO_NAME

from procrules import api
from procrules.lang.gherkin import is_authoring_tag

KNOWN_BUG = "known_bug"


def known_tags() -> dict[str, str]:
    """Every tag a scenario may carry, with what it means."""
    tags = {r.id: f"exercises rule {r.id} ({r.title})" for r in api.rules()}
    tags.update({d.name: f"exercises the derived fact {d.name}" for d in api.ruleset().derivations})
    return tags


def pytest_configure(config: pytest.Config) -> None:
    for tag, meaning in known_tags().items():
        config.addinivalue_line("markers", f"{tag}: {meaning}")


def pytest_bdd_apply_tag(tag: str, function: Callable[..., Any]) -> Any:
    if tag == KNOWN_BUG:
        pytest.mark.xfail(strict=True, reason="procrules is known to diverge from the law here "
                                              "(see the comment above the scenario)")(function)
        return True
    if tag.startswith("rule:"):  # a Gherkin-authored rule's id, passed to each of its Examples
        getattr(pytest.mark, tag.split(":", 1)[1])(function)
        return True
    if is_authoring_tag(tag):  # @error/@warning/@info, @PA2023-…, @duty:…, @regime:act
        return True
    if tag not in known_tags():
        raise pytest.UsageError(
            f"unknown tag @{tag}: a scenario is tagged with the rule ids and derived facts it "
            f"exercises ({', '.join(r.id for r in api.rules())}; derived facts such as "
            f"@threshold_row), or @{KNOWN_BUG}")
    getattr(pytest.mark, tag)(function)
    return True


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.node.stash[SCENARIO_NAME] = scenario.name
