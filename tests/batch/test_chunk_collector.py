"""A chunk is checked with the cyclic collector paused (on the Python evaluator), and leaves it as
it found it."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from datetime import date

import pytest

from procrules import batch
from procrules.io.sources import Item
from tests.conftest import make_record

AS_AT = date(2026, 12, 1)


@pytest.fixture
def collecting() -> Iterator[None]:
    """The collector enabled, as a caller normally has it, whatever a test does to it."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _items() -> list[Item]:
    record = json.loads(make_record().model_dump_json())
    return [Item(file="r.jsonl", line=1, text=json.dumps(record))]


@pytest.mark.usefixtures("collecting")
def test_the_collector_is_paused_for_a_chunk_and_enabled_after() -> None:
    seen: list[bool] = []
    check = batch.check_entries

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return check(*args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(batch, "check_entries", spy)
        [entry] = batch._check_chunk(_items(), AS_AT, "python", False)
    assert seen == [False] and gc.isenabled()
    assert entry["record"] == make_record().id


@pytest.mark.usefixtures("collecting")
def test_a_failing_chunk_leaves_the_collector_enabled() -> None:
    def fail(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(batch, "check_entries", fail)
        with pytest.raises(RuntimeError):
            batch._check_chunk(_items(), AS_AT, "python", False)
    assert gc.isenabled()


@pytest.mark.usefixtures("collecting")
def test_a_caller_that_disabled_the_collector_keeps_it_disabled() -> None:
    gc.disable()
    batch._check_chunk(_items(), AS_AT, "python", False)
    assert not gc.isenabled()


@pytest.mark.usefixtures("collecting")
def test_a_durable_chunk_runs_with_the_collector_on() -> None:
    """durable-rules leaves cyclic garbage for every record: paused, a chunk of it grew past 1 GB."""
    seen: list[bool] = []

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return []

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(batch, "check_entries", spy)
        assert batch._check_chunk([], AS_AT, "durable", False) == []
    assert seen == [True] and gc.isenabled()
