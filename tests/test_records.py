from __future__ import annotations

from pathlib import Path

import pytest

from procrules.errors import InputError
from procrules.io.records import read_file, read_text

GOOD = """\
id: R-1
authority: {name: A, type: sub_central}
contract: {subject: goods, estimated_value: {amount: 10, vat_included: true}}
"""


def test_one_record() -> None:
    [loaded] = read_text(GOOD, "r.yaml")
    assert loaded.record is not None and loaded.record.id == "R-1"


def test_unknown_field_has_did_you_mean_and_position() -> None:
    [loaded] = read_text(GOOD.replace("subject", "subjet"), "r.yaml")
    messages = [str(p) for p in loaded.problems]
    assert "r.yaml:3:12: /contract/subjet unknown field `subjet` (did you mean `subject`?)" in messages
    assert "r.yaml:3:1: /contract/subject required field is missing" in messages


def test_wrong_enum_value() -> None:
    [loaded] = read_text(GOOD.replace("sub_central", "subcentral"), "r.yaml")
    [problem] = loaded.problems
    assert problem.pointer == "/authority/type"
    assert problem.message.endswith("found 'subcentral' (did you mean `sub_central`?)")


def test_ex_vat_amount_needs_a_rate() -> None:
    [loaded] = read_text(GOOD.replace("vat_included: true", "vat_included: false"), "r.yaml")
    [problem] = loaded.problems
    assert problem.pointer == "/contract/estimated_value"
    assert "needs vat_rate" in problem.message


def test_a_list_with_one_bad_record_keeps_the_others() -> None:
    text = "- " + GOOD.replace("\n", "\n  ") + "\n- {id: R-2}\n- " + GOOD.replace("R-1", "R-3").replace("\n", "\n  ")
    loaded = read_text(text, "list.yaml")
    assert [item.label for item in loaded] == ["R-1", "R-2", "R-3"]
    assert [item.record is None for item in loaded] == [False, True, False]
    assert {p.pointer for p in loaded[1].problems} == {"/1/authority", "/1/contract"}


def test_json_records(tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_text('[{"id": "J", "authority": {"name": "A", "type": "sub_central"}, "contract": {"subject": "works"}}]')
    [loaded] = read_file(f)
    assert loaded.record is not None and loaded.record.contract.subject == "works"


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "none.yaml")


def test_non_utf8_file(tmp_path: Path) -> None:
    f = tmp_path / "latin.yaml"
    f.write_bytes("id: caf\xe9\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_file(f)
