"""The batch stage benchmark runs on the code as it is and prints a figure for every stage."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "batch_stages.py"
STAGES = ("parse JSON line (orjson)", "validate record (pydantic)", "read facts", "evaluate rules (chunks)",
          "assemble result", "JSON form (to_json)", "encode and pack")


def _found(pattern: str, text: str) -> tuple[str, ...]:
    match = re.search(pattern, text, re.M)
    assert match is not None, pattern
    return match.groups()


def test_every_stage_is_timed_and_summed() -> None:
    out = subprocess.run([sys.executable, str(SCRIPT), "--records", "300", "--repeat", "1"],
                         capture_output=True, text=True, check=True, timeout=300).stdout
    checked, rows = map(int, _found(r"(\d+) records checked \(\d+ of (\d+) rows", out))
    assert rows == 300 and 280 <= checked < 300  # the generator corrupts about 1% of rows on purpose
    figures = [float(_found(rf"^  {re.escape(name)} +([\d.]+)$", out)[0]) for name in STAGES]
    assert all(f > 0 for f in figures)
    assert abs(float(_found(r"sum of the stages +([\d.]+)", out)[0]) - sum(figures)) < 0.1 * len(STAGES)
    for name in ("whole chunk path (_check_chunk)", "pickle the packed chunk", "one copy of the entries"):
        assert float(_found(rf"{re.escape(name)} +([\d.]+)", out)[0]) > 0
