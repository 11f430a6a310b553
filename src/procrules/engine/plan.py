"""The notice plan of one record: each notice's status, why, its window, and how it stands.

Built from the derived facts and rule statuses both evaluators produce (see lang/notices.py),
so the plan is the same whichever evaluator ran.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from procrules.engine.evaluation import Evaluation
from procrules.engine.memo import per_object
from procrules.lang.ir import NoticeDef, RuleSet

#: verdict → what it means, for the JSON form's documentation and the human timeline.
VERDICTS = {
    "published": "published within its window",
    "published_unchecked": "published; whether in time cannot be told from the record",
    "late": "published after its window closed",
    "early": "published before its window opened (out of order)",
    "duplicated": "published more than once",
    "flagged": "a rule that judges this notice (its checked_by) raised a finding",
    "missing": "required, its window has closed, and none is published",
    "due": "required, its triggering event has happened, and not yet published; its window is open",
    "upcoming": "required once its triggering event happens (it has not yet)",
    "not_demonstrated": "whether it is required cannot be told from the record",
    "optional": "not required; may be published",
    "not_required": "not required",
    "published_not_required": "published although not required",
}


_CHECKS = (("missing", "missing"), ("late", "late"), ("early", "early"), ("duplicate", "duplicated"))


@dataclass(frozen=True, slots=True)
class _Notice:
    """A notice definition with the names of its derived facts and rules worked out once."""

    notice: NoticeDef
    facts: dict[str, str]  # status, basis, count, earliest, latest, published, planned, event → fact
    checks: tuple[tuple[str, str], ...]  # (rule id, verdict when it fails), in order of precedence
    timing: frozenset[str]  # the rules judging when it was published (late, early)
    others: frozenset[str]  # rules elsewhere that judge it (checked_by)
    own: str  # the prefix of its generated rules, e.g. PA23-UK6-

    @classmethod
    def of(cls, notice: NoticeDef) -> _Notice:
        """The names of one notice definition."""
        facts = {f: notice.fact(f) for f in ("status", "basis", "count", "earliest", "latest", "published",
                                              "planned", "event")}
        return cls(notice, facts, tuple((notice.rule_id(c), v) for c, v in _CHECKS),
                   frozenset(notice.rule_id(c) for c in ("late", "early") if c in notice.checks),
                   frozenset(notice.checked_by), f"PA23-{notice.code}-")

    def verdict(self, status: str | None, count: int, failed: set[str], unknown: set[str],
                event: bool | None) -> str:
        """How the notice stands (see VERDICTS)."""
        for rule_id, verdict in self.checks:
            if rule_id in failed:
                return verdict
        if failed & self.others:
            return "flagged"
        if status is None:
            return "not_demonstrated"
        if count:
            if status == "not_required":
                return "published_not_required"
            return "published_unchecked" if not self.timing or self.timing & unknown else "published"
        if status == "required":
            return "upcoming" if event is False else "due"
        return status


_notices: Callable[[RuleSet], list[_Notice]] = per_object(lambda rs: [_Notice.of(n) for n in rs.notices])


def notice_plan(ruleset: RuleSet, evaluation: Evaluation) -> list[dict[str, Any]]:
    """One entry per notice definition, in code order."""
    derived = evaluation.derived
    failed = {rid for rid, s in evaluation.statuses.items() if s == "failed"}
    unknown = {rid for rid, s in evaluation.statuses.items() if s == "not_demonstrated"}
    out = []
    for entry in _notices(ruleset):
        notice, fact = entry.notice, entry.facts
        status = derived.get(fact["status"])
        basis = derived.get(fact["basis"])
        case = notice.cases[int(basis)] if basis is not None else None
        count = int(derived.get(fact["count"]) or 0)
        ref = case.legal_ref if case is not None and case.legal_ref is not None else notice.legal_ref
        due: dict[str, Any] | None = None
        if status in ("required", "optional") and notice.due:
            due = {"earliest": derived.get(fact["earliest"]), "latest": derived.get(fact["latest"]), "rule": notice.due}
        out.append({
            "code": notice.code, "name": notice.name, "status": status,
            "reason": case.reason if case is not None else None,
            "legal_ref": ref.text, "due": due,
            "published": derived.get(fact["published"]), "count": count,
            "planned": derived.get(fact["planned"]),
            "verdict": entry.verdict(status, count, failed, unknown, derived.get(fact["event"])),
            "findings": sorted(r for r in failed if r.startswith(entry.own) or r in entry.others),
        })
    return out


def timeline_date(entry: dict[str, Any]) -> date | None:
    """The day a plan entry sits on in a timeline: published, else planned, else due."""
    due = entry.get("due") or {}
    day: date | None = entry.get("published") or entry.get("planned") or due.get("latest") or due.get("earliest")
    return day
