from __future__ import annotations

from datetime import date

import pytest

from procrules import api
from procrules.engine import durable
from procrules.engine.outcomes import display, render
from procrules.errors import EngineError
from tests.conftest import make_record


@pytest.mark.parametrize(("value", "shown"), [
    (date(2026, 1, 6), "6 January 2026"), (180000.0, "180,000"), (1234.5, "1,234.50"), (True, "yes"),
    (None, "(unknown)"), ("below_threshold_open", "below threshold open"),
])
def test_display(value: object, shown: str) -> None:
    assert display(value) == shown


def test_render_fills_placeholders_and_folds_whitespace() -> None:
    assert render("Ends  on\n{standstill_end}; value £{v}.", {"standstill_end": date(2026, 1, 6), "v": 5e6}) \
        == "Ends on 6 January 2026; value £5,000,000."


def test_not_demonstrated_lists_only_the_root_cause() -> None:
    record = make_record(procedure={"commenced": None})
    [result] = api.check([record], as_at=date(2026, 12, 1))
    missing = {t.rule: t.missing for t in result.not_demonstrated}
    assert missing["PA23-ROUTE-01"] == ("procedure.commenced",)
    assert result.determinations["regime"] is None
    assert result.findings == []


def test_old_regime_raises_no_act_finding() -> None:
    record = make_record(procedure={"type": "below_threshold_open", "commenced": "2025-02-23"})
    [result] = api.check([record], as_at=date(2026, 12, 1))
    assert result.determinations["regime"] == "old_regime"
    assert [f.rule for f in result.findings] == ["PA23-REGIME-01"]
    assert result.determinations["threshold"] is None


def test_durable_unavailable_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(durable, "_IMPORT_ERROR", ImportError("undefined symbol: PyEval_CallObject"))
    with pytest.raises(EngineError, match="Use --engine python"):
        durable.DurableEvaluator(api.ruleset())
