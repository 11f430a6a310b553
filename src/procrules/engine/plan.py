"""The notice plan of one record: each notice's status, why, its window, and how it stands.

Built from the derived facts and rule statuses both evaluators produce (see lang/notices.py),
so the plan is the same whichever evaluator ran.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from procrules.engine.evaluation import Evaluation
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


def _verdict(notice: NoticeDef, status: str | None, count: int, failed: set[str], unknown: set[str],
             event: bool | None) -> str:
    for check, verdict in (("missing", "missing"), ("late", "late"), ("early", "early"),
                           ("duplicate", "duplicated")):
        if notice.rule_id(check) in failed:
            return verdict
    if failed & set(notice.checked_by):
        return "flagged"
    if status is None:
        return "not_demonstrated"
    if count:
        if status == "not_required":
            return "published_not_required"
        timing = {notice.rule_id(c) for c in ("late", "early") if c in notice.checks}
        return "published_unchecked" if not timing or timing & unknown else "published"
    if status == "required":
        return "upcoming" if event is False else "due"
    return status


def notice_plan(ruleset: RuleSet, evaluation: Evaluation) -> list[dict[str, Any]]:
    """One entry per notice definition, in code order."""
    derived = evaluation.derived
    failed = {rid for rid, s in evaluation.statuses.items() if s == "failed"}
    unknown = {rid for rid, s in evaluation.statuses.items() if s == "not_demonstrated"}
    out = []
    for notice in ruleset.notices:
        status = derived.get(notice.fact("status"))
        basis = derived.get(notice.fact("basis"))
        case = notice.cases[int(basis)] if basis is not None else None
        count = int(derived.get(notice.fact("count")) or 0)
        ref = case.legal_ref if case is not None and case.legal_ref is not None else notice.legal_ref
        due: dict[str, Any] | None = None
        if status in ("required", "optional") and notice.due:
            due = {"earliest": derived.get(notice.fact("earliest")), "latest": derived.get(notice.fact("latest")),
                   "rule": notice.due}
        out.append({
            "code": notice.code, "name": notice.name, "status": status,
            "reason": case.reason if case is not None else None,
            "legal_ref": ref.text, "due": due,
            "published": derived.get(notice.fact("published")), "count": count,
            "planned": derived.get(notice.fact("planned")),
            "verdict": _verdict(notice, status, count, failed, unknown, derived.get(notice.fact("event"))),
            "findings": sorted(r for r in failed
                               if r.startswith(f"PA23-{notice.code}-") or r in notice.checked_by),
        })
    return out


def timeline_date(entry: dict[str, Any]) -> date | None:
    """The day a plan entry sits on in a timeline: published, else planned, else due."""
    due = entry.get("due") or {}
    day: date | None = entry.get("published") or entry.get("planned") or due.get("latest") or due.get("earliest")
    return day
