"""The `procrules` command: a thin click layer over `procrules.api`.

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage error; 3 input or rule-pack
error (for `batch`: some rows could not be read or checked, though every other row was); 4 engine error.
"""

from __future__ import annotations

import itertools
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from procrules import __version__, api
from procrules.errors import ProcrulesError, RulePackError
from procrules.io.terminal import print_results
from procrules.lang.ir import Rule

SEVERITIES = ("error", "warning", "info")
#: Bytes a batch's output file buffers: a full entry is about 17 KB, so the default 8 KB buffer
#: would make a system call for every line.
OUTPUT_BUFFER = 1 << 20


def _console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _date(_ctx: click.Context, _param: click.Parameter, value: datetime | None) -> date | None:
    return value.date() if value else None


class _Cli(click.Group):
    """The command group; a ProcrulesError anywhere prints its problems and sets its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ProcrulesError as exc:
            click.echo(f"procrules: {exc.render()}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Cli)
@click.version_option(__version__, prog_name="procrules")
def cli() -> None:
    """Check procurements against the Procurement Act 2023."""


@cli.command()
@click.argument("records", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--engine", type=click.Choice(api.ENGINES), default="python", show_default=True,
              help="Evaluator: compiled Python (fast, the oracle) or durable-rules.")
@click.option("--as-at", type=click.DateTime(["%Y-%m-%d"]), callback=_date,
              help="Date the check is made (default: today).")
@click.option("--explain", is_flag=True, help="Show every rule: applied, passed, failed or not demonstrated.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="error", show_default=True,
              help="Lowest finding severity that makes the exit code 1.")
@click.option("--prompts", type=click.Choice(api.PROMPT_FILTERS), default="all", show_default=True,
              help="Strategic prompts to show: all, one side of the purchase, or none (never changes the exit code).")
@click.option("--lang", type=click.Choice(api.LANGUAGES), default="en", show_default=True,
              help="Language of messages and prompts: cy gives Welsh where a rule has it (English otherwise).")
def check(records: tuple[Path, ...], fmt: str, engine: api.EngineName, as_at: date | None,
          explain: bool, fail_on: str, prompts: api.PromptFilter, lang: api.Language) -> None:
    """Check procurement RECORDS (YAML or JSON files; each one record or a list)."""
    results = api.check_files(records, as_at=as_at, engine=engine, explain=explain, prompts=prompts, lang=lang)
    if fmt == "json":
        click.echo(json.dumps(api.report(results), indent=2, ensure_ascii=False))
    else:
        print_results(results, _console(), explain)
    worst = SEVERITIES.index(fail_on)
    if any(r.input_errors for r in results):
        raise SystemExit(3)
    if any(SEVERITIES.index(f.severity) <= worst for r in results for f in r.findings):
        raise SystemExit(1)


def _batch_format(fmt: str | None, output: Path | None) -> str:
    if fmt is not None:
        return fmt
    if output is not None:
        for name in api.REPORT_FORMATS:
            if output.suffix.lower() == api.report_suffix(name):
                return name
        raise click.UsageError(f"cannot tell the format from `{output.name}`; "
                               f"give --format ({', '.join(api.REPORT_FORMATS)})")
    return "jsonl"


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--map", "mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Column mapping (YAML) for CSV/XLSX registers; default: the bundled contracts-register layout.")
@click.option("--sheet", help="XLSX worksheet to read (default: the first).")
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes (default: every core).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report here (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(api.REPORT_FORMATS),
              help="Report format (default: from --output's suffix, else jsonl).")
@click.option("--engine", type=click.Choice(api.ENGINES), default="python", show_default=True)
@click.option("--as-at", type=click.DateTime(["%Y-%m-%d"]), callback=_date,
              help="Date the check is made (default: today).")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="error", show_default=True,
              help="Lowest finding severity that makes the exit code 1.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--brief", is_flag=True,
              help="Brief entries: findings whole; prompts without evidence, good practice or next step; "
                   "not-demonstrated rules without their facts; only the notices in play.")
def batch(inputs: tuple[str, ...], mapping: Path | None, sheet: str | None, workers: int | None,
          output: Path | None, fmt: str | None, engine: api.EngineName, as_at: date | None, fail_on: str,
          progress: bool | None, brief: bool) -> None:
    """Check every record of registers: CSV, XLSX, JSON Lines, JSON, OCDS or YAML INPUTS (`-` for stdin).

    Every input row gives exactly one report entry, in input order: its result, or its input error.
    """
    import sys

    from procrules.io.terminal import print_summary

    fmt = _batch_format(fmt, output)
    err = Console(stderr=True, highlight=False)
    show = err.is_terminal if progress is None else progress
    entries = api.batch(list(inputs), mapping=mapping, sheet=sheet, as_at=as_at, engine=engine, workers=workers,
                        brief=brief)
    first = next(entries, None)  # a file that cannot be read at all fails here, before any output
    if first is not None:
        entries = itertools.chain([first], entries)
    stream = output.open("wb", buffering=OUTPUT_BUFFER) if output is not None else sys.stdout.buffer
    try:
        if show:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("{task.completed:,} records"),
                          TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err,
                          transient=True) as bar:
                task = bar.add_task("batch", total=None, rate="")

                def counted(source: Any) -> Any:
                    for n, entry in enumerate(source, 1):
                        if n % 200 == 0:
                            elapsed = bar.tasks[0].elapsed or 0
                            bar.update(task, completed=n, rate=f"{n / elapsed:,.0f}/s" if elapsed else "")
                        yield entry

                summary = api.write_report(counted(entries), fmt, stream)
        else:
            summary = api.write_report(entries, fmt, stream)
    finally:
        if output is not None:
            stream.close()
    print_summary(summary, Console(stderr=output is None, highlight=False))
    worst = SEVERITIES.index(fail_on)
    if summary.records_with_input_errors:
        raise SystemExit(3)
    if any(summary.findings_by_severity[s] for s in SEVERITIES[: worst + 1]):
        raise SystemExit(1)


@cli.group()
def notices() -> None:
    """Transparency notices: the plan a record calls for; build and validate them as OCDS."""


cli.add_command(notices, "notice")  # `procrules notice build …` reads naturally too


@notices.command("build")
@click.argument("code")
@click.argument("record", type=click.Path(path_type=Path))
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), callback=_date,
              help="Publication day (default: the record's own notice of that code).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here (default: stdout).")
def notices_build(code: str, record: Path, published: date | None, output: Path | None) -> None:
    """Build notice CODE (UK1-UK16) about RECORD as an OCDS release package, as Find a Tender shapes it.

    Same record, same bytes. A record that lacks what the notice must contain is refused, with the list.
    """
    loaded = api.read_records([record])
    bad = [p for item in loaded for p in item.problems]
    if bad or len(loaded) != 1 or loaded[0].record is None:
        raise ProcrulesError(f"{record}: expected exactly one valid record", bad)
    text = json.dumps(api.build_notice(code.upper(), loaded[0].record, published=published), indent=2,
                      ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@notices.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--schema", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Also validate each release against this official OCDS release schema.")
def notices_validate(files: tuple[Path, ...], schema: Path | None) -> None:
    """Validate OCDS release packages against procrules' per-notice schemas (exit 1 when any fail)."""
    problems = api.validate_notices(files, schema=schema)
    for p in problems:
        click.echo(str(p))
    click.echo(f"{len(files)} file(s): {'no problems' if not problems else f'{len(problems)} problem(s)'}")
    if problems:
        raise SystemExit(1)


@notices.command("plan")
@click.argument("records", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--as-at", type=click.DateTime(["%Y-%m-%d"]), callback=_date,
              help="Date the check is made (default: today).")
@click.option("--all", "show_all", is_flag=True, help="Also list notices that are not required.")
def notices_plan(records: tuple[Path, ...], fmt: str, as_at: date | None, show_all: bool) -> None:
    """Every notice RECORDS call for: status, why, due window, what was published and the verdict."""
    from procrules.io.terminal import print_plan

    results = api.check_files(records, as_at=as_at)
    if fmt == "json":
        doc = [{"record": r.record, "as_at": r.as_at.isoformat() if r.as_at else None,
                "notices": r.to_json()["determinations"].get("notices")} if not r.input_errors else r.to_json()
               for r in results]
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        console = _console()
        for r in results:
            print_plan(r, console, show_all)
    if any(r.input_errors for r in results):
        raise SystemExit(3)


_SPEC_PATHS = (Path("features"), Path("rules/gherkin"))


@cli.group()
def spec() -> None:
    """The specification: lint feature files and report rule coverage."""


@spec.command("run")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def spec_run(paths: tuple[Path, ...]) -> None:
    """Run feature files (default: all): each example passed or failed, and what the rules produced instead."""
    outcomes = api.spec_run(paths)
    for o in outcomes:
        mark = click.style("passed", fg="green") if o.passed else click.style("FAILED", fg="red", bold=True)
        click.echo(f"{mark}  {o.feature} — {o.scenario}  ({o.file}:{o.line})")
        if not o.passed:
            for line in o.message.splitlines():
                click.echo(f"        {line}")
    failed = sum(not o.passed for o in outcomes)
    click.echo(f"{len(outcomes)} examples: {len(outcomes) - failed} passed, {failed} failed")
    if failed or not outcomes:
        raise SystemExit(1)


@spec.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def spec_lint(paths: tuple[Path, ...]) -> None:
    """Check feature files (default: features/ and rules/gherkin/): steps, tags, legal references, ids."""
    problems = api.spec_lint(paths or _SPEC_PATHS)
    if problems:
        raise RulePackError("The feature files have problems:", problems)
    click.echo("ok: no problems")


@spec.command("coverage")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--html", "html_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the matrix as HTML.")
def spec_coverage(paths: tuple[Path, ...], html_out: Path | None) -> None:
    """Every rule, YAML or Gherkin: a scenario where it fires and one where it does not (exit 1 if not)."""
    from procrules.spec import coverage_html, gaps

    rows = api.spec_coverage(paths or _SPEC_PATHS)
    if html_out is not None:
        html_out.write_text(coverage_html(rows), encoding="utf-8")
    for r in rows:
        click.echo(f"{r.rule:24} {'fires' if r.fires else '-':6} {'not' if r.does_not_fire else '-':4} "
                   f"{r.legal_ref:28} {r.source}")
    missing = gaps(rows)
    click.echo(f"{len(rows)} rules; {len(missing)} without both a firing and a non-firing example")
    for line in missing:
        click.echo(f"  {line}")
    if missing:
        raise SystemExit(1)


@cli.group()
def schema() -> None:
    """Print JSON Schemas."""


@schema.command("record")
def schema_record() -> None:
    """The JSON Schema of a procurement record."""
    click.echo(json.dumps(api.record_schema(), indent=2))


@cli.group()
def rules() -> None:
    """List, show and lint rules."""


def _rule_json(r: Rule) -> dict[str, Any]:
    return {"id": r.id, "title": r.title, "kind": r.kind, "severity": r.severity,
            "legal_ref": r.legal_ref.text, "url": r.legal_ref.url, "duties": list(r.duties),
            "source": f"{r.source}:{r.line}" if r.line else r.source}


@rules.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_list(fmt: str) -> None:
    """Every rule, with its legal reference and the file it comes from."""
    items = [_rule_json(r) for r in api.rules()]
    if fmt == "json":
        click.echo(json.dumps(items, indent=2))
        return
    for r in items:
        click.echo(f"{r['id']:22} {r['kind']:8} {r['severity']:8} {r['legal_ref']:28} {r['source']}")


@rules.command("show")
@click.argument("rule_id")
def rules_show(rule_id: str) -> None:
    """One rule in full."""
    r = api.rule(rule_id)
    click.echo(json.dumps({**_rule_json(r), "when": api.describe(r.when),
                           "requires": api.describe(r.requires) if r.requires else None,
                           "message": r.message, "to_comply": r.to_comply,
                           "uncertain": r.uncertain, "reads": list(r.reads())}, indent=2))


@rules.command("new")
@click.option("--section", required=True, help="Section of the Act, e.g. 52.")
@click.option("--subsection", help="Subsection, e.g. 1.")
@click.option("--id", "rule_id", help="Rule id (default PA23-S<section>-01).")
@click.option("--title", help="One line: what the section requires.")
@click.option("--severity", type=click.Choice(SEVERITIES), default="error", show_default=True)
@click.option("--duty", help="Duty id from the duty catalogue (duties.csv), e.g. PA-S52-1.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the file here (default: standard output); move it into rules/gherkin/ when done.")
def rules_new(section: str, subsection: str | None, rule_id: str | None, title: str | None, severity: str,
              duty: str | None, output: Path | None) -> None:
    """Write a new rule as a feature file, with one firing and one non-firing example to fill in."""
    from procrules.lang.scaffold import new_rule

    try:
        text = new_rule(section, subsection=subsection, rule_id=rule_id, title=title, severity=severity, duty=duty)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}: fill it in, then `procrules rules lint {output}` and move it to rules/gherkin/",
                   err=True)


@rules.command("lint")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def rules_lint(paths: tuple[Path, ...]) -> None:
    """Check rule pack files (with the bundled parameters and packs) without evaluating anything."""
    rs = api.lint(paths)
    click.echo(f"ok: {len(rs.rules)} rules and {len(rs.derivations)} derived facts load cleanly")


@cli.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Explain a rule in plain English: what it checks, when, and where the law says so."""
    r = api.rule(rule_id)
    click.echo(f"{r.id} — {r.title}")
    click.echo(f"{r.kind}, {r.severity}; {r.legal_ref.text} {r.legal_ref.url or ''}".rstrip())
    click.echo(f"Applies when: {api.describe(r.when)}")
    if r.requires is not None:
        click.echo(f"Requires: {api.describe(r.requires)}")
    click.echo(f"When it fails: {' '.join(r.message.split())}")
    if r.to_comply:
        click.echo(f"To comply: {' '.join(r.to_comply.split())}")
    if r.uncertain:
        click.echo(f"Uncertain: {' '.join(r.uncertain.split())}")
    click.echo(f"Defined in {r.source}" + (f", line {r.line}" if r.line else ""))


def main() -> None:
    """Entry point of the `procrules` command."""
    cli()
