"""What a check produces: findings, prompts, determinations and the trace of every rule.

`to_json()` gives the documented, stable JSON shape (README, "JSON output").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from procrules.engine.memo import per_object
from procrules.errors import Problem
from procrules.lang.ir import LegalRef

_PLAIN = frozenset({str, int, bool, type(None)})


def json_value(value: Any) -> Any:
    """A fact value as JSON: dates as ISO strings, whole floats as integers."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict:
        return {k: v if type(v) in _PLAIN else json_value(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [v if type(v) in _PLAIN else json_value(v) for v in value]
    if kind is date:
        return value.isoformat()
    if kind is float:
        return int(value) if value.is_integer() else value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return value


def legal_json(ref: LegalRef) -> dict[str, Any]:
    """A legal reference as JSON (only the parts it has)."""
    return dict(_legal_parts(ref))


def _parts(ref: LegalRef) -> dict[str, Any]:
    parts = {"text": ref.text, "url": ref.url, "instrument": ref.instrument, "section": ref.section,
             "subsection": ref.subsection, "schedule": ref.schedule, "paragraph": ref.paragraph}
    return {k: v for k, v in parts.items() if v is not None}


#: A reference's JSON form, worked out once (rules' references live as long as their rule set).
_legal_parts: Callable[[LegalRef], dict[str, Any]] = per_object(_parts)


@dataclass(frozen=True, slots=True)
class Finding:
    """A duty of the Act unmet, or a date, value or notice wrong."""

    rule: str
    title: str
    severity: str
    message: str
    legal_ref: LegalRef
    evidence: dict[str, Any]
    to_comply: str | None
    uncertain: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON form."""
        out = {"rule": self.rule, "title": self.title, "severity": self.severity, "message": self.message,
               "legal_ref": legal_json(self.legal_ref), "evidence": json_value(self.evidence),
               "to_comply": self.to_comply}
        if self.uncertain:
            out["uncertain"] = self.uncertain
        return out


@dataclass(frozen=True, slots=True)
class Prompt:
    """A strategic question, tied to the policy priority or commissioning stage it comes from."""

    rule: str
    title: str
    message: str
    source: dict[str, Any]
    legal_ref: LegalRef
    evidence: dict[str, Any]
    to_comply: str | None
    why: str | None = None
    good_practice: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON form."""
        return {"rule": self.rule, "title": self.title, "question": self.message, "source": self.source,
                "why": self.why, "good_practice": self.good_practice,
                "legal_ref": legal_json(self.legal_ref), "evidence": json_value(self.evidence),
                "next_step": self.to_comply}

    def brief_json(self) -> dict[str, Any]:
        """The brief form: the question and why, without evidence, good practice or next step."""
        return {"rule": self.rule, "title": self.title, "question": self.message, "why": self.why,
                "source": self.source, "legal_ref": legal_json(self.legal_ref)}


@dataclass(frozen=True, slots=True)
class Trace:
    """How one rule came out, and on which facts (for --explain and 'not demonstrated')."""

    rule: str
    status: str
    facts: dict[str, Any]
    missing: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The JSON form."""
        out: dict[str, Any] = {"rule": self.rule, "status": self.status, "facts": json_value(self.facts)}
        if self.missing:
            out["missing"] = list(self.missing)
        return out

    def brief_json(self) -> dict[str, Any]:
        """The brief form: what is missing, without the facts."""
        return {"rule": self.rule, "status": self.status, "missing": list(self.missing)}


@dataclass(slots=True)
class CheckResult:
    """The outcome of checking one record (or the input error that stopped it)."""

    record: str
    as_at: date | None
    determinations: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    prompts: list[Prompt] = field(default_factory=list)
    not_demonstrated: list[Trace] = field(default_factory=list)
    trace: list[Trace] | None = None
    input_errors: list[Problem] = field(default_factory=list)
    input_warnings: list[Problem] = field(default_factory=list)  # defects in the input worked around
    brief: bool = False  # made for the brief form only (api.check(brief=True)): it lacks what that leaves out

    def to_json(self, brief: bool = False) -> dict[str, Any]:
        """The JSON form; `brief` (for long batches) keeps findings whole but leaves out what is the
        same for every record or reads elsewhere: prompts' evidence, good practice and next step;
        the facts of not-demonstrated rules; notices neither required nor published; unknown
        (null) determinations."""
        if self.input_errors:
            return {"record": self.record, "input_errors": [problem_json(p) for p in self.input_errors]}
        if self.brief and not brief:
            raise ValueError(f"the result of {self.record} was made for the brief form only; "
                             f"check again without brief for the whole")
        out: dict[str, Any] = {"record": self.record, "as_at": self.as_at.isoformat() if self.as_at else None}
        if brief:
            out["brief"] = True
        out["determinations"] = self._brief_determinations() if brief else _determinations_json(self.determinations)
        out["findings"] = [f.to_json() for f in self.findings]
        out["prompts"] = [p.brief_json() if brief else p.to_json() for p in self.prompts]
        out["not_demonstrated"] = [t.brief_json() if brief else t.to_json() for t in self.not_demonstrated]
        if self.trace is not None and not brief:
            out["explain"] = [t.to_json() for t in self.trace]
        if self.input_warnings:
            out["warnings"] = [problem_json(p) for p in self.input_warnings]
        return out

    def _brief_determinations(self) -> dict[str, Any]:
        """The known determinations, and of the notice plan only the notices in play (as JSON)."""
        out = {k: _known(v) if isinstance(v, dict) else json_value(v) for k, v in self.determinations.items()
               if v is not None and k != "notices"}
        if "notices" in self.determinations:
            out["notices"] = [_notice_json(n, _BRIEF_NOTICE)
                              for n in self.determinations["notices"] or [] if n["verdict"] not in _QUIET_VERDICTS]
        return out


def _determinations_json(determinations: dict[str, Any]) -> dict[str, Any]:
    """The determinations as JSON, the notice plan's entries converted only where they need it."""
    return {k: [_notice_json(n) for n in v] if k == "notices" and v else json_value(v)
            for k, v in determinations.items()}


def _notice_json(entry: dict[str, Any], keys: tuple[str, ...] | None = None) -> dict[str, Any]:
    """A notice plan entry (engine/plan.py) as JSON, whole or only `keys` (among them its dates and
    findings): besides text and counts, it holds dates (and its window's) and the list of its findings."""
    out = entry.copy() if keys is None else {k: entry[k] for k in keys}
    for key in _NOTICE_DATES:
        value = out[key]
        if value is not None:
            out[key] = json_value(value)
    out["findings"] = list(out["findings"])
    return out


_NOTICE_DATES = ("due", "published", "planned")


def problem_json(p: Problem) -> dict[str, Any]:
    """An input error or warning as JSON."""
    return {"source": p.source, "line": p.line, "column": p.column, "pointer": p.pointer, "message": p.message}


def _known(values: dict[str, Any]) -> dict[str, Any]:
    """The values that are known, as JSON (a brief entry leaves out the unknown: a missing key reads as null)."""
    return {k: v if type(v) in _PLAIN else json_value(v) for k, v in values.items() if v is not None}


#: What a brief entry keeps of each notice in play.
_BRIEF_NOTICE = ("code", "status", "verdict", "due", "published", "count", "planned", "findings")
#: Notice verdicts a brief entry leaves out: nothing is required and nothing was published.
_QUIET_VERDICTS = frozenset({"not_required", "optional"})
