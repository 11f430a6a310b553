"""The readable report `procrules check` prints by default (rich)."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from procrules.engine.outcomes import display
from procrules.model.results import CheckResult

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


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
        elif isinstance(value, dict):
            shown = ", ".join(f"{k.replace('_', ' ')} {_shown(k, v)}" for k, v in value.items() if v is not None)
        else:
            shown = _shown(key, value)
        table.add_row(key.replace("_", " "), shown)
    return table


def _indented(text: str, style: str = "") -> Padding:
    return Padding(Text(text, style=style), (0, 0, 0, 2))


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
    if result.prompts:
        parts.append(Text("\nPrompts", style="bold"))
    for p in result.prompts:
        stage = f"{p.source['side']} · {p.source['stage'].replace('_', ' ')} · {p.source['statement']}"
        parts += [Text.assemble(("?       ", "blue"), (p.rule, "bold"), "  ", (stage, "dim")),
                  _indented(p.message)]
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
