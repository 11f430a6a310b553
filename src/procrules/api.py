"""The one door to procrules: the CLI, the feature steps and any server call only this.

    check(records)            evaluate Records → CheckResults
    check_files(paths)        read record files and check every record (bad ones reported)
    check_loaded(loaded)      the same for records already read (read_records, parse_records)
    evaluate(record)          the raw Evaluation of one record on one engine
    compare_engines(records)  differences between the Python and durable-rules evaluators
    report(results)           the documented JSON document
    record_schema()           the JSON Schema of a procurement record
    rules() / rule(id)        the loaded rules; describe(condition) in plain English
    lint(paths)               load rule pack files with the bundled ones, reporting every problem
    batch(inputs)             stream entries (result + source) for every row of registers, in order
    write_report(entries, …)  write entries in a report format (jsonl, csv, xlsx, junit, sarif, html)
    notice_plan(record)       the transparency notices a record calls for, and how each stands
    build_notice(code, rec)   one notice as an OCDS release package; validate_notices(paths) checks them
    spec_lint / spec_coverage the feature files: steps and tags; every rule fires and does not fire
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any, Literal

from procrules import __version__
from procrules.engine.evaluation import ENGINES as ENGINES
from procrules.engine.evaluation import EngineName as EngineName
from procrules.engine.evaluation import Evaluation, Evaluator
from procrules.engine.expressions import Context
from procrules.engine.facts import record_facts
from procrules.engine.outcomes import assemble
from procrules.engine.python import PythonEvaluator
from procrules.errors import InputError, Problem
from procrules.io.records import Loaded, read_file, read_text
from procrules.lang.describe import describe as describe_condition
from procrules.lang.ir import Condition, Rule, RuleSet
from procrules.lang.load import bundled_rules, load_rules
from procrules.model.fields import record_fields
from procrules.model.record import Record
from procrules.model.results import CheckResult
from procrules.reports.summary import Summary


def ruleset() -> RuleSet:
    """The bundled rule set (loaded and compiled once per process)."""
    return bundled_rules()


@cache
def evaluator(name: EngineName = "python") -> Evaluator:
    """The evaluator called `name`, built once per process (durable hosts are never freed)."""
    if name == "durable":
        from procrules.engine.durable import DurableEvaluator

        return DurableEvaluator(ruleset())
    return PythonEvaluator(ruleset())


def _context(record: Record, as_at: date) -> tuple[dict[str, Any], Context]:
    facts, lists = record_facts(record, as_at)
    rs = ruleset()
    return facts, Context(dict(facts), lists, rs.parameters, rs.calendar)


def evaluate(record: Record, *, as_at: date | None = None, engine: EngineName = "python") -> Evaluation:
    """The raw Evaluation (derived facts and rule statuses) of one record."""
    _, ctx = _context(record, as_at or date.today())
    return evaluator(engine).evaluate(record.id, ctx)


Language = Literal["en", "cy"]
LANGUAGES: tuple[Language, ...] = ("en", "cy")
PromptFilter = Literal["all", "upstream", "downstream", "none"]
PROMPT_FILTERS: tuple[PromptFilter, ...] = ("all", "upstream", "downstream", "none")


def check(records: Iterable[Record], *, as_at: date | None = None, engine: EngineName = "python",
          explain: bool = False, prompts: PromptFilter = "all", lang: Language = "en",
          brief: bool = False) -> list[CheckResult]:
    """Check records against the bundled rule set; `prompts` keeps all, one side, or none; `lang`
    "cy" gives Welsh messages and prompts where a rule has them; `brief` makes only what the brief
    form shows (`to_json(brief=True)`, for long batches), which is quicker."""
    day = as_at or date.today()
    ev, rs = evaluator(engine), ruleset()
    out = []
    stream = iter(records)
    while chunk := list(islice(stream, CHUNK)):  # the evaluator works a chunk of records at a time
        contexts = [_context(record, day) for record in chunk]
        evaluations = ev.evaluate_many([r.id for r in chunk], [ctx for _, ctx in contexts])
        for record, (facts, _), evaluation in zip(chunk, contexts, evaluations, strict=True):
            result = assemble(record.id, day, rs, facts, evaluation, explain, lang, brief)
            if prompts != "all":
                result.prompts = [p for p in result.prompts if p.source["side"] == prompts]
            out.append(result)
    return out


#: Records evaluated together: enough to spread each condition's cost, few enough to stay small.
CHUNK = 256


def read_records(paths: Iterable[Path]) -> list[Loaded]:
    """Every record in the files (YAML or JSON records, or OCDS releases compiled per ocid)."""
    from procrules.ocds import is_ocds
    from procrules.ocds import read_records as read_ocds

    out: list[Loaded] = []
    for path in paths:
        if path.suffix.lower() in (".json", ".jsonl", ".gz") and path.is_file() and is_ocds(path):
            out += [found.loaded() for found in read_ocds(path)]
        else:
            out += read_file(path)
    return out


def parse_records(text: str, source: str = "<text>") -> list[Loaded]:
    """Every record in a YAML or JSON text."""
    return read_text(text, source)


def check_loaded(loaded: Iterable[Loaded], *, as_at: date | None = None, engine: EngineName = "python",
                 explain: bool = False, prompts: PromptFilter = "all", lang: Language = "en") -> list[CheckResult]:
    """Check what was read, in order: a result per good record, an input-error entry per bad one."""
    items = list(loaded)
    results = iter(check([i.record for i in items if i.record is not None], as_at=as_at, engine=engine,
                         explain=explain, prompts=prompts, lang=lang))  # together: the evaluator works chunks
    out = []
    for item in items:
        if item.record is None:
            out.append(CheckResult(item.label, as_at, input_errors=item.problems))
        else:
            result = next(results)
            result.input_warnings = list(item.warnings)
            out.append(result)
    return out


def check_files(paths: Iterable[Path], **options: Any) -> list[CheckResult]:
    """Read and check every record in the files."""
    return check_loaded(read_records(paths), **options)


@dataclass(frozen=True, slots=True)
class Difference:
    """Where the two evaluators disagree on one record."""

    record: str
    what: str
    python: Any
    durable: Any


def compare_engines(records: Iterable[Record], *, as_at: date | None = None) -> list[Difference]:
    """Every difference in derived facts or rule statuses between the two evaluators."""
    out = []
    for record in records:
        a = evaluate(record, as_at=as_at, engine="python")
        b = evaluate(record, as_at=as_at, engine="durable")
        for name in a.derived:
            if a.derived[name] != b.derived.get(name):
                out.append(Difference(record.id, f"derived {name}", a.derived[name], b.derived.get(name)))
        for name in a.statuses:
            if a.statuses[name] != b.statuses.get(name):
                out.append(Difference(record.id, f"rule {name}", a.statuses[name], b.statuses.get(name)))
    return out


def report(results: list[CheckResult]) -> dict[str, Any]:
    """The documented JSON document for a list of results."""
    rs = ruleset()
    return {"procrules": __version__, "rule_pack": f"{rs.name} {rs.version}",
            "results": [r.to_json() for r in results]}


def record_schema() -> dict[str, Any]:
    """The JSON Schema of a procurement record (one record; a file may also hold a list)."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "procrules procurement record"
    return schema


def describe(cond: Condition) -> str:
    """A condition of the bundled rule set in plain English."""
    kinds = {**{p: f.kind for p, f in record_fields().items()}, **ruleset().kinds}
    return describe_condition(cond, kinds)


def rules() -> tuple[Rule, ...]:
    """Every rule of the bundled rule set."""
    return ruleset().rules


def rule(rule_id: str) -> Rule:
    """One rule by id; an InputError with a did-you-mean when there is none."""
    from procrules.suggest import did_you_mean

    found = ruleset().rule(rule_id)
    if found is None:
        raise InputError(f"no rule `{rule_id}`{did_you_mean(rule_id, [r.id for r in rules()])}")
    return found


def lint(paths: Iterable[Path]) -> RuleSet:
    """Load the bundled rule set with these pack files added (a file named like a bundled pack
    replaces it); a RulePackError lists every problem found."""
    texts = []
    for path in paths:
        files = sorted([*path.glob("*.yaml"), *path.glob("**/*.feature")]) if path.is_dir() else [path]
        try:
            texts += [(str(f), f.read_text(encoding="utf-8")) for f in files]
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    return load_rules(extra_packs=texts)


def batch(inputs: list[str], *, mapping: Path | None = None, sheet: str | None = None,
          as_at: date | None = None, engine: EngineName = "python", workers: int | None = None,
          brief: bool = False) -> Iterator[Mapping[str, Any]]:
    """One entry per input row, JSON line or procurement, in input order (`-` is standard input).

    An entry is `CheckResult.to_json(brief)` plus `source` (file, row, line), `authority`, and
    `warnings` where the reader worked around a defect. Bad rows are entries with `input_errors`.
    `brief` keeps findings whole and leaves out what is the same for every record (for long batches).
    Entries are read-only mappings (`reports.entries.PackedEntry`): each holds its JSON Lines line,
    made by the worker process, and parses it only when a key beyond the summary's is read.
    """
    from procrules.batch import check_items
    from procrules.io.sources import check_inputs, iter_items

    ruleset()  # load (and report a bad rule set) before any worker starts
    if engine == "python":
        evaluator(engine)  # compiled once here: forked workers inherit it (a durable host is per process)
    check_inputs(inputs)
    items = iter_items(inputs, mapping=mapping, sheet=sheet)
    return check_items(items, as_at=as_at or date.today(), engine=engine, workers=workers, brief=brief)


def notice_plan(record: Record, *, as_at: date | None = None) -> list[dict[str, Any]]:
    """The notice plan of one record (the `notices` determination)."""
    [result] = check([record], as_at=as_at)
    plan: list[dict[str, Any]] = result.determinations.get("notices") or []
    return plan


#: Report formats for `write_report`, and the file suffix each is written with.
REPORT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "xlsx", "junit", "sarif", "html")


def report_suffix(fmt: str) -> str:
    """The file suffix of a report format (`.xml` for junit)."""
    from procrules.reports import WRITERS

    return WRITERS[fmt].suffix


def write_report(entries: Iterable[Mapping[str, Any]], fmt: str, stream: Any) -> Summary:
    """Write entries (from `batch`) in one format to a text or binary stream; the batch's Summary."""
    from procrules.reports import open_writer, write_entries

    return write_entries(entries, [open_writer(fmt, stream)])


def build_notice(code: str, record: Record, *, published: date | None = None) -> dict[str, Any]:
    """The OCDS release package of one notice (UK1-UK16) about the record, as Find a Tender shapes it.

    The record is judged as at the notice's day (never before the Act's commencement), so the
    notice states what the law made of it then; an InputError lists every field it lacks.
    """
    from procrules.ocds import build_notice as build

    return build(code, record, published=published)


def validate_notices(paths: Iterable[Path], *, schema: Path | None = None) -> list[Problem]:
    """Problems of OCDS release packages against procrules' notice schemas (and an official one)."""
    import json

    from procrules.ocds import validate_package

    out: list[Problem] = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: not a JSON release package ({exc})") from exc
        out += validate_package(data, schema_path=schema, source=str(path))
    return out


def spec_lint(paths: Iterable[Path]) -> list[Problem]:
    """Problems in feature files: unknown steps, untagged or mis-tagged scenarios, duplicate ids."""
    from procrules import spec

    return spec.lint(list(paths), ruleset())


def spec_coverage(paths: Iterable[Path]) -> list[Any]:
    """One row per rule (YAML or Gherkin): a scenario where it fires, one where it does not."""
    from procrules import spec

    return spec.coverage(list(paths), ruleset())


def spec_run(paths: Iterable[Path]) -> list[Any]:
    """Run the scenarios of feature files on both evaluators: one Outcome each (plain messages)."""
    from procrules.spec_runner import run

    return run(list(paths))
