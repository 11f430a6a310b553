"""The duty-coverage table of rules/README.md: current, complete, and built by the documented mapping."""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT.parent / "shared/research/duties.csv"
PACKS = ROOT / "rules" / "packs"
README = ROOT / "rules" / "README.md"


def _load_tool() -> ModuleType:
    """tools/ is not a package, so load the script from its path."""
    spec = importlib.util.spec_from_file_location("duties_table", ROOT / "tools" / "duties_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


dt = _load_tool()

needs_csv = pytest.mark.skipif(
    not CSV.is_file(),
    reason=f"the duty catalogue {CSV} is not here (it lives in ../shared, outside the repository)",
)


def _csv_ids() -> list[str]:
    with CSV.open(newline="", encoding="utf-8") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


def _table_ids(text: str) -> list[str]:
    """The first cell of every body row of the generated duty table in `text` (not the section table)."""
    block = text.split(dt.BEGIN, 1)[1].split(dt.END, 1)[0].split("### By section", 1)[0]
    rows = [line for line in block.splitlines() if line.startswith("| ")]
    return [line.split(" | ", 1)[0].removeprefix("| ") for line in rows[1:]]  # skip the header


# the real catalogue -------------------------------------------------------------------------


@needs_csv
def test_readme_is_up_to_date() -> None:
    diff = dt.readme_diff(README, CSV, PACKS)
    assert diff == [], "rules/README.md is out of date; run `python tools/duties_table.py`\n" + "".join(diff)


@needs_csv
def test_every_csv_id_appears_exactly_once_in_the_table() -> None:
    ids = _csv_ids()
    assert len(ids) == len(set(ids)), "duplicate ids in duties.csv"
    counts = Counter(_table_ids(README.read_text(encoding="utf-8")))
    assert counts == Counter(ids)


@needs_csv
def test_rule_duty_ids_exist_in_the_csv() -> None:
    unknown = dt.unknown_duties(CSV, PACKS)
    assert unknown == [], "\n".join(f"{u.rule} ({u.source}) names {u.duty}" for u in unknown)


@needs_csv
def test_every_row_gets_one_status_and_the_counts_add_up() -> None:
    rows = dt.coverage(dt.read_duties(CSV), dt.read_rule_duties(PACKS))
    assert len(rows) == len(_csv_ids())
    assert {r.status for r in rows} <= {"covered", "planned", "not checkable"}
    assert all((r.issue is not None) == (r.status == "planned") for r in rows)
    assert dt.summary(rows).startswith(f"**{len(rows)} duties:**")


def test_rule_duty_ids_are_text() -> None:
    """Runs without the catalogue: every pack parses and every `duties:` entry is an id string."""
    for rd in dt.read_rule_duties(PACKS):
        assert rd.duty.startswith(("PA-", "PR-")), rd


# a synthetic catalogue ------------------------------------------------------------------------

HEADER = "id,part,section,subsection,duty,trigger,applies_to,exemptions,deadline,evidence_in_record,checkable"
LONG = ("Do not enter into the contract before the mandatory standstill (8 working days beginning "
        "with the contract award notice day) or any longer standstill has ended")
ROWS = [
    ("PA-S51-1-2", "3", "51", "1-2", LONG, "yes"),
    ("PA-S11-1", "2", "11", "1", "Carry out a covered procurement only in accordance with the Act", "no"),
    ("PA-S11-2", "2", "11", "2", "Enter into a public contract only if awarded under s.19", "yes"),
    ("PA-S12-2", "2", "12", "2", "Treat suppliers the same", "partial"),
    ("PA-S86-1-A", "6", "86", "1(a)", "Have regard to SME barriers", "prompt"),
    ("PA-S21-1", "3", "21", "1", "Publish a tender notice", "yes"),
    ("PA-S21-3", "3", "21", "3", "Provide associated tender documents | as the notice says", "partial"),
    ("PA-S87-3", "6", "87", "3", "Publish a below-threshold contract details notice", "yes"),
    ("PA-S87-6", "6", "87", "6", "Time limits must be reasonable", "partial"),
    ("PA-S68-2", "4", "68", "2", "Pay within 30 days", "yes"),
    ("PA-S83-1", "5", "83", "1", "Prepare a conflicts assessment", "yes"),
    ("PA-S101-1", "9", "101", "1", "Do not enter into the contract while suspended", "yes"),
    ("PA-SCH5-P4", "Sch", "Sch 5 para 4", "-", "Artistic justification only for a unique work", "partial"),
    ("PA-SCH8-P7-A", "Sch", "Sch 8 para 7", "(a)", "Consider value for money", "partial"),
    ("PR-R6-3", "PR2024", "reg 6", "3", "Get each supplier's platform confirmation", "yes"),
    ("PR-R5-1-3-4", "PR2024", "reg 5", "1, 3-4", "Publish on the central digital platform", "yes"),
]
PACK = """\
pack: demo
title: Demo
rules:
  - id: DEMO-01
    title: A rule
    duties: [PA-S51-1-2, PA-S11-2]
  - id: DEMO-02
    title: Another rule naming the same duty
    duties: [PA-S51-1-2]
  - id: DEMO-03
    title: No duties
derive:
  - name: ignored
    duties: [NOT-A-DUTY]
"""


def _write_csv(path: Path, rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER.split(","))
        for ident, part, section, sub, duty, checkable in rows:
            writer.writerow([ident, part, section, sub, duty, "", "", "", "", "", checkable])
    return path


@pytest.fixture
def synthetic(tmp_path: Path) -> tuple[Path, Path]:
    csv_path = _write_csv(tmp_path / "duties.csv", ROWS)
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "demo.yaml").write_text(PACK, encoding="utf-8")
    (packs / "notes.txt").write_text("not a pack", encoding="utf-8")
    return csv_path, packs


def test_mapping_and_truncation_on_a_synthetic_catalogue(synthetic: tuple[Path, Path]) -> None:
    csv_path, packs = synthetic
    table = dt.build_table(csv_path, packs)
    rows = {line.split(" | ")[0].removeprefix("| "): line.strip("| ").split(" | ")
            for line in table.splitlines() if line.startswith("| P")}
    assert list(rows) == [r[0] for r in ROWS]

    def status(ident: str) -> tuple[str, str]:
        cells = rows[ident]
        return cells[4], cells[5]

    assert status("PA-S51-1-2") == ("covered", "`DEMO-01`, `DEMO-02`")
    assert status("PA-S11-2") == ("covered", "`DEMO-01`")
    assert status("PA-S11-1") == ("not checkable", "discharged only through the specific duties")
    procedure, notices, prompts = ("planned", "#3 law of procedure"), \
        ("planned", "#4 transparency notices and contract stage"), ("planned", "#6 strategic prompts")
    assert status("PA-S12-2") == procedure  # equal treatment is a duty, not a prompt
    assert status("PA-S86-1-A") == prompts
    assert status("PA-S21-1") == notices
    assert status("PA-S21-3") == procedure
    assert status("PA-S87-3") == notices
    assert status("PA-S87-6") == procedure
    assert status("PA-S68-2") == notices
    assert status("PA-S83-1") == procedure
    assert status("PA-S101-1") == notices
    assert status("PA-SCH5-P4") == procedure
    assert status("PA-SCH8-P7-A") == notices
    assert status("PR-R6-3") == procedure
    assert status("PR-R5-1-3-4") == notices

    # truncation: at most 90 characters, cut at a word, ending in an ellipsis
    short = rows["PA-S51-1-2"][2]
    assert len(short) <= dt.DUTY_LIMIT and short.endswith("…")
    assert LONG.startswith(short.removesuffix("…")) and LONG[len(short) - 1] == " "
    assert rows["PA-S11-2"][2] == "Enter into a public contract only if awarded under s.19"
    # citations and Markdown escaping
    assert rows["PA-S51-1-2"][1] == "s.51(1)–(2)"
    assert rows["PA-S86-1-A"][1] == "s.86(1)(a)"
    assert rows["PA-SCH8-P7-A"][1] == "Sch 8 para 7(a)"
    assert rows["PR-R5-1-3-4"][1] == "PR 2024 reg 5(1), (3)–(4)"
    assert "documents \\| as the notice says" in table
    # the count line
    assert table.splitlines()[0] == (
        "**16 duties:** 2 covered, 13 planned (#3 law of procedure 6, "
        "#4 transparency notices and contract stage 6, #6 strategic prompts 1), 1 not checkable."
    )


def test_shorten() -> None:
    assert dt.shorten("short  text\n here") == "short text here"
    assert dt.shorten("x" * 90) == "x" * 90
    assert dt.shorten("x" * 91) == "x" * 89 + "…"
    assert dt.shorten("alpha beta, gamma delta", limit=16) == "alpha beta…"


def test_unknown_duty_ids_are_reported(synthetic: tuple[Path, Path]) -> None:
    csv_path, packs = synthetic
    (packs / "extra.yaml").write_text(
        "pack: extra\ntitle: Extra\nrules:\n  - id: EXTRA-01\n    duties: [PA-S999-1]\n", encoding="utf-8")
    unknown = dt.unknown_duties(csv_path, packs)
    assert [(u.rule, u.duty, u.source) for u in unknown] == [("EXTRA-01", "PA-S999-1", "packs/extra.yaml")]
    with pytest.raises(dt.UnknownDutyError, match="PA-S999-1"):
        dt.build_table(csv_path, packs)


def test_a_row_outside_the_mapping_is_an_error(tmp_path: Path) -> None:
    csv_path = _write_csv(tmp_path / "duties.csv", [("PA-S108-3", "10", "108", "3", "Comply", "yes")])
    packs = tmp_path / "packs"
    packs.mkdir()
    with pytest.raises(dt.TableError, match="PA-S108-3"):
        dt.build_table(csv_path, packs)


def test_duplicate_ids_and_bad_checkable_are_errors(tmp_path: Path) -> None:
    row = ("PA-S4-3", "1", "4", "3", "Do not use discretion", "partial")
    with pytest.raises(dt.TableError, match="duplicate"):
        dt.read_duties(_write_csv(tmp_path / "dup.csv", [row, row]))
    with pytest.raises(dt.TableError, match="checkable"):
        dt.read_duties(_write_csv(tmp_path / "bad.csv", [(*row[:5], "maybe")]))


def test_readme_markers_are_created_replaced_or_appended() -> None:
    block = "counts\n\n| table |"
    created = dt.updated_readme(None, block)
    assert f"{dt.HEADING}\n\n{dt.BEGIN}\n{block}\n{dt.END}\n" in created

    current = f"# Guide\n\nText.\n\n{dt.BEGIN}\nold table\n{dt.END}\n\nAfter.\n"
    assert dt.updated_readme(current, block) == f"# Guide\n\nText.\n\n{dt.BEGIN}\n{block}\n{dt.END}\n\nAfter.\n"
    assert dt.updated_readme(dt.updated_readme(current, block), block) == dt.updated_readme(current, block)

    appended = dt.updated_readme("# Guide\n\nText.\n", block)
    assert appended == f"# Guide\n\nText.\n\n{dt.HEADING}\n\n{dt.BEGIN}\n{block}\n{dt.END}\n"

    with pytest.raises(dt.TableError):
        dt.updated_readme(f"{dt.END}\n{dt.BEGIN}\n", block)


def test_check_reports_a_stale_readme(synthetic: tuple[Path, Path], tmp_path: Path) -> None:
    csv_path, packs = synthetic
    readme = tmp_path / "README.md"
    assert dt.readme_diff(readme, csv_path, packs)  # missing file
    readme.write_text(dt.updated_readme("# Guide\n", dt.build_table(csv_path, packs)), encoding="utf-8")
    assert dt.readme_diff(readme, csv_path, packs) == []
    readme.write_text(readme.read_text(encoding="utf-8").replace("covered", "planned", 1), encoding="utf-8")
    diff = dt.readme_diff(readme, csv_path, packs)
    assert any(line.startswith("-") and "planned" in line for line in diff)


@needs_csv
def test_section_table_lists_every_section_of_parts_1_to_3_and_6() -> None:
    block = README.read_text(encoding="utf-8").split("### By section", 1)[1]
    keys = [line.split(" | ", 1)[0].removeprefix("| ") for line in block.splitlines() if line.startswith("| ")][1:]
    assert [k for k in keys if k.startswith("s.")] == [f"s.{n}" for n in (*range(1, 67), *range(84, 89))]
    assert "Sch 5 para 20" in keys and "Sch 2 para 38" in keys
    row = next(line for line in block.splitlines() if line.startswith("| s.51 |"))
    assert "`PA23-STANDSTILL-01`" in row


def test_the_authoring_guide_lists_every_value_function() -> None:
    from procrules.engine.expressions import FUNCTIONS

    guide = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    missing = [name for name in FUNCTIONS if f"{{{name}:" not in guide and f"`{name}`" not in guide]
    assert not missing, f"rules/README.md does not describe: {missing}"
