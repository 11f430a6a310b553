"""Run feature files with pytest-bdd and say, in plain words, which examples passed and why not.

Used by `procrules spec run`. The step library lives with the tests (tests/features/), so this
runs from a source checkout. A failing example reports what the rule set produced instead (the
steps' own messages), never a Python traceback.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from procrules.errors import ProcrulesError
from procrules.resources import data_root


@dataclass(frozen=True, slots=True)
class Outcome:
    """One scenario or example: where it is, and whether it held."""

    feature: str
    scenario: str
    file: str
    line: int
    passed: bool
    message: str = ""


class _Collector:
    """A pytest plugin: keeps the scenarios under the chosen paths and records each outcome."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = [p.resolve() for p in paths]
        self.outcomes: list[Outcome] = []
        self._where: dict[str, tuple[str, str, str, int]] = {}

    def _wanted(self, filename: str) -> bool:
        path = Path(filename).resolve()
        return not self.paths or any(path == p or p in path.parents for p in self.paths)

    def pytest_collection_modifyitems(self, config: Any, items: list[Any]) -> None:
        from pytest_bdd.scenario import scenario_wrapper_template_registry

        keep, drop = [], []
        for item in items:
            function = getattr(item, "obj", None)
            template = scenario_wrapper_template_registry.get(function) if callable(function) else None
            if template is not None and self._wanted(template.feature.filename):
                keep.append(item)
                self._where[item.nodeid] = (template.feature.name, template.name,
                                            template.feature.rel_filename, template.line_number)
            else:
                drop.append(item)
        config.hook.pytest_deselected(items=drop)
        items[:] = keep

    def pytest_runtest_logreport(self, report: Any) -> None:
        where = self._where.get(report.nodeid)
        if where is None or (report.when != "call" and not report.failed):
            return
        message = "" if report.passed else str(report.longreprtext).strip()
        self.outcomes.append(Outcome(*where, passed=bool(report.passed), message=message))


def run(paths: list[Path]) -> list[Outcome]:
    """Every scenario and example under `paths` (default: all), run on both evaluators."""
    import pytest

    root = Path(str(data_root()))
    suite = root / "tests" / "features" / "test_features.py"
    if not suite.is_file():
        raise ProcrulesError("procrules spec run needs a source checkout (the step library is in tests/features/)")
    collector = _Collector(paths)
    with contextlib.redirect_stdout(io.StringIO()):
        pytest.main([str(suite), "-p", "no:cacheprovider", "-p", "no:terminal", "--rootdir", str(root)],
                    plugins=[collector])
    return collector.outcomes
