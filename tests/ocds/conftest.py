"""Shared paths and helpers for the OCDS tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from procrules import api
from procrules.model.record import Record
from tests.conftest import ROOT, SHARED

OCDS_SHARED = SHARED / "ocds"
SAMPLE = SHARED / "samples" / "fts" / "release-package-limit-4.json"
OCDS_EXAMPLES = ROOT / "examples" / "ocds"
#: Every example record, with the notices it lists (planned ones aside).
EXAMPLES = sorted((ROOT / "examples").rglob("*.yaml")) + sorted(OCDS_EXAMPLES.glob("*.yml"))


def need_shared(path: Path) -> Path:
    """`path` under ../shared, or skip the test saying why."""
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared research folder is not checked out beside the repo)")
    return path


def example(name: str) -> Record:
    """An example record by path relative to examples/."""
    loaded = api.read_records([ROOT / "examples" / name])
    assert loaded[0].record is not None, loaded[0].problems
    return loaded[0].record


def write_jsonl(path: Path, docs: list[Any]) -> Path:
    """One JSON document a line."""
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def pytest_configure(config: pytest.Config) -> None:
    """The feature tags (derived facts) of features/open_data, as tests/features/conftest.py has them."""
    for name in [d.name for d in api.ruleset().derivations] + [r.id for r in api.rules()]:
        config.addinivalue_line("markers", f"{name}: exercises {name}")
