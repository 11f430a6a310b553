"""Step definitions for features/open_data/*.feature.pending (OCDS in and out).

Written for tests/features/steps.py, which this helper may not edit: the maintainer moves them
there (they use only `procrules.api`-level calls, the record model and procrules.ocds, and the
`record` / `result` fixtures of the generic steps). Until then tests/ocds/test_open_data_features.py
runs them.

    Given the Find a Tender sample "<file>"                 (../shared/samples/fts/<file>)
    Given the OCDS data:                                     (a JSON doc string: package, release or JSON Lines)
    Given the procurement "<ocid>" read from it
    When the notice <CODE> is built from the record
    When the notice <CODE> is built from the record, published on <date>
    When the notice is read back
    Then the reading gives <n> procurements
    Then the reading warns "<text>" at <JSON pointer>
    Then the reading warns of nothing
    Then the record's notices are <CODE>, <CODE> ...
    Then the record's <JSON pointer> is <JSON value>
    Then the notice's <JSON pointer> is <JSON value>
    Then the notice is valid against procrules' notice schemas
    Then the notice is valid against the OCDS schema "<file under shared/ocds>"
    Then building the notice <CODE> fails for lack of <record JSON pointer>
    Then no output contains contact details
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from procrules.errors import InputError
from procrules.model.record import Record
from procrules.ocds import OcdsRecord, build_notice, read_records, validate_package

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CODE = r"(?P<code>UK\d{1,2})"


def _shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared research folder is not beside the repository)")
    return path


def _at(doc: Any, pointer: str) -> Any:
    """The value at a JSON pointer, or a failure naming the first part that is missing."""
    node = doc
    for part in [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/") if p]:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            pytest.fail(f"{pointer}: nothing at `{part}` (found {json.dumps(node)[:200]})", pytrace=False)
    return node


@given(parsers.parse('the Find a Tender sample "{file}"'), target_fixture="ocds_records")
def given_sample(file: str) -> list[OcdsRecord]:
    """The records of a real page of Find a Tender data."""
    return read_records(_shared(SHARED / "samples" / "fts" / file))


@given("the OCDS data:", target_fixture="ocds_records")
def given_ocds(docstring: str, tmp_path: Path) -> list[OcdsRecord]:
    """The records of OCDS data written in the scenario."""
    path = tmp_path / "data.json"
    path.write_text(docstring, encoding="utf-8")
    return read_records(path)


@given(parsers.parse('the procurement "{ocid}" read from it'), target_fixture="record")
def given_procurement(ocds_records: list[OcdsRecord], ocid: str) -> Record:
    """One procurement of what was read, as a record (the record's problems fail the step)."""
    found = next((r for r in ocds_records if r.ocid == ocid), None)
    if found is None:
        pytest.fail(f"no procurement {ocid!r}; read: {', '.join(r.ocid for r in ocds_records)}", pytrace=False)
    if found.data is None:
        pytest.fail(f"{ocid} gives no record:\n" + "\n".join(f"  {p}" for p in found.problems), pytrace=False)
    record = found.record()
    assert record is not None
    return record


@when(parsers.re(rf"the notice {CODE} is built from the record(?:, published on (?P<day>\S+))?"),
      target_fixture="notice")
def when_built(record: Record, code: str, day: str | None) -> dict[str, Any]:
    """The release package of the notice (a missing field fails the step with the list)."""
    from datetime import date

    try:
        return build_notice(code, record, published=date.fromisoformat(day) if day else None)
    except InputError as exc:
        pytest.fail(exc.render(), pytrace=False)


@when("the notice is read back", target_fixture="record")
def when_read_back(notice: dict[str, Any], tmp_path: Path) -> Record:
    """The record the notice reads into."""
    path = tmp_path / "notice.json"
    path.write_text(json.dumps(notice), encoding="utf-8")
    (back,) = read_records(path)
    record = back.record()
    if record is None:
        pytest.fail("\n".join(str(p) for p in back.problems), pytrace=False)
    return record


@then(parsers.parse("the reading gives {n:d} procurements"))
def reading_gives(ocds_records: list[OcdsRecord], n: int) -> None:
    """How many procurements (ocids) were read."""
    assert len(ocds_records) == n, [r.ocid for r in ocds_records]


@then(parsers.re(r'the reading warns "(?P<text>[^"]+)" at (?P<pointer>\S+)'))
def reading_warns(ocds_records: list[OcdsRecord], text: str, pointer: str) -> None:
    """A warning whose message contains `text`, at that JSON pointer of the file."""
    warnings = [w for r in ocds_records for w in r.warnings]
    if not any(text in w.message and w.pointer == pointer for w in warnings):
        pytest.fail("no such warning; the warnings are:\n" + "\n".join(f"  {w}" for w in warnings), pytrace=False)


@then("the reading warns of nothing")
def reading_clean(ocds_records: list[OcdsRecord]) -> None:
    """No warning at all."""
    warnings = [str(w) for r in ocds_records for w in r.warnings]
    assert not warnings, "\n".join(warnings)


@then(parsers.re(r"the record's notices are (?P<codes>UK.+)"))
def record_notices(record: Record, codes: str) -> None:
    """The notice codes of the record, in date order."""
    assert [n.code for n in record.notices] == [c.strip() for c in codes.split(",")]


@then(parsers.re(r"the record's (?P<pointer>/\S+) is (?P<value>.+)"))
def record_value(record: Record, pointer: str, value: str) -> None:
    """A field of the record (JSON form: dates as ISO text)."""
    assert _at(record.model_dump(mode="json"), pointer) == json.loads(value)


@then(parsers.re(r"the notice's (?P<pointer>/\S+) is (?P<value>.+)"))
def notice_value(notice: dict[str, Any], pointer: str, value: str) -> None:
    """A value of the release package."""
    assert _at(notice, pointer) == json.loads(value)


@then("the notice is valid against procrules' notice schemas")
def notice_valid(notice: dict[str, Any]) -> None:
    """No problem from our package and notice schemas."""
    problems = validate_package(notice)
    assert not problems, "\n".join(str(p) for p in problems)


@then(parsers.parse('the notice is valid against the OCDS schema "{file}"'))
def notice_valid_official(notice: dict[str, Any], file: str) -> None:
    """No problem from an official schema in shared/ocds (nor from ours)."""
    problems = validate_package(notice, schema_path=_shared(SHARED / "ocds" / file))
    assert not problems, "\n".join(str(p) for p in problems)


@then(parsers.re(rf"building the notice {CODE} fails for lack of (?P<pointer>/\S+)"))
def build_fails(record: Record, code: str, pointer: str) -> None:
    """build_notice refuses, naming the record field."""
    with pytest.raises(InputError) as caught:
        build_notice(code, record)
    pointers = [p.pointer for p in caught.value.problems]
    assert pointer in pointers, caught.value.render()


@then("no output contains contact details")
def no_contacts(request: pytest.FixtureRequest) -> None:
    """Nothing read or built carries a contact point, a name or e-mail of a contact, or REDACTED."""
    outputs: list[Any] = []
    for name in ("ocds_records", "notice", "record"):
        try:
            value = request.getfixturevalue(name)
        except pytest.FixtureLookupError:
            continue
        if name == "ocds_records":
            value = [[r.data, [str(w) for w in r.warnings], r.provenance] for r in value]
        elif isinstance(value, Record):
            value = value.model_dump(mode="json")
        outputs.append(value)
    text = json.dumps(outputs)
    for marker in ("contactPoint", "REDACTED", "telephone", "@"):
        assert marker not in text, f"{marker!r} found in the output"
