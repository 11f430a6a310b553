"""JUnit XML, for CI dashboards: one `<testsuite name="procrules">`, one `<testcase>` per entry.

A testcase is `classname` = the authority (else the source file), `name` = the record id. It
carries a `<failure>` when the record has error-severity findings (`message` = their rule ids,
text = each message with its legal reference), an `<error>` when the record could not be read
(the input errors in full), and its warnings, info findings and prompts in `<system-out>`.

Streaming: the suite's counts (tests, failures, errors) belong on `<testsuite>` at the top, where
every consumer reads them, but are known only at the end. So each testcase is serialised as it
comes to a temporary file (`procrules.reports.spool`) and, at close, the suite element is opened
with its counts and the testcases are replayed into it one at a time. Memory stays flat; the
disk holds one copy of the testcases until close.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from procrules.reports import entries as e
from procrules.reports.entries import Entry, xml_text
from procrules.reports.spool import Spool
from procrules.reports.streams import Stream, binary_out
from procrules.reports.summary import Summary


def _finding_text(f: Mapping[str, Any]) -> str:
    lines = [f"[{f.get('severity')}] {f.get('rule')}: {f.get('title')}", str(f.get("message") or "")]
    ref = " ".join(x for x in (e.legal_text(f), e.legal_url(f)) if x)
    if ref:
        lines.append(ref)
    if f.get("to_comply"):
        lines.append(f"To comply: {f['to_comply']}")
    return "\n".join(lines)


def _prompt_text(p: Mapping[str, Any]) -> str:
    src = p.get("source") or {}
    where = " · ".join(str(src[k]) for k in ("statement", "priority", "stage", "side") if src.get(k))
    lines = [f"[prompt] {p.get('rule')}: {p.get('title')}", str(p.get("question") or "")]
    if where:
        lines.append(f"Source: {where}")
    if e.legal_text(p):
        lines.append(e.legal_text(p))
    return "\n".join(lines)


def testcase(entry: Entry) -> Any:
    """The `<testcase>` element for one entry."""
    file = e.source(entry)[0]
    case = etree.Element("testcase", classname=xml_text(e.authority(entry) or file or "procrules"),
                         name=xml_text(e.record_id(entry)))
    if file:
        case.set("file", xml_text(file))
    problems = e.input_errors(entry)
    if problems:
        error = etree.SubElement(case, "error", message=f"{len(problems)} input error(s)", type="INPUT-ERROR")
        error.text = xml_text("\n".join(e.problem_text(p) for p in problems))
    found = e.findings(entry)
    errors = [f for f in found if f.get("severity") == "error"]
    if errors:
        failure = etree.SubElement(case, "failure", message=xml_text(" ".join(str(f.get("rule")) for f in errors)),
                                   type="error")
        failure.text = xml_text("\n\n".join(_finding_text(f) for f in errors))
    rest = [_finding_text(f) for f in found if f.get("severity") != "error"]
    rest += [_prompt_text(p) for p in e.prompts(entry)]
    if rest:
        etree.SubElement(case, "system-out").text = xml_text("\n\n".join(rest))
    return case


class JunitWriter:
    """Writes one testcase per entry; the suite and its counts at close."""

    suffix = ".xml"

    def __init__(self, stream: Stream) -> None:
        self._out = binary_out(stream)
        self._spool = Spool()
        self._failures = 0
        self._errors = 0

    def write(self, entry: Entry) -> None:
        """Spool the entry's testcase."""
        case = testcase(entry)
        self._failures += case.find("failure") is not None
        self._errors += case.find("error") is not None
        self._spool.add(case)

    def discard(self) -> None:
        """Give up: delete the spooled testcases and write nothing."""
        self._spool.discard()

    def close(self, summary: Summary) -> None:
        """Write the suite with its counts, then every testcase."""
        counts = {"tests": str(self._spool.count), "failures": str(self._failures), "errors": str(self._errors),
                  "skipped": "0"}
        with etree.xmlfile(self._out, encoding="utf-8") as xf:
            xf.write_declaration()
            with xf.element("testsuites", name="procrules", **counts):
                xf.write("\n")
                with xf.element("testsuite", name="procrules", **counts):
                    xf.write("\n")
                    self._spool.replay(xf, pretty_print=True)
                xf.write("\n")
        self._out.write(b"\n")
        self._out.flush()
