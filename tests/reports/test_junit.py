"""JUnit XML: one suite with its counts, a testcase per entry, failures for error findings."""

from __future__ import annotations

import io
from typing import Any

from lxml import etree

from procrules.reports import Summary
from procrules.reports.junit import JunitWriter
from tests.reports import sample
from tests.reports.sample import SCRIPT, render


def parse(data: bytes) -> Any:
    return etree.fromstring(data)  # raises on anything not well-formed


def test_one_suite_with_counts(entries: list[dict[str, Any]]) -> None:
    root = parse(render("junit", entries))
    (suite,) = root.findall("testsuite")
    failing = sum(1 for e in entries if any(f["severity"] == "error" for f in e.get("findings", [])))
    counts = {"tests": str(len(entries)), "failures": str(failing), "errors": "2", "skipped": "0"}
    assert suite.attrib == {"name": "procrules", **counts}
    assert root.attrib == {"name": "procrules", **counts}
    assert [c.get("name") for c in suite.findall("testcase")] == [e["record"] for e in entries]


def test_a_failing_record() -> None:
    entry = sample.example("NYC-HWY-2025-077")
    (case,) = parse(render("junit", [entry])).iter("testcase")
    assert case.attrib == {"classname": "North Yorkshire Council", "name": "NYC-HWY-2025-077",
                           "file": "examples/highways-resurfacing.yaml"}
    failure = case.find("failure")
    errors = [f["rule"] for f in entry["findings"] if f["severity"] == "error"]
    assert "PA23-STANDSTILL-01" in errors
    assert failure.get("message") == " ".join(errors)
    assert ("[error] PA23-STANDSTILL-01: Contract entered into before the mandatory standstill period ended\n"
            in failure.text)
    assert "PA2023 s.51(2) https://www.legislation.gov.uk/ukpga/2023/54/section/51" in failure.text
    assert "[prompt] PA23-RECORDS-01" in case.findtext("system-out")


def test_warnings_go_to_system_out_and_do_not_fail() -> None:
    entry = sample.made_up("A-1", None, sample.finding("R-1", "warning", message="Check this."))
    (case,) = parse(render("junit", [entry])).iter("testcase")
    assert case.find("failure") is None
    assert case.get("classname") == "registers/q3.csv"  # no authority: the source file
    assert case.findtext("system-out") == (
        "[warning] R-1: A title\nCheck this.\nPA2023 s.3 https://www.legislation.gov.uk/ukpga/2023/54/section/3\n"
        "To comply: Do it.")


def test_input_errors_are_errors() -> None:
    (case,) = parse(render("junit", [sample.input_error()])).iter("testcase")
    error = case.find("error")
    assert (error.get("type"), error.get("message")) == ("INPUT-ERROR", "2 input error(s)")
    assert error.text.splitlines() == [
        'registers/q3.jsonl:4:31: /contract/estimated_value/amount expected a number, found `"lots"`',
        "registers/q3.jsonl:4: /procedure required field missing"]


def test_hostile_text_is_escaped() -> None:
    data = render("junit", [sample.hostile()])
    assert b"<script>" not in data and b"&lt;script&gt;" in data
    (case,) = parse(data).iter("testcase")
    assert SCRIPT in case.find("failure").text
    assert "bell\ufffd" in case.find("failure").text  # U+0007 cannot be in XML
    assert case.get("classname") == "@SUM(1+1)"


def test_an_empty_batch() -> None:
    assert render("junit", []) == (b"<?xml version='1.0' encoding='utf-8'?>\n"
                                   b'<testsuites name="procrules" tests="0" failures="0" errors="0" skipped="0">\n'
                                   b'<testsuite name="procrules" tests="0" failures="0" errors="0" skipped="0">\n'
                                   b"</testsuite>\n</testsuites>\n")


def test_deterministic(entries: list[dict[str, Any]]) -> None:
    assert render("junit", entries) == render("junit", entries)


def test_a_text_stream(entries: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    writer = JunitWriter(out)
    for entry in entries:
        writer.write(entry)
    writer.close(Summary())
    assert out.getvalue().encode("utf-8") == render("junit", entries)
