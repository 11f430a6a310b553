"""Where a batch worker's time goes: CPU time per record of each stage of its path.

Times, on a generated register, each stage a worker runs for a record (`batch._check_chunk`),
one stage at a time over all the records, the collector paused as in a worker: parse the JSON
line, validate the record, read its facts, evaluate the rules (in chunks of `api.CHUNK`, as the
batch does), assemble the result, make its JSON form, and encode and pack it for the main process. Then the whole
chunk path as the worker runs it, the pickling that hands the packed chunk to the main process,
and one copy of the entries' bytes (the pipeline copies each entry's line several times between
the worker and the output file). Each figure is the best of `--repeat` runs, so a busy host
disturbs it less.

    python benchmarks/batch_stages.py [--records 2048] [--repeat 5] [--brief]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import pickle
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_register as gen

from procrules import api
from procrules.batch import _check_chunk
from procrules.engine.evaluation import Evaluation
from procrules.engine.expressions import Context
from procrules.engine.outcomes import assemble
from procrules.io.sources import Item
from procrules.model.record import Record
from procrules.model.results import CheckResult
from procrules.reports.entries import PackedEntry
from procrules.reports.jsonl import pack

AS_AT = date(2026, 12, 1)


def best(repeat: int, work: Callable[[Any], Any], given: Callable[[], Any]) -> tuple[float, Any]:
    """The least CPU seconds of `repeat` runs of `work` on what `given` makes afresh for each run
    (untimed: the evaluator and assembly keep what they work out on their inputs), and what its
    last run gave."""
    least, out = float("inf"), None
    for _ in range(repeat):
        inputs = given()
        start = time.process_time()
        out = work(inputs)
        least = min(least, time.process_time() - start)
    return least, out


def chunks(values: list[Any]) -> list[list[Any]]:
    """`values` in the chunks the batch works in."""
    return [values[k:k + api.CHUNK] for k in range(0, len(values), api.CHUNK)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=2048, help="register rows to generate (default 2048)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each stage; the best is shown (default 5)")
    parser.add_argument("--brief", action="store_true", help="time the brief form (batch --brief)")
    args = parser.parse_args()

    lines = [orjson.dumps(data) for data, _ in gen.records(args.records, seed=7)]
    rules, engine = api.ruleset(), api.evaluator("python")
    gc.collect()
    gc.freeze()  # as a worker does once it has its evaluator (batch._settle)
    gc.disable()  # as a worker's chunk does (batch._check_chunk)

    stages: list[tuple[str, float]] = []

    def stage(name: str, work: Callable[[Any], Any], given: Callable[[], Any]) -> Any:
        seconds, out = best(args.repeat, work, given)
        stages.append((name, seconds))
        return out

    def validate(data: list[Any]) -> list[Record]:
        out = []
        for d in data:
            with contextlib.suppress(ValueError):  # the generator's corrupt rows: input-error entries in a batch
                out.append(Record.model_validate(d))
        return out

    def facts() -> list[tuple[dict[str, Any], Context]]:
        """Every record's facts and evaluation context, made afresh."""
        return [api._context(r, AS_AT) for r in records]

    def evaluate(contexts: list[tuple[dict[str, Any], Context]]) -> list[Evaluation]:
        out: list[Evaluation] = []
        for part in chunks(list(zip(records, contexts, strict=True))):
            out += engine.evaluate_many([r.id for r, _ in part], [ctx for _, (_, ctx) in part])
        return out

    def assembled(evaluated: tuple[list[tuple[dict[str, Any], Context]], list[Evaluation]]) -> list[CheckResult]:
        contexts, evaluations = evaluated
        return [assemble(r.id, AS_AT, rules, f, e, brief=args.brief)
                for r, (f, _), e in zip(records, contexts, evaluations, strict=True)]

    def evaluated() -> tuple[list[tuple[dict[str, Any], Context]], list[Evaluation]]:
        contexts = facts()
        return contexts, evaluate(contexts)

    def packed(entries: list[dict[str, Any]]) -> list[PackedEntry]:
        shared: dict[bytes, Any] = {}
        return [pack(e, shared) for e in entries]

    data = stage("parse JSON line (orjson)", lambda given: [orjson.loads(line) for line in given], lambda: lines)
    records = stage("validate record (pydantic)", validate, lambda: data)
    stage("read facts", lambda _: facts(), lambda: None)
    stage("evaluate rules (chunks)", evaluate, facts)
    results = stage("assemble result", assembled, evaluated)
    entries = stage("JSON form (to_json)", lambda given: [r.to_json(args.brief) for r in given], lambda: results)
    stage("encode and pack", packed, lambda: entries)
    n = len(records)
    print(f"{n} records checked ({len(lines) - n} of {len(lines)} rows invalid on purpose), "
          f"{'brief' if args.brief else 'whole'} entries, CPU µs per record, best of {args.repeat}:\n")
    for name, seconds in stages:
        print(f"  {name:34} {seconds / n * 1e6:8.1f}")
    print(f"  {'sum of the stages':34} {sum(s for _, s in stages) / n * 1e6:8.1f}")

    items = [Item("register.jsonl", line=i + 1, text=line) for i, line in enumerate(lines)]
    seconds, packed_chunks = best(args.repeat, lambda given: [_check_chunk(c, AS_AT, "python", args.brief)
                                                              for c in chunks(given)], lambda: items)
    print(f"\n  {'whole chunk path (_check_chunk)':34} {seconds / len(items) * 1e6:8.1f}  (per row, bad rows too)")
    seconds, _ = best(args.repeat, lambda given: [pickle.dumps(c, pickle.HIGHEST_PROTOCOL) for c in given],
                      lambda: packed_chunks)
    print(f"  {'pickle the packed chunk':34} {seconds / len(items) * 1e6:8.1f}")
    line_bytes = [[e.line for e in c] for c in packed_chunks]
    seconds, _ = best(args.repeat, lambda given: [b"".join(c) for c in given], lambda: line_bytes)
    size = sum(len(line) for c in line_bytes for line in c) / len(items)
    print(f"  {'one copy of the entries':34} {seconds / len(items) * 1e6:8.1f}  ({size:,.0f} bytes per entry)")


if __name__ == "__main__":
    main()
