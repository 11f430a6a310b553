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
    facts: tuple[str, ...]  # its status, basis, count, earliest, latest, published, planned and event facts
    cases: tuple[tuple[str, str], ...]  # (reason, legal reference) of each case
    checks: tuple[tuple[str, str], ...]  # (rule id, verdict when it fails), in order of precedence
    timing: frozenset[str]  # the rules judging when it was published (late, early)
    others: frozenset[str]  # rules elsewhere that judge it (checked_by)
    own: str  # the prefix of its generated rules, e.g. PA23-UK6-

    @classmethod
    def of(cls, notice: NoticeDef) -> _Notice:
        """The names of one notice definition."""
        refs = (notice.legal_ref if c.legal_ref is None else c.legal_ref for c in notice.cases)
        return cls(notice, tuple(notice.fact(f) for f in _FACTS),
                   tuple((c.reason, ref.text) for c, ref in zip(notice.cases, refs, strict=True)),
                   tuple((notice.rule_id(c), v) for c, v in _CHECKS),
                   frozenset(notice.rule_id(c) for c in ("late", "early") if c in notice.checks),
                   frozenset(notice.checked_by), f"PA23-{notice.code}-")

    def verdict(self, status: str | None, count: int, failed: list[str], unknown: set[str],
                event: bool | None) -> str:
        """How the notice stands (see VERDICTS); `failed` holds the failed rules that judge it."""
        if failed:
            for rule_id, verdict in self.checks:
                if rule_id in failed:
                    return verdict
            if not self.others.isdisjoint(failed):
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

    def judged_by(self, rule_id: str) -> bool:
        """Whether the rule judges this notice: one of its own, or one of its checked_by."""
        return rule_id.startswith(self.own) or rule_id in self.others

    def entry(self, get: Callable[[str], Any], failed: list[str], unknown: set[str]) -> dict[str, Any]:
        """The notice's plan entry for one record from its derived facts (`get`) and the failed
        rules that judge it (only its dates, window and findings are not text or numbers:
        CheckResult.to_json converts just those)."""
        notice = self.notice
        status, basis, count, earliest, latest, published, planned, event = map(get, self.facts)
        reason, ref = self.cases[int(basis)] if basis is not None else (None, notice.legal_ref.text)
        count = int(count or 0)
        due: dict[str, Any] | None = None
        if status in ("required", "optional") and notice.due:
            due = {"earliest": earliest, "latest": latest, "rule": notice.due}
        return {
            "code": notice.code, "name": notice.name, "status": status, "reason": reason,
            "legal_ref": ref, "due": due, "published": published, "count": count, "planned": planned,
            "verdict": self.verdict(status, count, failed, unknown, event), "findings": sorted(failed),
        }


_FACTS = ("status", "basis", "count", "earliest", "latest", "published", "planned", "event")


@dataclass(frozen=True, slots=True)
class _Plan:
    """A rule set's notices, and for each of its rules the places of the notices it judges."""

    notices: tuple[_Notice, ...]
    judges: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, ruleset: RuleSet) -> _Plan:
        """The notices of a rule set."""
        notices = tuple(_Notice.of(n) for n in ruleset.notices)
        return cls(notices, {r.id: _judged(notices, r.id) for r in ruleset.rules})

    def judged(self, failed: set[str]) -> list[list[str]]:
        """For each notice, the failed rules that judge it."""
        out: list[list[str]] = [[] for _ in self.notices]
        for rule_id in failed:
            found = self.judges.get(rule_id)
            for i in _judged(self.notices, rule_id) if found is None else found:
                out[i].append(rule_id)
        return out


def _judged(notices: tuple[_Notice, ...], rule_id: str) -> tuple[int, ...]:
    """The places of the notices a rule judges."""
    return tuple(i for i, n in enumerate(notices) if n.judged_by(rule_id))


_plans: Callable[[RuleSet], _Plan] = per_object(_Plan.of)


def notice_plan(ruleset: RuleSet, evaluation: Evaluation) -> list[dict[str, Any]]:
    """One entry per notice definition, in code order."""
    statuses = evaluation.statuses
    return plan_of(ruleset, evaluation.get, {rid for rid, s in statuses.items() if s == "failed"},
                   {rid for rid, s in statuses.items() if s == "not_demonstrated"})


def plan_of(ruleset: RuleSet, get: Callable[[str], Any], failed: set[str], unknown: set[str]) -> list[dict[str, Any]]:
    """The notice plan from the derived facts (`get` reads one) and the ids of the failed and
    not-demonstrated rules."""
    plan = _plans(ruleset)
    if not failed:
        return [n.entry(get, [], unknown) for n in plan.notices]
    return [n.entry(get, mine, unknown) for n, mine in zip(plan.notices, plan.judged(failed), strict=True)]


def timeline_date(entry: dict[str, Any]) -> date | None:
    """The day a plan entry sits on in a timeline: published, else planned, else due."""
    due = entry.get("due") or {}
    day: date | None = entry.get("published") or entry.get("planned") or due.get("latest") or due.get("earliest")
    return day
