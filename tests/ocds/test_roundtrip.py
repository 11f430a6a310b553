"""Record → notices → OCDS file → record: the determinations that notices can carry survive."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from procrules import api
from procrules.errors import InputError
from procrules.model.record import Record
from procrules.ocds import build_notice, read_records
from tests.conftest import ROOT
from tests.ocds.conftest import EXAMPLES

AS_AT = date(2026, 12, 1)


def determinations(record: Record) -> dict[str, Any]:
    d = api.check([record], as_at=AS_AT)[0].to_json()["determinations"]
    return {"regime": d["regime"], "above_threshold": d["above_threshold"],
            "light_touch": (d.get("scope") or {}).get("light_touch"),
            "threshold_row": (d.get("threshold") or {}).get("row"), "procedure_type": record.procedure.type}


def notices(record: Record) -> list[dict[str, Any]]:
    """Every notice of the record that it holds enough to build."""
    out = []
    for code in sorted({n.code for n in record.notices if not n.planned}, key=lambda c: int(c[2:])):
        try:
            out.append(build_notice(code, record))
        except InputError:
            continue  # e.g. a UK6 for a record without a supplier: tested in test_build
    return out


ROUND = [p for p in EXAMPLES if "pre-act" not in p.name and "pipeline" not in p.name]


@pytest.mark.parametrize("path", ROUND, ids=[str(p.relative_to(ROOT / "examples")) for p in ROUND])
def test_round_trip_keeps_the_determinations(path: Path, tmp_path: Path) -> None:
    record = api.read_records([path])[0].record
    assert record is not None
    packages = notices(record)
    if not packages:
        pytest.skip(f"{path.name} lists no notice it holds enough to build (see test_build)")
    file = tmp_path / "notices.jsonl"
    file.write_text("".join(json.dumps(p) + "\n" for p in packages), encoding="utf-8")
    (back,) = read_records(file)
    assert back.problems == []
    assert determinations(back.record()) == determinations(record)
    assert [n["code"] for n in back.data["notices"]] == [p["releases"][0]["documents"][0]["noticeType"]
                                                          if "documents" in p["releases"][0] else
                                                          _code(p) for p in packages]


def _code(package: dict[str, Any]) -> str:
    text = json.dumps(package)
    return text.split('"noticeType": "')[1].split('"')[0]


def test_contract_stage_fields_come_back(tmp_path: Path) -> None:
    for name, expected in [
        ("contract-change.yml", {"modifications": [{"id": "CHANGE-1", "date": "2026-07-21", "published": "2026-07-13",
                                                    "ground": "sch8_para5"}]}),
        ("contract-termination.yml", {"terminated": "2026-06-30", "termination": "by_authority"}),
    ]:
        record = api.read_records([ROOT / "examples" / "ocds" / name])[0].record
        assert record is not None
        file = tmp_path / f"{name}.json"
        file.write_text("".join(json.dumps(p) for p in notices(record)), encoding="utf-8")  # concatenated
        (back,) = read_records(file)
        management = back.data["contract_management"]
        assert {k: management[k] for k in expected} == expected


def test_lifecycle_reads_back_payments_kpis_and_dates(tmp_path: Path) -> None:
    record = api.read_records([ROOT / "examples" / "ocds" / "lifecycle-open.yml"])[0].record
    assert record is not None
    file = tmp_path / "n.jsonl"
    file.write_text("".join(json.dumps(p) + "\n" for p in notices(record)), encoding="utf-8")
    (back,) = read_records(file)
    assert back.data["contract_management"] == {"payments": [{"amount": 62000, "paid": "2026-07-20"}],
                                                "kpi_assessments": [{"date": "2027-04-30", "rating": "good"}]}
    assert back.data["milestones"] == {"tender_deadline": "2026-03-09", "standstill_end_stated": "2026-04-29",
                                       "assessment_summaries_sent": "2026-04-20", "contract_entered": "2026-05-05"}
    assert back.data["supplier"] == {"name": "Green Estates Ltd", "sme": True, "vcse": False}
    assert back.data["procedure"]["commenced"] == "2026-02-02"
