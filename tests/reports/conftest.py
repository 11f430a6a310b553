"""Fixtures for the report tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reports import sample


@pytest.fixture
def entries() -> list[dict[str, Any]]:
    """Every kind of entry (see tests/reports/sample.py)."""
    return sample.batch()
