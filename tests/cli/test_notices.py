"""`procrules notices plan|build|validate` (also reachable as `procrules notice …`)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from procrules.cli import cli
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "dfe-managed-print.yaml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "160"})
    return result.exit_code, result.stdout, result.stderr


def test_the_plan_is_a_timeline_and_the_same_data_as_json() -> None:
    code, out, _ = run("notices", "plan", str(EXAMPLE), "--as-at", "2026-12-01")
    assert code == 0
    assert "UK6 Contract award notice" in out and "UK7 Contract details notice" in out
    assert out.index("UK4") < out.index("UK6") < out.index("UK7")  # in date order
    code, out, _ = run("notices", "plan", str(EXAMPLE), "--as-at", "2026-12-01", "--format", "json")
    [doc] = json.loads(out)
    uk7 = next(n for n in doc["notices"] if n["code"] == "UK7")
    assert uk7["status"] == "required" and uk7["published"] == "2026-03-27" and uk7["verdict"] == "published"
    assert uk7["due"]["latest"] == "2026-04-14"  # 30 days beginning with Mon 16 Mar 2026
    assert {"code", "status", "reason", "legal_ref", "due", "published", "verdict"} <= set(uk7)


def test_a_built_notice_validates_reads_back_and_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "uk6.json", tmp_path / "again.json"
    assert run("notice", "build", "UK6", str(EXAMPLE), "-o", str(first))[0] == 0
    assert run("notice", "build", "UK6", str(EXAMPLE), "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    code, out, _ = run("notices", "validate", str(first))
    assert code == 0 and "no problems" in out
    code, out, _ = run("check", str(first), "--as-at", "2026-12-01", "--format", "json")
    [result] = json.loads(out)["results"]
    assert result["determinations"]["regime"] == "act"


def test_a_notice_missing_what_it_must_contain_is_refused(tmp_path: Path) -> None:
    record = tmp_path / "r.yaml"
    record.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "supplier: {name: Northgate Print Services Ltd, sme: true, vcse: false}\n", ""), encoding="utf-8")
    code, _, err = run("notice", "build", "UK6", str(record))
    assert code == 3 and "/supplier/name" in err


def test_an_invalid_package_fails_validation(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"version": "1.1", "releases": [{"ocid": "x"}]}), encoding="utf-8")
    code, out, _ = run("notices", "validate", str(path))
    assert code == 1 and "problem" in out
