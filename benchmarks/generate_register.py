"""Write a deterministic synthetic register: N procurement records as JSON Lines, or as CSV.

The mix follows examples/kinds: below-threshold, open, competitive flexible, direct awards,
call-offs, light touch, frameworks, dynamic markets, utilities, defence, concessions and
pre-Act procurements; goods, services and works; central, sub-central and utility buyers; values
from £5,000 to £100m; notices dated across 2025-2026. Some optional fields are left out on
purpose and about 1% of rows are invalid (a bad amount, date or word). The CSV has the bundled
mapping's headings, so `iter_rows` reads it back. The same seed always gives the same bytes.

    python benchmarks/generate_register.py --count 100000 [--format jsonl|csv] [--seed 7] [-o FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, TextIO

from procrules.io.tabular import FieldMap, load_mapping

INVALID_RATE = 0.01
AUTHORITIES = {
    "central_government": ["Department for Education", "Home Office", "HM Revenue and Customs", "Ministry of Justice",
                           "Environment Agency", "Example NHS Trust"],
    "sub_central": ["Riverside District Council", "Leeds City Council", "Shropshire Council", "Bristol City Council",
                    "Oakford Town Council", "West Midlands Combined Authority", "North Yorkshire Council"],
    "utility": ["Dales Water Ltd", "Northern Grid plc", "Valley Rail Ltd"],
}
SUPPLIERS = ["Northern Civils Ltd", "PrintCo Ltd", "Oakford Catering CIC", "Acme Devices plc", "Riverside Care Trust",
             "Dales Community Transport", "Fleetline Ltd", "Homefix Ltd", "CaseSoft plc", "Sparkle Cleaning Ltd"]
#: kind: (weight, subjects, CPV codes, lowest and highest value, procedure types, title)
KINDS: dict[str, tuple[int, list[str], list[str], int, int, list[str], str]] = {
    "below_threshold": (24, ["goods", "services", "works"], ["90910000", "55520000", "30190000", "77310000"],
                        5_000, 200_000, ["below_threshold_open", "below_threshold_limited"], "Local services"),
    "open": (14, ["goods", "services"], ["79800000", "79530000", "72000000", "30213100"], 150_000, 5_000_000,
             ["open"], "Open tender"),
    "competitive_flexible": (12, ["works", "services", "goods"], ["45233142", "45000000", "34144510"], 500_000,
                             20_000_000, ["competitive_flexible"], "Competitive programme"),
    "direct_award": (6, ["works", "services"], ["45246400", "48000000"], 50_000, 8_000_000, ["direct_award"],
                     "Direct award"),
    "call_off": (12, ["goods", "services"], ["30213100", "79800000", "72000000"], 20_000, 5_000_000, ["call_off"],
                 "Framework call-off"),
    "light_touch": (7, ["services"], ["85311000", "85300000", "80000000"], 300_000, 10_000_000,
                    ["competitive_flexible", "open"], "Care and support services"),
    "framework": (4, ["works", "services"], ["45000000", "71000000"], 10_000_000, 100_000_000,
                  ["competitive_flexible", "open"], "Regional framework"),
    "dynamic_market": (4, ["services"], ["60130000", "85311000"], 100_000, 2_000_000, ["dynamic_market_award"],
                       "Dynamic market award"),
    "utilities": (6, ["goods", "works", "services"], ["38421100", "45232150", "65100000"], 500_000, 30_000_000,
                  ["open", "competitive_flexible"], "Utility programme"),
    "defence": (2, ["goods", "services"], ["38636100", "35000000"], 1_000_000, 40_000_000, ["competitive_flexible"],
                "Defence equipment"),
    "concession": (3, ["services"], ["92610000", "55500000"], 2_000_000, 50_000_000, ["competitive_flexible"],
                   "Concession"),
    "pre_act": (6, ["goods", "services", "works"], ["79993000", "90910000"], 100_000, 10_000_000, ["open"],
                "Pre-Act procurement"),
}
NAMES = list(KINDS)
WEIGHTS = [KINDS[k][0] for k in NAMES]
START, END = date(2025, 6, 2), date(2026, 6, 30)


def _day(d: date) -> str:
    return d.isoformat()


def record(i: int, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """One synthetic record, and whether it was made invalid on purpose."""
    kind = rng.choices(NAMES, WEIGHTS)[0]
    _, subjects, cpvs, low, high, procedures, title = KINDS[kind]
    if kind == "utilities":
        atype = rng.choice(["public_undertaking", "private_utility"])
        authority: dict[str, Any] = {"name": rng.choice(AUTHORITIES["utility"]), "type": atype}
    else:
        atype = "central_government" if kind == "defence" or rng.random() < 0.3 else "sub_central"
        authority = {"name": rng.choice(AUTHORITIES[atype]), "type": atype}
        if atype == "sub_central" and rng.random() < 0.03:
            authority["devolved"] = "welsh"
    if kind == "defence":
        authority["defence_authority"] = True
    amount = round(low * (high / low) ** rng.random(), 2)
    vat_included = rng.random() < 0.4
    contract: dict[str, Any] = {
        "subject": rng.choice(subjects),
        "estimated_value": {"amount": amount, "vat_included": vat_included} if vat_included
        else {"amount": amount, "vat_included": False, "vat_rate": 0.2},
    }
    if rng.random() < 0.93:  # some registers leave the CPV blank
        contract["cpv"] = [rng.choice(cpvs)]
    if rng.random() < 0.2:
        contract["options_and_extensions"] = [{"description": "options and extensions (from the register)",
                                               "amount": round(amount * rng.choice([0.1, 0.2, 0.25]), 2)}]
    if kind == "light_touch":
        contract["light_touch"] = True
    if kind == "framework":
        years = rng.choice([4, 4, 6, 8])
        contract["framework"] = {"term_years": years, "open": rng.random() < 0.2}
        if years > 4:
            contract["framework"]["reasons_for_longer_term"] = "Projects run over several years."
    flag = {"utilities": "utilities", "defence": "defence_and_security", "concession": "concession"}.get(kind)
    if flag:
        contract[flag] = True
    if kind in ("open", "competitive_flexible") and rng.random() < 0.5:
        contract["no_lots_reasons"] = "One contract keeps the service coherent."

    if kind == "pre_act":
        commenced = date(2024, 6, 3) + timedelta(days=rng.randrange(0, 260))
    else:
        commenced = START + timedelta(days=rng.randrange(0, (END - START).days))
    ptype = rng.choice(procedures)
    procedure: dict[str, Any] = {"type": ptype}
    if rng.random() < 0.95:
        procedure["commenced"] = _day(commenced)
    if ptype == "direct_award":
        urgent = rng.random() < 0.5
        procedure["direct_award_ground"] = "sch5_para13" if urgent else "sch5_para8"
        procedure["urgency"] = urgent
    if ptype in ("open", "competitive_flexible", "dynamic_market_award"):
        procedure.update({"electronic_submission": rng.random() < 0.97, "all_documents_with_tender_notice": True})

    award = commenced + timedelta(days=rng.randrange(14 if ptype in ("direct_award", "call_off") else 35, 150))
    entered = award + timedelta(days=rng.randrange(1, 21))
    notices: list[dict[str, str]] = []
    milestones: dict[str, str] = {}
    if kind != "pre_act":
        if rng.random() < 0.1:
            notices.append({"code": "UK2", "date": _day(commenced - timedelta(days=rng.randrange(30, 120)))})
        if ptype == "direct_award":
            notices.append({"code": "UK5", "date": _day(commenced)})
        elif ptype != "call_off" and rng.random() < 0.9:
            notices.append({"code": "UK4", "date": _day(commenced)})
        if ptype not in ("below_threshold_open", "below_threshold_limited") and rng.random() < 0.85:
            notices.append({"code": "UK6", "date": _day(award)})
            milestones["assessment_summaries_sent"] = _day(award)
        if rng.random() < 0.6 and ptype not in ("below_threshold_open", "below_threshold_limited"):
            notices.append({"code": "UK7", "date": _day(entered + timedelta(days=rng.randrange(1, 10)))})
    if rng.random() < 0.8:
        milestones["contract_entered"] = _day(entered)

    out: dict[str, Any] = {"id": f"GEN-{i:07d}", "title": f"{title} {i}", "authority": authority,
                           "contract": contract, "procedure": procedure}
    if rng.random() < 0.85:
        out["supplier"] = {"name": rng.choice(SUPPLIERS), "sme": rng.random() < 0.4, "vcse": rng.random() < 0.1}
    out["notices"] = notices
    out["milestones"] = milestones
    invalid = rng.random() < INVALID_RATE
    if invalid:
        _corrupt(out, rng)
    return out, invalid


def _corrupt(rec: dict[str, Any], rng: random.Random) -> None:
    """Make the record invalid the way registers are: a word for a number, an impossible date, a bad word."""
    how = rng.randrange(4)
    if how == 0:
        rec["contract"]["estimated_value"]["amount"] = "twelve thousand"
    elif how == 1:
        rec["milestones"]["contract_entered"] = "2026-02-31"
    elif how == 2:
        rec["contract"]["subject"] = "supplies and services"
    else:
        rec["authority"]["type"] = "arms-length body"


def records(count: int, seed: int) -> Iterator[tuple[dict[str, Any], bool]]:
    """The register's records in order (deterministic for a seed)."""
    rng = random.Random(seed)
    for i in range(1, count + 1):
        yield record(i, rng)


# -- CSV through the bundled mapping -----------------------------------------------------------
def _at(rec: dict[str, Any], path: str) -> Any:
    value: Any = rec
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _cell(fm: FieldMap, rec: dict[str, Any]) -> str:
    """The register cell for one mapped column: the inverse of the mapping's reading."""
    value = _at(rec, fm.path)
    if fm.path == "notices":
        value = next((n["date"] for n in value or [] if n["code"] == fm.item["code"]), None)
    elif fm.path == "contract.options_and_extensions":
        value = value[0]["amount"] if value else None
    if value is None or value == []:
        return ""
    word = fm.word_for(value)
    if word is not None:
        return word
    if fm.kind == "money" and isinstance(value, float | int):
        return f"£{value:,.2f}"
    if fm.kind == "date":
        try:
            return f"{date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return str(value)
    if fm.kind == "bool":
        return "Yes" if value else "No"
    if fm.kind == "rate":
        return f"{value * 100:g}%"
    if fm.kind == "cpv":
        return "; ".join(value)
    return str(value)


def write(out: TextIO, fmt: str, count: int, seed: int) -> int:
    """Stream the register to `out`; the number of invalid rows."""
    invalid = 0
    if fmt == "jsonl":
        for rec, bad in records(count, seed):
            out.write(json.dumps(rec, separators=(",", ":")) + "\n")
            invalid += bad
        return invalid
    columns = [fm for fm in load_mapping(None).fields if fm.headings]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([fm.headings[0] for fm in columns])
    for rec, bad in records(count, seed):
        writer.writerow([_cell(fm, rec) for fm in columns])
        invalid += bad
    return invalid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="records to write, e.g. 10000, 100000, 1000000")
    parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", default="-", help="file to write (default: standard output)")
    args = parser.parse_args()
    if args.count < 0:
        parser.error("--count must be 0 or more")
    if args.output == "-":
        invalid = write(sys.stdout, args.format, args.count, args.seed)
    else:
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            invalid = write(f, args.format, args.count, args.seed)
    print(f"generate_register: {args.count} records ({invalid} invalid) as {args.format}, seed {args.seed}, "
          f"to {'stdout' if args.output == '-' else args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
