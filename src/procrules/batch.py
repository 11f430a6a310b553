"""Check a stream of input items with worker processes: one entry per item, in input order.

Items are sent to workers in chunks; at most a few chunks per worker are in flight, so memory
stays flat however long the register is. Each worker builds its own evaluator once (one
durable-rules host per process). With one worker everything runs in this process, on the same path.

The main process does as little as it can per item: a JSON Lines item is only its raw line (the
worker parses it), and the worker sends back a `PackedEntry` (the entry's JSON Lines line and a
small digest for the summary), not the entry itself.
"""

from __future__ import annotations

import gc
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
from procrules.io.sources import Item, parse_line
from procrules.model.record import Record
from procrules.model.results import CheckResult, problem_json
from procrules.reports.entries import PackedEntry
from procrules.reports.jsonl import pack

CHUNK = 256  # items per task: large enough to amortise the hand-off, small enough to stream
IN_FLIGHT = 3  # chunks per worker submitted ahead of the one being collected


def _read(item: Item) -> tuple[Item, Record | None, list[Problem]]:
    """An item parsed (a JSON Lines line is parsed here) and validated: its record, or the problems
    that stopped it, each naming the file, row or line, and column."""
    item = parse_line(item)
    record, problems = item.record, list(item.problems)
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
    if record is None and not problems:
        problems = [Problem(item.file, "", "no record could be read here", item.line)]
    return item, record, problems


def check_entries(items: list[Item], as_at: date, engine: EngineName, brief: bool = False) -> list[dict[str, Any]]:
    """The entry of each item: its CheckResult as JSON (`brief`: the brief form; the records checked
    together, so the evaluator can work them as one chunk), where it came from, its authority."""
    from procrules import api

    read = [_read(i) for i in items]
    records = [r for _, r, _ in read if r is not None]
    try:
        results: list[CheckResult | Exception] = list(api.check(records, as_at=as_at, engine=engine, brief=brief))
    except Exception:  # one record's failure must not take its chunk with it: find that record
        results = [_check_alone(r, as_at, engine, brief) for r in records]
    checked = iter(results)
    out = []
    for item, record, problems in read:
        result = next(checked) if record is not None else None
        if isinstance(result, Exception):
            problems = [Problem(item.file, "", f"{_where(item)}: procrules could not check this record "
                                               f"({type(result).__name__}: {result}); please report it", item.line)]
        if record is None or not isinstance(result, CheckResult):
            entry = CheckResult(item.label, as_at, input_errors=problems).to_json()
        else:
            entry = result.to_json(brief)
            entry["authority"] = record.authority.name
        entry["source"] = {"file": item.file, "row": item.row, "line": item.line}
        if item.warnings:
            entry["warnings"] = [problem_json(w) for w in item.warnings]
        out.append(entry)
    return out


def _check_alone(record: Record, as_at: date, engine: EngineName, brief: bool) -> CheckResult | Exception:
    """One record's result, or the exception that stopped it."""
    from procrules import api

    try:
        return api.check([record], as_at=as_at, engine=engine, brief=brief)[0]
    except Exception as exc:  # reported as that record's entry, and the batch goes on
        return exc


def _where(item: Item) -> str:
    """The item's place in its file: `row 12`, `line 3`, or the file."""
    return f"row {item.row}" if item.row else f"line {item.line}" if item.line else item.file


def check_item(item: Item, as_at: date, engine: EngineName) -> dict[str, Any]:
    """The entry of one item."""
    return check_entries([item], as_at, engine)[0]


def _column(columns: dict[str, str] | None, pointer: str) -> str | None:
    """The register column a record pointer came from (its nearest mapped parent)."""
    while columns and pointer:
        if pointer in columns:
            return columns[pointer]
        pointer = pointer.rsplit("/", 1)[0]
    return None


def _check_chunk(items: list[Item], as_at: date, engine: EngineName, brief: bool) -> list[PackedEntry]:
    """The packed entries of a chunk (run in a worker), sharing equal parts of their digests.

    On the Python evaluator the cyclic collector is paused meanwhile: a chunk makes a few hundred
    thousand objects that live until it is packed, and collections triggered on the way rescan
    them again and again (the chunk's cyclic garbage, of which it makes little, waits for the next
    collection after it). Not on durable-rules: its adapter leaves cyclic garbage for every
    record, and a paused chunk of it took a worker past a gigabyte."""
    pause = engine == "python" and gc.isenabled()
    if pause:
        gc.disable()
    try:
        return _packed(items, as_at, engine, brief)
    finally:
        if pause:
            gc.enable()


def _packed(items: list[Item], as_at: date, engine: EngineName, brief: bool) -> list[PackedEntry]:
    """The packed entries of a chunk, sharing equal parts of their digests."""
    shared: dict[bytes, Any] = {}
    out = []
    for item, entry in zip(items, check_entries(items, as_at, engine, brief), strict=True):
        try:
            out.append(pack(entry, shared))
        except UnicodeEncodeError as exc:  # JSON escapes can spell a lone surrogate, which is no character
            out.append(pack(_not_text(item, as_at, exc), shared))
    return out


def _not_text(item: Item, as_at: date, exc: UnicodeEncodeError) -> dict[str, Any]:
    """The input-error entry of an item whose text holds what UTF-8 cannot write."""
    where = _where(item)
    bad = exc.object[exc.start:exc.end].encode("unicode_escape").decode("ascii")
    problem = Problem(item.file, "", f"{where} holds {bad}, half of a surrogate pair and not a character; "
                                     f"correct the \\u escape in the input", item.line)
    label = f"{item.file}:{where}"
    entry = CheckResult(label, as_at, input_errors=[problem]).to_json()
    entry["source"] = {"file": item.file, "row": item.row, "line": item.line}
    return entry


def _settle(engine: EngineName) -> None:
    """Build the evaluator, then move what this process holds (the rule set and evaluator, kept for
    its life) out of the garbage collector's sight: otherwise every full collection rescans those
    hundred thousand objects, which costs about a fifth of a batch's time."""
    from procrules import api

    api.evaluator(engine)
    gc.collect()
    gc.freeze()


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_items(items: Iterable[Item], *, as_at: date, engine: EngineName = "python",
                workers: int | None = None, brief: bool = False) -> Iterator[PackedEntry]:
    """Every item's entry (`brief`: the brief form, see CheckResult.to_json), packed, in input order."""
    count = workers or default_workers()
    stream = iter(items)
    if count <= 1:
        _settle(engine)
        try:
            while chunk := list(islice(stream, CHUNK)):
                yield from _check_chunk(chunk, as_at, engine, brief)
        finally:  # this process is the caller's: leave its collector as it was
            gc.unfreeze()
        return
    # fork shares the loaded rule set with the workers for free; a durable-rules host is never
    # forked (its C state is per process), so that engine, and platforms without fork, spawn.
    forkable = engine == "python" and "fork" in multiprocessing.get_all_start_methods()
    method = "fork" if forkable else "spawn"
    with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context(method),
                             initializer=_settle, initargs=(engine,)) as pool:
        pending: deque[Future[list[PackedEntry]]] = deque()
        while True:
            while len(pending) < count * IN_FLIGHT:
                chunk = list(islice(stream, CHUNK))
                if not chunk:
                    break
                pending.append(pool.submit(_check_chunk, chunk, as_at, engine, brief))
            if not pending:
                return
            yield from pending.popleft().result()
