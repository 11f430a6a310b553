"""A packed entry's digest holds exactly what the standard library's parse of its parts gives,
whichever encoder wrote them (orjson, or the standard library for what orjson refuses)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from procrules.reports.jsonl import dumps, pack

_BEYOND_64_BITS = 2**70


def _entry(row: Any, title: Any) -> dict[str, Any]:
    return {"record": "R-1", "source": {"file": "a.csv", "row": row, "line": None},
            "findings": [{"rule": "X-1", "title": title, "severity": "error", "legal_ref": {"text": "s.1"}}]}


@pytest.mark.parametrize(("row", "title"), [(3, "plain"), (_BEYOND_64_BITS, "plain"), (2**64 - 1, 1.5),
                                            (-(2**63), _BEYOND_64_BITS), (None, "é\u2028")])
def test_the_digest_is_what_the_standard_library_parses(row: Any, title: Any) -> None:
    entry = _entry(row, title)
    packed, parsed = pack(entry, {}), json.loads(dumps(entry))
    for key in ("record", "source"):
        assert packed[key] == parsed[key]
        assert json.dumps(packed[key]) == json.dumps(parsed[key])  # ints stay ints, floats floats
    assert json.dumps(packed.brief("findings")) == json.dumps(parsed["findings"])
    assert type(packed["source"]["row"]) is type(row)
