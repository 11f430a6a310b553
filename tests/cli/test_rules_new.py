"""`procrules rules new`: a Gherkin rule file that compiles and runs before anything is filled in."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from procrules import spec
from procrules.cli import cli
from procrules.lang.load import load_rules


def test_the_scaffold_compiles_and_has_a_firing_and_a_non_firing_example(tmp_path: Path) -> None:
    out = tmp_path / "new.feature"
    result = CliRunner().invoke(cli, ["rules", "new", "--section", "96", "--subsection", "1",
                                      "--id", "PA23-S96-77", "--duty", "PA-S96-1-A", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    rs = load_rules(extra_packs=[(str(out), text)])
    rule = rs.rule("PA23-S96-77")
    assert rule is not None and rule.legal_ref.text == "PA2023 s.96(1)" and rule.duties == ("PA-S96-1-A",)
    [row] = [r for r in spec.coverage([out], rs) if r.rule == "PA23-S96-77"]
    assert row.fires and row.does_not_fire


def test_a_section_that_is_not_a_number_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["rules", "new", "--section", "fifty-two"])
    assert result.exit_code == 2 and "section number" in result.output
