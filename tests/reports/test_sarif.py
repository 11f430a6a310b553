"""SARIF 2.1.0: valid against a hand-written subset of the schema; a result per finding and input error."""

from __future__ import annotations

import io
import json
from typing import Any

import jsonschema
import pytest

from procrules.reports import Summary
from procrules.reports.sarif import SarifWriter, artifact_uri
from tests.reports import sample
from tests.reports.sample import SCRIPT, render

_MESSAGE = {"type": "object", "required": ["text"], "additionalProperties": False,
            "properties": {"text": {"type": "string"}, "markdown": {"type": "string"}}}
_BAG = {"type": "object"}
#: The parts of https://json.schemastore.org/sarif-2.1.0.json that procrules writes, transcribed by hand
#: (property names, required members, enums; `additionalProperties: false` as in the real schema).
SARIF_SUBSET: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object", "required": ["version", "runs"], "additionalProperties": False,
    "properties": {
        "$schema": {"type": "string"},
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "items": {"$ref": "#/definitions/run"}},
    },
    "definitions": {
        "run": {"type": "object", "required": ["tool"], "additionalProperties": False, "properties": {
            "tool": {"type": "object", "required": ["driver"], "additionalProperties": False,
                     "properties": {"driver": {"$ref": "#/definitions/toolComponent"}}},
            "results": {"type": "array", "items": {"$ref": "#/definitions/result"}},
            "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
            "properties": _BAG}},
        "toolComponent": {"type": "object", "required": ["name"], "additionalProperties": False, "properties": {
            "name": {"type": "string"}, "version": {"type": "string"}, "semanticVersion": {"type": "string"},
            "informationUri": {"type": "string"},
            "rules": {"type": "array", "uniqueItems": True, "items": {"$ref": "#/definitions/reportingDescriptor"}},
            "properties": _BAG}},
        "reportingDescriptor": {"type": "object", "required": ["id"], "additionalProperties": False, "properties": {
            "id": {"type": "string"}, "name": {"type": "string"},
            "shortDescription": _MESSAGE, "fullDescription": _MESSAGE,
            "helpUri": {"type": "string"},
            "defaultConfiguration": {"type": "object", "additionalProperties": False, "properties": {
                "level": {"enum": ["none", "note", "warning", "error"]}, "enabled": {"type": "boolean"}}},
            "properties": _BAG}},
        "result": {"type": "object", "required": ["message"], "additionalProperties": False, "properties": {
            "ruleId": {"type": "string"}, "ruleIndex": {"type": "integer", "minimum": -1},
            "level": {"enum": ["none", "note", "warning", "error"]},
            "message": _MESSAGE,
            "locations": {"type": "array", "items": {"$ref": "#/definitions/location"}},
            "properties": _BAG}},
        "location": {"type": "object", "additionalProperties": False, "properties": {
            "physicalLocation": {"type": "object", "additionalProperties": False, "properties": {
                "artifactLocation": {"type": "object", "additionalProperties": False, "properties": {
                    "uri": {"type": "string"}, "uriBaseId": {"type": "string"}}},
                "region": {"type": "object", "additionalProperties": False, "properties": {
                    "startLine": {"type": "integer", "minimum": 1},
                    "startColumn": {"type": "integer", "minimum": 1}}}}},
            "logicalLocations": {"type": "array", "items": {
                "type": "object", "additionalProperties": False,
                "properties": {"name": {"type": "string"}, "kind": {"type": "string"}}}}}},
    },
}


def log(entries: list[dict[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render("sarif", entries))
    return data


def test_valid_against_the_schema_subset(entries: list[dict[str, Any]]) -> None:
    jsonschema.Draft7Validator.check_schema(SARIF_SUBSET)
    jsonschema.Draft7Validator(SARIF_SUBSET).validate(log(entries))


def test_the_subset_rejects_what_sarif_rejects() -> None:
    bad = log([sample.example("NYC-HWY-2025-077")])
    bad["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError, match="'fatal' is not one of"):
        jsonschema.validate(bad, SARIF_SUBSET)


def test_the_document() -> None:
    data = log([])
    assert data["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert data["version"] == "2.1.0"
    (run,) = data["runs"]
    assert run["tool"]["driver"]["name"] == "procrules"
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []


def test_a_result_per_finding_and_input_error(entries: list[dict[str, Any]]) -> None:
    (run,) = log(entries)["runs"]
    expected = [(f["rule"], e["record"]) for e in entries for f in e.get("findings", [])]
    expected += [("INPUT-ERROR", e["record"]) for e in entries for _ in e.get("input_errors", [])]
    got = [(r["ruleId"], r["locations"][0]["logicalLocations"][0]["name"]) for r in run["results"]]
    assert sorted(got) == sorted(expected)
    rules = run["tool"]["driver"]["rules"]
    assert sorted(r["id"] for r in rules) == sorted({rule for rule, _ in expected})
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_levels_rules_and_locations() -> None:
    entry = sample.made_up("A-1", "Leeds", sample.finding("R-1", "error"), sample.finding("R-2", "warning"),
                           sample.finding("R-3", "info"), row=12)
    (run,) = log([entry])["runs"]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    assert run["results"][0] == {
        "ruleId": "R-1", "ruleIndex": 0, "level": "error", "message": {"text": "A message."},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "registers/q3.csv"},
                                            "region": {"startLine": 12}},
                       "logicalLocations": [{"name": "A-1", "kind": "object"}]}],
        "properties": {"legal_ref": "PA2023 s.3", "authority": "Leeds", "to_comply": "Do it."}}
    assert run["tool"]["driver"]["rules"][0] == {
        "id": "R-1", "shortDescription": {"text": "A title"}, "defaultConfiguration": {"level": "error"},
        "helpUri": "https://www.legislation.gov.uk/ukpga/2023/54/section/3", "properties": {"legal_ref": "PA2023 s.3"}}


def test_an_input_error_points_at_its_line_and_column() -> None:
    (run,) = log([sample.input_error()])["runs"]
    first = run["results"][0]
    assert first["message"]["text"] == (
        'registers/q3.jsonl:4:31: /contract/estimated_value/amount expected a number, found `"lots"`')
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "registers/q3.jsonl"}, "region": {"startLine": 4, "startColumn": 31}}
    assert run["results"][1]["locations"][0]["physicalLocation"]["region"] == {"startLine": 4}


def test_a_yaml_record_has_no_region() -> None:
    (run,) = log([sample.example("NYC-HWY-2025-077")])["runs"]
    assert run["results"][0]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "examples/highways-resurfacing.yaml"}}


def test_hostile_text_is_plain_json_text() -> None:
    (run,) = log([sample.hostile()])["runs"]
    assert SCRIPT in run["results"][0]["message"]["text"]
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "registers/%3Cb%3Eevil%3C/b%3E.csv")


def test_no_source_file_means_only_the_record() -> None:
    entry = sample.made_up("A-1", None, sample.finding("R-1", "error"))
    entry["source"] = {"file": None, "row": None, "line": None}
    (run,) = log([entry])["runs"]
    assert run["results"][0]["locations"] == [{"logicalLocations": [{"name": "A-1", "kind": "object"}]}]


@pytest.mark.parametrize(("path", "uri"), [
    ("registers/q3.csv", "registers/q3.csv"), ("a b/c#1.csv", "a%20b/c%231.csv"),
    ("/data/q3.csv", "file:///data/q3.csv"), ("C:\\data\\q3.csv", "file:///C:/data/q3.csv"),
    ("dir\\q3.csv", "dir/q3.csv"),
], ids=["relative", "escaped", "absolute", "windows", "backslashes"])
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


def test_deterministic(entries: list[dict[str, Any]]) -> None:
    assert render("sarif", entries) == render("sarif", entries)


def test_a_text_stream(entries: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    writer = SarifWriter(out)
    for entry in entries:
        writer.write(entry)
    writer.close(Summary())
    assert json.loads(out.getvalue()) == log(entries)
