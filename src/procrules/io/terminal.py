"""The readable report `procrules check` prints by default (rich)."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from procrules.engine.outcomes import display
from procrules.model.results import CheckResult, Prompt
from procrules.reports.summary import Summary

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


#: The commissioning cycle, in order: procurement is one stage of it.
_STAGES = ("analyse_needs", "plan_and_design", "procure", "manage_and_monitor", "review_outcomes")
_SIDES = {"upstream": "before the purchase", "downstream": "after the award"}

_MONEY = {"estimated_value", "amount", "s85_works_amount"}


def _shown(key: str, value: Any) -> str:
    if value is None:
        return "—"
    text = display(value)
    return f"£{text}" if key in _MONEY and isinstance(value, int | float) else text


def _permitted(value: dict[str, Any] | None) -> str:
    if value is None or value["permitted"] is None:
        missing = ", ".join(value.get("not_demonstrated", [])) if value else ""
        return f"not demonstrated ({missing})" if missing else "—"
    if value["permitted"]:
        return "yes"
    return "no — " + "; ".join(f"{r['reason']} ({r['legal_ref']})" for r in value["reasons"])


def _determinations(det: dict[str, Any]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim")
    table.add_column()
    for key, value in det.items():
        if value is None:
            continue  # not applicable, or unknown (the JSON report keeps every key)
        if key == "procedure_permitted":
            shown = _permitted(value)
        elif key == "notices":
            shown = ", ".join(f"{n['code']} {n['verdict'].replace('_', ' ')}" for n in value
                              if n["status"] != "optional" and (n["status"] != "not_required" or n["count"]))
            shown = (shown or "none required") + "  (procrules notices plan: the timeline)"
        elif isinstance(value, dict):
            shown = ", ".join(f"{k.replace('_', ' ')} {_shown(k, v)}" for k, v in value.items() if v is not None)
        else:
            shown = _shown(key, value)
        table.add_row(key.replace("_", " "), shown)
    return table


def _indented(text: str, style: str = "") -> Padding:
    return Padding(Text(text, style=style), (0, 0, 0, 2))


def _cycle_order(p: Prompt) -> tuple[int, str]:
    stage = p.source["stage"]
    return (_STAGES.index(stage) if stage in _STAGES else len(_STAGES), p.rule)


def render_result(result: CheckResult, explain: bool = False) -> Panel:
    """One record's report as a rich Panel."""
    title = f"[bold]{result.record}[/]"
    if result.input_errors:
        lines = Text("\n".join(f"✗ {p}" for p in result.input_errors), style="red")
        return Panel(lines, title=f"{title} — input error", border_style="red", title_align="left")
    parts: list[Any] = [_determinations(result.determinations)]
    if result.findings:
        parts.append(Text("\nFindings", style="bold"))
    for f in result.findings:
        head = Text.assemble((f"{f.severity.upper():8}", _STYLE[f.severity]), (f.rule, "bold"), "  ",
                             (f.legal_ref.text, "magenta"))
        parts += [head, _indented(f.message)]
        if f.to_comply:
            parts.append(_indented(f"To comply: {f.to_comply}", "green"))
        if f.uncertain:
            parts.append(_indented(f"Uncertain: {f.uncertain}", "dim"))
    if not result.findings:
        parts.append(Text("\nNo findings.", style="green"))
    for side in ("upstream", "downstream"):
        prompts = sorted((p for p in result.prompts if p.source["side"] == side), key=_cycle_order)
        if prompts:
            parts.append(Text(f"\nPrompts — {side}: {_SIDES[side]}", style="bold"))
        for p in prompts:
            stage = f"{p.source['stage'].replace('_', ' ')} · {p.source['statement']}"
            parts += [Text.assemble(("?       ", "blue"), (p.rule, "bold"), "  ", (stage, "dim")),
                      _indented(p.message)]
            if p.why:
                parts.append(_indented(f"Why this shows: {p.why}", "dim"))
            if p.good_practice:
                parts.append(_indented(f"Good looks like: {p.good_practice}", "green"))
    if result.not_demonstrated:
        parts.append(Text("\nNot demonstrated (facts missing from the record)", style="bold"))
        for t in result.not_demonstrated:
            parts.append(Text(f"  {t.rule}: needs {', '.join(t.missing)}", style="yellow"))
    if explain and result.trace is not None:
        table = Table("rule", "outcome", "facts", box=None, show_header=True, header_style="dim")
        for t in result.trace:
            facts = ", ".join(f"{k}={display(v)}" for k, v in t.facts.items())
            table.add_row(t.rule, t.status.replace("_", " "), facts)
        parts += [Text("\nEvery rule", style="bold"), table]
    border = "red" if any(f.severity == "error" for f in result.findings) else "green"
    subtitle = f"as at {result.as_at.isoformat()}" if result.as_at else None
    return Panel(Group(*parts), title=title, subtitle=subtitle, border_style=border, title_align="left")


def print_results(results: list[CheckResult], console: Console, explain: bool = False) -> None:
    """Print every result, then a one-line summary."""
    for r in results:
        console.print(render_result(r, explain))
    counts = {s: sum(1 for r in results for f in r.findings if f.severity == s) for s in _STYLE}
    bad = sum(1 for r in results if r.input_errors)
    console.print(f"{len(results)} record(s): {counts['error']} error(s), {counts['warning']} warning(s), "
                  f"{counts['info']} info, {sum(len(r.prompts) for r in results)} prompt(s)"
                  + (f", {bad} with input errors" if bad else ""))


def print_summary(summary: Summary, console: Console, top: int = 15) -> None:
    """The end-of-batch tables: totals, findings by severity and rule, the roll-up by authority."""
    totals = Table(title="Batch summary", show_header=False, title_justify="left")
    totals.add_column(style="dim")
    totals.add_column(justify="right")
    totals.add_row("records checked", f"{summary.records:,}")
    totals.add_row("records with findings", f"{summary.records_with_findings:,}")
    totals.add_row("records with input errors", f"{summary.records_with_input_errors:,}")
    for severity in ("error", "warning", "info"):
        totals.add_row(Text(f"{severity} findings", style=_STYLE[severity]),
                       f"{summary.findings_by_severity[severity]:,}")
    totals.add_row("prompts", f"{summary.prompts:,}")
    console.print(totals)
    ranked = summary.rules_by_count()
    if ranked:
        rules = Table(title="Findings by rule", title_justify="left")
        for name, justify in (("rule", "left"), ("severity", "left"), ("count", "right"), ("legal ref", "left"),
                              ("title", "left")):
            rules.add_column(name, justify=justify)  # type: ignore[arg-type]
        for rule_id, tally in ranked[:top]:
            severity = tally.severity or "info"
            rules.add_row(rule_id, Text(severity, style=_STYLE.get(severity, "")), f"{tally.count:,}",
                          tally.legal_ref, tally.title)
        if len(ranked) > top:
            rules.caption = f"and {len(ranked) - top} more rules (see the full report)"
        console.print(rules)
    authorities = summary.authorities_by_findings()
    if authorities:
        table = Table(title="By contracting authority", title_justify="left")
        for name in ("authority", "records", "with findings", "input errors", "errors", "warnings"):
            table.add_column(name, justify="left" if name == "authority" else "right")
        for authority, counts in authorities[:top]:
            table.add_row(authority or "(not named)", f"{counts.records:,}", f"{counts.records_with_findings:,}",
                          f"{counts.records_with_input_errors:,}", f"{counts.findings_by_severity['error']:,}",
                          f"{counts.findings_by_severity['warning']:,}")
        if len(authorities) > top:
            table.caption = f"and {len(authorities) - top} more authorities"
        console.print(table)


_VERDICT_STYLE = {"flagged": "bold red", "missing": "bold red", "late": "bold red", "early": "bold red",
                  "duplicated": "yellow",
                  "due": "cyan", "upcoming": "dim", "published": "green", "published_unchecked": "green",
                  "not_demonstrated": "yellow", "published_not_required": "yellow"}


def _window(due: dict[str, Any] | None) -> str:
    if not due:
        return ""
    first, last = due.get("earliest"), due.get("latest")
    if first and last:
        return f"{display(first)} – {display(last)}"
    if last:
        return f"by {display(last)}"
    return f"from {display(first)}" if first else "see below"


def print_plan(result: CheckResult, console: Console, show_all: bool = False) -> None:
    """One record's notice plan as a timeline: published or due dates first, undated notices last."""
    from procrules.engine.plan import timeline_date

    if result.input_errors:
        print_results([result], console)
        return
    plan = [n for n in result.determinations.get("notices") or []
            if show_all or n["status"] != "not_required" or n["count"]]
    plan.sort(key=lambda n: (timeline_date(n) is None, timeline_date(n) or 0, int(n["code"][2:])))
    table = Table(title=f"{result.record} — transparency notices as at {display(result.as_at)}", title_justify="left")
    for name in ("date", "notice", "status", "verdict", "window"):
        table.add_column(name, overflow="fold", no_wrap=name in ("date", "verdict"))
    for n in plan:
        day = timeline_date(n)
        table.add_row(display(day) if day else "—", f"{n['code']} {n['name']}", display(n["status"]),
                      Text(n["verdict"].replace("_", " "), style=_VERDICT_STYLE.get(n["verdict"], "")),
                      _window(n["due"]))
    console.print(table)
    for n in plan:
        why = f"{n['reason']} ({n['legal_ref']})" if n["reason"] else n["legal_ref"]
        deadline = f" Deadline: {n['due']['rule']}." if n["due"] and n["due"].get("rule") else ""
        console.print(Padding(Text.assemble((f"{n['code']}: ", "bold"), why, (deadline, "dim")), (0, 0, 0, 2)))
    if not plan:
        console.print("No notices are required.")
