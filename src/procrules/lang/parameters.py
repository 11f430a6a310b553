"""Dated parameters: every figure of the law with the dates it is in force and its reference.

A parameter file maps names to `{description, url, values: [...]}` or, for a table,
`{keys: {key: {label, values: [...]}}}`; each value is `{from, until?, value, reference, uncertain?}`.
Lookups take the date the law is read at (for a procurement, the day it commenced).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from procrules.errors import Problem
from procrules.io.documents import Document, as_date, pointer_join


@dataclass(frozen=True, slots=True)
class DatedValue:
    """One value of a parameter and the period it is in force."""

    value: Any
    since: date
    until: date | None
    reference: str
    uncertain: str | None = None


@dataclass(frozen=True, slots=True)
class Parameter:
    """A named figure of the law, possibly a table keyed by row."""

    name: str
    description: str
    url: str | None
    keys: dict[str, tuple[DatedValue, ...]]  # "" for an unkeyed parameter


class Parameters:
    """Every parameter of the rule set, by name."""

    def __init__(self, params: dict[str, Parameter]) -> None:
        self._params = params
        self._memo: dict[tuple[str, str | None, date], DatedValue | None] = {}
        #: (name, keyless, pick) → day (or (key, day)) → what at_many gives for it
        self._by_day: dict[tuple[str, bool, Any], dict[Hashable, Any]] = {}

    def __contains__(self, name: str) -> bool:
        return name in self._params

    def names(self) -> list[str]:
        """Every parameter name."""
        return sorted(self._params)

    def get(self, name: str) -> Parameter:
        """The parameter itself."""
        return self._params[name]

    def keys(self, name: str) -> list[str]:
        """The keys of a table parameter ([""] for a plain one)."""
        return list(self._params[name].keys)

    def at(self, name: str, key: str | None, on: date) -> DatedValue | None:
        """The value in force on `on`, or None (unknown key, or no value on that day)."""
        memo = (name, key, on)
        if memo in self._memo:
            return self._memo[memo]
        found = None
        for v in self._params[name].keys.get(key or "", ()):
            if v.since <= on and (v.until is None or on <= v.until):
                found = v
                break
        if len(self._memo) < _MEMO_BOUND:  # records' dates are few; the bound only guards odd inputs
            self._memo[memo] = found
        return found

    def at_many(self, name: str, days: Sequence[date | None], keys: Sequence[str | None] | None = None,
                pick: Callable[[DatedValue], Any] | None = None) -> list[Any]:
        """`at` for each of many days (with `keys`, each day's own key), as one pass for a chunk of
        records: the value in force, or what `pick` takes of it; None for an unknown day or key."""
        wanted: Sequence[Any] = days if keys is None else list(zip(keys, days, strict=True))  # days, or (key, day)s
        seen = self._by_day.get((name, keys is None, pick))
        if seen is None or len(seen) > _MEMO_BOUND:
            seen = self._by_day[name, keys is None, pick] = {}
        for one in set(wanted).difference(seen):
            key, day = (None, one) if keys is None else one
            found = None if day is None or (keys is not None and key is None) else self.at(name, key, day)
            seen[one] = found if pick is None or found is None else pick(found)
        return list(map(seen.__getitem__, wanted))


_MEMO_BOUND = 100_000


_VALUE_FIELDS = {"from", "until", "value", "reference", "uncertain"}


def _dated_values(doc: Document, pointer: str, raw: Any, problems: list[Problem]) -> tuple[DatedValue, ...]:
    if not isinstance(raw, list) or not raw:
        problems.append(doc.problem(pointer, "expected a non-empty list of dated values"))
        return ()
    out: list[DatedValue] = []
    for i, item in enumerate(raw):
        here = pointer_join(pointer, i)
        if not isinstance(item, dict):
            problems.append(doc.problem(here, "expected {from, value, reference}"))
            continue
        extra = set(item) - _VALUE_FIELDS
        missing = {"from", "value", "reference"} - set(item)
        if extra or missing:
            problems.append(doc.problem(here, f"unknown {sorted(extra)}, missing {sorted(missing)}"))
            continue
        since, until = as_date(item["from"]), as_date(item.get("until"))
        if since is None or (item.get("until") is not None and until is None):
            problems.append(doc.problem(here, "from/until must be real dates written YYYY-MM-DD"))
            continue
        value = item["value"]
        value = as_date(value) or value
        out.append(DatedValue(value, since, until, str(item["reference"]), item.get("uncertain")))
    out.sort(key=lambda v: v.since)
    for prev, nxt in itertools.pairwise(out):
        if prev.until is None or prev.until >= nxt.since:
            problems.append(doc.problem(pointer, f"periods overlap: {prev.since} and {nxt.since}"))
    return tuple(out)


def parse_parameters(doc: Document, problems: list[Problem]) -> dict[str, Parameter]:
    """The parameters of one file; problems are appended, never raised."""
    out: dict[str, Parameter] = {}
    if not isinstance(doc.data, dict):
        problems.append(doc.problem("", "expected a mapping of parameter names"))
        return out
    for name, body in doc.data.items():
        here = pointer_join("", name)
        if not isinstance(body, dict):
            problems.append(doc.problem(here, "expected a mapping"))
            continue
        if "keys" in body:
            raw_keys = body["keys"] if isinstance(body["keys"], dict) else {}
            if not raw_keys or not all(isinstance(v, dict) for v in raw_keys.values()):
                problems.append(doc.problem(pointer_join(here, "keys"),
                                            "expected a mapping of keys, each with `values` (and a `label`)"))
                continue
            keys = {
                str(k): _dated_values(doc, pointer_join(pointer_join(here, "keys"), k), v.get("values"), problems)
                for k, v in raw_keys.items()
            }
        elif "values" in body:
            keys = {"": _dated_values(doc, pointer_join(here, "values"), body["values"], problems)}
        else:
            problems.append(doc.problem(here, "expected `values` or `keys`"))
            continue
        out[str(name)] = Parameter(str(name), str(body.get("description", "")), body.get("url"), keys)
    return out
