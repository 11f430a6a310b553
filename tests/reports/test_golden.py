"""Golden files: each text format for a small made-up batch, reviewed by hand once and diffed since.

Made-up entries keep these stable while the rule packs change. To accept a change on purpose:
`PROCRULES_UPDATE_GOLDEN=1 pytest tests/reports/test_golden.py`, then review the diff of tests/reports/golden.
"""

from __future__ import annotations

import difflib
import os
from typing import Any

import pytest

from procrules import __version__
from tests.conftest import ROOT
from tests.reports import sample
from tests.reports.sample import SCRIPT, finding, made_up

GOLDEN = ROOT / "tests" / "reports" / "golden"
SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "junit": ".xml", "sarif": ".sarif", "html": ".html"}


def batch() -> list[dict[str, Any]]:
    prompt = {"rule": "P-1", "title": "Engage the market", "question": "Have you engaged the market?",
              "source": {"statement": "npps-2025", "priority": "driving-economic-growth", "stage": "plan_and_design",
                         "side": "upstream"}, "why": "Better outcomes.", "good_practice": None,
              "legal_ref": {"text": "PA2023 s.16"}, "evidence": {}, "next_step": None}
    clean = made_up("C-1", "Bath", row=4)
    clean["prompts"] = [prompt]
    return [
        made_up("A-1", "Leeds", finding("R-1", "error", "Standstill too short", "Entered on 5 January 2026."),
                finding("R-22", "warning", "No lots", "Consider lots."), row=2),
        made_up("=B-1", "@Leeds", finding("R-1", "error", f"{SCRIPT} title", f"-1 day {SCRIPT} & more"), row=3),
        clean,
        sample.input_error(),
    ]


@pytest.mark.parametrize("format", list(SUFFIXES))
def test_report_matches_golden(format: str) -> None:
    golden = GOLDEN / f"batch{SUFFIXES[format]}"
    # Normalised: the version number, and CSV's \r\n line ends (git may rewrite them).
    actual = sample.render(format, batch()).decode("utf-8").replace(__version__, "VERSION").replace("\r\n", "\n")
    if os.environ.get("PROCRULES_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(actual.encode("utf-8"))
    expected = golden.read_bytes().decode("utf-8").replace("\r\n", "\n") if golden.exists() else ""
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), str(golden), "actual"))
        pytest.fail(f"the {format} report differs from {golden.name}:\n{diff}", pytrace=False)
