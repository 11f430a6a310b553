"""Reading OCDS: file shapes, compiling deltas per ocid, defects tolerated with warnings."""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from procrules.errors import InputError
from procrules.ocds import iter_ocds_records, read_records
from tests.ocds.conftest import write_jsonl

LEGAL = {"id": "2023/54", "scheme": "UKPGA", "uri": "https://www.legislation.gov.uk/ukpga/2023/54/contents"}
BUYER = {"id": "GB-PPON-AAAA-1111-BBBB", "name": "Test Council", "roles": ["buyer"],
         "contactPoint": {"name": "Jane Doe", "email": "jane@example.org", "telephone": "01234 567890"},
         "details": {"classifications": [{"scheme": "UK_CA_TYPE", "id": "publicAuthoritySubCentralGovernment"}]}}


def tender_release(**changes: Any) -> dict[str, Any]:
    """A minimal UK4 release, changed."""
    rel: dict[str, Any] = {
        "ocid": "ocds-h6vhtk-000001", "id": "000001-2026", "date": "2026-03-02T10:00:00Z", "tag": ["tender"],
        "initiationType": "tender", "parties": [copy.deepcopy(BUYER)],
        "buyer": {"id": BUYER["id"], "name": "Test Council"},
        "tender": {"id": "T1", "title": "Cleaning", "legalBasis": LEGAL, "status": "active",
                   "mainProcurementCategory": "services", "procurementMethod": "open",
                   "procurementMethodDetails": "Open procedure", "aboveThreshold": True,
                   "value": {"amount": 250000, "amountGross": 300000, "currency": "GBP"},
                   "items": [{"id": "1", "additionalClassifications": [{"scheme": "CPV", "id": "90910000"}]}],
                   "tenderPeriod": {"endDate": "2026-04-06T12:00:00+01:00"},
                   "documents": [{"id": "000001-2026", "documentType": "tenderNotice", "noticeType": "UK4",
                                  "datePublished": "2026-03-02T10:00:00Z"}]},
    }
    rel.update(changes)
    return rel


def award_release(**changes: Any) -> dict[str, Any]:
    """A UK6 delta for the same procurement."""
    rel: dict[str, Any] = {
        "ocid": "ocds-h6vhtk-000001", "id": "000002-2026", "date": "2026-05-11T10:00:00Z", "tag": ["award"],
        "initiationType": "tender", "parties": [copy.deepcopy(BUYER)], "buyer": {"id": BUYER["id"]},
        "tender": {"id": "T1", "legalBasis": LEGAL, "title": "Cleaning (awarded)"},
        "awards": [{"id": "1", "status": "pending", "value": {"amountGross": 290000, "currency": "GBP"},
                    "aboveThreshold": True, "suppliers": [{"id": "S", "name": "Clean Co"}],
                    "standstillPeriod": {"endDate": "2026-05-20T23:59:59+01:00"},
                    "assessmentSummariesDateSent": "2026-05-11T00:00:00+01:00",
                    "documents": [{"id": "000002-2026", "documentType": "awardNotice", "noticeType": "UK6",
                                   "datePublished": "2026-05-11T10:00:00Z"}]}],
    }
    rel.update(changes)
    return rel


def package(*releases: dict[str, Any]) -> dict[str, Any]:
    return {"uri": "x", "version": "1.1", "publishedDate": "2026-05-11T10:00:00Z", "releases": list(releases)}


def one(path: Path) -> Any:
    records = read_records(path)
    assert len(records) == 1, records
    return records[0]


def test_a_release_package_compiles_the_deltas_of_an_ocid(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(package(tender_release(), award_release())))
    rec = one(path)
    assert rec.problems == []
    assert rec.data["title"] == "Cleaning (awarded)"  # the later release wins
    assert rec.data["contract"]["estimated_value"] == {"amount": 300000, "vat_included": True}  # tender's estimate
    assert rec.data["notices"] == [{"code": "UK4", "date": "2026-03-02"}, {"code": "UK6", "date": "2026-05-11"}]
    assert rec.data["milestones"] == {"tender_deadline": "2026-04-06", "standstill_end_stated": "2026-05-20",
                                      "assessment_summaries_sent": "2026-05-11"}
    assert rec.data["procedure"] == {"type": "open", "commenced": "2026-03-02"}
    assert [(p.index, p.pointer) for p in rec.positions] == [(0, "/releases/0"), (1, "/releases/1")]
    assert rec.record() is not None


def test_the_order_releases_arrive_in_does_not_matter(tmp_path: Path) -> None:
    forward = write_jsonl(tmp_path / "a.jsonl", [tender_release(), award_release()])
    backward = write_jsonl(tmp_path / "b.jsonl", [award_release(), tender_release()])
    assert one(forward).data == one(backward).data


def test_iter_groups_only_adjacent_releases_read_records_groups_the_file(tmp_path: Path) -> None:
    other = tender_release(ocid="ocds-h6vhtk-000009", id="000009-2026")
    path = write_jsonl(tmp_path / "day.jsonl", [tender_release(), other, award_release()])
    streamed = list(iter_ocds_records(path))
    assert [r.ocid for r in streamed] == ["ocds-h6vhtk-000001", "ocds-h6vhtk-000009", "ocds-h6vhtk-000001"]
    assert [r.positions[0].line for r in streamed] == [1, 2, 3]
    grouped = read_records(path)
    assert [r.ocid for r in grouped] == ["ocds-h6vhtk-000001", "ocds-h6vhtk-000009"]
    assert len(grouped[0].positions) == 2


def test_record_packages_and_gzip_and_arrays_are_read(tmp_path: Path) -> None:
    records = {"records": [{"ocid": "ocds-h6vhtk-000001", "releases": [tender_release(), award_release()],
                            "versionedRelease": {"big": "ignored"}}]}
    path = tmp_path / "r.json.gz"
    with gzip.open(path, "wt") as fh:
        json.dump(records, fh, indent=2)
    rec = one(path)
    assert [p.pointer for p in rec.positions] == ["/records/0/releases/0", "/records/0/releases/1"]
    array = tmp_path / "a.json"
    array.write_text(json.dumps([tender_release(), award_release()], indent=1))
    assert one(array).data == rec.data


def test_a_record_with_only_linked_releases_uses_its_compiled_release(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    linked = [{"url": "http://x", "date": "d"}]
    path.write_text(json.dumps({"records": [{"ocid": "ocds-h6vhtk-000001", "releases": linked,
                                              "compiledRelease": tender_release()}]}))
    assert one(path).positions[0].pointer == "/records/0/compiledRelease"


def test_defects_become_warnings_not_crashes(tmp_path: Path) -> None:
    rel = tender_release(buyerID=[])
    rel["tender"]["lots"] = [{"id": "1", "title": "North", "description": None,
                              "value": {"amount": 1, "amountGross": 1.2, "currency": "AED"}},
                             {"id": "2", "title": "South", "value": {"amountGross": 0.01, "currency": "GBP"}}]
    rel["tender"]["maximumLotsBidPerSupplier"] = 1e9999
    rel["tender"]["statusDetails"] = None
    rel["awards"] = [{"id": "1", "status": "pending", "value": {"amountGross": float("inf"), "currency": "GBP"}}]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(package(rel), indent=1).replace("Infinity", "1e9999"))  # read by ijson
    rec = one(path)
    messages = {(w.pointer, w.message) for w in rec.warnings}
    assert ("/releases/0/buyerID", "`buyerID` is not an OCDS field (a known Find a Tender defect); ignored") in messages
    assert ("/releases/0/tender/lots/0/value/currency", "the value is in AED, but GBP elsewhere in the notice "
            "(probably an error); procrules works in pounds, so it is not used") in messages
    assert ("/releases/0/tender/lots/1/value/amountGross", "0.01 looks like a placeholder, not a value; not used") \
        in messages
    assert ("/releases/0/awards/0/value/amountGross", "not a finite number (such as 1e9999, a known Find a Tender "
            "defect); ignored") in messages
    assert rec.data["contract"]["lots"] == [{"id": "1", "title": "North"}, {"id": "2", "title": "South"}]


def test_a_net_only_value_adds_vat_and_says_so(tmp_path: Path) -> None:
    rel = tender_release()
    rel["tender"]["value"] = {"amount": 100000, "currency": "GBP"}
    rec = one(write_jsonl(tmp_path / "n.jsonl", [rel]))
    assert rec.data["contract"]["estimated_value"] == {"amount": 100000, "vat_included": False, "vat_rate": 0.2}
    assert any("VAT is added at the standard rate of 20%" in w.message for w in rec.warnings)
    assert rec.provenance["/contract/estimated_value"].endswith("/tender/value/amount")


def test_old_regime_notices_come_out_as_old_regime(tmp_path: Path) -> None:
    rel = award_release()
    rel["tender"]["legalBasis"] = {"scheme": "CELEX", "id": "32014L0024"}
    rel["tender"]["mainProcurementCategory"] = "services"
    del rel["awards"][0]["documents"]
    rel["parties"][0]["details"]["classifications"] = [{"scheme": "TED_CA_TYPE", "id": "BODY_PUBLIC"}]
    rec = one(write_jsonl(tmp_path / "o.jsonl", [rel]))
    assert rec.data["procedure"]["commenced"] == "2025-02-23"
    assert rec.stated["regime"] == "old_regime" and rec.stated["legal_basis"] == "PCR 2015"
    assert any("PCR 2015" in w.message for w in rec.warnings)
    from procrules import api

    result = api.check([rec.record()], as_at=__import__("datetime").date(2026, 6, 1))[0]
    assert result.determinations["regime"] == "old_regime"


def test_what_cannot_be_read_is_a_problem_and_the_reading_goes_on(tmp_path: Path) -> None:
    rel = tender_release()
    rel["parties"][0]["details"] = None
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(rel) + "\n{not json\n" + json.dumps(tender_release(ocid="ocds-h6vhtk-000002")) + "\n")
    first, broken, good = read_records(path)
    assert first.data is None
    assert [(p.pointer, p.message) for p in first.problems] == [
        ("/authority/type", "cannot make a record: the buyer's kind of contracting authority is not stated (no "
                            "UK_CA_TYPE classification procrules knows on the buyer party)")]
    assert broken.problems[0].line == 2 and "not JSON" in broken.problems[0].message
    assert good.data is not None


def test_a_syntax_error_in_a_package_is_reported_where_it_happened(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    text = json.dumps(package(tender_release(), award_release()), indent=1)
    path.write_text(text[: text.index('"000002-2026"')] + '"x": 000,}')
    records = read_records(path)
    assert records[0].data is not None
    assert records[-1].problems[0].pointer == "/releases/1"
    assert "the rest of the file is not read" in records[-1].problems[0].message


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_records(tmp_path / "nope.json")


def test_personal_data_never_reaches_the_output(tmp_path: Path) -> None:
    rec = one(write_jsonl(tmp_path / "p.jsonl", [tender_release(), award_release()]))
    text = json.dumps([rec.data, [str(w) for w in rec.warnings], rec.provenance, rec.stated])
    for secret in ("Jane Doe", "jane@example.org", "01234 567890", "contactPoint"):
        assert secret not in text


def test_is_ocds_tells_ocds_from_record_files(tmp_path: Path) -> None:
    from procrules.ocds import is_ocds
    from tests.conftest import ROOT

    assert is_ocds(write_jsonl(tmp_path / "r.jsonl", [tender_release()]))
    (tmp_path / "p.json").write_text(json.dumps(package(tender_release()), indent=1))
    assert is_ocds(tmp_path / "p.json")
    assert not is_ocds(ROOT / "examples" / "dfe-managed-print.yaml")
    (tmp_path / "rec.json").write_text(json.dumps({"id": "X", "authority": {}}))
    assert not is_ocds(tmp_path / "rec.json")
