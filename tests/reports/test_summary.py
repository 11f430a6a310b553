"""The batch summary: counts over every entry, memory bounded by rules and authorities."""

from __future__ import annotations

from collections import Counter
from typing import Any

from procrules.reports import Summary
from tests.reports import sample
from tests.reports.sample import finding, made_up


def summarise(entries: list[dict[str, Any]]) -> Summary:
    summary = Summary()
    for entry in entries:
        summary.add(entry)
    return summary


def test_counts_match_the_entries(entries: list[dict[str, Any]]) -> None:
    s = summarise(entries)
    found = [f for e in entries for f in e.get("findings", [])]
    assert s.records == len(entries)
    assert s.records_with_input_errors == sum(1 for e in entries if e.get("input_errors")) == 2
    assert s.records_with_findings == sum(1 for e in entries if e.get("findings"))
    assert s.records_with_error_findings == sum(
        1 for e in entries if any(f["severity"] == "error" for f in e.get("findings", [])))
    assert dict(s.findings_by_severity) == {"error": 0, "warning": 0, "info": 0} | Counter(f["severity"] for f in found)
    assert s.findings_by_severity["warning"] >= 1 and s.findings_by_severity["info"] >= 1  # the examples cover both
    assert {r: t.count for r, t in s.findings_by_rule.items()} == Counter(f["rule"] for f in found)
    assert s.prompts == sum(len(e.get("prompts", [])) for e in entries)


def test_findings_by_rule_carry_title_and_legal_reference(entries: list[dict[str, Any]]) -> None:
    by_rule = summarise(entries).to_json()["findings_by_rule"]
    assert list(by_rule) == sorted(by_rule)
    assert by_rule["PA23-STANDSTILL-01"] == {
        "title": "Contract entered into before the mandatory standstill period ended",
        "legal_ref": "PA2023 s.51(2)", "severity": "error",
        "count": sum(1 for e in entries for f in e.get("findings", []) if f["rule"] == "PA23-STANDSTILL-01")}
    assert by_rule["PA23-VAL-02"]["severity"] == "warning"


def test_prompts_by_rule(entries: list[dict[str, Any]]) -> None:
    s = summarise(entries)
    by_rule = s.to_json()["prompts_by_rule"]
    assert by_rule["PA23-RECORDS-01"]["legal_ref"] == "PA2023 s.98(1)"
    assert "severity" not in by_rule["PA23-RECORDS-01"]
    assert sum(p["count"] for p in by_rule.values()) == s.prompts


def test_the_whole_summary_of_a_small_batch() -> None:
    entries = [made_up("A-1", "Leeds", finding("R-1", "error"), finding("R-2", "warning")),
               made_up("A-2", "Leeds"),
               made_up("B-1", "Bath", finding("R-2", "warning", title="Another title")),
               sample.input_error()]
    assert summarise(entries).to_json() == {
        "records": 4, "records_with_input_errors": 1, "records_with_findings": 2, "records_with_error_findings": 1,
        "findings": 3, "findings_by_severity": {"error": 1, "warning": 2, "info": 0},
        "findings_by_rule": {
            "R-1": {"title": "A title", "legal_ref": "PA2023 s.3", "count": 1, "severity": "error"},
            "R-2": {"title": "A title", "legal_ref": "PA2023 s.3", "count": 2, "severity": "warning"}},
        "prompts": 0, "prompts_by_rule": {},
        "authorities": [
            {"authority": "Bath", "records": 1, "records_with_findings": 1, "records_with_input_errors": 0,
             "findings_by_severity": {"error": 0, "warning": 1, "info": 0}},
            {"authority": "Leeds", "records": 2, "records_with_findings": 1, "records_with_input_errors": 0,
             "findings_by_severity": {"error": 1, "warning": 1, "info": 0}},
            {"authority": None, "records": 1, "records_with_findings": 0, "records_with_input_errors": 1,
             "findings_by_severity": {"error": 0, "warning": 0, "info": 0}}]}


def test_ranking_for_the_charts() -> None:
    s = summarise([made_up("A-1", "Leeds", finding("R-2", "error")), made_up("B-1", "Bath", finding("R-1", "error")),
                   made_up("B-2", "Bath", finding("R-1", "info")), made_up("C-1", None)])
    assert [rule for rule, _ in s.rules_by_count()] == ["R-1", "R-2"]
    assert [name for name, _ in s.authorities_by_findings()] == ["Bath", "Leeds", None]


def test_memory_is_bounded_by_rules_and_authorities_not_records() -> None:
    entries = sample.examples()
    s = summarise(entries)
    sizes = (len(s.findings_by_rule), len(s.prompts_by_rule), len(s.authorities))
    for _ in range(200):
        for entry in entries:
            s.add(entry)
    assert (len(s.findings_by_rule), len(s.prompts_by_rule), len(s.authorities)) == sizes
    assert s.records == 201 * len(entries)


def test_an_empty_batch() -> None:
    assert Summary().to_json() == {
        "records": 0, "records_with_input_errors": 0, "records_with_findings": 0, "records_with_error_findings": 0,
        "findings": 0, "findings_by_severity": {"error": 0, "warning": 0, "info": 0}, "findings_by_rule": {},
        "prompts": 0, "prompts_by_rule": {}, "authorities": []}
