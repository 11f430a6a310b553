"""Batch entries for the report tests: real checks of the examples, plus made-up input errors and
hostile text. An entry is `CheckResult.to_json()` plus `source` (and `authority`), as the batch runner makes."""

from __future__ import annotations

import copy
import io
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from procrules import api
from procrules.reports import WRITERS, write_entries
from tests.conftest import ROOT, make_record

AS_AT = date(2026, 12, 1)
SCRIPT = "<script>document.title='pwned'</script>"


def _from_files(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        loaded = api.read_records([path])
        for item, result in zip(loaded, api.check_loaded(loaded, as_at=AS_AT), strict=True):
            entry = result.to_json()
            entry["source"] = {"file": path.relative_to(ROOT).as_posix(), "row": None, "line": None}
            if item.record is not None:
                entry["authority"] = item.record.authority.name
            out.append(entry)
    return out


@cache
def _real() -> tuple[dict[str, Any], ...]:
    paths = sorted((ROOT / "examples").glob("*.yaml")) + sorted((ROOT / "examples" / "kinds").glob("*.yaml"))
    entries = _from_files([*paths, ROOT / "tests" / "data" / "mixed.yaml"])
    # Two warnings: related contracts that together reach the threshold, and no lots.
    record = make_record(id="T-WARN", contract={"estimated_value": {"amount": 100000, "vat_included": True},
                                                "related_contracts": [{"id": "X", "estimated_value": 100000}]})
    (warned,) = api.check([record], as_at=AS_AT)
    entries.append({**warned.to_json(), "source": {"file": "registers/q3.csv", "row": 7, "line": None},
                    "authority": "Test Department"})
    return tuple(entries)


def examples() -> list[dict[str, Any]]:
    """Real entries: every example record, tests/data/mixed.yaml (one input error) and a record with warnings."""
    return copy.deepcopy(list(_real()))


def example(record: str) -> dict[str, Any]:
    """The real entry for one example record, by id."""
    return next(e for e in examples() if e["record"] == record)


def input_error() -> dict[str, Any]:
    """A made-up entry for a JSON Lines record that could not be read."""
    return {"record": "registers/q3.jsonl line 4", "source": {"file": "registers/q3.jsonl", "row": None, "line": 4},
            "input_errors": [
                {"source": "registers/q3.jsonl", "line": 4, "column": 31, "pointer": "/contract/estimated_value/amount",
                 "message": "expected a number, found `\"lots\"`"},
                {"source": "registers/q3.jsonl", "line": 4, "column": None, "pointer": "/procedure",
                 "message": "required field missing"}]}


def hostile() -> dict[str, Any]:
    """A real finding with text that tries to run a script, a formula and control characters."""
    entry = next(e for e in _real() if e["record"] == "OTC-2026-009")
    entry = copy.deepcopy(entry)
    entry["record"] = "=HYPERLINK(\"http://evil.example\")"
    entry["authority"] = "@SUM(1+1)"
    entry["source"] = {"file": "registers/<b>evil</b>.csv", "row": 3, "line": None}
    finding = entry["findings"][0]
    finding["title"] = f"{SCRIPT}<img src=x onerror=\"document.title='img'\">"
    finding["message"] = f"-2+3 days late {SCRIPT} bell\x07 & \"quotes\""
    finding["to_comply"] = "+44 call"
    finding["legal_ref"] = {"text": "PA2023 s.87(1)", "url": "javascript:document.title='link'"}
    return entry


def batch() -> list[dict[str, Any]]:
    """Every kind of entry together: the examples, a made-up input error and the hostile entry."""
    return [*examples(), input_error(), hostile()]


def render(format: str, entries: list[dict[str, Any]], **options: Any) -> bytes:
    """The report in `format` for these entries, as bytes (options go to the writer's class)."""
    out = io.BytesIO()
    write_entries(entries, [WRITERS[format](out, **options)])
    return out.getvalue()


def finding(rule: str, severity: str, title: str = "A title", message: str = "A message.") -> dict[str, Any]:
    """A made-up finding in the shape of `Finding.to_json()`."""
    section = len(rule)
    return {"rule": rule, "title": title, "severity": severity, "message": message,
            "legal_ref": {"text": f"PA2023 s.{section}",
                          "url": f"https://www.legislation.gov.uk/ukpga/2023/54/section/{section}"},
            "evidence": {}, "to_comply": "Do it."}


def made_up(record: str, authority: str | None, *findings: dict[str, Any], row: int = 2) -> dict[str, Any]:
    """A made-up checked entry from a CSV row."""
    entry: dict[str, Any] = {"record": record, "as_at": "2026-12-01", "determinations": {"regime": "act"},
                             "findings": list(findings), "prompts": [], "not_demonstrated": [],
                             "source": {"file": "registers/q3.csv", "row": row, "line": None}}
    if authority is not None:
        entry["authority"] = authority
    return entry
