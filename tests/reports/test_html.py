"""HTML: one self-contained page; summary and charts first, records after; every text escaped."""

from __future__ import annotations

import re
from typing import Any

from lxml import html

from procrules.reports import Summary
from procrules.reports.html import CSP, TITLE
from tests.reports import sample
from tests.reports.sample import SCRIPT, render


def page(entries: list[dict[str, Any]], **options: Any) -> Any:
    return html.document_fromstring(render("html", entries, **options))


def text(node: Any) -> str:
    return " ".join(node.text_content().split())


def test_a_self_contained_page_with_no_script(entries: list[dict[str, Any]]) -> None:
    data = render("html", entries)
    assert data.startswith(b"<!DOCTYPE html>\n<html lang=\"en\"><head>\n<meta charset=\"utf-8\">")
    doc = html.document_fromstring(data)
    assert doc.findtext(".//title") == TITLE
    assert doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content") == [CSP]
    assert doc.xpath("//script | //img | //link | //iframe | //object | //embed") == []
    assert doc.xpath("//@*[starts-with(name(), 'on')]") == []
    urls = {i["legal_ref"].get("url") for e in entries for i in [*e.get("findings", []), *e.get("prompts", [])]}
    assert {h for h in doc.xpath("//@href") if not h.startswith("#")} <= urls - {"javascript:document.title='link'"}
    assert doc.xpath("//@src") == []


def test_summary_numbers(entries: list[dict[str, Any]]) -> None:
    doc = page(entries)
    summary = Summary()
    for entry in entries:
        summary.add(entry)
    totals = {dd.get("id"): dd.text for dd in doc.iterfind(".//dl[@class='totals']//dd")}
    assert totals == {
        "total-records": str(len(entries)), "total-with-findings": str(summary.records_with_findings),
        "total-with-errors": str(summary.records_with_error_findings), "total-input-errors": "2",
        **{f"total-findings-{s}": str(n) for s, n in summary.findings_by_severity.items()},
        "total-prompts": str(summary.prompts)}


def test_bar_charts_by_rule_and_authority(entries: list[dict[str, Any]]) -> None:
    doc = page(entries)
    summary = Summary()
    for entry in entries:
        summary.add(entry)
    rows = doc.get_element_by_id("chart-rules").findall("tbody/tr")
    assert [r.findtext("td/code") for r in rows] == [rule for rule, _ in summary.rules_by_count()]
    widths = [float(re.fullmatch(r"width:([\d.]+)%", r.find(".//span[@class]/span").get("style"))[1]) for r in rows]
    assert widths[0] == 100.0 and widths == sorted(widths, reverse=True)
    authorities = doc.get_element_by_id("chart-authorities").findall("tbody/tr")
    assert [a.findtext("td") for a in authorities] == [n or "(not named)" for n, _ in summary.authorities_by_findings()]


def test_a_record_in_full() -> None:
    entry = sample.example("NYC-HWY-2025-077")
    doc = page([entry])
    (record,) = doc.find_class("record")
    assert record.find_class("record-id")[0].text == "NYC-HWY-2025-077"
    assert text(record.find_class("source")[0]) == (
        "examples/highways-resurfacing.yaml · North Yorkshire Council · regime: act")
    findings = record.find_class("finding")
    assert [x.findtext(".//code") for x in findings] == [f["rule"] for f in entry["findings"]]
    (finding,) = (x for x in findings if x.findtext(".//code") == "PA23-STANDSTILL-01")
    f = next(f for f in entry["findings"] if f["rule"] == "PA23-STANDSTILL-01")
    assert text(finding.find("p")) == f"error {f['title']} PA23-STANDSTILL-01"
    assert finding.find_class("message")[0].text == f["message"]
    assert text(finding.find_class("legal")[0]) == "Legal reference: PA2023 s.51(2)"
    assert finding.find_class("legal")[0].find("a").get("href") == f["legal_ref"]["url"]
    assert text(finding.find_class("to-comply")[0]) == f"To comply: {f['to_comply']}"
    questions = [q.text for q in record.find_class("question")]
    assert questions == [p["question"] for p in entry["prompts"]]
    assert "Source: pa2023 · procure · downstream" in text(record.find_class("psource")[0])


def test_input_errors_in_full() -> None:
    (record,) = page([sample.input_error()]).find_class("record")
    assert [text(li) for li in record.find_class("problem")] == [
        'registers/q3.jsonl:4:31: /contract/estimated_value/amount expected a number, found `"lots"`',
        "registers/q3.jsonl:4: /procedure required field missing"]
    assert text(record.find_class("source")[0]) == "registers/q3.jsonl line 4"


def test_hostile_text_shows_as_text() -> None:
    data = render("html", [sample.hostile()])
    assert b"<script" not in data and b"<img" not in data and b"<b>" not in data
    doc = html.document_fromstring(data)
    (record,) = doc.find_class("record")
    finding = record.find_class("finding")[0]
    assert finding.find_class("title")[0].text == f"{SCRIPT}<img src=x onerror=\"document.title='img'\">"
    assert finding.find_class("message")[0].text == f"-2+3 days late {SCRIPT} bell\ufffd & \"quotes\""
    legal = finding.find_class("legal")[0]
    assert legal.find("a") is None and text(legal) == "Legal reference: PA2023 s.87(1)"  # javascript: is no link
    assert record.find_class("record-id")[0].text == "=HYPERLINK(\"http://evil.example\")"
    assert "registers/<b>evil</b>.csv row 3" in text(record.find_class("source")[0])


def test_records_with_findings_first_then_those_without(entries: list[dict[str, Any]]) -> None:
    doc = page(entries)
    shown = [r.find_class("record-id")[0].text for r in doc.find_class("record")]
    flagged = [e["record"] for e in entries if e.get("findings") or e.get("input_errors")]
    clean = [e["record"] for e in entries if not (e.get("findings") or e.get("input_errors"))]
    assert shown == flagged + clean
    assert doc.get_element_by_id("records").findtext("h2") == f"Records with findings or input errors ({len(flagged)})"
    assert doc.get_element_by_id("clean").findtext("h2") == f"Records without findings ({len(clean)})"


def test_detail_is_capped_with_a_note(entries: list[dict[str, Any]]) -> None:
    doc = page(entries, max_detailed=2, max_clean=1)
    flagged = sum(1 for e in entries if e.get("findings") or e.get("input_errors"))
    records = doc.get_element_by_id("records")
    assert len(records.find_class("record")) == 2
    assert text(records.find_class("note")[0]) == (
        f"Showing the first 2 of {flagged} records with findings or input errors; {flagged - 2} are left out here. "
        "Every record is in the JSON Lines report (format jsonl); the summary above covers all.")
    assert len(doc.get_element_by_id("clean").find_class("record")) == 1
    assert doc.get_element_by_id("total-records").text == str(len(entries))  # the summary covers all


def test_an_empty_batch() -> None:
    doc = page([])
    assert doc.get_element_by_id("total-records").text == "0"
    assert doc.get_element_by_id("by-rule").findtext("p") == "No findings."
    assert doc.get_element_by_id("records").findtext("p") == "None."


def test_deterministic(entries: list[dict[str, Any]]) -> None:
    assert render("html", entries) == render("html", entries)
