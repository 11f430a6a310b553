"""Reading one batch entry: `CheckResult.to_json()` plus `source` (and perhaps `authority`).

Entries may come straight from a check or back from a JSON Lines file, so every accessor
tolerates a missing key rather than trusting the shape.

The batch's entries are `PackedEntry`s: the entry's JSON Lines line plus a small digest (what
the Summary and the cheap accessors here read), made in the worker process. The main process
then reads the digest; only a writer that needs the rest (CSV, XLSX, JUnit, SARIF, HTML) makes
it parse the line, once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal, TypedDict

from procrules.errors import Problem

#: One entry of a batch: `CheckResult.to_json()` plus `"source": {"file", "row", "line"}`.
Entry = Mapping[str, Any]

#: The top-level keys a digest carries whole (those the entry has).
DIGEST_KEYS = ("record", "source", "authority", "input_errors")
#: The keys a digest keeps of each finding and prompt: what the Summary reads.
BRIEF_KEYS = ("rule", "title", "severity", "legal_ref")


class Digest(TypedDict):
    """What the main process reads of an entry without parsing its line."""

    keys: list[str]  # the entry's top-level keys, in its line's (sorted) order
    fields: dict[str, Any]  # DIGEST_KEYS, as the entry has them
    findings: list[dict[str, Any]]  # BRIEF_KEYS of each finding
    prompts: list[dict[str, Any]]  # BRIEF_KEYS of each prompt


def digest(entry: Entry) -> Digest:
    """The digest of an entry, with its values as the entry holds them (`jsonl.pack` makes them
    exactly what parsing the line gives)."""

    def brief(items: Any) -> list[dict[str, Any]]:
        return [{k: i[k] for k in BRIEF_KEYS if k in i} for i in items or []]

    return {"keys": sorted(entry), "fields": {k: entry[k] for k in DIGEST_KEYS if k in entry},
            "findings": brief(entry.get("findings")), "prompts": brief(entry.get("prompts"))}


class PackedEntry(Mapping[str, Any]):
    """An entry as its JSON Lines line and digest (`jsonl.pack`): digest keys are served from the
    digest, any other key parses the line once (lazily) and keeps the result. Read-only: entries
    packed together may share the digest's parts."""

    __slots__ = ("_digest", "_full", "line")

    def __init__(self, line: bytes, digest: Digest) -> None:
        self.line = line  # exactly `jsonl.dumps(entry)`, in UTF-8
        self._digest = digest
        self._full: dict[str, Any] | None = None

    def __reduce__(self) -> tuple[type[PackedEntry], tuple[bytes, Digest]]:
        return PackedEntry, (self.line, self._digest)  # never the parsed line

    def __getitem__(self, key: str) -> Any:
        fields = self._digest["fields"]
        if key in fields:
            return fields[key]
        if key not in self._digest["keys"]:
            raise KeyError(key)
        if self._full is None:
            self._full = json.loads(self.line)
        return self._full[key]

    def __contains__(self, key: object) -> bool:
        return key in self._digest["keys"]

    def __iter__(self) -> Iterator[str]:
        return iter(self._digest["keys"])

    def __len__(self) -> int:
        return len(self._digest["keys"])

    def __repr__(self) -> str:
        return f"PackedEntry({self.line[:80]!r}{'...' if len(self.line) > 80 else ''})"

    def brief(self, key: Literal["findings", "prompts"]) -> Sequence[Mapping[str, Any]]:
        """The digest's findings or prompts (`BRIEF_KEYS` of each), without parsing the line."""
        return self._digest[key]


#: Finding severities, most serious first.
SEVERITIES = ("error", "warning", "info")

#: The rule id the tabular formats give a row that reports an input error.
INPUT_ERROR = "INPUT-ERROR"

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """`value` as text XML 1.0 can hold: characters it forbids become U+FFFD."""
    return _NOT_XML.sub("\ufffd", "" if value is None else str(value))


def record_id(entry: Entry) -> str:
    """The record's id (or the reader's label for a record that could not be read)."""
    return str(entry.get("record") or "")


def source(entry: Entry) -> tuple[str, int | None, int | None]:
    """Where the entry came from: file, row (CSV/XLSX) and line (JSON Lines)."""
    src = entry.get("source") or {}
    return str(src.get("file") or ""), src.get("row"), src.get("line")


def position(entry: Entry) -> int | None:
    """The row, else the line, of the entry in its file."""
    _, row, line = source(entry)
    return row if row is not None else line


def where(entry: Entry) -> str:
    """The source as a person reads it: `registers/a.csv row 12`, `b.jsonl line 3`."""
    file, row, line = source(entry)
    if row is not None:
        return f"{file} row {row}".strip()
    if line is not None:
        return f"{file} line {line}".strip()
    return file


def authority(entry: Entry) -> str | None:
    """The contracting authority's name, when the batch runner added it."""
    name = entry.get("authority")
    return str(name) if name else None


def findings(entry: Entry) -> list[Mapping[str, Any]]:
    """The entry's findings (none for an input-error entry)."""
    return list(entry.get("findings") or [])


def prompts(entry: Entry) -> list[Mapping[str, Any]]:
    """The entry's prompts."""
    return list(entry.get("prompts") or [])


def brief_findings(entry: Entry) -> list[Mapping[str, Any]]:
    """The entry's findings, perhaps with only `BRIEF_KEYS`: a PackedEntry's digest (no parse)."""
    return list(entry.brief("findings")) if isinstance(entry, PackedEntry) else findings(entry)


def brief_prompts(entry: Entry) -> list[Mapping[str, Any]]:
    """The entry's prompts, perhaps with only `BRIEF_KEYS`: a PackedEntry's digest (no parse)."""
    return list(entry.brief("prompts")) if isinstance(entry, PackedEntry) else prompts(entry)


def input_errors(entry: Entry) -> list[Mapping[str, Any]]:
    """The entry's input errors (empty when the record was read and checked)."""
    return list(entry.get("input_errors") or [])


def legal_text(item: Mapping[str, Any]) -> str:
    """The legal reference of a finding or prompt as text (`PA2023 s.98(1)`)."""
    return str((item.get("legal_ref") or {}).get("text") or "")


def legal_url(item: Mapping[str, Any]) -> str | None:
    """The legislation.gov.uk address of a finding's or prompt's legal reference, if any."""
    url = (item.get("legal_ref") or {}).get("url")
    return str(url) if url else None


def problem_text(problem: Mapping[str, Any]) -> str:
    """An input error as procrules prints it: `file:line:column: /pointer message`."""
    return str(Problem(source=str(problem.get("source") or ""), pointer=str(problem.get("pointer") or ""),
                       message=str(problem.get("message") or ""), line=problem.get("line"),
                       column=problem.get("column")))
