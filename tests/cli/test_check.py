"""`procrules check`: output formats, exit codes, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from procrules.cli import cli
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"
AS_AT = ["--as-at", "2026-12-01"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "160"})
    return result.exit_code, result.stdout, result.stderr


def test_clean_record_exits_0_with_a_readable_report() -> None:
    code, out, _ = run("check", str(EXAMPLES / "dfe-managed-print.yaml"), *AS_AT)
    assert code == 0
    assert "DFE-2026-0142" in out
    assert "row 11, amount £135,018, effective from 1 January 2026" in out
    assert "No findings." in out
    assert "Prompts — downstream: after the award" in out and "PPN002-DOWN-SV-01" in out
    assert "NPPS-UP-PME-01" not in out  # upstream prompts stop once the contract is entered into


def test_an_error_finding_exits_1() -> None:
    code, out, _ = run("check", str(EXAMPLES / "highways-resurfacing.yaml"), *AS_AT)
    assert code == 1
    assert "PA23-STANDSTILL-01" in out and "PA2023 s.51(2)" in out


def test_json_document_shape() -> None:
    code, out, _ = run("check", str(EXAMPLES / "highways-resurfacing.yaml"), "--format", "json", *AS_AT)
    assert code == 1
    doc = json.loads(out)
    assert set(doc) == {"procrules", "rule_pack", "results"}
    [result] = doc["results"]
    assert result["record"] == "NYC-HWY-2025-077"
    assert result["as_at"] == "2026-12-01"
    det = result["determinations"]
    assert det["regime"] == "act"
    assert det["threshold"] == {"row": 10, "amount": 5372609, "effective_from": "2025-02-23"}
    assert det["estimated_value"] == 5400000
    assert det["standstill"] == {"required": True, "ends": "2026-01-06"}
    [finding] = result["findings"]
    assert finding["rule"] == "PA23-STANDSTILL-01"
    assert finding["severity"] == "error"
    assert finding["legal_ref"]["text"] == "PA2023 s.51(2)"
    assert finding["legal_ref"]["url"] == "https://www.legislation.gov.uk/ukpga/2023/54/section/51"
    assert finding["evidence"]["milestones.contract_entered"] == "2026-01-05"
    assert finding["evidence"]["standstill_end"] == "2026-01-06"
    assert finding["to_comply"].startswith("Enter into the contract no earlier than the working day after 6 January")


def test_fail_on_lowers_the_bar() -> None:
    code, _, _ = run("check", str(EXAMPLES / "dfe-managed-print.yaml"), "--fail-on", "info", *AS_AT)
    assert code == 0  # a prompt is not a finding
    old = ROOT / "tests" / "data" / "old-regime.yaml"
    assert run("check", str(old), *AS_AT)[0] == 0
    assert run("check", str(old), "--fail-on", "info", *AS_AT)[0] == 1


def test_explain_lists_every_rule() -> None:
    _, out, _ = run("check", str(EXAMPLES / "dfe-managed-print.yaml"), "--explain", "--format", "json", *AS_AT)
    explained = json.loads(out)["results"][0]["explain"]
    from procrules import api

    assert [e["rule"] for e in explained] == [r.id for r in api.rules()]
    statuses = {e["rule"]: e["status"] for e in explained}
    assert statuses["PA23-STANDSTILL-01"] == "passed"
    assert statuses["PA23-BT-01"] == "not_applicable"


def test_durable_engine_gives_the_same_document() -> None:
    args = ["check", str(EXAMPLES / "highways-resurfacing.yaml"), "--format", "json", *AS_AT]
    assert run(*args) == run(*args, "--engine", "durable")


def test_bad_records_are_reported_and_the_good_ones_checked(tmp_path: Path) -> None:
    bad = tmp_path / "mixed.yaml"
    bad.write_text((ROOT / "tests" / "data" / "mixed.yaml").read_text())
    code, out, _ = run("check", str(bad), "--format", "json", *AS_AT)
    assert code == 3
    results = json.loads(out)["results"]
    assert [r["record"] for r in results] == ["GOOD-1", "BAD-2"]
    assert "determinations" in results[0]
    [err] = results[1]["input_errors"]
    assert err == {"source": str(bad), "line": 8, "column": 5, "pointer": "/1/contract/estimated_valu",
                   "message": "unknown field `estimated_valu` (did you mean `estimated_value`?)"}


def test_missing_file_is_exit_3() -> None:
    code, _, err = run("check", "no-such-file.yaml")
    assert code == 3
    assert err.strip() == "procrules: no-such-file.yaml: no such file"


def test_usage_error_is_exit_2() -> None:
    assert run("check", "--format", "xml", "x.yaml")[0] == 2
    assert run("check")[0] == 2


def test_not_demonstrated_names_the_missing_fact(tmp_path: Path) -> None:
    f = tmp_path / "r.yaml"
    f.write_text("id: N-1\nauthority: {name: A, type: sub_central}\n"
                 "contract: {subject: goods, estimated_value: {amount: 500000, vat_included: true}}\n"
                 "procedure: {type: open, commenced: 2026-02-01}\nmilestones: {contract_entered: 2026-04-01}\n")
    _, out, _ = run("check", str(f), "--format", "json", *AS_AT)
    [nd] = [n for n in json.loads(out)["results"][0]["not_demonstrated"] if n["rule"] == "PA23-STANDSTILL-01"]
    assert nd["missing"] == ["notices (no published UK6)"]


def test_lang_cy_gives_welsh_messages_where_a_rule_has_them() -> None:
    code, out, _ = run("check", str(EXAMPLES / "highways-resurfacing.yaml"), "--format", "json", "--lang", "cy", *AS_AT)
    assert code == 1
    [finding] = [f for f in json.loads(out)["results"][0]["findings"] if f["rule"] == "PA23-STANDSTILL-01"]
    assert finding["message"].startswith("Ymrwymwyd i'r contract ar 5 Ionawr 2026")
    assert finding["legal_ref"]["text"] == "PA2023 s.51(2)"
    code, out, _ = run("check", str(EXAMPLES / "highways-resurfacing.yaml"), "--format", "json", *AS_AT)
    [english] = [f for f in json.loads(out)["results"][0]["findings"] if f["rule"] == "PA23-STANDSTILL-01"]
    assert english["message"].startswith("The contract was entered into on 5 January 2026")
