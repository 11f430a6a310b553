"""Golden files: the JSON report of every record in examples/, reviewed by hand once and diffed since.

A change to what a check says shows up here as a diff to read. To accept one on purpose:
`PROCRULES_UPDATE_GOLDEN=1 pytest tests/test_golden.py`, then review `git diff tests/golden`.
"""

from __future__ import annotations

import difflib
import json
import os
from datetime import date
from pathlib import Path

import pytest

from procrules import api
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
RECORDS = sorted((ROOT / "examples").rglob("*.yaml"))


def _report(path: Path) -> str:
    results = api.check_files([path], as_at=date(2026, 12, 1))
    doc = api.report(results)
    doc.pop("procrules")
    doc.pop("rule_pack")
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@pytest.mark.parametrize("path", RECORDS, ids=[str(p.relative_to(ROOT / "examples")) for p in RECORDS])
def test_report_matches_golden(path: Path) -> None:
    golden = GOLDEN / path.relative_to(ROOT / "examples").with_suffix(".json")
    actual = _report(path)
    if os.environ.get("PROCRULES_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8") if golden.exists() else ""
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            str(golden), "actual"))
        pytest.fail(f"the report differs from {golden.name}:\n{diff}", pytrace=False)
