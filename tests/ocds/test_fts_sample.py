"""The real Find a Tender page (3 × UK6, 1 × UK4) reads into records that match what it states."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from procrules import api
from procrules.ocds import read_records
from tests.ocds.conftest import SAMPLE, need_shared


@pytest.fixture(scope="module")
def sample() -> tuple[list[Any], dict[str, Any]]:
    path = need_shared(SAMPLE)
    return read_records(path), json.loads(path.read_text(encoding="utf-8"))


def test_every_release_becomes_a_valid_record(sample: tuple[list[Any], dict[str, Any]]) -> None:
    records, data = sample
    assert [r.ocid for r in records] == [rel["ocid"] for rel in data["releases"]]
    assert all(r.problems == [] and r.record() is not None for r in records)


def test_notice_types_regime_threshold_and_values_match(sample: tuple[list[Any], dict[str, Any]]) -> None:
    records, data = sample
    for rec, rel in zip(records, data["releases"], strict=True):
        documents = [d for section in [rel["tender"], *rel.get("awards", [])] for d in section.get("documents", [])]
        stated_codes = sorted({d["noticeType"] for d in documents if "noticeType" in d})
        assert [n["code"] for n in rec.data["notices"]] == stated_codes
        holder = rel["awards"][0] if "awards" in rel else rel["tender"]
        assert rec.data["contract"]["estimated_value"]["amount"] == holder["value"]["amountGross"]
        result = api.check([rec.record()], as_at=date(2026, 10, 7))[0]
        assert result.determinations["regime"] == "act"
        assert result.determinations["above_threshold"] is holder["aboveThreshold"] is rec.stated["above_threshold"]


def test_light_touch_and_procedures(sample: tuple[list[Any], dict[str, Any]]) -> None:
    records, _ = sample
    assert [r.data["contract"].get("light_touch") for r in records] == [None, True, None, True]
    assert [r.data.get("procedure", {}).get("type") for r in records] == [
        "open", "competitive_flexible", None, "competitive_flexible"]


def test_the_aed_lot_is_flagged(sample: tuple[list[Any], dict[str, Any]]) -> None:
    records, _ = sample
    flagged = [(w.subject, w.pointer) for r in records for w in r.warnings if "AED" in w.message]
    assert flagged == [("release 094476-2026", "/releases/1/tender/lots/0/value/currency")]


def test_buyer_id_defect_is_a_warning(sample: tuple[list[Any], dict[str, Any]]) -> None:
    records, _ = sample
    assert [sum("buyerID" in w.message for w in r.warnings) for r in records] == [0, 0, 1, 1]


def test_no_contact_data_in_any_output(sample: tuple[list[Any], dict[str, Any]]) -> None:
    records, _ = sample
    text = json.dumps([[r.data, [str(w) for w in r.warnings], r.provenance, r.stated] for r in records])
    assert "REDACTED" not in text and "contactPoint" not in text and "telephone" not in text
