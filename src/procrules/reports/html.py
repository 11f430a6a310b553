"""HTML: one self-contained page (inline CSS, no script, no external asset) for people to read.

At the top, the summary of the whole batch: records, records with findings, input errors,
findings by severity, a bar chart of findings by rule and one by authority (CSS-width bars
built as elements), prompts by rule. Then the records: those with findings or input errors in
full (findings with severity, title, message, legal reference and what to do to comply; prompts
with question, why and source; input errors), then those with neither, with their prompts.

Safety: every piece of record text goes in as element text or an attribute value through lxml,
which escapes it; links are made only for http(s) addresses; a Content-Security-Policy forbids
scripts, so even a mistake could not run one.

Streaming: the summary is known only at close but goes first, so each record is built as an
element and spooled to a temporary file (`procrules.reports.spool`); at close the page is
written with `lxml.etree.htmlfile`: head, summary and charts, then the spooled records replayed.
Detail is capped: the first `MAX_DETAILED` (5,000) records with findings or input errors and the
first `MAX_CLEAN` (1,000) records without; a note says how many were left out and points to the
JSON Lines report, which has every record. The summary always covers every record.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from procrules import __version__
from procrules.reports import entries as e
from procrules.reports.entries import SEVERITIES, Entry, xml_text
from procrules.reports.spool import Spool
from procrules.reports.streams import Stream, binary_out
from procrules.reports.summary import Summary

MAX_DETAILED = 5_000
MAX_CLEAN = 1_000
#: Authorities in the chart, most findings first (the XLSX Summary sheet lists every one).
MAX_CHART_AUTHORITIES = 25
TITLE = "procrules batch report"
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1b1b1b}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
nav a{margin-right:1rem}
.totals{display:flex;flex-wrap:wrap;gap:1rem;margin:0;padding:0}
.totals div{border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem;min-width:9rem}
.totals dt{font-size:.85rem;color:#555}.totals dd{margin:0;font-size:1.6rem;font-weight:600}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;vertical-align:top}
tr+tr td{border-top:1px solid #eee}td.n,th.n{text-align:right;white-space:nowrap}
.chart td.bar{width:45%}.track{display:flex;height:1rem;background:#f2f2f2;border-radius:3px}
.fill{display:block;height:100%}
.sev-error{background:#c62828;color:#fff}.sev-warning{background:#ef8f00}.sev-info{background:#1e6fb8;color:#fff}
.sev-other{background:#888}
.severity{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.8rem;text-transform:uppercase}
.record{border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.record h3{margin:.2rem 0}.record .source{color:#555;margin:.1rem 0 .5rem}
.finding,.prompt,.problem{margin:.5rem 0}.finding p,.prompt p{margin:.15rem 0}
.legal,.why,.psource{color:#444;font-size:.9rem}.to-comply{color:#1b5e20}
.note{background:#fff8e1;border-left:4px solid #ef8f00;padding:.5rem 1rem}
.input-errors{color:#8e0000}code{font-size:.9em}footer{margin-top:3rem;color:#777;font-size:.85rem}
"""


def _el(tag: str, *content: Any, **attrs: str) -> Any:
    """An element with text and children in order; attributes named like HTML (`class_` → class)."""
    node = etree.Element(tag, {k.rstrip("_").replace("_", "-"): xml_text(v) for k, v in attrs.items()})
    for item in content:
        if item is None:
            continue
        if isinstance(item, str | int):
            text = xml_text(item)
            if len(node):
                node[-1].tail = (node[-1].tail or "") + text
            else:
                node.text = (node.text or "") + text
        else:
            node.append(item)
    return node


def _link(text: str, url: str | None) -> Any:
    """A link when the address is http(s), else plain text."""
    if url and url.startswith(("https://", "http://")):
        return _el("a", text, href=url)
    return _el("span", text)


def _severity_class(severity: object) -> str:
    return f"sev-{severity}" if severity in SEVERITIES else "sev-other"


def _bar(parts: list[tuple[str, int]], scale: int) -> Any:
    """A horizontal bar: one coloured segment per (class, count), as a share of `scale`."""
    track = _el("span", class_="track")
    for cls, n in parts:
        if n:
            track.append(_el("span", class_=f"fill {cls}", style=f"width:{100 * n / max(scale, 1):.2f}%"))
    return track


def _finding(f: Mapping[str, Any]) -> Any:
    severity = str(f.get("severity"))
    item = _el("li", _el("p", _el("span", severity, class_=f"severity {_severity_class(severity)}"), " ",
                         _el("strong", str(f.get("title") or ""), class_="title"), " ",
                         _el("code", str(f.get("rule") or ""), class_="rule")),
               _el("p", str(f.get("message") or ""), class_="message"), class_="finding")
    if e.legal_text(f):
        item.append(_el("p", "Legal reference: ", _link(e.legal_text(f), e.legal_url(f)), class_="legal"))
    if f.get("to_comply"):
        item.append(_el("p", "To comply: ", str(f["to_comply"]), class_="to-comply"))
    if f.get("uncertain"):
        item.append(_el("p", "Uncertain: ", str(f["uncertain"]), class_="why"))
    return item


def _prompt(p: Mapping[str, Any]) -> Any:
    src = p.get("source") or {}
    where = " · ".join(str(src[k]).replace("_", " ") for k in ("statement", "priority", "stage", "side")
                       if src.get(k))
    item = _el("li", _el("p", _el("strong", str(p.get("title") or ""), class_="title"), " ",
                         _el("code", str(p.get("rule") or ""), class_="rule")),
               _el("p", str(p.get("question") or ""), class_="question"), class_="prompt")
    if p.get("why"):
        item.append(_el("p", "Why: ", str(p["why"]), class_="why"))
    if p.get("good_practice"):
        item.append(_el("p", "Good practice: ", str(p["good_practice"]), class_="why"))
    if where or e.legal_text(p):
        item.append(_el("p", "Source: ", where, " — " if where and e.legal_text(p) else "",
                        _link(e.legal_text(p), e.legal_url(p)), class_="psource"))
    return item


def record_element(entry: Entry, index: int) -> Any:
    """One record's `<article>`: id, source, input errors, findings, prompts."""
    found = e.findings(entry)
    problems = e.input_errors(entry)
    counts = [(s, sum(1 for f in found if f.get("severity") == s)) for s in SEVERITIES]
    badges = [_el("span", f"{n} {s}", class_=f"severity {_severity_class(s)}") for s, n in counts if n]
    head = _el("h3", _el("span", e.record_id(entry), class_="record-id"), *(x for b in badges for x in (" ", b)))
    meta = [e.where(entry) or "source not given"]
    if e.authority(entry):
        meta.append(str(e.authority(entry)))
    regime = (entry.get("determinations") or {}).get("regime")
    if regime:
        meta.append(f"regime: {regime}")
    article = _el("article", head, _el("p", " · ".join(meta), class_="source"), class_="record",
                  id=f"record-{index}")
    if problems:
        article.append(_el("div", _el("h4", "Input errors"),
                           _el("ul", *(_el("li", _el("code", e.problem_text(p)), class_="problem") for p in problems)),
                           class_="input-errors"))
    if found:
        article.append(_el("ul", *(_finding(f) for f in found), class_="findings"))
    elif not problems:
        article.append(_el("p", "No findings."))
    listed = e.prompts(entry)
    if listed:
        article.append(_el("details", _el("summary", f"{len(listed)} prompt(s) — questions to consider"),
                           _el("ul", *(_prompt(p) for p in listed)), class_="prompts"))
    return article


def _totals(summary: Summary) -> Any:
    items = [("Records", summary.records, "records"), ("With findings", summary.records_with_findings, "with-findings"),
             ("With error findings", summary.records_with_error_findings, "with-errors"),
             ("With input errors", summary.records_with_input_errors, "input-errors"),
             *((f"{s.capitalize()} findings", n, f"findings-{s}") for s, n in summary.findings_by_severity.items()),
             ("Prompts", summary.prompts, "prompts")]
    return _el("dl", *(_el("div", _el("dt", label), _el("dd", f"{n:,}", id=f"total-{key}")) for label, n, key in items),
               class_="totals")


def _rule_chart(summary: Summary) -> Any:
    ranked = summary.rules_by_count()
    if not ranked:
        return _el("p", "No findings.")
    top = ranked[0][1].count
    body = _el("tbody", *(
        _el("tr", _el("td", _el("code", rule), " ", t.title), _el("td", _link(t.legal_ref, t.url)),
            _el("td", _bar([(_severity_class(t.severity), t.count)], top), class_="bar"),
            _el("td", f"{t.count:,}", class_="n"))
        for rule, t in ranked))
    head = _el("thead", _el("tr", _el("th", "Rule"), _el("th", "Legal reference"), _el("th", "Findings"),
                            _el("th", "Count", class_="n")))
    return _el("table", head, body, class_="chart", id="chart-rules")


def _authority_chart(summary: Summary) -> Any:
    ranked = summary.authorities_by_findings()
    top = max((a.findings for _, a in ranked), default=0)
    shown = ranked[:MAX_CHART_AUTHORITIES]
    rows = [_el("tr", _el("td", name or "(not named)"),
                _el("td", _bar([(_severity_class(s), a.findings_by_severity[s]) for s in SEVERITIES], top),
                    class_="bar"),
                _el("td", f"{a.findings:,}", class_="n"), _el("td", f"{a.records:,}", class_="n"),
                _el("td", f"{a.records_with_findings:,}", class_="n"),
                _el("td", f"{a.records_with_input_errors:,}", class_="n"))
            for name, a in shown]
    head = _el("thead", _el("tr", _el("th", "Authority"), _el("th", "Findings (error, warning, info)"),
                            _el("th", "Findings", class_="n"), _el("th", "Records", class_="n"),
                            _el("th", "With findings", class_="n"), _el("th", "Input errors", class_="n")))
    out = [_el("table", head, _el("tbody", *rows), class_="chart", id="chart-authorities")]
    if len(ranked) > len(shown):
        out.append(_el("p", f"The {len(shown)} authorities with most findings are shown; {len(ranked) - len(shown):,} "
                            "more are left out of this chart (the XLSX report's Summary sheet lists every one).",
                       class_="note"))
    return out


def _prompt_table(summary: Summary) -> Any:
    if not summary.prompts_by_rule:
        return _el("p", "No prompts.")
    rows = (_el("tr", _el("td", _el("code", rule), " ", t.title), _el("td", _link(t.legal_ref, t.url)),
                _el("td", f"{t.count:,}", class_="n"))
            for rule, t in sorted(summary.prompts_by_rule.items(), key=lambda kv: (-kv[1].count, kv[0])))
    return _el("table", _el("thead", _el("tr", _el("th", "Prompt"), _el("th", "Source"),
                                         _el("th", "Records", class_="n"))),
               _el("tbody", *rows), id="prompts-by-rule")


def _left_out(shown: int, seen: int, what: str) -> Any:
    if seen <= shown:
        return None
    return _el("p", f"Showing the first {shown:,} of {seen:,} {what}; {seen - shown:,} are left out here. "
                    "Every record is in the JSON Lines report (format jsonl); the summary above covers all.",
               class_="note")


class HtmlWriter:
    """Writes one HTML page: summary and charts first, then the (capped) records."""

    suffix = ".html"

    def __init__(self, stream: Stream, *, title: str = TITLE, max_detailed: int = MAX_DETAILED,
                 max_clean: int = MAX_CLEAN) -> None:
        self._out = binary_out(stream)
        self._title = title
        self._limits = (max_detailed, max_clean)
        self._detailed, self._clean = Spool(), Spool()
        self._seen = [0, 0]
        self._index = 0

    def write(self, entry: Entry) -> None:
        """Spool the record's section, while under the cap."""
        self._index += 1
        which = 0 if e.brief_findings(entry) or e.input_errors(entry) else 1  # past the cap, no parse
        self._seen[which] += 1
        if self._seen[which] <= self._limits[which]:
            (self._detailed, self._clean)[which].add(record_element(entry, self._index))

    def discard(self) -> None:
        """Give up: delete the spooled records and write nothing."""
        self._detailed.discard()
        self._clean.discard()

    def _head(self) -> Any:
        return _el("head", _el("meta", charset="utf-8"),
                   _el("meta", name="viewport", content="width=device-width, initial-scale=1"),
                   _el("meta", http_equiv="Content-Security-Policy", content=CSP),
                   _el("title", self._title), _el("style", CSS))

    def _top(self, summary: Summary) -> list[Any]:
        nav = _el("nav", *(_el("a", text, href=f"#{anchor}") for text, anchor in (
            ("Summary", "summary"), ("By rule", "by-rule"), ("By authority", "by-authority"),
            ("Prompts", "prompts"), ("Records with findings", "records"), ("Records without", "clean"))))
        return [_el("header", _el("h1", self._title), nav),
                _el("section", _el("h2", "Summary"), _totals(summary), id="summary"),
                _el("section", _el("h2", "Findings by rule"), _rule_chart(summary), id="by-rule"),
                _el("section", _el("h2", "Findings by authority"), *_authority_chart(summary), id="by-authority"),
                _el("section", _el("h2", "Prompts by rule"), _prompt_table(summary), id="prompts")]

    def close(self, summary: Summary) -> None:
        """Write the page: head, summary and charts, then the spooled records."""
        sections = (("records", "Records with findings or input errors", "records with findings or input errors"),
                    ("clean", "Records without findings", "records without findings"))
        with etree.htmlfile(self._out, encoding="utf-8") as xf:
            xf.write_doctype("<!DOCTYPE html>")
            with xf.element("html", lang="en"):
                xf.write(self._head(), pretty_print=True)
                with xf.element("body"):
                    for part in self._top(summary):
                        xf.write(part, pretty_print=True)
                    for (anchor, heading, what), spool, seen in zip(sections, (self._detailed, self._clean),
                                                                     self._seen, strict=True):
                        with xf.element("section", id=anchor):
                            xf.write(_el("h2", f"{heading} ({seen:,})"))
                            note = _left_out(spool.count, seen, what)
                            if note is not None:
                                xf.write(note)
                            if not seen:
                                xf.write(_el("p", "None."))
                            spool.replay(xf, pretty_print=True)
                    xf.write(_el("footer", f"procrules {__version__}"), pretty_print=True)
        self._out.flush()
