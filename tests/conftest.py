"""Shared fixtures: a base record to vary, and the repository paths."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from procrules.model.record import Record

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

BASE: dict[str, Any] = {
    "id": "T-1",
    "authority": {"name": "Test Department", "type": "central_government"},
    "contract": {"subject": "services", "estimated_value": {"amount": 200000, "vat_included": True},
                 "cpv": ["79800000"]},
    "procedure": {"type": "open", "commenced": "2026-01-12"},
    "notices": [{"code": "UK4", "date": "2026-01-12"}, {"code": "UK6", "date": "2026-03-02"}],
    "milestones": {"contract_entered": "2026-03-16"},
}


def merge(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of `base` with `changes` merged in (dicts recursively; None deletes a key)."""
    out = copy.deepcopy(base)
    for key, value in changes.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def make_record(**changes: Any) -> Record:
    """The base record with changes (keyword = top-level field)."""
    return Record.model_validate(merge(BASE, changes))


@pytest.fixture
def record_factory() -> Any:
    """make_record, as a fixture."""
    return make_record
