"""Throughput of `procrules check` on a deterministic synthetic register.

Prints records/s and peak RSS for: the floor (JSON parse + record validation only), the full
check on the Python evaluator one record at a time (`check` of one record) and over lists of
256 (the chunk-at-a-time path a batch uses), and on the durable-rules evaluator (smaller N).
Each phase runs in its own process so its peak RSS is its own.

    python benchmarks/check_throughput.py [--records N] [--durable-records M] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from typing import Any

AS_AT = date(2026, 12, 1)
TYPES = ["central_government", "sub_central", "sub_central", "sub_central", "public_undertaking"]
PROCEDURES = ["open", "competitive_flexible", "direct_award", "call_off", "below_threshold_open",
              "below_threshold_limited"]
CPV = ["79800000", "85100000", "55520000", "45233142", "30190000", "72000000", "90910000"]


def synthetic_record(i: int, rng: random.Random) -> dict[str, Any]:
    """One plausible record: a mix of kinds, values around the thresholds, dates over 2025-2026."""
    commenced = date(2025, 1, 15) + timedelta(days=rng.randrange(0, 640))
    award = commenced + timedelta(days=rng.randrange(30, 120))
    subject = rng.choice(["goods", "services", "services", "works"])
    value = rng.choice([8_000, 25_000, 60_000, 150_000, 220_000, 700_000, 2_500_000, 6_000_000])
    vat_included = rng.random() < 0.5
    return {
        "id": f"SYN-{i:07d}",
        "title": f"Synthetic procurement {i}",
        "authority": {"name": f"Authority {i % 400}", "type": rng.choice(TYPES),
                      "devolved": rng.choice([None, None, None, "welsh"])},
        "contract": {
            "subject": subject,
            "estimated_value": {"amount": value * rng.uniform(0.8, 1.2), "vat_included": vat_included,
                                "vat_rate": None if vat_included else 0.2},
            "options_and_extensions": [{"amount": value * 0.2}] if rng.random() < 0.3 else [],
            "cpv": [rng.choice(CPV)],
            "utilities": rng.random() < 0.1,
            "light_touch": rng.choice([None, None, True, False]),
        },
        "procedure": {"type": rng.choice(PROCEDURES), "commenced": commenced.isoformat(),
                      "direct_award_ground": rng.choice([None, None, "sch5_para13"])},
        "notices": [{"code": "UK4", "date": commenced.isoformat()},
                    {"code": "UK6", "date": award.isoformat()}][: rng.randrange(0, 3)],
        "milestones": {"contract_entered": (award + timedelta(days=rng.randrange(0, 20))).isoformat()},
    }


def register(n: int, seed: int) -> list[str]:
    """N records as JSON Lines (deterministic for a seed)."""
    rng = random.Random(seed)
    return [json.dumps(synthetic_record(i, rng)) for i in range(n)]


def phase(name: str, n: int, seed: int) -> dict[str, Any]:
    """Run one phase in this process and return its figures."""
    from procrules import api
    from procrules.model.record import Record

    lines = register(n, seed)
    engine = "python" if name == "python-lists" else name
    if name != "floor":
        api.evaluator(engine)  # type: ignore[arg-type]  # build once, outside the timing
    start = time.perf_counter()
    findings = 0
    if name == "python-lists":  # api.check over lists of 256 records: the evaluator works each as a chunk
        for i in range(0, n, 256):
            records = [Record.model_validate(json.loads(line)) for line in lines[i:i + 256]]
            findings += sum(len(r.findings) for r in api.check(records, as_at=AS_AT))
    else:
        for line in lines:
            record = Record.model_validate(json.loads(line))
            if name != "floor":
                [result] = api.check([record], as_at=AS_AT, engine=engine)  # type: ignore[arg-type]
                findings += len(result.findings)
    elapsed = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"phase": name, "records": n, "seconds": round(elapsed, 2),
            "records_per_s": round(n / elapsed), "peak_rss_mb": round(rss_mb, 1), "findings": findings}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--durable-records", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        n = args.durable_records if args.phase == "durable" else args.records
        print(json.dumps(phase(args.phase, n, args.seed)))
        return
    print(f"procrules check throughput (seed {args.seed}, as at {AS_AT})")
    print(f"{'phase':12} {'records':>9} {'seconds':>8} {'records/s':>10} {'peak RSS MB':>12} {'findings':>9}")
    for name in ("floor", "python", "python-lists", "durable"):
        out = subprocess.run([sys.executable, __file__, "--phase", name, "--records", str(args.records),
                              "--durable-records", str(args.durable_records), "--seed", str(args.seed)],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out)
        print(f"{r['phase']:12} {r['records']:>9} {r['seconds']:>8} {r['records_per_s']:>10} "
              f"{r['peak_rss_mb']:>12} {r['findings']:>9}")


if __name__ == "__main__":
    main()
