"""Compile a notice definition (`notice:` in notices/UKn.yaml) into derived facts and rules.

A notice's status (required / optional / not required) is an ordered list of cases, its window
two date values (earliest, latest). From them come derived facts (`notice_uk7_status`, …) and up
to four checks — missing, late, early, duplicate — as ordinary rules, so both evaluators judge
notices exactly as they judge everything else.
"""

from __future__ import annotations

from typing import Any

from procrules.io.documents import as_date, pointer_join
from procrules.lang.conditions import Parser
from procrules.lang.ir import (
    TRUE,
    All,
    Atom,
    Call,
    Case,
    Condition,
    Derivation,
    FactRef,
    NoticeCase,
    NoticeDef,
    Rule,
    Severity,
    ValueKind,
)
from procrules.lang.legal import legal_ref

_KINDS: dict[str, ValueKind] = {"status": "string", "basis": "number", "event": "bool", "earliest": "date",
                                "latest": "date", "published": "date", "planned": "date", "count": "number"}


def notice_names(raw: dict[str, Any]) -> dict[str, str]:
    """The derived facts a notice block defines, with their kinds (for the name table)."""
    code = str(raw.get("code", "")).lower()
    due = raw.get("due") or {}
    return {f"notice_{code}_{what}": kind for what, kind in _KINDS.items()
            if what not in ("earliest", "latest") or what in due}


def compile_notice(raw: dict[str, Any], parser: Parser, applies: Condition, pack: str,
                   source: str, line: int | None = None) -> tuple[NoticeDef, list[Derivation], list[Rule]]:
    """The NoticeDef, derivations and rules of one `notice:` block."""
    code, name, here = raw["code"], raw["name"], "/notice"
    ref = legal_ref(raw["legal_ref"])
    due = raw.get("due") or {}
    draft = NoticeDef(code, name, ref, raw["trigger"], raw["event"]["text"], due.get("text"),
                      due.get("earliest_text"), (), (), (), (), source)
    fact = draft.fact

    def derivation(what: str, title: str, cases: list[Case]) -> Derivation:
        return Derivation(fact(what), _KINDS[what], title, tuple(cases), ref, None, pack, source)

    status_cases: list[Case] = []  # (condition, status) of each case: the status is read off the basis
    basis_cases: list[Case] = []
    notice_cases: list[NoticeCase] = []
    for i, case in enumerate(raw["status"]):
        at = pointer_join(pointer_join(here, "status"), i)
        when = parser.condition(case["when"], pointer_join(at, "when")) if "when" in case else TRUE
        when = All((applies, when)) if applies != TRUE else when
        status_cases.append(Case(when, case["status"]))
        basis_cases.append(Case(when, i))
        notice_cases.append(NoticeCase(case["status"], case["reason"],
                                       legal_ref(case["legal_ref"]) if "legal_ref" in case else None))
    statuses = tuple(c.value for c in status_cases)
    derivations = [
        derivation("basis", f"Which case of the {code} status applies", basis_cases),
        derivation("status", f"Whether a {code} is required",  # from the basis: one durable rule, not one per case
                   [Case(TRUE, Call("choose", (FactRef(fact("basis")),), (("from", statuses),)))]),
        derivation("published", f"The first {code} published", [Case(TRUE, Call("notice_date", (code,)))]),
        derivation("planned", f"The first {code} planned",
                   [Case(TRUE, Call("notice_date", (code,), (("planned", True),)))]),
        derivation("count", f"How many {code} notices are published", [Case(TRUE, Call("notice_count", (code,)))]),
    ]
    for bound in ("earliest", "latest"):
        if bound in due:
            value = parser.value(due[bound], pointer_join(pointer_join(here, "due"), bound))
            derivations.append(derivation(bound, f"The {bound} day for the {code}", [Case(TRUE, value)]))

    event = parser.condition(raw["event"]["when"], pointer_join(pointer_join(here, "event"), "when"))
    derivations.append(derivation("event", f"Whether the event that triggers the {code} has happened",
                                  [Case(event, True), Case(TRUE, False)]))
    due_ref = legal_ref(due["legal_ref"]) if "legal_ref" in due else ref
    required = Atom(fact("status"), "eq", "required")
    published = Atom(fact("count"), "ge", 1)
    title = f"{name} ({code})"

    def rule(check: str, severity: Severity, when: Condition, requires: Condition, message: str,
             to_comply: str, cite: Any = ref) -> Rule:
        return Rule(draft.rule_id(check), f"{title}: {check}", "finding", severity, cite, when, requires,
                    message, to_comply, (), tuple(raw.get("duties", [])) if check == "missing" else (),
                    None, raw.get("uncertain"), pack, source, line)

    publish = f"Publish the {code} on the central digital platform (Find a Tender), {due.get('text', 'as required')}."
    rules: list[Rule] = []
    if "latest" in due or due.get("asap"):
        overdue: Condition = All((required, event))
        when_due = f"by {{{fact('latest')}}}" if "latest" in due else "as soon as reasonably practicable"
        if "latest" in due:
            overdue = All((required, event, Atom(fact("latest"), "lt", FactRef("as_at"))))
        severity: Severity = due.get("missing_severity") or ("warning" if due.get("asap") else "error")
        rules.append(rule(
            "missing", severity, overdue, published,
            f"A {title} was required {when_due} ({raw['event']['text']}), but none is recorded as published.",
            publish))
    if "latest" in due:
        rules.append(rule(
            "late", "warning" if due.get("asap") else "error", All((required, published)),
            Atom(fact("published"), "le", FactRef(fact("latest"))),
            f"The {title} was published on {{{fact('published')}}}, after the last day allowed, "
            f"{{{fact('latest')}}} ({due['text']}).", publish, due_ref))
    if "earliest" in due:
        why = due.get("earliest_text", "the first day it may be published")
        rules.append(rule(
            "early", "error", All((Atom(fact("status"), "ne", "not_required"), published)),
            Atom(fact("published"), "ge", FactRef(fact("earliest"))),
            f"The {title} was published on {{{fact('published')}}}, before {{{fact('earliest')}}} ({why}).",
            f"Publish the {code} only once {why}.", due_ref))
    if raw.get("once"):
        rules.append(rule(
            "duplicate", "warning", published, Atom(fact("count"), "le", 1),
            f"{{{fact('count')}}} {code} notices are recorded as published; one is expected for a procurement.",
            f"Check the register: correct a notice by the platform's own means rather than publishing "
            f"a second {code}."))
    commencement = tuple((str(as_date(c["from"]) or c["from"]), c["text"]) for c in raw.get("commencement", []))
    ocds = tuple((k, str(v)) for k, v in (raw.get("ocds") or {}).items())
    notice = NoticeDef(code, name, ref, raw["trigger"], raw["event"]["text"], due.get("text"),
                       due.get("earliest_text"), tuple(notice_cases),
                       tuple(r.id.rsplit("-", 1)[1].lower() for r in rules), commencement, ocds, source,
                       raw.get("uncertain"), tuple(raw.get("checked_by", [])))
    return notice, derivations, rules
