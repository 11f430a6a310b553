"""Property: on any record, the durable-rules evaluator agrees with the Python oracle exactly.

Records are generated around the figures that matter (thresholds, notifiable amounts, the Act's
commencement and the 2026 change, bank holidays), with facts missing as often as present.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procrules import api
from procrules.engine.durable import available
from procrules.model.record import Record

pytestmark = pytest.mark.skipif(not available()[0], reason=available()[1] or "durable-rules missing")

AMOUNTS = [0, 11999, 12000, 29999, 30000, 135018, 139688, 207720, 214904, 415440, 663540,
           884720, 5193000, 5372609, 6000000]
CPV = ["79800000", "85100000", "55520000", "45233142", "30190000", "79710000"]


def _day(lo: date, hi: date) -> st.SearchStrategy[date]:
    return st.integers(0, (hi - lo).days).map(lambda n: lo + timedelta(days=n))


BOUNDARIES = [date(2025, 2, 23), date(2025, 2, 24), date(2025, 12, 31), date(2026, 1, 1),
              date(2025, 12, 22), date(2026, 1, 6), date(2026, 3, 2), date(2026, 3, 11)]
DAYS = st.one_of(st.sampled_from(BOUNDARIES), _day(date(2024, 11, 1), date(2027, 6, 30)))


@st.composite
def records(draw: st.DrawFn) -> Record:
    maybe = lambda s: draw(st.one_of(st.none(), s))  # noqa: E731 - a local shorthand
    amount = draw(st.one_of(st.sampled_from(AMOUNTS), st.floats(0, 8e6, allow_nan=False)))
    vat_included = draw(st.booleans())
    data: dict[str, Any] = {
        "id": "H",
        "authority": {
            "name": "A",
            "type": draw(st.sampled_from(["central_government", "sub_central", "public_undertaking",
                                          "private_utility"])),
            "devolved": maybe(st.sampled_from(["welsh", "transferred_ni"])),
            "school": draw(st.booleans()),
        },
        "contract": {
            "subject": draw(st.sampled_from(["goods", "services", "works"])),
            "estimated_value": {
                "amount": maybe(st.just(amount)),
                "vat_included": vat_included,
                "vat_rate": 0.2 if not vat_included else None,
                "cannot_be_estimated": draw(st.booleans()) and draw(st.booleans()),
            },
            "options_and_extensions": [{"amount": a} for a in draw(st.lists(st.sampled_from([0, 5000, 45000]),
                                                                            max_size=2))],
            "cpv": draw(st.lists(st.sampled_from(CPV), max_size=2)),
            "utilities": draw(st.booleans()),
            "defence_and_security": draw(st.booleans()),
            "defence_only_under_s7_1_g": draw(st.booleans()),
            "concession": draw(st.booleans()),
            "light_touch": maybe(st.booleans()),
            "exempted": draw(st.booleans()) and draw(st.booleans()),
        },
        "procedure": {
            "type": maybe(st.sampled_from(["open", "competitive_flexible", "direct_award", "call_off",
                                           "dynamic_market_award", "below_threshold_open",
                                           "below_threshold_limited"])),
            "direct_award_ground": maybe(st.sampled_from(["sch5_para8", "sch5_para13", "s42"])),
            "commenced": maybe(DAYS),
        },
        "notices": [{"code": c, "date": d.isoformat()} for c, d in
                    draw(st.lists(st.tuples(st.sampled_from(["UK2", "UK4", "UK6"]), DAYS), max_size=3))],
        "milestones": {
            "contract_entered": maybe(DAYS),
            "standstill_end_stated": maybe(DAYS),
        },
    }
    return Record.model_validate(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), DAYS)
def test_engines_agree(record: Record, as_at: date) -> None:
    assert api.compare_engines([record], as_at=as_at) == []
