"""A new rule written as a feature file, ready to fill in: `procrules rules new --section 52`.

The template compiles as it stands (its steps are from the glossary, see features/STEPS.md), has
one example where the rule fires and one where it does not, and says in plain words what to
change. It is written to a file the author then moves into rules/gherkin/.
"""

from __future__ import annotations

import re

_TEMPLATE = """\
@regime:act
Feature: {title} (Procurement Act 2023 s.{section})
  Say here, in plain words, what s.{section} requires and of whom. Quote the subsection that sets
  the duty, and any exemption. Every step below comes from features/STEPS.md.

  @rule:{rule_id} @{severity} @PA2023-s{section}{subsection}{duty_tag}
  Rule: {title}
    The message a procurement team reads when the rule fails. Name the facts that show it in
    braces, as here the procedure: {{procedure.type}}.

    To comply: what the authority should do, citing s.{section}.

    Given the contract is a public contract
    Then tenders must be submitted electronically

    Example: A record where the duty is not met (the rule fires)
      Given the example record "kinds/open-procedure.yaml"
      And the record has procedure.electronic_submission set to false
      When the procurement is checked as at 2026-06-01
      Then finding {rule_id} is raised

    Example: A record where the duty is met (the rule does not fire)
      Given the example record "kinds/open-procedure.yaml"
      When the procurement is checked as at 2026-06-01
      Then finding {rule_id} is not raised
"""


def new_rule(section: str, *, subsection: str | None = None, rule_id: str | None = None,
             title: str | None = None, severity: str = "error", duty: str | None = None) -> str:
    """The text of a new Gherkin rule file for a section of the Act."""
    if not re.fullmatch(r"\d{1,3}[A-Z]?", section):
        raise ValueError(f"expected a section number such as 52, found {section!r}")
    return _TEMPLATE.format(
        section=section, subsection=f"({subsection})" if subsection else "",
        rule_id=rule_id or f"PA23-S{section}-01", severity=severity,
        title=title or f"Say in one line what s.{section} requires",
        duty_tag=f" @duty:{duty}" if duty else "")
