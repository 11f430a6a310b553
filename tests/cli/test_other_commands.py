"""`procrules schema`, `rules list|show|lint` and `explain`."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from procrules.cli import cli
from procrules.io.documents import parse_yaml
from tests.conftest import ROOT


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "160"})
    return result.exit_code, result.stdout, result.stderr


def test_record_schema_validates_the_examples() -> None:
    code, out, _ = run("schema", "record")
    assert code == 0
    schema = json.loads(out)
    for f in sorted((ROOT / "examples").glob("*.yaml")):
        data = parse_yaml(f.read_text(), f.name)[0].data
        jsonschema.validate(data, schema)
    assert "contract" in schema["properties"]


def test_rules_list_shows_source_and_citation() -> None:
    code, out, _ = run("rules", "list", "--format", "json")
    assert code == 0
    by_id = {r["id"]: r for r in json.loads(out)}
    assert by_id["PA23-STANDSTILL-01"]["legal_ref"] == "PA2023 s.51(2)"
    assert by_id["PA23-STANDSTILL-01"]["source"].startswith("rules/packs/standstill.yaml:")


def test_rules_show_and_unknown_rule() -> None:
    code, out, _ = run("rules", "show", "PA23-BT-01")
    assert code == 0 and json.loads(out)["duties"] == ["PA-S87-1"]
    code, _, err = run("rules", "show", "PA23-BT-1")
    assert code == 3 and "did you mean `PA23-BT-01`?" in err


def test_explain_rule() -> None:
    code, out, _ = run("explain", "PA23-STANDSTILL-01")
    assert code == 0
    assert "PA2023 s.51(2) https://www.legislation.gov.uk/ukpga/2023/54/section/51" in out


def test_lint_good_and_bad_pack(tmp_path: Path) -> None:
    assert run("rules", "lint", str(ROOT / "rules" / "packs"))[0] == 0
    bad = tmp_path / "mine.yaml"
    bad.write_text("pack: mine\ntitle: Mine\nrules:\n  - id: MY-RULE-1\n    title: t\n    kind: finding\n"
                   "    severity: error\n    legal_ref: {instrument: PA2023, section: 52}\n"
                   "    when: {public_contrakt: true}\n    message: m\n")
    code, _, err = run("rules", "lint", str(bad))
    assert code == 3
    assert f"{bad}:9:12: rule MY-RULE-1: /rules/0/when/public_contrakt unknown field `public_contrakt` " \
           "(did you mean `public_contract`?)" in err
