"""Counts over a whole batch, gathered one entry at a time.

Memory grows with the number of distinct rules and authorities, never with the number of
records: an entry is counted and dropped. It reads only what a `PackedEntry`'s digest holds
(record, authority, input errors; each finding's and prompt's rule, title, severity and legal
reference), so counting never parses an entry's line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from procrules.reports import entries as e
from procrules.reports.entries import SEVERITIES, Entry


def _severities() -> Counter[str]:
    return Counter(dict.fromkeys(SEVERITIES, 0))


@dataclass(slots=True)
class RuleTally:
    """How often one rule raised a finding (or a prompt), with what the reader needs to look it up."""

    title: str
    severity: str | None = None
    legal_ref: str = ""
    url: str | None = None
    count: int = 0

    def to_json(self) -> dict[str, Any]:
        """The JSON form (no severity for a prompt)."""
        out: dict[str, Any] = {"title": self.title, "legal_ref": self.legal_ref, "count": self.count}
        if self.severity is not None:
            out["severity"] = self.severity
        return out


@dataclass(slots=True)
class AuthorityTally:
    """One contracting authority's records and findings."""

    records: int = 0
    records_with_findings: int = 0
    records_with_input_errors: int = 0
    findings_by_severity: Counter[str] = field(default_factory=_severities)

    @property
    def findings(self) -> int:
        """Every finding, whatever its severity."""
        return sum(self.findings_by_severity.values())


class Summary:
    """Running totals for a batch: `add(entry)` for each entry, then `to_json()`."""

    def __init__(self) -> None:
        self.records = 0
        self.records_with_input_errors = 0
        self.records_with_findings = 0
        self.records_with_error_findings = 0
        self.prompts = 0
        self.findings_by_severity: Counter[str] = _severities()
        self.findings_by_rule: dict[str, RuleTally] = {}
        self.prompts_by_rule: dict[str, RuleTally] = {}
        #: Keyed by authority name; `None` for entries that do not name one.
        self.authorities: dict[str | None, AuthorityTally] = {}

    @property
    def findings(self) -> int:
        """Every finding, whatever its severity."""
        return sum(self.findings_by_severity.values())

    def add(self, entry: Entry) -> None:
        """Count one entry."""
        self.records += 1
        name = e.authority(entry)
        tally = self.authorities.get(name)
        if tally is None:  # not setdefault: that would build a tally for every entry
            tally = self.authorities[name] = AuthorityTally()
        tally.records += 1
        if e.input_errors(entry):
            self.records_with_input_errors += 1
            tally.records_with_input_errors += 1
        found = e.brief_findings(entry)
        if found:
            self.records_with_findings += 1
            tally.records_with_findings += 1
        if any(f.get("severity") == "error" for f in found):
            self.records_with_error_findings += 1
        for f in found:
            severity = str(f.get("severity"))
            self.findings_by_severity[severity] += 1
            tally.findings_by_severity[severity] += 1
            rule = self.findings_by_rule.get(str(f.get("rule")))
            if rule is None:
                rule = self.findings_by_rule[str(f.get("rule"))] = RuleTally(
                    str(f.get("title") or ""), severity, e.legal_text(f), e.legal_url(f))
            rule.count += 1
        for p in e.brief_prompts(entry):
            self.prompts += 1
            prompt = self.prompts_by_rule.get(str(p.get("rule")))
            if prompt is None:
                prompt = self.prompts_by_rule[str(p.get("rule"))] = RuleTally(
                    str(p.get("title") or ""), None, e.legal_text(p), e.legal_url(p))
            prompt.count += 1

    def rules_by_count(self) -> list[tuple[str, RuleTally]]:
        """Rules that raised findings, most often first (ties by id)."""
        return sorted(self.findings_by_rule.items(), key=lambda kv: (-kv[1].count, kv[0]))

    def authorities_by_findings(self) -> list[tuple[str | None, AuthorityTally]]:
        """Authorities with the most findings first (ties by name; the unnamed last)."""
        return sorted(self.authorities.items(), key=lambda kv: (-kv[1].findings, kv[0] is None, kv[0] or ""))

    def to_json(self) -> dict[str, Any]:
        """The JSON form: plain numbers, and rules and authorities in a fixed order."""
        return {
            "records": self.records,
            "records_with_input_errors": self.records_with_input_errors,
            "records_with_findings": self.records_with_findings,
            "records_with_error_findings": self.records_with_error_findings,
            "findings": self.findings,
            "findings_by_severity": dict(self.findings_by_severity),
            "findings_by_rule": {k: v.to_json() for k, v in sorted(self.findings_by_rule.items())},
            "prompts": self.prompts,
            "prompts_by_rule": {k: v.to_json() for k, v in sorted(self.prompts_by_rule.items())},
            "authorities": [
                {"authority": name, "records": t.records, "records_with_findings": t.records_with_findings,
                 "records_with_input_errors": t.records_with_input_errors,
                 "findings_by_severity": dict(t.findings_by_severity)}
                for name, t in sorted(self.authorities.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
            ],
        }
