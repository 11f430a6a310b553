"""Rules written as Gherkin `Rule:` blocks, compiled to the same pack shape as a YAML rule.

    @rule:PA23-KPI-90 @error @PA2023-s52(1)
    Rule: A contract over £5 million needs at least three KPIs
      The first paragraph is the message.

      To comply: a paragraph starting so is `to_comply`.

      Given the contract is a public contract        (given steps: the rule's `when`)
      And the estimated value is more than the KPI threshold
      Then at least the minimum number of KPIs must be set   (then steps: its `requires`)

      Example: ...                                   (ordinary scenarios of the step library)

The steps under `Rule:` are the rule's description to the Gherkin parser (so pytest-bdd never
runs them); this module reads them against the controlled vocabulary in `glossary.yaml`. Tags:
`@rule:<ID>`, one of `@error @warning @info`, a legal reference (`@PA2023-s52(1)`,
`@PA2023-sch5-para13`, `@PR2024-reg24(2)`) and any `@duty:<catalogue id>`; a `@regime:act` tag
on the Feature becomes the pack's `applies_when`. `# language: cy-GB` files use the Welsh phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from gherkin.dialect import Dialect
from gherkin.errors import CompositeParserException, ParserException
from gherkin.parser import Parser as GherkinParser
from gherkin.token_scanner import TokenScanner

from procrules.errors import Problem
from procrules.io.documents import Document, Position, parse_yaml, pointer_join
from procrules.resources import package_file
from procrules.suggest import did_you_mean

SEVERITIES = ("error", "warning", "info")
_TYPES: dict[str, str] = {
    "money": r"£?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?",
    "int": r"\d+",
    "date": r"\d{4}-\d{2}-\d{2}",
    "notice": r"[Uu][Kk]\d{1,2}",
    "field": r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*",
    "value": r"[^\s,]+",
    "words": r".+",
}
_PARAM = re.compile(r"\{([a-z_]+):([a-z]+)\}")
_LEGAL = re.compile(
    r"^(?P<instrument>PA2023|PR2024)-(?:"
    r"s(?P<section>\d+[A-Z]?)(?:\((?P<subsection>[0-9A-Za-z]+)\))?"
    r"|sch(?P<schedule>\d+[A-Z]?)(?:-para(?P<paragraph>\d+[A-Z]?))?(?:\((?P<psub>[0-9A-Za-z]+)\))?"
    r"|reg(?P<regulation>\d+[A-Z]?)(?:\((?P<rsub>[0-9A-Za-z]+)\))?)$")
_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")
_TO_COMPLY = ("To comply:", "I gydymffurfio:")
_UNCERTAIN = ("Uncertain:", "Ansicr:")
#: Tags of a Feature that set the pack's `applies_when`.
FEATURE_TAGS: dict[str, dict[str, Any]] = {"regime:act": {"regime": "act"}}


@dataclass(frozen=True, slots=True)
class Phrase:
    """One step of the vocabulary: its wording per language, its role and the condition it means."""

    en: str
    cy: str | None
    role: str  # "given" (part of `when`) or "then" (part of `requires`)
    means: Any
    example: str

    def wording(self, language: str) -> str | None:
        """The phrase in `language` ("en" or "cy"), or None when it has no such wording."""
        return self.cy if language == "cy" else self.en

    def display(self, language: str = "en") -> str:
        """The wording with each parameter shown as {name}."""
        return _PARAM.sub(lambda m: "{" + m.group(1) + "}", self.wording(language) or "")

    def match(self, text: str, language: str) -> dict[str, Any] | None:
        """The typed parameters when `text` is this phrase, else None."""
        pattern = _regex(self.wording(language) or "")
        found = pattern.fullmatch(text) if pattern is not None else None
        if found is None:
            return None
        kinds = dict(_PARAM.findall(self.wording(language) or ""))
        return {name: _typed(kinds[name], raw) for name, raw in found.groupdict().items()}

    def condition(self, params: dict[str, Any]) -> Any:
        """The YAML condition with the parameters put in."""
        return _substitute(self.means, params)


@cache
def _regex(wording: str) -> re.Pattern[str] | None:
    if not wording:
        return None
    out, pos = [], 0
    for m in _PARAM.finditer(wording):
        out.append(re.escape(wording[pos:m.start()]))
        out.append(f"(?P<{m.group(1)}>{_TYPES[m.group(2)]})")
        pos = m.end()
    out.append(re.escape(wording[pos:]))
    return re.compile("".join(out), re.IGNORECASE)


def _scalar(raw: str) -> Any:
    if raw in ("true", "false"):
        return raw == "true"
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if re.fullmatch(r"-?\d+\.\d+", raw):
        return float(raw)
    return raw


def _typed(kind: str, raw: str) -> Any:
    if kind == "money":
        number = raw.lstrip("£").replace(",", "")
        return float(number) if "." in number else int(number)
    if kind == "int":
        return int(raw)
    if kind == "notice":
        return raw.lower()
    if kind == "value":
        return _scalar(raw)
    if kind == "words":
        return [_scalar(w.strip()) for w in re.split(r",|\bor\b|\band\b|\bneu\b", raw) if w.strip()]
    return raw


def _substitute(template: Any, params: dict[str, Any]) -> Any:
    if isinstance(template, dict):
        return {_substitute(k, params): _substitute(v, params) for k, v in template.items()}
    if isinstance(template, list):
        return [_substitute(v, params) for v in template]
    if isinstance(template, str):
        whole = re.fullmatch(r"\{([a-z_]+)\}", template)
        if whole and whole.group(1) in params:
            return params[whole.group(1)]
        return re.sub(r"\{([a-z_]+)\}", lambda m: str(params.get(m.group(1), m.group(0))), template)
    return template


@cache
def glossary() -> tuple[Phrase, ...]:
    """The controlled vocabulary shipped with the package (lang/glossary.yaml)."""
    text = package_file("lang/glossary.yaml").read_text(encoding="utf-8")
    doc, problems = parse_yaml(text, "lang/glossary.yaml")
    if problems:
        raise ValueError(str(problems[0]))
    return tuple(Phrase(en=p["en"], cy=p.get("cy"), role=p["role"], means=p["means"],
                        example=p.get("example", p["en"])) for p in doc.data["phrases"])


def find_phrase(text: str, language: str = "en") -> tuple[Phrase, dict[str, Any]] | None:
    """The first phrase of the glossary that `text` is, with its parameters."""
    for phrase in glossary():
        params = phrase.match(text, language)
        if params is not None:
            return phrase, params
    return None


def _keywords(language: str) -> dict[str, str]:
    """Step keyword → its role ("given", "then", or "and" for a continuation)."""
    dialect = Dialect.for_name(language) or Dialect.for_name("en")
    assert dialect is not None  # "en" is always there
    out: dict[str, str] = {}
    for role, words in (("given", dialect.given_keywords), ("given", dialect.when_keywords),
                        ("then", dialect.then_keywords), ("and", dialect.and_keywords),
                        ("and", dialect.but_keywords)):
        out.update({w: role for w in words if w.strip() != "*"})
    return out


def _short(language: str) -> str:
    return "cy" if language.startswith("cy") else "en"


@dataclass(slots=True)
class _Lines:
    """The source lines, to locate each line of a description."""

    lines: list[str]

    def locate(self, texts: list[str], start: int) -> list[tuple[str, int, int]]:
        """(text, line, column) of each non-blank description line, searching from line `start`."""
        out, cursor = [], start
        for text in texts:
            stripped = text.strip()
            if not stripped:
                continue
            while cursor <= len(self.lines) and self.lines[cursor - 1].strip() != stripped:
                cursor += 1
            column = len(self.lines[cursor - 1]) - len(self.lines[cursor - 1].lstrip()) + 1 \
                if cursor <= len(self.lines) else 1
            out.append((stripped, cursor, column))
            cursor += 1
        return out


def legal_tag(tag: str) -> dict[str, Any] | None:
    """`PA2023-s52(1)` → {instrument, section, subsection}; None when it is not a legal tag."""
    m = _LEGAL.match(tag)
    if m is None:
        return None

    def num(v: str | None) -> Any:
        return int(v) if v is not None and v.isdigit() else v

    parts = {"instrument": m["instrument"], "section": num(m["section"]),
             "subsection": num(m["subsection"] or m["psub"] or m["rsub"]),
             "schedule": num(m["schedule"]), "paragraph": num(m["paragraph"]),
             "regulation": num(m["regulation"])}
    return {k: v for k, v in parts.items() if v is not None}


def is_authoring_tag(tag: str) -> bool:
    """A tag of the Gherkin rule language (not a scenario's rule or derived-fact tag)."""
    tag = tag.lstrip("@")
    return (tag.startswith(("rule:", "duty:")) or tag in SEVERITIES or tag in FEATURE_TAGS
            or legal_tag(tag) is not None)


class _Compiler:
    """Compiles one feature file, collecting problems and the position of every part."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.lines = _Lines(text.splitlines())
        self.problems: list[Problem] = []
        self.positions: dict[str, Position] = {}

    def fail(self, message: str, line: int | None, column: int | None, subject: str | None = None) -> None:
        self.problems.append(Problem(self.source, "", message, line, column, subject))

    def place(self, pointer: str, line: int, column: int) -> None:
        self.positions.setdefault(pointer, (line, column))

    def feature(self, data: dict[str, Any]) -> dict[str, Any]:
        feature = data["feature"]
        language = feature.get("language", "en")
        stem = Path(self.source).stem.replace("-", "_")
        pack: dict[str, Any] = {"pack": f"gherkin_{_short(language)}_{stem}" if _short(language) == "cy"
                                else f"gherkin_{stem}", "title": feature["name"] or stem}
        if feature.get("description"):
            pack["description"] = " ".join(feature["description"].split())
        self.place("", feature["location"]["line"], feature["location"]["column"])
        for tag in feature.get("tags", []):
            name, loc = tag["name"].lstrip("@"), tag["location"]
            if name in FEATURE_TAGS:
                pack["applies_when"] = FEATURE_TAGS[name]
                self.place("/applies_when", loc["line"], loc["column"])
            else:
                self.fail(f"unknown Feature tag `@{name}`{did_you_mean(name, list(FEATURE_TAGS))}; "
                          f"a Feature takes {', '.join('@' + t for t in FEATURE_TAGS)}",
                          loc["line"], loc["column"])
        rules: list[dict[str, Any]] = []
        for child in feature.get("children", []):
            if "rule" in child:
                rule = self.rule(child["rule"], len(rules), language)
                if rule is not None:
                    rules.append(rule)
        pack["rules"] = rules
        return pack

    def tags(self, rule: dict[str, Any], out: dict[str, Any], subject: str | None) -> None:
        line, column = rule["location"]["line"], rule["location"]["column"]
        duties: list[str] = []
        for tag in rule.get("tags", []):
            name, loc = tag["name"].lstrip("@"), tag["location"]
            if name.startswith("rule:"):
                if "id" in out:
                    self.fail(f"a Rule has one @rule: tag; found @rule:{out['id']} and @{name}",
                              loc["line"], loc["column"], subject)
                out["id"] = name.split(":", 1)[1]
                if not _ID.match(out["id"]):
                    self.fail(f"`{out['id']}` is not a rule id: capitals, digits and hyphens, "
                              "such as PA23-KPI-90", loc["line"], loc["column"], subject)
            elif name in SEVERITIES:
                out["severity"] = name
            elif name.startswith("duty:"):
                duties.append(name.split(":", 1)[1])
            elif (ref := legal_tag(name)) is not None:
                out["legal_ref"] = ref
            else:
                self.fail(f"unknown tag `@{name}`{did_you_mean(name, [*SEVERITIES, 'rule:', 'duty:'])}; "
                          "a Rule takes @rule:<ID>, @error/@warning/@info, a legal reference such as "
                          "@PA2023-s52(1) or @PA2023-sch5-para13, and @duty:<id>",
                          loc["line"], loc["column"], subject)
        if duties:
            out["duties"] = duties
        for key, hint in (("id", "a @rule:<ID> tag, such as @rule:PA23-KPI-90"),
                          ("severity", "a severity tag: @error, @warning or @info"),
                          ("legal_ref", "a legal reference tag, such as @PA2023-s52(1) or @PA2023-sch5-para13")):
            if key not in out:
                self.fail(f"the Rule needs {hint}", line, column, subject)

    def rule(self, rule: dict[str, Any], index: int, language: str) -> dict[str, Any] | None:
        here = pointer_join("/rules", index)
        line, column = rule["location"]["line"], rule["location"]["column"]
        out: dict[str, Any] = {}
        ids = [t["name"].split(":", 1)[1] for t in rule.get("tags", []) if t["name"].startswith("@rule:")]
        subject = f"rule {ids[0]}" if ids else None
        self.place(here, line, column)
        for key in ("id", "severity", "legal_ref", "duties", "kind", "title"):
            self.place(pointer_join(here, key), line, column)
        self.tags(rule, out, subject)
        out["title"] = rule["name"].strip()
        out["kind"] = "finding"
        lines = self.lines.locate((rule.get("description") or "").split("\n"), line + 1)
        blank_after = self._paragraphs(rule.get("description") or "")
        self.body(lines, blank_after, out, here, language, subject)
        if not rule["name"].strip():
            self.fail("the Rule needs a title after `Rule:`", line, column, subject)
        if "message" not in out:
            self.fail("the Rule needs a description: its first paragraph is the message", line, column, subject)
        if "when" not in out:
            self.fail("the Rule needs at least one Given step saying when it applies", line, column, subject)
        for key in ("when", "requires"):  # one step is one mapping, as a YAML author writes it
            if len(out.get(key, [])) == 1:
                out[key] = out[key][0]
        order = ("id", "title", "kind", "severity", "legal_ref", "duties", "when", "requires",
                 "message", "to_comply", "uncertain")
        return {k: out[k] for k in order if k in out}

    @staticmethod
    def _paragraphs(description: str) -> set[int]:
        """Indexes (among non-blank lines) of the lines that end a paragraph."""
        ends, count = set(), 0
        raw = description.split("\n")
        for i, text in enumerate(raw):
            if not text.strip():
                continue
            if i + 1 >= len(raw) or not raw[i + 1].strip():
                ends.add(count)
            count += 1
        return ends

    def body(self, lines: list[tuple[str, int, int]], ends: set[int], out: dict[str, Any], here: str,
             language: str, subject: str | None) -> None:
        keywords = sorted(_keywords(language).items(), key=lambda kv: -len(kv[0]))
        lang = _short(language)
        role: str | None = None
        paragraph: list[tuple[str, int, int]] = []
        for i, (text, line, column) in enumerate(lines):
            keyword = next(((k, r) for k, r in keywords if text.startswith(k)), None)
            if keyword is not None and (keyword[1] != "and" or (role is not None and not paragraph)):
                if paragraph:
                    self.paragraph(paragraph, out, here)
                    paragraph = []
                kw, kind = keyword
                role = role if kind == "and" else kind
                self.step(text[len(kw):].strip(), line, column + len(kw), role or "given", out, here, lang,
                          subject)
            else:
                paragraph.append((text, line, column))
            if i in ends and paragraph:
                self.paragraph(paragraph, out, here)
                paragraph = []

    def paragraph(self, paragraph: list[tuple[str, int, int]], out: dict[str, Any], here: str) -> None:
        text = " ".join(t for t, _, _ in paragraph)
        line, column = paragraph[0][1], paragraph[0][2]
        for key, prefixes in (("to_comply", _TO_COMPLY), ("uncertain", _UNCERTAIN)):
            prefix = next((p for p in prefixes if text.startswith(p)), None)
            if prefix is not None and key not in out:
                out[key] = text[len(prefix):].strip()
                self.place(pointer_join(here, key), line, column)
                return
        if "message" not in out:
            out["message"] = text
            self.place(pointer_join(here, "message"), line, column)

    def step(self, text: str, line: int, column: int, role: str, out: dict[str, Any], here: str,
             lang: str, subject: str | None) -> None:
        found = find_phrase(text, lang)
        if found is None:
            known = [w for p in glossary() for w in (p.wording(lang), p.example if lang == "en" else None) if w]
            self.fail(f"unknown step `{text}`{did_you_mean(text, known)}; features/STEPS.md lists the steps",
                      line, column, subject)
            return
        phrase, params = found
        if phrase.role != role:
            where = "after Then: it says what the rule requires" if phrase.role == "then" \
                else "after Given: it says when the rule applies"
            self.fail(f"`{text}` belongs {where}", line, column, subject)
            return
        key = "when" if role == "given" else "requires"
        items = out.setdefault(key, [])
        self.place(pointer_join(here, key), line, column)
        self.place(pointer_join(pointer_join(here, key), len(items)), line, column)
        items.append(phrase.condition(params))


def _parse(text: str, source: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    try:
        parsed: dict[str, Any] = dict(GherkinParser().parse(TokenScanner(text)))
        return parsed, []
    except CompositeParserException as exc:
        errors = list(exc.errors)
    except ParserException as exc:
        errors = [exc]
    out = []
    for err in errors:
        loc = getattr(err, "location", None) or {}
        message = str(err).split(": ", 1)[-1] if str(err).startswith("(") else str(err)
        out.append(Problem(source, "", f"Gherkin syntax error: {message}", loc.get("line"), loc.get("column")))
    return None, out


def compile_document(text: str, source: str) -> tuple[Document | None, list[Problem]]:
    """One feature file as a pack Document (the YAML pack shape, located in the feature file)."""
    data, problems = _parse(text, source)
    if data is None or "feature" not in data:
        return None, problems or [Problem(source, "", "a Gherkin rule file needs a `Feature:`")]
    compiler = _Compiler(text, source)
    pack = compiler.feature(data)
    return Document(source, pack, compiler.positions), compiler.problems


def compile_feature(path_or_text: Path | str, source: str | None = None) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The raw rule dicts (as in a YAML pack's `rules:`) of one feature file, and its problems.

    `path_or_text` is a Path, or the feature text itself (then `source` names it)."""
    if isinstance(path_or_text, Path):
        text, label = path_or_text.read_text(encoding="utf-8"), source or str(path_or_text)
    else:
        text, label = path_or_text, source or "<feature>"
    doc, problems = compile_document(text, label)
    return ([] if doc is None else list(doc.data["rules"])), problems


def _feature_files(folder: Traversable, label: str) -> list[tuple[str, Traversable]]:
    out: list[tuple[str, Traversable]] = []
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if item.is_dir():
            out += _feature_files(item, f"{label}/{item.name}")
        elif item.name.endswith(".feature"):
            out.append((f"{label}/{item.name}", item))
    return out


def gherkin_documents(folder: Traversable,
                      label: str = "rules/gherkin") -> tuple[list[tuple[str, Document]], list[Problem]]:
    """Every `*.feature` under `folder` (recursively) as a located pack Document, and the problems."""
    docs: list[tuple[str, Document]] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return docs, problems
    for name, file in _feature_files(folder, label):
        doc, errs = compile_document(file.read_text(encoding="utf-8"), name)
        problems += errs
        if doc is not None:
            docs.append((name, doc))
    return docs, problems


def gherkin_packs(folder: Traversable, label: str = "rules/gherkin") -> list[tuple[str, dict[str, Any]]]:
    """Every `*.feature` under `folder` as (label, pack dict); problems are left to the loader."""
    docs, _ = gherkin_documents(folder, label)
    return [(name, doc.data) for name, doc in docs]


def gherkin_pack_texts(folder: Traversable, label: str = "rules/gherkin") -> list[tuple[str, str]]:
    """Every `*.feature` under `folder` as (label, feature text), for `load_rules(extra_packs=...)`,
    which compiles a `.feature` text itself (a file named like a bundled one replaces it)."""
    out: list[tuple[str, str]] = []

    def walk(node: Traversable, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                walk(child, f"{prefix}/{child.name}")
            elif child.name.endswith(".feature"):
                out.append((f"{prefix}/{child.name}", child.read_text(encoding="utf-8")))

    if folder.is_dir():
        walk(folder, label)
    return out
