"""`procrules spec run|lint|coverage`: the specification as a policy officer runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PROCRULES = str(Path(sys.executable).parent / "procrules")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PROCRULES, *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_spec_run_reports_each_example_in_plain_words() -> None:
    done = run("spec", "run", "rules/gherkin/open_frameworks.feature")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "passed  Awarding frameworks under an open framework" in done.stdout
    assert "3 examples: 3 passed, 0 failed" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_spec_lint_and_coverage_pass_on_the_repository() -> None:
    assert run("spec", "lint").returncode == 0
    done = run("spec", "coverage", "--html", "/dev/null")
    assert done.returncode == 0 and "0 without both a firing and a non-firing example" in done.stdout
