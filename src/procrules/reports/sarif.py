"""SARIF 2.1.0: one run of tool `procrules`, a result per finding and per input error.

Levels: error → `error`, warning → `warning`, info → `note`. A result's location is the source
file (`artifactLocation.uri`, a relative URI reference or a `file:` URI for an absolute path)
at the record's row or line (`region.startLine`; an input error uses the line and column the
problem gives), and the record id as a logical location. `tool.driver.rules` lists every rule
seen (title, legislation address as `helpUri`, legal reference text), and results point to
them by `ruleIndex`; an input error has rule `INPUT-ERROR`.

Streaming: results are serialised (one compact JSON object a line) to a temporary file as they
come; rules are remembered as seen (bounded by the rule pack). At close the document is written
around them: head and rules, the spooled results copied back in, then the tail.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from procrules import __version__
from procrules.reports import entries as e
from procrules.reports.entries import INPUT_ERROR, Entry
from procrules.reports.streams import Stream, binary_out
from procrules.reports.summary import Summary

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A file path as a SARIF URI: relative paths stay relative (percent-encoded), absolute ones become `file:`."""
    if PureWindowsPath(path).drive:
        return PureWindowsPath(path).as_uri()
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return PurePosixPath(posix).as_uri()
    return quote(posix)


def _location(file: str, line: int | None, column: int | None, record: str) -> dict[str, Any]:
    """Where a result is: the file and row or line (when known), and the record id."""
    out: dict[str, Any] = {"logicalLocations": [{"name": record, "kind": "object"}]}
    if file:
        physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(file)}}
        if line is not None and line >= 1:
            physical["region"] = {"startLine": line, **({"startColumn": column} if column and column >= 1 else {})}
        out["physicalLocation"] = physical
    return out


class SarifWriter:
    """Writes a SARIF log: results spooled as they come, the document assembled at close."""

    suffix = ".sarif"

    def __init__(self, stream: Stream) -> None:
        self._out = binary_out(stream)
        self._spool = tempfile.TemporaryFile()  # noqa: SIM115 -- open until close()
        self._results = 0
        self._rules: dict[str, int] = {}
        self._descriptors: list[dict[str, Any]] = []

    def _rule_index(self, rule: str, item: Mapping[str, Any] | None) -> int:
        index = self._rules.get(rule)
        if index is None:
            index = self._rules[rule] = len(self._descriptors)
            if item is None:
                self._descriptors.append({"id": rule, "shortDescription": {"text": "The record could not be read"},
                                          "defaultConfiguration": {"level": "error"}})
            else:
                descriptor: dict[str, Any] = {
                    "id": rule, "shortDescription": {"text": str(item.get("title") or rule)},
                    "defaultConfiguration": {"level": LEVELS.get(str(item.get("severity")), "note")},
                    "properties": {"legal_ref": e.legal_text(item)}}
                if e.legal_url(item):
                    descriptor["helpUri"] = e.legal_url(item)
                self._descriptors.append(descriptor)
        return index

    def _add(self, result: dict[str, Any]) -> None:
        if self._results:
            self._spool.write(b",\n")
        self._spool.write(json.dumps(result, sort_keys=True, ensure_ascii=False, allow_nan=False).encode())
        self._results += 1

    def write(self, entry: Entry) -> None:
        """Spool a result for each finding and input error of the entry."""
        record = e.record_id(entry)
        file = e.source(entry)[0]
        authority = e.authority(entry)
        extra = {"authority": authority} if authority else {}
        for p in e.input_errors(entry):
            self._add({"ruleId": INPUT_ERROR, "ruleIndex": self._rule_index(INPUT_ERROR, None), "level": "error",
                       "message": {"text": e.problem_text(p)},
                       "locations": [_location(str(p.get("source") or file), p.get("line"), p.get("column"), record)],
                       "properties": {"pointer": p.get("pointer") or "", **extra}})
        for f in e.findings(entry):
            rule = str(f.get("rule"))
            result: dict[str, Any] = {
                "ruleId": rule, "ruleIndex": self._rule_index(rule, f),
                "level": LEVELS.get(str(f.get("severity")), "note"),
                "message": {"text": str(f.get("message") or "")},
                "locations": [_location(file, e.position(entry), None, record)],
                "properties": {"legal_ref": e.legal_text(f), **extra}}
            if f.get("to_comply"):
                result["properties"]["to_comply"] = f["to_comply"]
            self._add(result)

    def discard(self) -> None:
        """Give up: delete the spooled results and write nothing."""
        self._spool.close()

    def close(self, summary: Summary) -> None:
        """Write the log: the run's tool and rules, then the spooled results."""
        driver = {"name": "procrules", "version": __version__, "semanticVersion": __version__,
                  "rules": self._descriptors}

        def dumps(value: Any) -> bytes:
            return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2).encode()

        self._out.write(b'{"$schema": ' + dumps(SCHEMA) + b', "version": "2.1.0", "runs": [{\n'
                        b'"columnKind": "unicodeCodePoints",\n"tool": {"driver": ' + dumps(driver) + b'},\n'
                        b'"results": [\n')
        self._spool.seek(0)
        shutil.copyfileobj(self._spool, self._out, 1 << 20)
        self._spool.close()
        self._out.write(b"\n]}]\n}\n")
        self._out.flush()
