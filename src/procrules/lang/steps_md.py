"""Render features/STEPS.md, the list of steps a Gherkin rule may use, from lang/glossary.yaml."""

from __future__ import annotations

import yaml

from procrules.lang.gherkin import glossary

_ROLES = (("given", "Given steps: when the rule applies (its `when`)"),
          ("then", "Then steps: what the rule requires (its `requires`)"))


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def steps_markdown() -> str:
    """The Markdown page: each phrase with its Welsh wording, an example and what it means."""
    out = [
        "# Steps for Gherkin rules",
        "",
        "Generated from `src/procrules/lang/glossary.yaml` by `procrules.lang.steps_md`; do not edit",
        "by hand. A step under a `Rule:` in `rules/gherkin/**/*.feature` must be one of these.",
        "Parameters: `{amount}` money (£5,000,000), `{n}` a whole number, `{day}` a date (2026-01-06),",
        "`{code}` a notice code (UK6), `{field}` a record field or derived fact, `{value}` one word or",
        "number, `{procedures}` a list (open, competitive_flexible; `or` / `neu` also separate).",
        "docs/authoring.md explains how to write a rule.",
    ]
    for role, heading in _ROLES:
        out += ["", f"## {heading}", "", "| step | Welsh (cy-GB) | example | means |", "|---|---|---|---|"]
        for phrase in glossary():
            if phrase.role != role:
                continue
            cy = f"`{_cell(phrase.display('cy'))}`" if phrase.cy else "—"
            means = _cell(yaml.safe_dump(phrase.means, default_flow_style=True, width=10_000).strip())
            out.append(f"| `{_cell(phrase.display())}` | {cy} | {_cell(phrase.example)} | `{means}` |")
    return "\n".join(out) + "\n"
