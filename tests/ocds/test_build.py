"""Building notices: every mapped code from a suitable example, valid against the official and
FTS-patched schemas and ours; missing fields listed; deterministic; no personal data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from procrules.errors import InputError
from procrules.model.record import Record
from procrules.ocds import BUILDABLE, build_notice, validate_package
from procrules.ocds.profile import EXTENSIONS, NOTICES
from tests.ocds.conftest import OCDS_SHARED, example, need_shared

#: A record for every code: (code, example file).
CASES = [
    ("UK1", "ocds/pipeline-and-planned.yml"), ("UK2", "ocds/lifecycle-open.yml"),
    ("UK3", "ocds/pipeline-and-planned.yml"), ("UK4", "ocds/lifecycle-open.yml"),
    ("UK4", "kinds/light-touch.yaml"), ("UK4", "kinds/below-threshold.yaml"),
    ("UK5", "kinds/direct-award-urgency.yaml"), ("UK6", "ocds/lifecycle-open.yml"),
    ("UK6", "kinds/direct-award-repeat.yaml"), ("UK7", "ocds/lifecycle-open.yml"),
    ("UK8", "ocds/lifecycle-open.yml"), ("UK9", "ocds/lifecycle-open.yml"), ("UK10", "ocds/contract-change.yml"),
    ("UK11", "ocds/contract-termination.yml"), ("UK12", "ocds/procurement-termination.yml"),
    ("UK13", "ocds/dynamic-market.yml"), ("UK14", "ocds/dynamic-market.yml"), ("UK15", "ocds/dynamic-market.yml"),
    ("UK16", "ocds/dynamic-market.yml"),
]
IDS = [f"{code}-{name.split('/')[-1].split('.')[0]}" for code, name in CASES]


def test_every_buildable_code_has_a_case() -> None:
    assert sorted({c for c, _ in CASES}, key=lambda c: int(c[2:])) == list(BUILDABLE) == list(NOTICES)


@pytest.mark.parametrize(("code", "name"), CASES, ids=IDS)
def test_notice_is_valid_against_ours(code: str, name: str) -> None:
    pkg = build_notice(code, example(name))
    assert validate_package(pkg) == []
    release = pkg["releases"][0]
    assert release["tender"]["legalBasis"]["id"] == "2023/54"
    assert pkg["extensions"] == list(EXTENSIONS)
    assert "contactPoint" not in json.dumps(pkg)


@pytest.mark.parametrize("schema", ["release-schema.json", "fts-patched-release-schema.json",
                                    "ocds-1.1.5/release-package-schema.json"])
@pytest.mark.parametrize(("code", "name"), CASES, ids=IDS)
def test_notice_is_valid_against_the_official_schemas(code: str, name: str, schema: str) -> None:
    path = need_shared(OCDS_SHARED / schema)
    problems = validate_package(build_notice(code, example(name)), schema_path=path)
    assert [str(p) for p in problems] == []


def test_uk6_carries_standstill_and_assessment_summaries() -> None:
    release = build_notice("UK6", example("ocds/lifecycle-open.yml"))["releases"][0]
    award = release["awards"][0]
    assert award["standstillPeriod"] == {"endDate": "2026-04-29T23:59:59Z"}
    assert award["assessmentSummariesDateSent"] == "2026-04-20T00:00:00Z"
    assert award["documents"][0] == {"id": "OCDS-OPEN-2026-01-UK6", "documentType": "awardNotice",
                                     "noticeType": "UK6", "description": "UK6 notice (built by procrules)",
                                     "datePublished": "2026-04-20T00:00:00Z"}
    # £900,000 + £150,000 extension, ex VAT at 20%
    assert award["value"] == {"amount": 1050000.0, "amountGross": 1260000.0, "currency": "GBP"}
    assert release["tag"] == ["award", "contract"] and release["id"] == release["awards"][0]["documents"][0]["id"]


def test_uk4_method_special_regime_and_threshold() -> None:
    tender = build_notice("UK4", example("kinds/light-touch.yaml"))["releases"][0]["tender"]
    assert (tender["procurementMethod"], tender["procurementMethodDetails"]) == ("selective",
                                                                                 "Competitive flexible procedure")
    assert tender["specialRegime"] == ["lightTouch"] and tender["aboveThreshold"] is True
    assert [lot["title"] for lot in tender["lots"]] == ["North", "South"]
    assert tender["items"][0]["additionalClassifications"] == [{"scheme": "CPV", "id": "85311000"}]


def test_uk10_and_uk12_content() -> None:
    contract = build_notice("UK10", example("ocds/contract-change.yml"))["releases"][0]["contracts"][0]
    amendment = contract["amendments"][0]
    assert amendment["rationaleClassifications"][0]["id"] == "2023/54/schedule/8/paragraph/5"
    assert amendment["value"] == {"amountGross": 8040000.0, "currency": "GBP"}  # the amended contract's total
    release = build_notice("UK12", example("ocds/procurement-termination.yml"))["releases"][0]
    assert release["tender"]["status"] == "withdrawn"
    assert release["awards"] == [{"id": "1", "status": "cancelled", "finalStatusDate": "2026-05-15T00:00:00Z"}]


def test_the_same_record_gives_the_same_bytes() -> None:
    record = example("ocds/lifecycle-open.yml")
    for code in ("UK4", "UK6", "UK7"):
        assert json.dumps(build_notice(code, record)) == json.dumps(build_notice(code, record))


def test_published_overrides_the_notice_date() -> None:
    pkg = build_notice("UK4", example("kinds/open-procedure.yaml"), published=date(2026, 2, 3))
    assert pkg["publishedDate"] == pkg["releases"][0]["date"] == "2026-02-03T00:00:00Z"


def test_every_missing_field_is_listed() -> None:
    record = Record.model_validate({"id": "R-1", "authority": {"name": "A", "type": "sub_central"},
                                    "contract": {"subject": "goods"}})
    with pytest.raises(InputError) as caught:
        build_notice("UK7", record)
    assert caught.value.render() == "\n".join([
        "R-1: the record lacks what a UK7 notice must contain",
        "  R-1: UK7: /notices needed: a UK7 entry with its date (or pass the publication date)",
        "  R-1: UK7: /title needed: the procurement's title",
        "  R-1: UK7: /contract/estimated_value/amount needed: the estimated value",
        "  R-1: UK7: /supplier/name needed: the supplier",
        "  R-1: UK7: /milestones/contract_entered needed: the day the contract was entered into",
    ])


def test_an_old_regime_record_gets_no_act_notice() -> None:
    with pytest.raises(InputError, match="old regulations apply"):
        build_notice("UK4", example("kinds/pre-act.yaml"), published=date(2025, 1, 20))


@pytest.mark.parametrize(("code", "message"), [("UK17", "published per authority"), ("UK4x", "did you mean")])
def test_codes_not_built(code: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        build_notice(code, example("kinds/open-procedure.yaml"))


def test_our_schemas_are_shipped_in_the_package() -> None:
    from importlib import resources

    names = {f.name for f in resources.files("procrules.ocds").joinpath("schemas").iterdir()}
    assert names == {"common.json", "package.json", *(f"{c}.json" for c in BUILDABLE)}
    assert Path(str(resources.files("procrules.ocds"))).is_dir()
