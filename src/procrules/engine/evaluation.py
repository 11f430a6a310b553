"""What an evaluator returns for one record: derived facts and each rule's status.

Statuses: `failed` (a finding is raised), `raised` (a prompt is raised), `passed`,
`not_applicable` (its `when` is false), `not_demonstrated` (a fact it needs is missing).
The two evaluators must return equal Evaluations for every record.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Protocol

from procrules.engine.expressions import Context
from procrules.lang.ir import RuleSet

Status = Literal["failed", "raised", "passed", "not_applicable", "not_demonstrated"]
EngineName = Literal["python", "durable"]
ENGINES: tuple[EngineName, ...] = ("python", "durable")


#: Statuses that leave nothing to report (unless the whole trace is asked for).
QUIET: frozenset[Status] = frozenset({"passed", "not_applicable"})


class Layout:
    """The order of a rule set's derived facts and rules, shared by the Evaluations of its records."""

    __slots__ = ("derived", "index", "rules")

    def __init__(self, derived: Sequence[str], rules: Sequence[str]) -> None:
        self.derived, self.rules = tuple(derived), tuple(rules)
        self.index = {name: i for i, name in enumerate(self.derived)}  # derived fact → its column


class Evaluation:
    """Derived facts (None when unknown or not applicable) and rule statuses, by name.

    Built from dicts (one record at a time) or, by the chunked evaluator, as a view of one
    record's place in the chunk's columns (in a Layout's order) with the rules it has something
    to report on; the dicts are then made only if asked for (assembly reads the derived facts,
    but rarely every status).
    """

    __slots__ = ("_at", "_derived", "_layout", "_notable", "_status_columns", "_statuses", "_value_columns")

    def __init__(self, derived: dict[str, Any], statuses: dict[str, Status]) -> None:
        self._derived: dict[str, Any] | None = derived
        self._statuses: dict[str, Status] | None = statuses
        self._notable: list[tuple[str, Status]] | None = None
        self._layout: Layout | None = None
        self._value_columns: Sequence[Sequence[Any]] = ()
        self._status_columns: Sequence[Sequence[Status]] = ()
        self._at = 0

    @classmethod
    def in_chunk(cls, layout: Layout, values: Sequence[Sequence[Any]], statuses: Sequence[Sequence[Status]],
                 at: int, notable: list[tuple[str, Status]]) -> Evaluation:
        """The Evaluation of the record at position `at` of a chunk: `values` holds one column per
        derived fact and `statuses` one per rule, in `layout`'s order; `notable` lists the rules
        whose status is not QUIET, in rule order."""
        out = cls.__new__(cls)
        out._derived = out._statuses = None
        out._layout, out._value_columns, out._status_columns = layout, values, statuses
        out._at, out._notable = at, notable
        return out

    def _from_columns(self) -> Layout:
        assert self._layout is not None, "an Evaluation has either its dicts or its columns"
        return self._layout

    @property
    def derived(self) -> dict[str, Any]:
        """Every derived fact by name."""
        if self._derived is None:
            self._derived = _at(self._from_columns().derived, self._value_columns, self._at)
        return self._derived

    def get(self, name: str) -> Any:
        """One derived fact (None when unknown, not applicable or not a derived fact), without
        making the dict of them all."""
        if self._derived is not None:
            return self._derived.get(name)
        column = self._from_columns().index.get(name)
        return None if column is None else self._value_columns[column][self._at]

    @property
    def statuses(self) -> dict[str, Status]:
        """Every rule's status by id."""
        if self._statuses is None:
            self._statuses = _at(self._from_columns().rules, self._status_columns, self._at)
        return self._statuses

    def notable(self) -> list[tuple[str, Status]]:
        """(rule id, status) of each rule whose status is not QUIET, in rule order."""
        if self._notable is None:
            self._notable = [(r, s) for r, s in self.statuses.items() if s not in QUIET]
        return self._notable

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Evaluation):
            return NotImplemented
        return self.derived == other.derived and self.statuses == other.statuses

    __hash__ = None  # type: ignore[assignment]  # compared by value, never hashed

    def __repr__(self) -> str:
        return f"Evaluation(derived={self.derived!r}, statuses={self.statuses!r})"


def _at(names: Sequence[str], columns: Sequence[Sequence[Any]], at: int) -> dict[str, Any]:
    """Name → the value at position `at` of its column."""
    return {name: column[at] for name, column in zip(names, columns, strict=True)}


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
