"""Validation: our notice schemas and the official ones, with errors naming release, pointer and rule."""

from __future__ import annotations

import copy
import json

import pytest

from procrules.ocds import build_notice, validate_package
from tests.ocds.conftest import OCDS_SHARED, SAMPLE, example, need_shared


@pytest.fixture
def uk6() -> dict:
    return build_notice("UK6", example("ocds/lifecycle-open.yml"))


def test_a_missing_field_names_release_pointer_and_rule(uk6: dict) -> None:
    del uk6["releases"][0]["awards"][0]["suppliers"]
    assert [str(p) for p in validate_package(uk6)] == [
        "<package>: release OCDS-OPEN-2026-01-UK6 (#0): /releases/0/awards/0 'suppliers' is a required property "
        "[UK6: properties/awards/prefixItems/0/required]"]


def test_contact_points_are_refused(uk6: dict) -> None:
    uk6["releases"][0]["parties"][0]["contactPoint"] = {"email": "someone@example.org"}
    problems = validate_package(uk6)
    assert [p.pointer for p in problems] == ["/releases/0/parties/0"]
    assert problems[0].message == ("has a field this notice must not carry (procrules never publishes contact points) "
                                   "[UK6: allOf/0/properties/parties/items/not]")
    assert "someone@example.org" not in str(problems[0])


def test_a_release_without_its_notice_document_is_reported(uk6: dict) -> None:
    uk6["releases"][0]["awards"][0]["documents"][0]["id"] = "something-else"
    problems = validate_package(uk6)
    assert [p.message for p in problems] == [
        "no document with a noticeType UK1-UK16 whose id is the release id [procrules: notice-document]"]


def test_unpinned_extensions_are_reported(uk6: dict) -> None:
    uk6["extensions"][8] = "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json"
    assert [p.pointer for p in validate_package(uk6)] == ["/extensions/8"]


def test_the_official_schema_checks_code_lists(uk6: dict) -> None:
    path = need_shared(OCDS_SHARED / "fts-patched-release-schema.json")
    bad = copy.deepcopy(uk6)
    bad["releases"][0]["tag"] = ["notATag"]
    problems = validate_package(bad, schema_path=path)
    enum = [p for p in problems if p.pointer == "/releases/0/tag/0"]
    assert [p.subject for p in enum] == ["release OCDS-OPEN-2026-01-UK6 (#0)"]
    assert enum[0].message.endswith("[fts-patched-release-schema.json: properties/tag/items/enum]")
    ours = [p.message for p in problems if "[UK6:" in p.message]
    assert ours == ["['notATag'] does not contain items matching the given schema [UK6: properties/tag/contains]"]


def test_the_real_sample_is_valid_against_the_fts_schema() -> None:
    data = json.loads(need_shared(SAMPLE).read_text(encoding="utf-8"))
    schema = need_shared(OCDS_SHARED / "fts-patched-release-schema.json")
    official = [p for p in validate_package(data, schema_path=schema) if "fts-patched" in p.message]
    assert official == []
