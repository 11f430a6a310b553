"""Check a stream of input items with worker processes: one entry per item, in input order.

Items are sent to workers in chunks; at most a few chunks per worker are in flight, so memory
stays flat however long the register is. Each worker builds its own evaluator once (one
durable-rules host per process). With one worker everything runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import islice
from typing import Any

from pydantic import ValidationError

from procrules.engine.evaluation import EngineName
from procrules.errors import Problem
from procrules.io.records import validation_problems
from procrules.io.sources import Item
from procrules.model.record import Record
from procrules.model.results import CheckResult

CHUNK = 256  # items per task: large enough to amortise the hand-off, small enough to stream
IN_FLIGHT = 3  # chunks per worker submitted ahead of the one being collected


def _problem_json(p: Problem) -> dict[str, Any]:
    return {"source": p.source, "line": p.line, "column": p.column, "pointer": p.pointer, "message": p.message}


def check_item(item: Item, as_at: date, engine: EngineName) -> dict[str, Any]:
    """The entry of one item: its CheckResult as JSON, where it came from, its authority."""
    from procrules import api

    source = {"file": item.file, "row": item.row, "line": item.line}
    record = item.record
    problems = list(item.problems)
    if record is None and not problems and item.data is not None:
        where = f"row {item.row}" if item.row else f"line {item.line}" if item.line else ""

        def locate(pointer: str, message: str) -> Problem:
            column = _column(item.columns, pointer)
            place = f'{where}, column "{column}"' if column else where
            text = f"{place}, {pointer or 'record'}: {message}" if place else message
            return Problem(item.file, pointer, text, item.line)

        try:
            record = Record.model_validate(item.data)
        except ValidationError as exc:
            problems = validation_problems(exc, locate)
    if record is None:
        if not problems:
            problems = [Problem(item.file, "", "no record could be read here", item.line)]
        entry = CheckResult(item.label, as_at, input_errors=problems).to_json()
    else:
        entry = api.check([record], as_at=as_at, engine=engine)[0].to_json()
        entry["authority"] = record.authority.name
    entry["source"] = source
    if item.warnings:
        entry["warnings"] = [_problem_json(w) for w in item.warnings]
    return entry


def _column(columns: dict[str, str] | None, pointer: str) -> str | None:
    """The register column a record pointer came from (its nearest mapped parent)."""
    while columns and pointer:
        if pointer in columns:
            return columns[pointer]
        pointer = pointer.rsplit("/", 1)[0]
    return None


def _check_chunk(items: list[Item], as_at: date, engine: EngineName) -> list[dict[str, Any]]:
    return [check_item(i, as_at, engine) for i in items]


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_items(items: Iterable[Item], *, as_at: date, engine: EngineName = "python",
                workers: int | None = None) -> Iterator[dict[str, Any]]:
    """Every item's entry, in input order."""
    count = workers or default_workers()
    stream = iter(items)
    if count <= 1:
        for item in stream:
            yield check_item(item, as_at, engine)
        return
    # fork shares the loaded rule set with the workers for free; a durable-rules host is never
    # forked (its C state is per process), so that engine, and platforms without fork, spawn.
    forkable = engine == "python" and "fork" in multiprocessing.get_all_start_methods()
    method = "fork" if forkable else "spawn"
    with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context(method)) as pool:
        pending: deque[Future[list[dict[str, Any]]]] = deque()
        while True:
            while len(pending) < count * IN_FLIGHT:
                chunk = list(islice(stream, CHUNK))
                if not chunk:
                    break
                pending.append(pool.submit(_check_chunk, chunk, as_at, engine))
            if not pending:
                return
            yield from pending.popleft().result()
