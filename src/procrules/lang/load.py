"""Load a rule set: manifest, dated parameters, calendar and packs, checked and compiled on load.

Any problem anywhere stops the load with a RulePackError listing every problem, each with
file:line:column and the JSON pointer of the offending part; nothing is evaluated.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any

import jsonschema

from procrules.calendar import WorkingDays
from procrules.errors import Problem, RulePackError
from procrules.io.documents import Document, as_date, parse_yaml, pointer_join
from procrules.lang.conditions import Names, Parser
from procrules.lang.gherkin import compile_document, gherkin_documents
from procrules.lang.ir import TRUE, All, Case, Condition, Derivation, NoticeDef, PromptSource, Rule, RuleSet
from procrules.lang.legal import legal_ref
from procrules.lang.notices import compile_notice, notice_names
from procrules.lang.parameters import Parameter, Parameters, parse_parameters
from procrules.resources import data_dir, package_file
from procrules.suggest import did_you_mean

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_.]*)\}")


@cache
def _schema() -> dict[str, Any]:
    text = package_file("lang/rule-pack.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _yaml_files(folder: Traversable) -> list[Traversable]:
    return sorted((f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))), key=lambda f: f.name)


def _read(file: Traversable, label: str, problems: list[Problem]) -> Document:
    doc, errs = parse_yaml(file.read_text(encoding="utf-8"), label)
    problems.extend(errs)
    return doc


def schema_problems(doc: Document) -> list[Problem]:
    """JSON Schema problems of one pack document, with did-you-mean for unknown keys."""
    out: list[Problem] = []
    validator = jsonschema.Draft202012Validator(_schema())
    for err in sorted(validator.iter_errors(doc.data), key=lambda e: list(map(str, e.absolute_path))):
        pointer = "".join(f"/{p}" for p in err.absolute_path)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            allowed = list(err.schema.get("properties", {}))
            for key in sorted(set(err.instance) - set(allowed)):
                out.append(doc.problem(pointer_join(pointer, key),
                                       f"unknown key `{key}`{did_you_mean(key, allowed)}"))
        else:
            out.append(doc.problem(pointer, err.message))
    return out


@dataclass(slots=True)
class _Pack:
    doc: Document
    label: str


def _calendar(doc: Document, problems: list[Problem]) -> WorkingDays:
    body = (doc.data or {}).get("bank_holidays", {})
    try:
        days = {as_date(d) for division in body["divisions"].values() for d in division}
        start, end = as_date(body["covers"]["from"]), as_date(body["covers"]["until"])
        if None in days or start is None or end is None:
            raise TypeError("dates")
        return WorkingDays({d for d in days if d is not None}, start, end)
    except (KeyError, TypeError, AttributeError):
        problems.append(doc.problem("/bank_holidays", "expected covers {from, until} and divisions of dates"))
        return WorkingDays(set(), date.min, date.min)


def _parse_derivations(pack: _Pack, parser: Parser, applies: Condition, pack_name: str) -> list[Derivation]:
    out: list[Derivation] = []
    for i, raw in enumerate(pack.doc.data.get("derive", [])):
        here = pointer_join("/derive", i)
        raw_cases = raw.get("cases") or [{"value": raw.get("value")}]
        cases = []
        for j, case in enumerate(raw_cases):
            at = pointer_join(pointer_join(here, "cases"), j)
            when = parser.condition(case["when"], pointer_join(at, "when")) if "when" in case else TRUE
            cases.append(Case(_and(applies, when), parser.value(case["value"], pointer_join(at, "value"))))
        out.append(Derivation(
            name=raw["name"], kind=raw["kind"], title=raw["title"], cases=tuple(cases),
            legal_ref=legal_ref(raw["legal_ref"]) if "legal_ref" in raw else None,
            report_as=raw.get("report_as"), pack=pack_name, source=pack.label,
        ))
    return out


def _and(a: Condition, b: Condition) -> Condition:
    if a == TRUE:
        return b
    if b == TRUE:
        return a
    return All((a, b))


def _parse_rules(pack: _Pack, parser: Parser, applies: Condition, pack_name: str) -> list[Rule]:
    out: list[Rule] = []
    for i, raw in enumerate(pack.doc.data.get("rules", [])):
        here = pointer_join("/rules", i)
        when = _and(applies, parser.condition(raw["when"], pointer_join(here, "when")))
        requires = None
        if "requires" in raw:
            requires = parser.condition(raw["requires"], pointer_join(here, "requires"))
        for key in ("message", "to_comply", "why", "good_practice"):
            for name in _PLACEHOLDER.findall(raw.get(key, "")):
                parser.fact(name, pointer_join(here, key))
            for name in _PLACEHOLDER.findall((raw.get("cy") or {}).get(key, "")):
                parser.fact(name, pointer_join(pointer_join(here, "cy"), key))
        for j, name in enumerate(raw.get("evidence", [])):
            parser.fact(name, pointer_join(pointer_join(here, "evidence"), j))
        src = raw.get("source")
        if raw["kind"] == "prompt" and src is None:
            parser.fail(here, "a prompt needs a `source` (statement, stage, side)")
        for key in ("why", "good_practice"):
            if key in raw and raw["kind"] != "prompt":
                parser.fail(pointer_join(here, key), f"`{key}` belongs to prompts; a finding has to_comply")
        if raw["kind"] == "prompt" and requires is not None:
            parser.fail(pointer_join(here, "requires"), "a prompt is raised by `when` alone; it has no `requires`")
        pos = pack.doc.where(here)
        out.append(Rule(
            id=raw["id"], title=raw["title"], kind=raw["kind"], severity=raw["severity"],
            legal_ref=legal_ref(raw["legal_ref"]), when=when, requires=requires,
            message=raw["message"], to_comply=raw.get("to_comply"),
            evidence=tuple(raw.get("evidence", [])), duties=tuple(raw.get("duties", [])),
            prompt_source=_prompt_source(src), why=raw.get("why"), good_practice=raw.get("good_practice"),
            welsh=tuple((k, v) for k, v in (raw.get("cy") or {}).items()),
            uncertain=raw.get("uncertain"), pack=pack_name, source=pack.label,
            line=pos[0] if pos else None, blocks_procedure=bool(raw.get("blocks_procedure", False)),
        ))
    return out


def policy_statements(folder: Traversable | None = None) -> dict[str, dict[str, Any]]:
    """Every policy statement in `policy_statements/` (or `folder`), by id, read safely."""
    root = folder if folder is not None else data_dir("policy_statements")
    out: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for f in _yaml_files(root):
        data = _read(f, f"policy_statements/{f.name}", problems).data
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            out[data["id"]] = data
        else:
            problems.append(Problem(f"policy_statements/{f.name}", "/id", "a policy statement needs an `id`"))
    if problems:
        raise RulePackError("The policy statements cannot be loaded:", problems)
    return out


def _check_sources(packs: list[_Pack], statements: dict[str, dict[str, Any]], problems: list[Problem]) -> None:
    """Every prompt names a policy statement that exists, and one of its priorities."""
    for pack in packs:
        for i, raw in enumerate(pack.doc.data.get("rules", [])):
            src = raw.get("source")
            if not isinstance(src, dict):
                continue
            here = pointer_join(pointer_join("/rules", i), "source")
            statement = statements.get(str(src.get("statement")))
            if statement is None:
                problems.append(pack.doc.problem(pointer_join(here, "statement"), (
                    f"unknown policy statement `{src.get('statement')}`"
                    f"{did_you_mean(str(src.get('statement')), list(statements))}; see policy_statements/")))
                continue
            priorities = [p.get("id") for p in statement.get("priorities") or [] if isinstance(p, dict)]
            if "priority" in src and src["priority"] not in priorities:
                problems.append(pack.doc.problem(pointer_join(here, "priority"), (
                    f"`{src['priority']}` is not a priority of {statement['id']}"
                    f"{did_you_mean(str(src['priority']), [str(p) for p in priorities])}; "
                    f"its priorities are {', '.join(map(str, priorities))}")))


def _prompt_source(src: dict[str, Any] | None) -> PromptSource | None:
    if src is None:
        return None
    return PromptSource(src["statement"], src.get("priority"), src["stage"], src["side"])


_ITEM = re.compile(r"^/(rules|derive)/(\d+)")


def _named(problems: list[Problem], packs: list[_Pack]) -> list[Problem]:
    """Problems inside a rule or derived fact, prefixed with its id or name."""
    docs = {p.label: p.doc for p in packs}
    out = []
    for problem in problems:
        match = _ITEM.match(problem.pointer)
        doc = docs.get(problem.source)
        if match and doc is not None and isinstance(doc.data, dict):
            items = doc.data.get(match.group(1)) or []
            index = int(match.group(2))
            item = items[index] if isinstance(items, list) and index < len(items) else None
            key = "id" if match.group(1) == "rules" else "name"
            if isinstance(item, dict) and item.get(key):
                what = "rule" if key == "id" else "derived fact"
                problem = replace(problem, subject=f"{what} {item[key]}")
        out.append(problem)
    return out


def _order(derivations: list[Derivation], problems: list[Problem]) -> tuple[Derivation, ...]:
    """Dependency order (a derived fact after everything it reads); a cycle is an error."""
    by_name = {d.name: d for d in derivations}
    done: dict[str, Derivation] = {}
    visiting: list[str] = []

    def visit(d: Derivation) -> None:
        if d.name in done:
            return
        if d.name in visiting:
            cycle = " → ".join([*visiting[visiting.index(d.name):], d.name])
            problems.append(Problem(d.source, "", f"derived facts depend on each other in a cycle: {cycle}"))
            return
        visiting.append(d.name)
        for dep in d.reads():
            if dep in by_name:
                visit(by_name[dep])
        visiting.pop()
        done[d.name] = d

    for d in derivations:
        visit(d)
    return tuple(done.values())


def load_rules(folder: Traversable | None = None, extra_packs: list[tuple[str, str]] | None = None,
               notices: Traversable | None = None) -> RuleSet:
    """Load the rule set in `folder` (default: the bundled `rules/`) with the notice definitions in
    `notices` (default: the bundled `notices/`), plus extra pack texts to lint."""
    root = folder if folder is not None else data_dir("rules")
    notice_root = notices if notices is not None else data_dir("notices")
    problems: list[Problem] = []
    manifest = _read(root / "pack.yaml", "rules/pack.yaml", problems).data or {}
    params: dict[str, Parameter] = {}
    calendar = WorkingDays(set(), date.min, date.min)
    for f in _yaml_files(root / "parameters"):
        doc = _read(f, f"rules/parameters/{f.name}", problems)
        if f.name == "bank_holidays.yaml":
            calendar = _calendar(doc, problems)
        elif doc.data is not None:
            params.update(parse_parameters(doc, problems))
    parameters = Parameters(params)

    replaced = {label.replace("\\", "/").rsplit("/", 1)[-1] for label, _ in extra_packs or []}
    packs = [_Pack(_read(f, f"{where}/{f.name}", problems), f"{where}/{f.name}")
             for where, base in (("rules/packs", root / "packs"), ("notices", notice_root)) if base.is_dir()
             for f in _yaml_files(base) if f.name not in replaced]
    gherkin, errs = gherkin_documents(root / "gherkin", "rules/gherkin")  # rules written as feature files
    problems.extend(errs)
    packs += [_Pack(doc, label) for label, doc in gherkin if label.rsplit("/", 1)[-1] not in replaced]
    for label, text in extra_packs or []:
        if label.endswith(".feature"):
            fdoc, errs = compile_document(text, label)
            problems.extend(errs)
            if fdoc is not None:
                packs.append(_Pack(fdoc, label))
            continue
        doc, errs = parse_yaml(text, label)
        problems.extend(errs)
        packs.append(_Pack(doc, label))
    packs = [p for p in packs if p.doc.data is not None]
    for p in packs:
        problems.extend(schema_problems(p.doc))
    if problems:
        raise RulePackError("The rule set cannot be loaded:", _named(problems, packs))

    names = Names({d["name"]: d["kind"] for p in packs for d in p.doc.data.get("derive", [])})
    for p in packs:
        names.derived.update(notice_names(p.doc.data.get("notice") or {}))
    derivations: list[Derivation] = []
    rules: list[Rule] = []
    notice_defs: list[NoticeDef] = []
    for p in packs:
        parser = Parser(p.doc, names, parameters, problems)
        pack_name = p.doc.data["pack"]
        applies = TRUE
        if "applies_when" in p.doc.data:
            applies = parser.condition(p.doc.data["applies_when"], "/applies_when")
        derivations += _parse_derivations(p, parser, applies, pack_name)
        rules += _parse_rules(p, parser, applies, pack_name)
        if "notice" in p.doc.data:
            pos = p.doc.where("/notice")
            notice, extra_derived, extra_rules = compile_notice(p.doc.data["notice"], parser, applies, pack_name,
                                                                p.label, pos[0] if pos else None)
            notice_defs.append(notice)
            derivations += extra_derived
            rules += extra_rules
    _duplicates(derivations, rules, problems)
    _check_sources(packs, policy_statements(), problems)
    ids = {r.id for r in rules}
    for n in notice_defs:
        for rule_id in n.checked_by:
            if rule_id not in ids:
                problems.append(Problem(n.source, "/notice/checked_by", (
                    f"no rule `{rule_id}`{did_you_mean(rule_id, sorted(ids))}")))
    codes = [n.code for n in notice_defs]
    for n in notice_defs:
        if codes.count(n.code) > 1:
            problems.append(Problem(n.source, "/notice/code", f"notice {n.code} is defined more than once"))
    ordered = _order(derivations, problems)
    if problems:
        raise RulePackError("The rule set cannot be loaded:", _named(problems, packs))
    return RuleSet(
        name=str(manifest.get("name", "procrules")), version=str(manifest.get("version", "0")),
        derivations=ordered, rules=tuple(rules), parameters=parameters, calendar=calendar,
        kinds=dict(names.derived),
        notices=tuple(sorted(notice_defs, key=lambda n: int(n.code[2:]))),
    )


def _duplicates(derivations: list[Derivation], rules: list[Rule], problems: list[Problem]) -> None:
    seen: dict[str, str] = {}
    named = [(d.name, d.source) for d in derivations] + [(r.id, r.source) for r in rules]
    for key, source in named:
        if key in seen:
            problems.append(Problem(source, "", f"`{key}` is defined twice (also in {seen[key]})"))
        seen[key] = source


@cache
def bundled_rules() -> RuleSet:
    """The rule set shipped with procrules, loaded once per process."""
    return load_rules()
