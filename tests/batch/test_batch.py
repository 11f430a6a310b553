"""`procrules batch` and `api.batch`: one entry per input row, in order, whatever goes wrong."""

from __future__ import annotations

import gc
import inspect
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from procrules import api
from procrules.batch import check_item
from procrules.cli import cli
from procrules.io.sources import iter_items, parse_line
from procrules.reports.jsonl import dumps
from tests.conftest import ROOT

AS_AT = date(2026, 12, 1)
EXAMPLES = ROOT / "examples"


def _lines(tmp_path: Path) -> Path:
    """Three good records, a line that is not JSON, a record with a wrong field, a blank line."""
    good = [json.loads(json.dumps(r.record.model_dump(mode="json")))
            for r in api.read_records(sorted(EXAMPLES.glob("*.yaml")))]
    bad_record = {**good[0], "id": "BAD-1", "contract": {**good[0]["contract"], "subjcet": "goods"}}
    lines = [json.dumps(good[0]), "{not json", json.dumps(bad_record), "", json.dumps(good[1]), json.dumps(good[2])]
    path = tmp_path / "register.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_line_gives_one_entry_in_order(tmp_path: Path) -> None:
    entries = list(api.batch([str(_lines(tmp_path))], as_at=AS_AT, workers=1))
    assert [e["source"]["line"] for e in entries] == [1, 2, 3, 5, 6]
    assert [bool(e.get("input_errors")) for e in entries] == [False, True, True, False, False]
    [not_json] = entries[1]["input_errors"]
    assert "line 2 is not JSON" in not_json["message"]
    [wrong_field] = entries[2]["input_errors"]
    assert wrong_field["pointer"] == "/contract/subjcet" and "did you mean `subject`" in wrong_field["message"]
    assert "line 3" in wrong_field["message"]
    assert entries[0]["authority"] and entries[0]["determinations"]["regime"] == "act"


def test_a_batch_in_this_process_leaves_its_garbage_collector_as_it_was(tmp_path: Path) -> None:
    """The batch freezes the loaded rule set out of the collector's sight while it runs (workers
    keep it so for their life); the caller's own process gets its collector back, even when the
    caller stops reading early."""
    assert gc.get_freeze_count() == 0
    entries = api.batch([str(_lines(tmp_path))], as_at=AS_AT, workers=1)
    next(iter(entries))
    assert gc.get_freeze_count() > 0  # while the batch runs
    list(entries)
    assert gc.get_freeze_count() == 0
    stopped = api.batch([str(_lines(tmp_path))], as_at=AS_AT, workers=1)
    next(stopped)
    assert inspect.isgenerator(stopped)
    stopped.close()
    assert gc.get_freeze_count() == 0


def test_workers_give_the_same_entries_in_the_same_order(tmp_path: Path) -> None:
    path = _lines(tmp_path)
    many = tmp_path / "many.jsonl"
    many.write_text(path.read_text(encoding="utf-8") * 120, encoding="utf-8")  # > two chunks of work
    one = list(api.batch([str(many)], as_at=AS_AT, workers=1))
    two = list(api.batch([str(many)], as_at=AS_AT, workers=2))
    assert len(one) == 600 and one == two


def test_yaml_files_and_a_json_list(tmp_path: Path) -> None:
    records = [r.record.model_dump(mode="json") for r in api.read_records([EXAMPLES / "dfe-managed-print.yaml"])]
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([*records, 7]), encoding="utf-8")
    entries = list(api.batch([str(EXAMPLES / "dfe-managed-print.yaml"), str(listed)], as_at=AS_AT, workers=1))
    assert [e["record"] for e in entries[:2]] == ["DFE-2026-0142", "DFE-2026-0142"]
    assert entries[0]["findings"] == entries[1]["findings"]
    assert "expected a record" in entries[2]["input_errors"][0]["message"]


def test_cli_writes_jsonl_and_exits_3_when_rows_were_bad(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(_lines(tmp_path)), "--as-at", "2026-12-01", "--workers", "1",
                                      "-o", str(out)])
    assert result.exit_code == 3, result.output
    assert "records checked" in result.stdout and "5" in result.stdout
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    again = tmp_path / "again.jsonl"
    CliRunner().invoke(cli, ["batch", str(_lines(tmp_path)), "--as-at", "2026-12-01", "--workers", "2",
                             "-o", str(again)])
    assert again.read_bytes() == out.read_bytes()  # rerunning gives byte-identical output


def test_cli_reads_standard_input_and_exits_0_on_a_clean_record() -> None:
    [loaded] = api.read_records([EXAMPLES / "dfe-managed-print.yaml"])
    line = json.dumps(loaded.record.model_dump(mode="json")) + "\n"
    result = CliRunner().invoke(cli, ["batch", "-", "--as-at", "2026-12-01", "--workers", "1"], input=line)
    assert result.exit_code == 0, result.output
    [entry] = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert entry["record"] == "DFE-2026-0142" and entry["source"]["file"] == "<stdin>"


def test_unknown_input_kind_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(path)])
    assert result.exit_code == 3
    assert "unknown kind of file" in result.stderr


@pytest.mark.parametrize("name", ["council-contracts.csv", "council-contracts.xlsx"])
def test_registers_in_csv_and_xlsx(name: str) -> None:
    entries = list(api.batch([str(EXAMPLES / "registers" / name)], as_at=AS_AT, workers=1))
    assert entries and all(e["source"]["row"] for e in entries)
    assert [e["source"]["row"] for e in entries] == sorted(e["source"]["row"] for e in entries)
    assert any(e.get("input_errors") for e in entries) and any(e.get("findings") is not None for e in entries)


@pytest.mark.parametrize(("suffix", "marker"), [(".csv", b"record"), (".html", b"<html"), (".sarif", b"2.1.0"),
                                                (".xml", b"<testsuite"), (".xlsx", b"PK")])
def test_the_report_format_follows_the_output_suffix(tmp_path: Path, suffix: str, marker: bytes) -> None:
    out = tmp_path / f"report{suffix}"
    result = CliRunner().invoke(cli, ["batch", str(EXAMPLES / "dfe-managed-print.yaml"), "--as-at", "2026-12-01",
                                      "--workers", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert marker in out.read_bytes()[:4000]


def test_an_output_suffix_with_no_format_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", str(EXAMPLES / "dfe-managed-print.yaml"), "-o",
                                      str(tmp_path / "x.pdf")])
    assert result.exit_code == 2 and "give --format" in result.output


def _bad_lines(tmp_path: Path) -> Path:
    """A BOM then a good record, a line not UTF-8, one not JSON, one a list, white space only, a good record."""
    good = [json.dumps(r.record.model_dump(mode="json")).encode()
            for r in api.read_records(sorted(EXAMPLES.glob("*.yaml")))]
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + good[0] + b"\n\xff\xfe{}\n{not json\n[1, 2]\n\xc2\xa0\n\n" + good[1] + b"\n")
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_lines_give_the_same_error_entries_in_the_worker(tmp_path: Path, workers: int) -> None:
    path = _bad_lines(tmp_path)
    entries = list(api.batch([str(path)], as_at=AS_AT, workers=workers))
    assert [e["source"]["line"] for e in entries] == [1, 2, 3, 4, 7]  # blank lines (even U+00A0) give none
    assert not entries[0].get("input_errors") and not entries[4].get("input_errors")

    def error(line: int, message: str, column: int | None = None) -> dict[str, Any]:
        return {"record": f"{path}:line {line}", "source": {"file": str(path), "row": None, "line": line},
                "input_errors": [{"source": str(path), "line": line, "column": column, "pointer": "",
                                  "message": message}]}

    assert [dict(e) for e in entries[1:4]] == [
        error(2, "line 2 is not UTF-8 (invalid start byte at byte 0); save it as UTF-8"),
        error(3, "line 3 is not JSON: Expecting property name enclosed in double quotes at column 2", 2),
        error(4, "line 4: expected a record (a JSON object), found list")]


def test_the_main_process_only_splits_json_lines(tmp_path: Path) -> None:
    items = list(iter_items([str(_bad_lines(tmp_path))]))
    assert [(i.line, i.data) for i in items] == [(1, None), (2, None), (3, None), (4, None), (7, None)]
    assert items[2].text == b"{not json\n"
    parsed = parse_line(items[0])
    assert parsed.text is None and parsed.data and parsed.data["id"] and not parsed.problems


@pytest.mark.parametrize("workers", [1, 2])
def test_jsonl_output_is_the_entries_serialised(tmp_path: Path, workers: int) -> None:
    path = tmp_path / "many.jsonl"
    path.write_bytes(_bad_lines(tmp_path).read_bytes() + _lines(tmp_path).read_bytes() * 60)  # > one chunk
    expected = "".join(dumps(check_item(i, AS_AT, "python")) + "\n" for i in iter_items([str(path)]))
    out = io.BytesIO()
    summary = api.write_report(api.batch([str(path)], as_at=AS_AT, workers=workers), "jsonl", out)
    assert out.getvalue().decode("utf-8") == expected
    assert summary.records == len(expected.splitlines()) == 5 + 5 * 60


def test_a_bad_line_on_standard_input_names_stdin_and_the_line() -> None:
    [loaded] = api.read_records([EXAMPLES / "dfe-managed-print.yaml"])
    text = json.dumps(loaded.record.model_dump(mode="json")) + "\n\nnope\n"
    result = CliRunner().invoke(cli, ["batch", "-", "--as-at", "2026-12-01", "--workers", "2"], input=text)
    assert result.exit_code == 3, result.output
    entries = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [e["source"] for e in entries] == [{"file": "<stdin>", "row": None, "line": n} for n in (1, 3)]
    assert entries[1]["input_errors"] == [{"source": "<stdin>", "line": 3, "column": 1, "pointer": "",
                                           "message": "line 3 is not JSON: Expecting value at column 1"}]


def test_blank_lines_before_the_first_record_on_standard_input_keep_the_line_numbers() -> None:
    [loaded] = api.read_records([EXAMPLES / "dfe-managed-print.yaml"])
    text = "\n  \n" + json.dumps(loaded.record.model_dump(mode="json")) + "\n\xff\xfe not utf-8\n"
    result = CliRunner().invoke(cli, ["batch", "-", "--as-at", "2026-12-01", "--workers", "1"],
                                input=text.encode("latin-1"))
    entries = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [e["source"]["line"] for e in entries] == [3, 4]
    assert "line 4 is not UTF-8" in entries[1]["input_errors"][0]["message"]
    assert result.exit_code == 3, result.output


def test_a_lone_surrogate_is_that_lines_input_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    [loaded] = api.read_records([EXAMPLES / "dfe-managed-print.yaml"])
    good = loaded.record.model_dump(mode="json")
    path = tmp_path / "surrogate.jsonl"
    bad = json.dumps({**good, "id": "ID-1"}).replace('"ID-1"', '"ID-\\ud800"')  # the id is in the entry
    path.write_text(f"{bad}\n{json.dumps(good)}\n", encoding="utf-8")
    out = io.BytesIO()
    summary = api.write_report(api.batch([str(path)], as_at=AS_AT, workers=1), "jsonl", out)
    first, second = [json.loads(x) for x in out.getvalue().decode("utf-8").splitlines()]
    assert first["input_errors"][0]["message"] == (
        "line 1 holds \\ud800, half of a surrogate pair and not a character; correct the \\u escape in the input")
    assert second["record"] == good["id"] and "findings" in second
    assert summary.records == 2 and summary.records_with_input_errors == 1


def test_a_record_the_evaluator_fails_on_is_its_own_entry_and_the_rest_are_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from procrules.engine.python import PythonEvaluator
    from procrules.errors import EngineError

    real = PythonEvaluator.evaluate_many

    def failing(self: PythonEvaluator, ids: Any, ctxs: Any) -> Any:
        if "BAD-ENGINE" in ids:
            raise EngineError("the evaluator met something it cannot handle")
        return real(self, ids, ctxs)

    monkeypatch.setattr(PythonEvaluator, "evaluate_many", failing)
    good = [json.loads(json.dumps(r.record.model_dump(mode="json")))
            for r in api.read_records(sorted(EXAMPLES.glob("*.yaml")))]
    lines = [good[0], {**good[1], "id": "BAD-ENGINE"}, good[2]] * 8  # 24 records: one chunk, columns
    path = tmp_path / "register.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    entries = list(api.batch([str(path)], as_at=AS_AT, workers=1))
    assert len(entries) == 24
    failed = [e for e in entries if e.get("input_errors")]
    assert [e["source"]["line"] for e in failed] == list(range(2, 25, 3))
    assert failed[0]["input_errors"][0]["message"] == (
        "line 2: procrules could not check this record (EngineError: the evaluator met something it "
        "cannot handle); please report it")
    assert all("findings" in e for e in entries if not e.get("input_errors"))


def test_brief_entries_keep_findings_whole_and_leave_out_what_every_record_repeats(tmp_path: Path) -> None:
    path = _lines(tmp_path)
    full = [dict(e) for e in api.batch([str(path)], as_at=AS_AT, workers=1)]
    brief = [dict(e) for e in api.batch([str(path)], as_at=AS_AT, workers=1, brief=True)]
    assert [e["source"] for e in brief] == [e["source"] for e in full]
    for f, b in zip(full, brief, strict=True):
        if f.get("input_errors"):
            assert b == f  # an input error is reported whole either way
            continue
        assert b["brief"] is True and b["findings"] == f["findings"]
        assert [p["rule"] for p in b["prompts"]] == [p["rule"] for p in f["prompts"]]
        assert all(set(p) == {"rule", "title", "question", "why", "source", "legal_ref"} for p in b["prompts"])
        assert [(t["rule"], t.get("missing", [])) for t in f["not_demonstrated"]] == \
            [(t["rule"], t["missing"]) for t in b["not_demonstrated"]]
        quiet = ("not_required", "optional")
        in_play = [n["code"] for n in f["determinations"]["notices"] if n["verdict"] not in quiet]
        assert [n["code"] for n in b["determinations"]["notices"]] == in_play
        assert None not in b["determinations"].values()
        assert len(json.dumps(b)) < len(json.dumps(f)) * 0.7
    assert any(e.get("findings") for e in brief) and any(e.get("prompts") for e in brief)


def test_batch_brief_on_the_command_line_feeds_every_report(tmp_path: Path) -> None:
    path = _lines(tmp_path)
    for suffix in ("jsonl", "html", "csv", "sarif"):
        out = tmp_path / f"brief.{suffix}"
        result = CliRunner().invoke(cli, ["batch", str(path), "--as-at", "2026-12-01", "--brief", "-o", str(out)])
        assert result.exit_code == 3, result.output  # the register has two bad rows
        assert "PA23-" in out.read_text(encoding="utf-8")
