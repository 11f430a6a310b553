"""Turn an Evaluation into a CheckResult: messages, evidence, determinations, what is missing.

Shared by both evaluators, so whatever they agree on reads the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from procrules.engine.evaluation import Evaluation
from procrules.engine.expressions import missing_inputs
from procrules.engine.memo import per_object
from procrules.engine.plan import plan_of
from procrules.engine.python import Compiled, compile_condition
from procrules.lang.ir import Atom, Condition, Expr, Not, Rule, RuleSet
from procrules.model.results import CheckResult, Finding, Prompt, Trace

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_.]*)\}")


_MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"),
           "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                  "Hydref", "Tachwedd", "Rhagfyr")}


def display(value: Any, lang: str = "en") -> str:
    """A fact as a person reads it: 16 March 2026 (16 Mawrth 2026 in Welsh), 180,000, 1,234.50, yes/no."""
    if value is None:
        return "(anhysbys)" if lang == "cy" else "(unknown)"
    if type(value) is str:
        return value.replace("_", " ")
    if isinstance(value, bool):
        return ("ydy" if value else "nac ydy") if lang == "cy" else ("yes" if value else "no")
    if isinstance(value, date):
        month = _MONTHS["cy" if lang == "cy" else "en"][value.month - 1]
        return f"{value.day} {month} {value.year}"
    if isinstance(value, int | float):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return str(value).replace("_", " ")


def render(template: str, facts: dict[str, Any], lang: str = "en") -> str:
    """Fill `{name}` placeholders (checked on load) with displayed fact values."""
    head, fills = _split(template)
    if not fills:
        return head
    text = head + "".join([display(facts.get(name), lang) + after for name, after in fills])
    return " ".join(text.split())


#: template → (text before the first placeholder, (placeholder, text after it) each); a template
#: without placeholders is kept with its spacing tidied. Rules' texts are few, so this stays small.
_SPLITS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {}


def _split(template: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    found = _SPLITS.get(template)
    if found is None:
        parts = _PLACEHOLDER.split(template)
        fills = tuple(zip(parts[1::2], parts[2::2], strict=True))
        found = _SPLITS[template] = (parts[0] if fills else " ".join(template.split()), fills)
    return found


def _comparing(cond: Condition) -> list[str]:
    if isinstance(cond, Atom):
        return [] if cond.op == "exists" else list(cond.facts())
    if isinstance(cond, Not):
        return _comparing(cond.item)
    return list(dict.fromkeys(n for c in cond.items for n in _comparing(c)))


def _compared(cond: Condition) -> tuple[str, ...]:
    """The facts a condition compares (an `exists` test is never unknown, so it is left out)."""
    return tuple(_comparing(cond))


#: One case of a derivation, as the tracer reads it: its condition compiled, the facts that
#: condition compares, and its value.
_Case = tuple[Compiled, tuple[str, ...], Expr]


class _Tracer:
    """Why facts of one record are unknown: the missing record facts (or lists) behind each,
    traced through derived facts and remembered, since rules share their inputs."""

    def __init__(self, facts: dict[str, Any], cases: dict[str, tuple[_Case, ...]]) -> None:
        self.facts, self.cases = facts, cases
        self._known: dict[str, dict[str, None]] = {}  # unknown fact → what is behind it (never changed once made)

    def behind(self, names: Iterable[str]) -> tuple[str, ...]:
        """The missing facts behind those of `names` that are unknown, each once, in the order met."""
        return tuple(self._behind(names))

    def _behind(self, names: Iterable[str]) -> dict[str, None]:
        get, known = self.facts.get, self._known
        out: dict[str, None] = {}
        for name in names:
            if get(name) is None:
                found = known.get(name)
                if found is None:
                    known[name] = {}  # derivations are acyclic; this only guards against a bad rule set
                    found = known[name] = self._trace(name)
                out.update(found)
        return out

    def _trace(self, name: str) -> dict[str, None]:
        """Why the unknown fact `name` is unknown: a record fact is itself missing; for a derived
        fact, follow the case that decided it: the first case whose condition is unknown, or the
        case that applied but whose value lacked an input."""
        cases = self.cases.get(name)
        if cases is None:
            return {name: None}
        facts = self.facts
        for test, compared, value in cases:
            truth = test(facts)
            if truth is None:
                if all(facts.get(n) is not None for n in compared):
                    return {name: None}
                return self._behind(compared)
            if truth:
                return self._behind(missing_inputs(value, facts))
        return {}


#: The texts of a rule that may hold placeholders.
_TEXTS = ("message", "to_comply", "why", "good_practice")


@dataclass(frozen=True, slots=True)
class _Rule:
    """A rule with what assembling needs of it worked out once."""

    rule: Rule
    reads: tuple[str, ...]  # its evidence
    when: Compiled
    when_compares: tuple[str, ...]
    requires_compares: tuple[str, ...] | None
    source: dict[str, Any] | None  # a prompt's source, as the JSON form gives it
    fixed: dict[str, str | None]  # its English texts without placeholders, as rendered (the rest vary by record)

    @classmethod
    def of(cls, rule: Rule) -> _Rule:
        """What assembling needs of one rule."""
        src = rule.prompt_source
        texts = {name: getattr(rule, name) for name in _TEXTS}
        return cls(rule, rule.reads(), compile_condition(rule.when), _compared(rule.when),
                   None if rule.requires is None else _compared(rule.requires),
                   None if src is None else {"statement": src.statement, "priority": src.priority,
                                             "stage": src.stage, "side": src.side},
                   {name: render(text, {}) if text else None for name, text in texts.items()
                    if not text or not _split(text)[1]})

    def text(self, facts: dict[str, Any], lang: str, name: str) -> str | None:
        """One of its texts in `lang` (English where it has none), its placeholders filled."""
        if lang == "en" and name in self.fixed:
            return self.fixed[name]
        rule = self.rule
        english = getattr(rule, name)
        template = english if lang == "en" else rule.text(name, lang)
        return render(template, facts, "en" if template is english else lang) if template else None

    def unknown_compares(self, facts: dict[str, Any]) -> tuple[str, ...]:
        """What the rule's unknown condition compares: its `when` if that is unknown, else its `requires`."""
        if self.requires_compares is None or self.when(facts) is None:
            return self.when_compares
        return self.requires_compares


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where the determinations come from: every reported derived fact in order, and for each
    head (in order of first appearance) how many of them it takes and, for a group, their tails."""

    facts: tuple[str, ...]
    heads: tuple[tuple[str, int, tuple[str, ...] | None], ...]  # (head, 1, None) or (head, n, (tail, ...))

    @classmethod
    def of(cls, ruleset: RuleSet) -> _Layout:
        """The determinations' layout: `report_as: head` reports one fact, `head.tail`s a group."""
        heads: dict[str, list[tuple[str, str]]] = {}  # head → (fact, tail) each, tail "" for a lone fact
        for d in ruleset.derivations:
            if d.report_as:
                head, _, tail = d.report_as.partition(".")
                parts = heads.setdefault(head, [])
                if not parts or (tail and parts[0][1]):  # a head is what its first appearance makes it
                    parts.append((d.name, tail))
        return cls(tuple(name for parts in heads.values() for name, _ in parts),
                   tuple((head, 1, None) if not parts[0][1] else (head, len(parts), tuple(t for _, t in parts))
                         for head, parts in heads.items()))

    def determinations(self, get: Callable[[str], Any]) -> dict[str, Any]:
        """The reported derived facts (`get` reads one); a group none of whose facts is known is null."""
        values = list(map(get, self.facts))
        out: dict[str, Any] = {}
        at = 0
        for head, count, tails in self.heads:
            if tails is None:
                out[head] = values[at]
            else:
                part = values[at:at + count]
                out[head] = None if part.count(None) == count else dict(zip(tails, part, strict=True))
            at += count
        return out


@dataclass(frozen=True, slots=True)
class _Shape:
    """What assembling any record of a rule set needs, worked out once per rule set."""

    layout: _Layout  # the determinations, in order of first appearance
    blocking: dict[str, None]  # rules that, failed, make the chosen procedure unlawful (in rule order)
    rules: tuple[_Rule, ...]  # in rule order
    position: dict[str, int]  # rule id → its place in `rules`
    cases: dict[str, tuple[_Case, ...]]  # derived fact → its cases

    @classmethod
    def of(cls, ruleset: RuleSet) -> _Shape:
        """The shape of a rule set's results."""
        cases = {d.name: tuple((compile_condition(c.when), _compared(c.when), c.value) for c in d.cases)
                 for d in ruleset.derivations}
        return cls(_Layout.of(ruleset), dict.fromkeys(r.id for r in ruleset.rules if r.blocks_procedure),
                   tuple(_Rule.of(r) for r in ruleset.rules), {r.id: i for i, r in enumerate(ruleset.rules)},
                   cases)


_shape: Callable[[RuleSet], _Shape] = per_object(_Shape.of)


def _merged(facts: dict[str, Any], derived: dict[str, Any]) -> dict[str, Any]:
    """The record's facts with the known derived facts over them, for reading with `get` (an
    unknown derived fact reads as None, as if absent; one named like a record fact leaves it)."""
    merged = dict(derived)
    merged.update(facts)
    for name in facts.keys() & derived.keys():
        if derived[name] is not None:
            merged[name] = derived[name]
    return merged


def _procedure_permitted(blocking: dict[str, None], derived: dict[str, Any], findings: list[Finding],
                         unknown: set[str]) -> dict[str, Any] | None:
    """Whether the chosen route is lawful: false with the reasons when a blocking rule fails."""
    if derived.get("regime") != "act":
        return None
    reasons = [{"rule": f.rule, "legal_ref": f.legal_ref.text, "reason": f.title}
               for f in findings if f.rule in blocking]
    not_shown = [r for r in blocking if r in unknown]
    permitted = False if reasons else (None if not_shown else True)
    out: dict[str, Any] = {"permitted": permitted, "reasons": reasons}
    if permitted is None:
        out["not_demonstrated"] = not_shown
    return out


_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def assemble(record_id: str, as_at: date, ruleset: RuleSet, facts: dict[str, Any],
             evaluation: Evaluation, explain: bool = False, lang: str = "en", brief: bool = False) -> CheckResult:
    """The CheckResult of one record from its facts and Evaluation; `lang` "cy" uses Welsh texts;
    `brief` leaves out what the brief form does not show (the evidence of prompts and of rules not
    demonstrated, prompts' next step and good practice), unless `explain` asks for the trace."""
    shape = _shape(ruleset)
    derived = evaluation.derived
    facts = _merged(facts, derived)
    whole = explain or not brief
    result = CheckResult(record_id, as_at, shape.layout.determinations(derived.get), brief=not whole)
    if explain:
        statuses = evaluation.statuses
        rules = [(r, statuses[r.rule.id]) for r in shape.rules]
    else:  # only the rules with something to report (about 11 of 210), in rule order
        rules = [(shape.rules[i], s) for i, s in sorted([(shape.position[rid], s) for rid, s in evaluation.notable()])]
    trace: list[Trace] = []
    failed: set[str] = set()
    unknown: set[str] = set()
    tracer = _Tracer(facts, shape.cases)
    for info, status in rules:
        rule = info.rule
        evidence = dict(zip(info.reads, map(facts.get, info.reads), strict=True)) \
            if whole or status == "failed" else {}
        missing: tuple[str, ...] = ()
        if status == "failed":
            failed.add(rule.id)
            text = partial(info.text, facts, lang)
            result.findings.append(Finding(
                rule.id, rule.text("title", lang) or rule.title, rule.severity, text("message") or "",
                rule.legal_ref, evidence, text("to_comply"), rule.uncertain))
        elif status == "raised" and info.source is not None:
            text = partial(info.text, facts, lang)
            result.prompts.append(Prompt(
                rule.id, rule.text("title", lang) or rule.title, text("message") or "", dict(info.source),
                rule.legal_ref, evidence, text("to_comply") if whole else None, text("why"),
                text("good_practice") if whole else None))
        elif status == "not_demonstrated":
            unknown.add(rule.id)
            missing = tracer.behind(info.unknown_compares(facts))
            result.not_demonstrated.append(Trace(rule.id, status, evidence, missing))
        if explain:
            trace.append(Trace(rule.id, status, evidence, missing))
    result.findings.sort(key=lambda f: (_SEVERITY_ORDER[f.severity], f.rule))
    result.determinations["procedure_permitted"] = _procedure_permitted(shape.blocking, derived, result.findings,
                                                                        unknown)
    if ruleset.notices:
        result.determinations["notices"] = plan_of(ruleset, derived.get, failed, unknown)
    if explain:
        result.trace = trace
    return result
