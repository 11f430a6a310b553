"""What an evaluator returns for one record: derived facts and each rule's status.

Statuses: `failed` (a finding is raised), `raised` (a prompt is raised), `passed`,
`not_applicable` (its `when` is false), `not_demonstrated` (a fact it needs is missing).
The two evaluators must return equal Evaluations for every record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from procrules.engine.expressions import Context
from procrules.lang.ir import RuleSet

Status = Literal["failed", "raised", "passed", "not_applicable", "not_demonstrated"]
EngineName = Literal["python", "durable"]
ENGINES: tuple[EngineName, ...] = ("python", "durable")


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Derived facts (None when unknown or not applicable) and rule statuses, by name."""

    derived: dict[str, Any]
    statuses: dict[str, Status]


class Evaluator(Protocol):
    """Evaluates a rule set against one record's facts."""

    name: str

    def evaluate(self, record_id: str, ctx: Context) -> Evaluation:
        """The Evaluation of one record (its facts and lists are in `ctx`)."""
        ...

    def evaluate_many(self, record_ids: Sequence[str], ctxs: Sequence[Context]) -> list[Evaluation]:
        """The Evaluations of several records, in order (an evaluator may share work between them)."""
        ...


def status_of(rule_kind: str, when: bool | None, requires: bool | None, has_requires: bool) -> Status:
    """A rule's status from the truth values of its `when` and `requires` (Kleene)."""
    if when is None:
        return "not_demonstrated"
    if when is False:
        return "not_applicable"
    if rule_kind == "prompt":
        return "raised"
    if not has_requires:
        return "failed"
    if requires is None:
        return "not_demonstrated"
    return "passed" if requires else "failed"


def derived_deps(ruleset: RuleSet, names: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `names` that are derived facts."""
    return tuple(n for n in names if n in ruleset.kinds)
