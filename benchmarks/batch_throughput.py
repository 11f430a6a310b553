"""Throughput and memory of `procrules batch` on generated registers.

For each size it prints records/s, CPU time per record (user + system, the workers' included)
and peak RSS for: the floor (read JSON Lines + validate records, no rules), the batch with 1
worker and with every core (and with `--brief` entries), on the default (Python) evaluator; then
the durable-rules evaluator on a smaller register. Each run is its own process, so each peak RSS
is its own (the batch's peak includes its workers).

It first measures how much faster the machine runs N CPU-bound processes than one: on a shared
or hyper-threaded host, N cores can give well under N times the work, and the all-worker rate
can only scale by that much. From it, the CPU time per record the target rate allows here.

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
import sys, orjson
from procrules.model.record import Record
n = 0
for line in open(sys.argv[1], "rb"):
    try:
        Record.model_validate(orjson.loads(line))
    except Exception:
        pass
    n += 1
print(n)
"""  # parsed as the batch parses a line (io/sources._fast), so the floor is no slower than the batch's own reading


SPIN = "sum(range(40_000_000))"
#: Issue 7's target for the full rule pack with every worker, in records per second.
TARGET = 10_000


def run(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system, with the children waited for) and peak RSS (MB)
    of a command, by GNU time (the RSS of the largest single process)."""
    done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *args], check=False, capture_output=True, text=True)
    seconds, user, system, kilobytes = done.stderr.strip().splitlines()[-1].split()
    return float(seconds), float(user) + float(system), int(kilobytes) / 1024


def parallel_speedup(workers: int) -> float:
    """How many times the work of one process `workers` CPU-bound processes do in the same time
    (the best of three tries each way, since a shared host's load comes and goes)."""
    def together() -> float:
        spins = [subprocess.Popen(["/usr/bin/time", "-f", "%e", sys.executable, "-c", SPIN],
                                  stderr=subprocess.PIPE, text=True) for _ in range(workers)]
        return max(float(p.communicate()[1].strip().splitlines()[-1]) for p in spins)
    one = min(run([sys.executable, "-c", SPIN])[0] for _ in range(3))
    return workers * one / min(together() for _ in range(3))


def line(size: int, label: str, measured: tuple[float, float, float], floor: float | None) -> None:
    """One row of the table."""
    seconds, cpu, rss = measured
    ratio = f"{seconds / floor:>8.1f}" if floor else f"{'':>8}"
    print(f"{size:>10,}  {label:<24} {size / seconds:>10,.0f} {cpu / size * 1e6:>9,.0f} {rss:>12.0f} {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="register sizes, comma-separated")
    parser.add_argument("--durable", type=int, default=1000, help="records for the durable-rules run")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    options = parser.parse_args()
    speedup = parallel_speedup(options.workers)
    print(f"cores available: {len(os.sched_getaffinity(0))}; all-worker runs use {options.workers}; "
          f"{options.workers} CPU-bound processes run {speedup:.2f}× one here, so {TARGET:,} records/s "
          f"needs at most {speedup / TARGET * 1e6:,.0f} CPU µs per record")
    print(f"{'register':>10}  {'run':<24} {'records/s':>10} {'CPU µs/rec':>9} {'peak RSS MB':>12} {'× floor':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out.jsonl")
        for size in [int(s) for s in options.sizes.split(",")]:
            register = Path(tmp) / f"register-{size}.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate_register.py"), "--count", str(size),
                            "-o", str(register)], check=True, stderr=subprocess.DEVNULL)
            measured = run([sys.executable, "-c", FLOOR, str(register)])
            floor = measured[0]
            line(size, "floor (parse+validate)", measured, floor)
            batch = [*PROCRULES, "batch", str(register), "--as-at", "2026-12-01", "-o", out]
            for workers in (1, options.workers):
                line(size, f"batch, {workers} worker(s)", run([*batch, "--workers", str(workers)]), floor)
            line(size, f"batch --brief, {options.workers} w.",
                 run([*batch, "--workers", str(options.workers), "--brief"]), floor)
        if options.durable:
            register = Path(tmp) / "register-durable.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate_register.py"), "--count", str(options.durable),
                            "-o", str(register)], check=True, stderr=subprocess.DEVNULL)
            batch = [*PROCRULES, "batch", str(register), "--as-at", "2026-12-01", "--engine", "durable", "-o", out]
            for workers in (1, options.workers):
                line(options.durable, f"durable, {workers} worker(s)", run([*batch, "--workers", str(workers)]), None)


if __name__ == "__main__":
    main()
