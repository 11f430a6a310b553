"""The executable specification as a library: lint feature files and measure their coverage.

    lint(paths, ruleset)        problems in Gherkin rule files and scenario files: unknown steps,
                                scenarios without a rule tag, tags naming no rule, rules without a
                                legal reference, ids defined twice (YAML and Gherkin)
    coverage(paths, ruleset)    one CoverageRow per rule: a scenario where it fires, one where it
                                does not, and its legal reference
    coverage_html(rows)         the rows as an HTML page (built with lxml, so every text is escaped)

A scenario's tags are its own, its Feature's and (for an `Example:` under a Gherkin `Rule:`) the
Rule's, whose `@rule:<ID>` tag counts as `@<ID>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from lxml.builder import E  # type: ignore[import-untyped]

from procrules.errors import Problem
from procrules.io.documents import Document, pointer_join
from procrules.lang.conditions import Names, Parser
from procrules.lang.gherkin import compile_document, is_authoring_tag
from procrules.lang.ir import RuleSet
from procrules.lang.load import schema_problems
from procrules.suggest import did_you_mean

_SCENARIO = re.compile(r"^\s*(Scenario|Scenario Outline|Example|Background|Rule|Enghraifft|Cefndir):")
_FEATURE = re.compile(r"^\s*(Feature|Arwedd):")
FIRES = re.compile(r"\b(?:finding|prompt) (\S+) is raised\s*$")
DOES_NOT_FIRE = re.compile(r"\b(?:finding|prompt) (\S+) is not raised\s*$")
EXACTLY = re.compile(r"\bthe (?:findings|prompts) are (.+?)\s*$")
KNOWN_BUG = "known_bug"


@dataclass(frozen=True, slots=True)
class Scenario:
    """One scenario of a feature file: its tags (inherited ones included), first line and steps."""

    source: str
    line: int
    tags: frozenset[str]
    lines: tuple[str, ...]

    def rule_ids(self) -> set[str]:
        """The tags that may name rules: `@ID` and `@rule:ID`, without the authoring tags."""
        return {t.split(":", 1)[1] if t.startswith("rule:") else t for t in self.tags
                if t.startswith("rule:") or not is_authoring_tag(t)}


def scenarios(text: str, source: str = "<feature>") -> list[Scenario]:
    """Every scenario of a feature file, with the Feature's and any Rule's tags."""
    out: list[Scenario] = []
    feature_tags: set[str] = set()
    rule_tags: set[str] = set()
    pending: set[str] = set()
    current: tuple[int, set[str], list[str]] | None = None

    def close() -> None:
        if current is not None:
            out.append(Scenario(source, current[0], frozenset(current[1]), tuple(current[2])))

    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        if stripped.startswith("@"):
            pending |= {t.lstrip("@") for t in stripped.split()}
        elif _FEATURE.match(line):
            feature_tags, pending = pending, set()
        elif m := _SCENARIO.match(line):
            close()
            current = None
            if m.group(1) == "Rule":
                rule_tags = pending
            elif m.group(1) not in ("Background", "Cefndir"):
                current = (number, feature_tags | rule_tags | pending, [])
            pending = set()
        elif current is not None:
            current[2].append(stripped)
    close()
    return out


def _feature_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files += sorted(path.rglob("*.feature")) if path.is_dir() else [path]
    return files


def _is_rule_file(text: str) -> bool:
    return any(line.strip().startswith("@rule:") for line in text.splitlines())


def _check_document(doc: Document, ruleset: RuleSet, problems: list[Problem]) -> None:
    """Schema and condition checks of a compiled Gherkin pack, as the loader makes them."""
    problems += schema_problems(doc)
    parser = Parser(doc, Names(dict(ruleset.kinds)), ruleset.parameters, problems)
    if "applies_when" in doc.data:
        parser.condition(doc.data["applies_when"], "/applies_when")
    for i, raw in enumerate(doc.data.get("rules", [])):
        here = pointer_join("/rules", i)
        for key in ("when", "requires"):
            if key in raw:
                parser.condition(raw[key], pointer_join(here, key))


def lint(paths: Iterable[Path], ruleset: RuleSet | None = None) -> list[Problem]:
    """Every problem in these feature files (and the feature files under these folders)."""
    if ruleset is None:
        from procrules.lang.load import bundled_rules

        ruleset = bundled_rules()
    problems: list[Problem] = []
    defined: dict[str, str] = {}
    files = _feature_files(paths)
    texts = {f: f.read_text(encoding="utf-8") for f in files}
    for file, text in texts.items():
        if not _is_rule_file(text):
            continue
        doc, errs = compile_document(text, str(file))
        problems += errs
        if doc is None:
            continue
        _check_document(doc, ruleset, problems)
        for i, raw in enumerate(doc.data.get("rules", [])):
            rule_id = raw.get("id")
            if not isinstance(rule_id, str):
                continue
            line, column = doc.where(pointer_join("/rules", i)) or (None, None)
            other = ruleset.rule(rule_id)
            subject = f"rule {rule_id}"
            if rule_id in defined:
                problems.append(Problem(str(file), "", f"`{rule_id}` is defined twice (also in {defined[rule_id]})",
                                        line, column, subject))
            elif other is not None and Path(other.source).name != file.name:
                problems.append(Problem(str(file), "", f"`{rule_id}` is already defined in {other.source}; "
                                        "choose a new id (ids are never reused)", line, column, subject))
            defined[rule_id] = str(file)
    known = {r.id for r in ruleset.rules} | {d.name for d in ruleset.derivations} | set(defined)
    for file, text in texts.items():
        for scenario in scenarios(text, str(file)):
            names = scenario.rule_ids() - {KNOWN_BUG}
            if not names:
                problems.append(Problem(str(file), "", "this scenario has no tag naming the rule it exercises; "
                                        "tag it @<RULE-ID> (or put it under the Rule: it tests)", scenario.line, None))
            for name in sorted(names - known):
                problems.append(Problem(str(file), "", f"tag `@{name}` names no rule or derived fact"
                                        f"{did_you_mean(name, sorted(known))}", scenario.line, None))
    return problems


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One rule's coverage by scenarios."""

    rule: str
    title: str
    source: str
    legal_ref: str
    fires: bool
    does_not_fire: bool

    @property
    def covered(self) -> bool:
        """A scenario where it fires and one where it does not."""
        return self.fires and self.does_not_fire


def coverage(feature_paths: Iterable[Path], ruleset: RuleSet) -> list[CoverageRow]:
    """For every rule of `ruleset`, whether a scenario shows it firing and one shows it not firing."""
    fires: set[str] = set()
    does_not: set[str] = set()
    for path in _feature_files(feature_paths):
        for scenario in scenarios(path.read_text(encoding="utf-8"), str(path)):
            if KNOWN_BUG in scenario.tags:
                continue
            for line in scenario.lines:
                if m := FIRES.search(line):
                    fires.add(m.group(1))
                if m := EXACTLY.search(line):
                    fires.update(i.strip() for i in m.group(1).split(","))
                if m := DOES_NOT_FIRE.search(line):
                    does_not.add(m.group(1))
    return [CoverageRow(r.id, r.title, r.source, r.legal_ref.text, r.id in fires, r.id in does_not)
            for r in ruleset.rules]


def gaps(rows: Iterable[CoverageRow]) -> list[str]:
    """`<rule>: no scenario where it fires` (or does not fire), one per gap."""
    return [f"{row.rule}: no scenario where it {what}" for row in rows
            for what, seen in (("fires", row.fires), ("does not fire", row.does_not_fire)) if not seen]


def coverage_html(rows: Iterable[CoverageRow]) -> str:
    """The coverage rows as a standalone HTML page."""
    rows = list(rows)
    covered = sum(row.covered for row in rows)

    def mark(ok: bool) -> Any:
        return E.td("yes" if ok else "no", {"class": "yes" if ok else "no"})

    body = [E.tr(E.td(E.code(row.rule)), E.td(row.title), E.td(row.legal_ref), mark(row.fires),
                 mark(row.does_not_fire), E.td(row.source)) for row in rows]
    page = E.html(
        E.head(E.meta(charset="utf-8"), E.title("procrules: rule coverage by scenarios"),
               E.style("td.no{background:#fdd}td.yes{background:#dfd}table{border-collapse:collapse}"
                       "td,th{border:1px solid #999;padding:2px 6px}")),
        E.body(E.h1("Rule coverage by scenarios"),
               E.p(f"{covered} of {len(rows)} rules have a scenario where they fire and one where they do not."),
               E.table(E.tr(*(E.th(h) for h in ("rule", "title", "legal reference", "fires",
                                                 "does not fire", "source"))), *body)))
    html: str = etree.tostring(page, encoding="unicode", method="html", pretty_print=True)
    return "<!DOCTYPE html>\n" + html
