"""The synthetic register generator: deterministic bytes, about 1% invalid, CSV readable by the mapping."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from pydantic import ValidationError

from procrules.io.tabular import iter_rows, load_mapping
from procrules.model.record import Record

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "generate_register.py"


def _load() -> ModuleType:
    """benchmarks/ is not a package, so load the script from its path."""
    spec = importlib.util.spec_from_file_location("generate_register", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load()


def generated_records(count: int, seed: int) -> list[Record]:
    """The valid records of a generated register of `count` rows (the generator corrupts about 1%
    of rows on purpose; those are left out)."""
    out = []
    for data, _ in gen.records(count, seed):
        with contextlib.suppress(ValidationError):
            out.append(Record.model_validate(data))
    return out


def _text(fmt: str, count: int, seed: int) -> tuple[str, int]:
    out = io.StringIO()
    invalid = gen.write(out, fmt, count, seed)
    return out.getvalue(), invalid


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.csv"
        done = subprocess.run([sys.executable, str(SCRIPT), "--count", "300", "--format", "csv", "-o", str(path)],
                              capture_output=True, text=True, check=True)
        assert done.stdout == ""
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("generate_register: 300 records (")
        outputs.append(path.read_bytes())
    assert outputs[0] == outputs[1]
    assert _text("jsonl", 300, 7) == _text("jsonl", 300, 7)
    assert _text("jsonl", 300, 7)[0] != _text("jsonl", 300, 8)[0]


def test_jsonl_records_are_valid_except_about_one_percent() -> None:
    text, invalid = _text("jsonl", 3000, 7)
    lines = text.splitlines()
    assert len(lines) == 3000
    failed = 0
    for line in lines:
        try:
            Record.model_validate(json.loads(line))
        except ValidationError:
            failed += 1
    assert failed == invalid
    assert 0.003 <= invalid / 3000 <= 0.02


def test_the_mix_covers_the_kinds() -> None:
    records = [rec for rec, _ in gen.records(3000, 7)]
    assert {r["authority"]["type"] for r in records} >= {
        "central_government", "sub_central", "public_undertaking", "private_utility"}
    assert {r["procedure"]["type"] for r in records} >= {
        "open", "competitive_flexible", "direct_award", "call_off", "dynamic_market_award", "below_threshold_open"}
    assert {r["contract"]["subject"] for r in records} >= {"goods", "services", "works"}
    assert any(r["contract"].get("light_touch") for r in records)
    assert any("framework" in r["contract"] for r in records)
    assert any("cpv" not in r["contract"] for r in records)  # deliberately missing fields
    amounts = [a for r in records if isinstance(a := r["contract"]["estimated_value"]["amount"], float)]
    assert min(amounts) < 10_000 and max(amounts) > 50_000_000
    days = [n["date"] for r in records for n in r["notices"]]
    assert min(days) >= "2025-01-01" and max(days) <= "2026-12-31"


def test_csv_reads_back_through_the_bundled_mapping(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    text, invalid = _text("csv", 2000, 11)
    path.write_text(text, encoding="utf-8")
    expected = {number for number, (_, bad) in enumerate(gen.records(2000, 11), start=2) if bad}
    assert len(expected) == invalid
    bad = set()
    for row in iter_rows(path, load_mapping(None)):
        if row.data is None:  # a cell the mapping cannot read
            bad.add(row.number)
            continue
        try:
            Record.model_validate(row.data)
        except ValidationError:
            bad.add(row.number)
    assert bad == expected
