"""Throughput and memory of `procrules batch` on generated registers.

For each size it prints records/s and peak RSS for: the floor (read JSON Lines + validate
records, no rules), the batch with 1 worker and with every core (and with `--brief` entries),
on the default (Python) evaluator; then the durable-rules evaluator on a smaller register. Each
run is its own process, so each peak RSS is its own (the batch's peak includes its workers).

    python benchmarks/batch_throughput.py [--sizes 10000,100000] [--durable 1000] [--workers N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROCRULES = [str(Path(sys.executable).parent / "procrules")]
FLOOR = """
import json, sys
from procrules.model.record import Record
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        Record.model_validate(json.loads(line))
    except Exception:
        pass
    n += 1
print(n)
"""


def run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a command, by GNU time (the largest single process: the
    parent, or any worker process it waited for)."""
    done = subprocess.run(["/usr/bin/time", "-f", "%e %M", *args], check=False, capture_output=True, text=True)
    seconds, kilobytes = done.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def line(size: int, label: str, seconds: float, rss: float | None, floor: float | None) -> None:
    """One row of the table."""
    shown_rss = f"{rss:>12.0f}" if rss is not None else f"{'':>12}"
    ratio = f"{seconds / floor:>8.1f}" if floor else f"{'':>8}"
    print(f"{size:>10,}  {label:<24} {size / seconds:>10,.0f} {shown_rss} {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="register sizes, comma-separated")
    parser.add_argument("--durable", type=int, default=1000, help="records for the durable-rules run")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    options = parser.parse_args()
    print(f"cores available: {len(os.sched_getaffinity(0))}; all-worker runs use {options.workers}")
    print(f"{'register':>10}  {'run':<24} {'records/s':>10} {'peak RSS MB':>12} {'× floor':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out.jsonl")
        for size in [int(s) for s in options.sizes.split(",")]:
            register = Path(tmp) / f"register-{size}.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate_register.py"), "--count", str(size),
                            "-o", str(register)], check=True, stderr=subprocess.DEVNULL)
            floor, rss = run([sys.executable, "-c", FLOOR, str(register)])
            line(size, "floor (parse+validate)", floor, rss, floor)
            batch = [*PROCRULES, "batch", str(register), "--as-at", "2026-12-01", "-o", out]
            for workers in (1, options.workers):
                seconds, rss = run([*batch, "--workers", str(workers)])
                line(size, f"batch, {workers} worker(s)", seconds, rss, floor)
            seconds, rss = run([*batch, "--workers", str(options.workers), "--brief"])
            line(size, f"batch --brief, {options.workers} w.", seconds, rss, floor)
        if options.durable:
            register = Path(tmp) / "register-durable.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate_register.py"), "--count", str(options.durable),
                            "-o", str(register)], check=True, stderr=subprocess.DEVNULL)
            batch = [*PROCRULES, "batch", str(register), "--as-at", "2026-12-01", "--engine", "durable", "-o", out]
            for workers in (1, options.workers):
                seconds, rss = run([*batch, "--workers", str(workers)])
                line(options.durable, f"durable, {workers} worker(s)", seconds, rss, None)


if __name__ == "__main__":
    main()
