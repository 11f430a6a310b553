"""The one error root of procrules, and the exit codes the CLI turns errors into.

    ProcrulesError            exit 3 unless a subclass says otherwise
    ├── InputError            a record file is unreadable or invalid (exit 3)
    ├── RulePackError         a rule, parameter or notice file is invalid (exit 3)
    └── EngineError           an evaluator failed on a record (exit 4)

Every error carries `problems`: one line each, saying where (file:line:column, JSON pointer)
and what was expected and found. Exit codes: 0 no finding at or above --fail-on; 1 findings;
2 usage error (click); 3 input or rule-pack error; 4 engine error.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one input: where it is and what is wrong."""

    source: str
    pointer: str
    message: str
    line: int | None = None
    column: int | None = None
    subject: str | None = None  # e.g. "rule PA23-BT-01"

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        subject = f" {self.subject}:" if self.subject else ""
        field = f" {self.pointer}" if self.pointer else ""
        return f"{where}:{subject}{field} {self.message}"


class ProcrulesError(Exception):
    """Base of every error procrules raises on purpose."""

    exit_code = 3

    def __init__(self, summary: str, problems: list[Problem] | None = None) -> None:
        self.summary = summary
        self.problems = problems or []
        super().__init__(self.render())

    def render(self) -> str:
        """The summary, then one problem per line."""
        return "\n".join([self.summary, *(f"  {p}" for p in self.problems)])


class InputError(ProcrulesError):
    """A record file cannot be read or a record in it is invalid."""


class RulePackError(ProcrulesError):
    """A rule pack, parameter file or notice definition is invalid; nothing is evaluated."""


class EngineError(ProcrulesError):
    """An evaluator failed on a record (for durable-rules: an engine limit or crash guard)."""

    exit_code = 4
