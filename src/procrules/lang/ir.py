"""The internal form every rule pack compiles to, and both evaluators read.

Conditions are three-valued (true / false / unknown): a comparison with a missing fact is
unknown, and `all`/`any`/`not` follow Kleene's logic, so a missing fact can make a rule
"not demonstrated" but never a false finding.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Op = Literal["eq", "ne", "lt", "le", "gt", "ge", "in", "not_in", "exists"]
Severity = Literal["error", "warning", "info"]
RuleKind = Literal["finding", "prompt"]
ValueKind = Literal["number", "date", "bool", "string", "enum"]

#: op → the op that is true exactly when it is false (for values that are present).
NEGATED: dict[str, str] = {
    "eq": "ne", "ne": "eq", "lt": "ge", "ge": "lt", "gt": "le", "le": "gt",
    "in": "not_in", "not_in": "in", "exists": "exists",
}
#: op → the op with its operands swapped (a < b ⇔ b > a).
SWAPPED: dict[str, str] = {"eq": "eq", "ne": "ne", "lt": "gt", "gt": "lt", "le": "ge", "ge": "le"}


@dataclass(frozen=True, slots=True)
class FactRef:
    """A reference to another fact, as the right-hand side of a comparison."""

    name: str


@dataclass(frozen=True, slots=True)
class Atom:
    """`fact op operand`. For `exists`, operand is the bool expected."""

    fact: str
    op: Op
    operand: Any

    def facts(self) -> tuple[str, ...]:
        """The facts this atom reads."""
        if isinstance(self.operand, FactRef):
            return (self.fact, self.operand.name)
        return (self.fact,)


@dataclass(frozen=True, slots=True)
class All:
    """Conjunction (true when empty)."""

    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    """Disjunction (false when empty)."""

    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """Negation (unknown stays unknown)."""

    item: Condition


Condition = Atom | All | AnyOf | Not
TRUE: Condition = All(())

#: op → the comparison it makes of two present values.
COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt,
    "le": operator.le, "gt": operator.gt, "ge": operator.ge,
}


def flatten(cond: All | AnyOf) -> list[Condition]:
    """The children of a conjunction (disjunction), nested ones of the same kind inlined."""
    out: list[Condition] = []
    for c in cond.items:
        out += flatten(c) if isinstance(c, All | AnyOf) and type(c) is type(cond) else [c]
    return out


def condition_facts(cond: Condition) -> tuple[str, ...]:
    """Every fact a condition reads, in first-seen order."""
    seen: dict[str, None] = {}

    def walk(c: Condition) -> None:
        if isinstance(c, Atom):
            seen.update(dict.fromkeys(c.facts()))
        elif isinstance(c, Not):
            walk(c.item)
        else:
            for item in c.items:
                walk(item)

    walk(cond)
    return tuple(seen)


@dataclass(frozen=True, slots=True)
class Call:
    """A named function of the expression language applied to arguments (themselves Exprs)."""

    function: str
    args: tuple[Any, ...]
    options: tuple[tuple[str, Any], ...] = ()

    def option(self, name: str, default: Any = None) -> Any:
        """A keyword option of the call."""
        for key, value in self.options:
            if key == name:
                return value
        return default


Expr = Any  # a constant (number, str, bool, date), a FactRef, or a Call


ITEM = "item."  # the prefix naming a field of the list item in `each` and `where`


def expr_facts(expr: Expr) -> tuple[str, ...]:
    """Every fact an expression reads (list fields included; the fields of list items are not facts)."""
    if isinstance(expr, FactRef):
        return () if expr.name.startswith(ITEM) else (expr.name,)
    if isinstance(expr, Call):
        out: dict[str, None] = {}
        for arg in (*expr.args, *(v for _, v in expr.options)):
            if isinstance(arg, Atom | All | AnyOf | Not):
                out.update(dict.fromkeys(n for n in condition_facts(arg) if not n.startswith(ITEM)))
            else:
                out.update(dict.fromkeys(expr_facts(arg)))
        return tuple(out)
    return ()


@dataclass(frozen=True, slots=True)
class LegalRef:
    """Where a rule comes from: the Act, PR 2024, or a policy document."""

    instrument: str
    text: str
    url: str | None = None
    section: str | None = None
    subsection: str | None = None
    schedule: str | None = None
    paragraph: str | None = None


@dataclass(frozen=True, slots=True)
class Case:
    """One branch of a derivation: the first case whose condition is true gives the value."""

    when: Condition
    value: Expr


@dataclass(frozen=True, slots=True)
class Derivation:
    """A derived fact (forward chaining): computed from record fields and other derived facts."""

    name: str
    kind: ValueKind
    title: str
    cases: tuple[Case, ...]
    legal_ref: LegalRef | None
    report_as: str | None
    pack: str
    source: str

    def reads(self) -> tuple[str, ...]:
        """Every fact the derivation reads, in conditions and values."""
        out: dict[str, None] = {}
        for case in self.cases:
            out.update(dict.fromkeys(condition_facts(case.when)))
            out.update(dict.fromkeys(expr_facts(case.value)))
        return tuple(out)


@dataclass(frozen=True, slots=True)
class PromptSource:
    """Where a strategic prompt comes from: a policy statement priority or a cycle stage."""

    statement: str
    priority: str | None
    stage: str
    side: Literal["upstream", "downstream"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A finding (a duty checked) or a prompt (a question raised)."""

    id: str
    title: str
    kind: RuleKind
    severity: Severity
    legal_ref: LegalRef
    when: Condition
    requires: Condition | None
    message: str
    to_comply: str | None
    evidence: tuple[str, ...]
    duties: tuple[str, ...]
    prompt_source: PromptSource | None
    uncertain: str | None
    pack: str
    source: str
    line: int | None = None
    blocks_procedure: bool = False
    why: str | None = None  # a prompt: why it shows (a template)
    good_practice: str | None = None  # a prompt: what good looks like
    welsh: tuple[tuple[str, str], ...] = ()  # (field, Welsh text) for --lang cy

    def text(self, name: str, lang: str = "en") -> str | None:
        """One of the rule's texts (title, message, to_comply, why, good_practice) in a language."""
        if lang == "cy":
            for key, welsh in self.welsh:
                if key == name:
                    return welsh
        english: str | None = getattr(self, name)
        return english

    def condition_reads(self) -> tuple[str, ...]:
        """Every fact the rule's conditions read."""
        out: dict[str, None] = dict.fromkeys(condition_facts(self.when))
        if self.requires is not None:
            out.update(dict.fromkeys(condition_facts(self.requires)))
        return tuple(out)

    def reads(self) -> tuple[str, ...]:
        """Every fact the rule reads: its conditions, then any extra evidence."""
        return tuple(dict.fromkeys((*self.condition_reads(), *self.evidence)))


@dataclass(frozen=True, slots=True)
class NoticeCase:
    """One case of a notice's status: required, optional or not required, and why."""

    status: Literal["required", "optional", "not_required"]
    reason: str
    legal_ref: LegalRef | None


@dataclass(frozen=True, slots=True)
class NoticeDef:
    """A transparency notice (UK1-UK17): what triggers it, its window, where it goes in OCDS.

    Its status, window and publication are derived facts named by `fact()`, and its checks are
    rules named by `rule_id()`, so both evaluators compute them like any other.
    """

    code: str
    name: str
    legal_ref: LegalRef
    trigger: str
    event: str
    due: str | None
    earliest_text: str | None
    cases: tuple[NoticeCase, ...]
    checks: tuple[str, ...]  # of missing, late, early, duplicate
    commencement: tuple[tuple[str, str], ...]  # (from, text)
    ocds: tuple[tuple[str, str], ...]
    source: str
    uncertain: str | None = None
    checked_by: tuple[str, ...] = ()  # other rules that judge this notice (e.g. PA23-PME-01 for UK2)

    def fact(self, what: str) -> str:
        """The derived fact for `what` (status, basis, earliest, latest, published, planned, count)."""
        return f"notice_{self.code.lower()}_{what}"

    def rule_id(self, check: str) -> str:
        """The rule for one check, e.g. PA23-UK7-LATE."""
        return f"PA23-{self.code}-{check.upper()}"


@dataclass(slots=True)
class RuleSet:
    """Every pack loaded, compiled and ordered: derivations in dependency order, then rules."""

    name: str
    version: str
    derivations: tuple[Derivation, ...]
    rules: tuple[Rule, ...]
    parameters: Any = None  # procrules.lang.parameters.Parameters
    calendar: Any = None  # procrules.calendar.WorkingDays
    kinds: dict[str, str] = field(default_factory=dict)
    notices: tuple[NoticeDef, ...] = ()
    _by_name: dict[str, Derivation] = field(default_factory=dict, repr=False, compare=False)

    def derivation(self, name: str) -> Derivation | None:
        """A derived fact's definition by name."""
        if not self._by_name:
            self._by_name.update((d.name, d) for d in self.derivations)
        return self._by_name.get(name)

    def rule(self, rule_id: str) -> Rule | None:
        """A rule by id."""
        return next((r for r in self.rules if r.id == rule_id), None)
