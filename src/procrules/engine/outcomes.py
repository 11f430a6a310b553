"""Turn an Evaluation into a CheckResult: messages, evidence, determinations, what is missing.

Shared by both evaluators, so whatever they agree on reads the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from procrules.engine.evaluation import Evaluation
from procrules.engine.expressions import missing_inputs
from procrules.engine.memo import per_object
from procrules.engine.plan import notice_plan
from procrules.engine.python import Compiled, compile_condition
from procrules.lang.ir import Atom, Condition, Not, Rule, RuleSet
from procrules.model.results import CheckResult, Finding, Prompt, Trace

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_.]*)\}")


_WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                 "Hydref", "Tachwedd", "Rhagfyr")


def display(value: Any, lang: str = "en") -> str:
    """A fact as a person reads it: 16 March 2026 (16 Mawrth 2026 in Welsh), 180,000, 1,234.50, yes/no."""
    if value is None:
        return "(anhysbys)" if lang == "cy" else "(unknown)"
    if isinstance(value, bool):
        return ("ydy" if value else "nac ydy") if lang == "cy" else ("yes" if value else "no")
    if isinstance(value, date):
        month = _WELSH_MONTHS[value.month - 1] if lang == "cy" else f"{value:%B}"
        return f"{value.day} {month} {value.year}"
    if isinstance(value, int | float):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return str(value).replace("_", " ")


def render(template: str, facts: dict[str, Any], lang: str = "en") -> str:
    """Fill `{name}` placeholders (checked on load) with displayed fact values."""
    if "{" not in template:
        plain = _PLAIN_TEXT.get(template)
        if plain is None:
            plain = _PLAIN_TEXT[template] = " ".join(template.split())
        return plain
    return " ".join(_PLACEHOLDER.sub(lambda m: display(facts.get(m.group(1)), lang), template).split())


_PLAIN_TEXT: dict[str, str] = {}  # texts without placeholders, their spacing tidied (rules' texts are few)


def _comparing(cond: Condition) -> list[str]:
    if isinstance(cond, Atom):
        return [] if cond.op == "exists" else list(cond.facts())
    if isinstance(cond, Not):
        return _comparing(cond.item)
    return list(dict.fromkeys(n for c in cond.items for n in _comparing(c)))


#: The facts a condition compares (an `exists` test is never unknown, so it is left out).
_compared: Callable[[Condition], tuple[str, ...]] = per_object(lambda cond: tuple(_comparing(cond)))


class _Tracer:
    """Why facts of one record are unknown: the missing record facts (or lists) behind each,
    traced through derived facts and remembered, since rules share their inputs."""

    def __init__(self, facts: dict[str, Any], ruleset: RuleSet) -> None:
        self.facts, self.ruleset = facts, ruleset
        self._known: dict[str, list[str]] = {}

    def unknown_in(self, cond: Condition) -> list[str]:
        """The missing facts behind an unknown condition, each once, in the order met."""
        return list(dict.fromkeys(m for name in _compared(cond) for m in self.missing(name)))

    def missing(self, name: str) -> list[str]:
        """Why `name` is unknown ([] when it is known).

        For a derived fact, follow the case that decided it: the first case whose condition is
        unknown, or the case that applied but whose value lacked an input.
        """
        if self.facts.get(name) is not None:
            return []
        found = self._known.get(name)
        if found is None:
            self._known[name] = []  # derivations are acyclic; this only guards against a bad rule set
            found = self._known[name] = self._trace(name)
        return found

    def _trace(self, name: str) -> list[str]:
        derivation = self.ruleset.derivation(name)
        if derivation is None:
            return [name]
        facts = self.facts
        for case in derivation.cases:
            truth = _compiled(case.when)(facts)
            if truth is None:
                if all(facts.get(n) is not None for n in _compared(case.when)):
                    return [name]
                return self.unknown_in(case.when)
            if truth:
                inputs = missing_inputs(case.value, facts)
                return list(dict.fromkeys(m for i in inputs for m in self.missing(i)))
        return []


_compiled: Callable[[Condition], Compiled] = per_object(compile_condition)
_reads: Callable[[Rule], tuple[str, ...]] = per_object(Rule.reads)


def _evidence(rule: Rule, facts: dict[str, Any]) -> dict[str, Any]:
    return {name: facts.get(name) for name in _reads(rule)}


@dataclass(frozen=True, slots=True)
class _Shape:
    """What assembling any record of a rule set needs, worked out once per rule set."""

    layout: tuple[tuple[str, str, str], ...]  # (head, tail, fact) per `report_as: head.tail` (or `head`)
    blocking: dict[str, None]  # rules that, failed, make the chosen procedure unlawful (in rule order)

    @classmethod
    def of(cls, ruleset: RuleSet) -> _Shape:
        """The shape of a rule set's results."""
        layout = tuple((*d.report_as.partition(".")[::2], d.name) for d in ruleset.derivations if d.report_as)
        return cls(layout, dict.fromkeys(r.id for r in ruleset.rules if r.blocks_procedure))


_shape: Callable[[RuleSet], _Shape] = per_object(_Shape.of)


def _determinations(ruleset: RuleSet, derived: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for head, tail, name in _shape(ruleset).layout:
        if tail:
            out.setdefault(head, {})[tail] = derived.get(name)
        else:
            out[head] = derived.get(name)
    return {k: (None if isinstance(v, dict) and all(x is None for x in v.values()) else v)
            for k, v in out.items()}


def _procedure_permitted(ruleset: RuleSet, evaluation: Evaluation, result: CheckResult) -> dict[str, Any] | None:
    """Whether the chosen route is lawful: false with the reasons when a blocking rule fails."""
    if evaluation.derived.get("regime") != "act":
        return None
    blocking = _shape(ruleset).blocking
    reasons = [{"rule": f.rule, "legal_ref": f.legal_ref.text, "reason": f.title}
               for f in result.findings if f.rule in blocking]
    unknown = [r for r in blocking if evaluation.statuses[r] == "not_demonstrated"]
    permitted = False if reasons else (None if unknown else True)
    out: dict[str, Any] = {"permitted": permitted, "reasons": reasons}
    if permitted is None:
        out["not_demonstrated"] = unknown
    return out


def _text(rule: Rule, facts: dict[str, Any], lang: str, name: str) -> str | None:
    """A rule's text in `lang` (English where it has none), its placeholders filled."""
    template = rule.text(name, lang)
    return render(template, facts, lang if template is not rule.text(name) else "en") if template else None


def assemble(record_id: str, as_at: date, ruleset: RuleSet, facts: dict[str, Any],
             evaluation: Evaluation, explain: bool = False, lang: str = "en") -> CheckResult:
    """The CheckResult of one record from its facts and Evaluation; `lang` "cy" uses Welsh texts."""
    facts = {**facts, **{k: v for k, v in evaluation.derived.items() if v is not None}}
    result = CheckResult(record_id, as_at, _determinations(ruleset, evaluation.derived))
    trace: list[Trace] = []
    tracer = _Tracer(facts, ruleset)
    for rule in ruleset.rules:
        status = evaluation.statuses[rule.id]
        if status in ("passed", "not_applicable") and not explain:
            continue
        evidence = _evidence(rule, facts)
        text = partial(_text, rule, facts, lang)
        title = rule.text("title", lang) or rule.title
        if status == "failed":
            result.findings.append(Finding(
                rule.id, title, rule.severity, text("message") or "", rule.legal_ref,
                evidence, text("to_comply"), rule.uncertain))
        elif status == "raised" and rule.prompt_source is not None:
            src = rule.prompt_source
            result.prompts.append(Prompt(
                rule.id, title, text("message") or "",
                {"statement": src.statement, "priority": src.priority, "stage": src.stage, "side": src.side},
                rule.legal_ref, evidence, text("to_comply"), text("why"), text("good_practice")))
        missing: tuple[str, ...] = ()
        if status == "not_demonstrated":
            when = _compiled(rule.when)(facts)
            cond = rule.when if when is None or rule.requires is None else rule.requires
            missing = tuple(tracer.unknown_in(cond))
            result.not_demonstrated.append(Trace(rule.id, status, evidence, missing))
        trace.append(Trace(rule.id, status, evidence, missing))
    order = {"error": 0, "warning": 1, "info": 2}
    result.findings.sort(key=lambda f: (order[f.severity], f.rule))
    result.determinations["procedure_permitted"] = _procedure_permitted(ruleset, evaluation, result)
    if ruleset.notices:
        result.determinations["notices"] = notice_plan(ruleset, evaluation)
    if explain:
        result.trace = trace
    return result
