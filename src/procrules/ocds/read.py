"""Read OCDS data (Find a Tender's shapes) into procurement records.

    iter_ocds_records(path)   stream: one OcdsRecord per run of adjacent releases of an ocid
    read_records(paths)       group every release of the files by ocid (FTS files are in date order)

Releases of one ocid are deltas. Each release is first reduced to a Fragment holding only the
record fields it states (`mapping.py`); fragments are then merged field by field, the latest
release date winning (ties: the later in the file), so the order releases arrive in does not
matter and memory grows with the number of procurements, not of releases. This small merge
replaces an OCDS merge library (ocdsmerge) on purpose: we need ~40 fields, not full compiled
releases, and it needs no schema. Data defects become `warnings` (a separate list from
`problems`, which say why no record could be made); personal data is never read.

Trade-off: `iter_ocds_records` keeps one procurement in memory but gives a procurement whose
releases are not adjacent (the norm in FTS's date-ordered feed) as several partial records;
record packages and per-ocid API pages are adjacent. `read_records` gives one record per ocid
at the cost of holding every procurement's fragments (about 1 KB each; ~130 MB for a year of
~123,000 releases) until the files end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from procrules.errors import Problem
from procrules.io.records import Loaded
from procrules.model.record import Record
from procrules.ocds import profile
from procrules.ocds.mapping import Fragment, fragment
from procrules.ocds.stream import Position, RawRelease, iter_releases

Key = tuple[float, int]
_COMMENCING = ("UK4", "UK5", "UK13")  # notices whose publication commences a procurement


@dataclass(frozen=True, slots=True)
class OcdsRecord:
    """One procurement read from OCDS: the record (or why there is none), and where it came from."""

    ocid: str
    data: dict[str, Any] | None  # the record in our format (JSON types, dates as ISO text); valid
    problems: list[Problem]  # why `data` is None
    warnings: list[Problem]  # defects worked around, assumptions made
    positions: tuple[Position, ...]  # each release compiled: file, index, JSON pointer / line
    provenance: dict[str, str] = field(default_factory=dict)  # record pointer → OCDS pointer
    stated: dict[str, Any] = field(default_factory=dict)  # what the notices state: above_threshold, regime…

    @property
    def source(self) -> str:
        """The file of the first release."""
        return self.positions[0].source if self.positions else ""

    def record(self) -> Record | None:
        """The validated Record."""
        return None if self.data is None else Record.model_validate(self.data)

    def loaded(self) -> Loaded:
        """As the record readers give it (for `procrules.api.check_loaded`)."""
        return Loaded(self.ocid or self.source, self.record(), list(self.problems), list(self.warnings))


class _Compiler:
    """The fields of one procurement, merged from its fragments (latest release date wins)."""

    def __init__(self, ocid: str) -> None:
        self.ocid = ocid
        self.scalars: dict[str, tuple[Key, Any]] = {}
        self.provenance: dict[str, str] = {}
        self.keyed: dict[str, dict[str, dict[str, tuple[Key, Any]]]] = {}
        self.notices: set[tuple[str, str]] = set()
        self.cpv: dict[str, Key] = {}
        self.warnings: list[Problem] = []
        self.problems: list[Problem] = []
        self.positions: list[Position] = []

    def add(self, frag: Fragment) -> None:
        self.positions.append(frag.position)
        self.warnings += frag.warnings
        for path, value in frag.scalars.items():
            old = self.scalars.get(path)
            if old is None or old[0] <= frag.when:
                self.scalars[path] = (frag.when, value)
                if path in frag.provenance and not path.startswith("/_"):
                    self.provenance[path] = f"{frag.position.source} {frag.provenance[path]}"
        for name, entries in frag.keyed.items():
            target = self.keyed.setdefault(name, {})
            for key, fields in entries.items():
                slot = target.setdefault(key, {})
                for k, v in fields.items():
                    if v is not None and (k not in slot or slot[k][0] <= frag.when):
                        slot[k] = (frag.when, v)
        self.notices |= frag.notices
        for code in frag.cpv:
            self.cpv[code] = min(self.cpv.get(code, frag.when), frag.when)

    def finish(self) -> OcdsRecord:
        return _finish(self)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _nest(flat: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path, value in flat.items():
        parts = path.strip("/").split("/")
        node = out
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = _iso(value)
    return out


def _entries(compiler: _Compiler, name: str) -> list[dict[str, Any]]:
    return [{k: _iso(v) for k, (_, v) in fields.items()} for fields in compiler.keyed.get(name, {}).values()]


def _finish(c: _Compiler) -> OcdsRecord:
    s = {path: value for path, (_, value) in c.scalars.items()}
    warnings, problems, provenance = list(c.warnings), list(c.problems), dict(c.provenance)
    first = c.positions[0] if c.positions else Position("", 0, "")

    def warn(pointer: str, message: str) -> None:
        warnings.append(Problem(first.source, pointer, message, subject=f"ocid {c.ocid}"))

    notices = sorted(c.notices, key=lambda n: (n[1], int(n[0][2:])))
    regime = s.get("/_regime")
    if regime is None and notices:
        regime = "act"
        warn("/procedure/commenced", "no legal basis stated; taken as the Act because the releases carry UK "
                                     "notice types")
    record: dict[str, Any] = {"id": c.ocid.removeprefix(f"{profile.OCID_PREFIX}-")}
    record.update(_nest({p: v for p, v in s.items() if not p.startswith("/_")}))
    contract = record.setdefault("contract", {})
    value = next((s[k] for k in ("/_value/tender", "/_value/award", "/_value/contract") if k in s), None)
    if value is not None:
        contract["estimated_value"] = {k: v for k, v in value.items() if not k.startswith("_")}
        provenance["/contract/estimated_value"] = f"{first.source} {value['_source']}"
        if "/_value/tender" not in s:
            warn("/contract/estimated_value", "no estimated value in a tender-stage notice; the value awarded "
                                              f"({value['_source']}) is used as the estimate")
        if value["_basis"] == "net":
            warn("/contract/estimated_value", f"only a net amount ({value['_source']}); VAT is added at the "
                                              f"standard rate of {profile.STANDARD_VAT_RATE:.0%}")
    if c.cpv:
        contract["cpv"] = sorted(c.cpv, key=lambda code: c.cpv[code])
    if lots := _entries(c, "lots"):
        contract["lots"] = lots
    if regime == "old":
        law = s.get("/_regime_law", "the old regulations")
        record.setdefault("procedure", {})["commenced"] = (profile.act_commencement() - timedelta(days=1)).isoformat()
        warn("/procedure/commenced", f"the legal basis is {law}, so the procurement commenced before the Act came "
                                     f"into force; procedure.commenced is set to the day before "
                                     f"({profile.act_commencement():%d %B %Y})")
    elif notices:
        commencing = [n for n in notices if n[0] in _COMMENCING] or [n for n in notices if n[0] not in
                                                                      ("UK1", "UK2", "UK3")] or notices
        code, when = commencing[0]
        record.setdefault("procedure", {})["commenced"] = when
        provenance["/procedure/commenced"] = f"the first {code} notice"
        if code not in _COMMENCING:
            warn("/procedure/commenced", f"no tender or transparency notice seen; taken as {when}, the day of the "
                                         f"first {code} notice (the procurement commenced on or before it)")
    terminated = s.get("/_cancelled") or s.get("/_terminated_notice")
    if terminated is not None:
        record.setdefault("milestones", {})["decision_not_to_award"] = _iso(terminated)
    record["notices"] = [{"code": code, "date": when} for code, when in notices]
    management = record.setdefault("contract_management", {})
    for name in ("modifications", "payments", "kpi_assessments", "dynamic_market_modifications"):
        if entries := _entries(c, name):
            management[name] = sorted(entries, key=lambda e: (e.get("date") or e.get("paid") or ""))
    for key in [k for k, v in record.items() if v == {}]:
        del record[key]
    _required(record, problems, first, c.ocid)
    stated = {"regime": {"act": "act", "old": "old_regime"}.get(str(regime)),
              "legal_basis": s.get("/_regime_law", "UKPGA 2023/54" if regime == "act" else None),
              "above_threshold": s.get("/_stated/above_threshold"),
              "notice_types": sorted({n[0] for n in notices}, key=lambda x: int(x[2:]))}
    if "/_method_details" in s:
        warn("/procedure/type", f"procedure `{s['/_method_details']}` is not one procrules knows; "
                                "procedure.type is left unknown")
    data: dict[str, Any] | None = record
    if not problems:
        try:
            Record.model_validate(record)
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                pointer = "/" + "/".join(str(p) for p in err["loc"])
                problems.append(Problem(first.source, pointer, f"{err['msg']} (found {err.get('input')!r})",
                                        subject=f"ocid {c.ocid}"))
    if problems:
        data = None
    return OcdsRecord(c.ocid, data, problems, warnings, tuple(c.positions), provenance, stated)


_REQUIRED = {
    ("authority", "name"): "the buyer's name is not stated (no `buyer` and no party with role buyer)",
    ("authority", "type"): "the buyer's kind of contracting authority is not stated (no UK_CA_TYPE classification "
                           "procrules knows on the buyer party)",
    ("contract", "subject"): "what the contract is for is not stated (no mainProcurementCategory goods, services "
                             "or works)",
}


def _required(record: dict[str, Any], problems: list[Problem], first: Position, ocid: str) -> None:
    for (part, name), message in _REQUIRED.items():
        if record.get(part, {}).get(name) is None:
            problems.append(Problem(first.source, f"/{part}/{name}", f"cannot make a record: {message}",
                                    subject=f"ocid {ocid}"))


def _unreadable(raw: RawRelease) -> OcdsRecord:
    assert raw.problem is not None
    return OcdsRecord("", None, [raw.problem], [], (raw.position,))


def _fragments(raw: RawRelease) -> Fragment | OcdsRecord:
    if raw.release is None:
        return _unreadable(raw)
    frag = fragment(raw.release, raw.position)
    if not frag.ocid:
        p = raw.position
        return OcdsRecord("", None, [Problem(p.source, p.pointer + "/ocid", "the release has no ocid", line=p.line)],
                          frag.warnings, (p,))
    return frag


def iter_ocds_records(path: Path) -> Iterator[OcdsRecord]:
    """Every procurement in an OCDS file, compiled from each run of adjacent releases of one ocid."""
    current: _Compiler | None = None
    for raw in iter_releases(path):
        item = _fragments(raw)
        if isinstance(item, OcdsRecord):
            yield item
            continue
        if current is not None and current.ocid != item.ocid:
            yield current.finish()
            current = None
        current = current or _Compiler(item.ocid)
        current.add(item)
    if current is not None:
        yield current.finish()


def read_records(paths: Path | Iterable[Path]) -> list[OcdsRecord]:
    """Every procurement in the files, one per ocid (in order of first appearance), releases of an
    ocid compiled wherever they sit; unreadable releases are reported where they were met."""
    compilers: dict[str, _Compiler] = {}
    order: list[str | OcdsRecord] = []
    for path in [paths] if isinstance(paths, Path) else paths:
        for raw in iter_releases(path):
            item = _fragments(raw)
            if isinstance(item, OcdsRecord):
                order.append(item)
                continue
            if item.ocid not in compilers:
                compilers[item.ocid] = _Compiler(item.ocid)
                order.append(item.ocid)
            compilers[item.ocid].add(item)
    return [entry if isinstance(entry, OcdsRecord) else compilers[entry].finish() for entry in order]
