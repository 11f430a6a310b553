"""The executable specification: every scenario of features/*.feature, plus a check that every
rule of the rule packs has a scenario where it fires and one where it does not."""

from __future__ import annotations

import re
from pathlib import Path

from pytest_bdd import scenarios

from procrules import api

FEATURES = Path(__file__).resolve().parents[2] / "features"

scenarios(str(FEATURES))

_SCENARIO = re.compile(r"^\s*(Scenario|Scenario Outline|Example|Background|Rule):")
_FIRES = re.compile(r"\b(?:finding|prompt) (\S+) is raised\s*$")
_DOES_NOT_FIRE = re.compile(r"\b(?:finding|prompt) (\S+) is not raised\s*$")
_EXACTLY = re.compile(r"\bthe findings are (.+?)\s*$")


def _scenarios(text: str) -> list[tuple[set[str], list[str]]]:
    """(tags, lines) of each scenario in a feature file, feature-level tags included."""
    out: list[tuple[set[str], list[str]]] = []
    feature_tags: set[str] = set()
    pending: set[str] = set()
    section: tuple[set[str], list[str]] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("@"):
            pending |= {t.lstrip("@") for t in stripped.split()}
        elif stripped.startswith("Feature:"):
            feature_tags, pending = pending, set()
        elif m := _SCENARIO.match(line):
            if m.group(1) in ("Background", "Rule"):
                section = None
            else:
                section = (feature_tags | pending, [])
                out.append(section)
            pending = set()
        elif section is not None:
            section[1].append(stripped)
    return out


def test_every_rule_fires_in_one_scenario_and_not_in_another() -> None:
    fires: set[str] = set()
    does_not: set[str] = set()
    untagged: list[str] = []
    for path in sorted(FEATURES.rglob("*.feature")):
        for tags, lines in _scenarios(path.read_text(encoding="utf-8")):
            if "known_bug" in tags:
                continue
            if not tags:
                untagged.append(f"{path.name}: {lines[:1]}")
            for line in lines:
                if m := _FIRES.search(line):
                    fires.add(m.group(1))
                if m := _EXACTLY.search(line):
                    fires.update(i.strip() for i in m.group(1).split(","))
                if m := _DOES_NOT_FIRE.search(line):
                    does_not.add(m.group(1))
    rule_ids = [r.id for r in api.rules()]
    gaps = [f"{r}: no scenario where it {what}" for r in rule_ids
            for what, seen in (("fires", fires), ("does not fire", does_not)) if r not in seen]
    assert not gaps, "\n".join(gaps)
    assert not untagged, "scenarios without a tag:\n" + "\n".join(untagged)
