"""Build the duty-coverage table of `rules/README.md` from the duty catalogue and the rule packs.

The catalogue (`duties.csv`, one row per duty the Act or PR 2024 places on a contracting
authority) is joined to the `duties:` lists of the rules in `rules/packs/*.yaml`. The table has
one row per catalogue row, and each row gets exactly one status. The tests are tried in this
order and the first that matches wins:

1. **covered**: a rule names the duty id in its `duties:` list. The cell lists those rule ids.
2. **not checkable**: the row's `checkable` is `no`. The cell gives the reason ("discharged only
   through the specific duties").
3. **planned, #6 strategic prompts**: the row's `checkable` is `prompt` (this includes
   s.86(1)(a)-(b), s.12(1) and s.12(4)), or the row is Act s.13 or s.14.
4. **planned, #4 transparency notices and contract stage**:
   - the Act's notice duties: s.15, s.17, s.21(1) (the tender notice), s.39, s.44, s.50, s.53,
     s.55, s.87(3), s.93 and s.94 (s.69, s.70, s.71, s.75, s.77 and s.80 are in Part 4);
   - all of Part 4 (s.67-80), Part 8 (s.93-99) and Part 9 s.101;
   - Schedule 8;
   - every PR 2024 row except regs 6-7. That covers the notice-content regulations, reg 5
     (publication on the central platform) and reg 31 (assessment summaries, which goes with s.50).
5. **planned, #3 law of procedure**: every other row of Part 1 (s.1-10), Part 2 s.11, Part 3
   (s.15-66) with s.12(2)-(3) (equal treatment), Part 5 (s.81-83 conflicts), Part 6 (s.84-88) and Part 7 (s.89-92). Also
   Schedules 2, 3, 5, 6 and 7, and PR 2024 regs 6-7 (the supplier-information confirmations made
   during an award).

A row that none of these tests places (for example a Part 10 row or a Schedule 9 row) stops the
tool with an error. A new kind of row then gets a home chosen on purpose, not a default.

Usage, from the repository root::

    python tools/duties_table.py [--csv PATH] [--check]

With no options the script rewrites the part of `rules/README.md` between
`<!-- duties:begin -->` and `<!-- duties:end -->`. It creates the file, or the markers, if they
are missing. With `--check` it writes nothing: it prints the difference and exits 1 when the
README is out of date, and exits 0 when it is current. In either mode it exits 1, listing the ids, if a
rule names a duty id that is not in the CSV, and exits 2 if there is no CSV at the path given.
The CSV defaults to `../shared/research/duties.csv`, relative to the repository root.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "research" / "duties.csv"
PACKS_DIR = ROOT / "rules" / "packs"
README = ROOT / "rules" / "README.md"

BEGIN = "<!-- duties:begin -->"
END = "<!-- duties:end -->"
HEADING = "## Coverage of the Act's duties"

#: The longest duty text shown in the table, the ellipsis included.
DUTY_LIMIT = 90
NOT_CHECKABLE_REASON = "discharged only through the specific duties"
COLUMNS = ("id", "part", "section", "subsection", "duty", "checkable")
CHECKABLE = ("yes", "partial", "no", "prompt")


@dataclass(frozen=True, slots=True)
class Issue:
    """A planned piece of work that will write the rules for a group of duties."""

    number: int
    title: str

    def label(self) -> str:
        """`#3 law of procedure`."""
        return f"#{self.number} {self.title}"


PROCEDURE = Issue(3, "law of procedure")
NOTICES = Issue(4, "transparency notices and contract stage")
PROMPTS = Issue(6, "strategic prompts")
ISSUES = (PROCEDURE, NOTICES, PROMPTS)

# The mapping of the module docstring, as data. Sections are Act section numbers.
PROMPT_SECTIONS = frozenset({13, 14})  # s.12(1) and s.12(4) are `prompt` rows; s.12(2)-(3) are duties
NOTICE_SECTIONS = frozenset({15, 17, 39, 44, 50, 53, 55, 69, 70, 71, 75, 77, 80, 93, 94})
NOTICE_SUBSECTIONS = frozenset({(21, 1), (87, 3)})  # (section, first subsection number)
NOTICE_PARTS = frozenset({"4", "8"})
NOTICE_PART9_SECTIONS = frozenset({101})
PROCEDURE_PARTS = frozenset({"1", "3", "5", "6", "7"})
PROCEDURE_PART2_SECTIONS = frozenset({11, 12})
NOTICE_SCHEDULES = frozenset({8})
PROCEDURE_SCHEDULES = frozenset({2, 3, 5, 6, 7})
PROCEDURE_REGULATIONS = frozenset({6, 7})  # PR 2024; every other PR 2024 row goes to #4


class TableError(Exception):
    """The CSV or a pack cannot be read, or a row has no place in the mapping."""


class UnknownDutyError(TableError):
    """A rule names a duty id that the CSV does not have."""


@dataclass(frozen=True, slots=True)
class Duty:
    """One row of the duty catalogue, with only the columns the table needs."""

    id: str
    part: str
    section: str
    subsection: str
    duty: str
    checkable: str


@dataclass(frozen=True, slots=True)
class RuleDuty:
    """One duty id named by one rule, and the pack file it is written in."""

    rule: str
    duty: str
    source: str


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the coverage table."""

    duty: Duty
    status: str  # "covered" | "planned" | "not checkable"
    plan: str  # the rule ids, the issue, or the reason
    issue: Issue | None = None


# reading ------------------------------------------------------------------------------------


def read_duties(csv_path: Path) -> list[Duty]:
    """The rows of the duty catalogue, in file order. Raises TableError if a row is malformed."""
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise TableError(f"{csv_path}: missing column(s) {', '.join(missing)}")
        duties: list[Duty] = []
        seen: set[str] = set()
        for line, raw in enumerate(reader, start=2):
            values = {c: (raw.get(c) or "").strip() for c in COLUMNS}
            if not values["id"]:
                raise TableError(f"{csv_path}:{line}: empty id")
            if values["id"] in seen:
                raise TableError(f"{csv_path}:{line}: duplicate id {values['id']}")
            if values["checkable"] not in CHECKABLE:
                raise TableError(f"{csv_path}:{line}: {values['id']}: checkable is "
                                 f"{values['checkable']!r}, not one of {', '.join(CHECKABLE)}")
            seen.add(values["id"])
            duties.append(Duty(**values))
    return duties


def pack_files(packs_dir: Path) -> list[Path]:
    """The rule packs, then the notice definitions (`notices/` beside `rules/`), which are packs too."""
    notices = packs_dir.parent.parent / "notices"
    out = []
    for folder in (packs_dir, notices):
        if folder.is_dir():
            out += sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    return out


def _notice_rule(data: object) -> list[tuple[str, list[str]]]:
    """A notice block's duties, which its generated MISSING check carries."""
    notice = data.get("notice") if isinstance(data, dict) else None
    if not isinstance(notice, dict) or not notice.get("duties"):
        return []
    return [(f"PA23-{notice.get('code')}-MISSING", list(notice["duties"]))]


def _pack_data(packs_dir: Path) -> list[tuple[str, object]]:
    """(label, pack data) of every YAML pack and notice file, then of every rule written as a
    feature file in `rules/gherkin/` (compiled by procrules' own Gherkin compiler)."""
    out: list[tuple[str, object]] = []
    for path in pack_files(packs_dir):
        source = f"{path.parent.name}/{path.name}"
        try:
            out.append((source, yaml.safe_load(path.read_text(encoding="utf-8"))))
        except yaml.YAMLError as exc:
            raise TableError(f"{source}: not valid YAML: {exc}") from exc
    gherkin = packs_dir.parent / "gherkin"
    if gherkin.is_dir():
        from procrules.lang.gherkin import gherkin_packs

        out += gherkin_packs(gherkin, "rules/gherkin")
    return out


def read_rule_duties(packs_dir: Path) -> list[RuleDuty]:
    """Every (rule, duty id) pair written in the packs' `rules:` lists (and notice blocks)."""
    out: list[RuleDuty] = []
    for source, data in _pack_data(packs_dir):
        rules = data.get("rules") if isinstance(data, dict) else None
        for i, rule in enumerate(rules or []):
            if not isinstance(rule, dict):
                raise TableError(f"{source}: rules[{i}] is not a mapping")
            rule_id = rule.get("id")
            duties = rule.get("duties") or []
            if not isinstance(rule_id, str) or not isinstance(duties, list) or not all(
                isinstance(d, str) for d in duties
            ):
                raise TableError(f"{source}: rules[{i}] needs a text `id` and `duties` as a list of text")
            out.extend(RuleDuty(rule_id, d, source) for d in duties)
        for rule_id, duties in _notice_rule(data):
            out.extend(RuleDuty(rule_id, d, source) for d in duties)
    return out


def unknown_duties(csv_path: Path, packs_dir: Path) -> list[RuleDuty]:
    """The (rule, duty id) pairs whose duty id is not in the CSV."""
    known = {d.id for d in read_duties(csv_path)}
    return [rd for rd in read_rule_duties(packs_dir) if rd.duty not in known]


# the mapping --------------------------------------------------------------------------------


def _first_number(text: str) -> int | None:
    match = re.search(r"\d+", text)
    return int(match.group()) if match else None


def planned_issue(duty: Duty) -> Issue:
    """The issue that will cover an uncovered, checkable row (steps 3-5 of the module docstring)."""
    if duty.checkable == "prompt":
        return PROMPTS
    if duty.part == "Sch":
        schedule = _first_number(duty.section.removeprefix("Sch"))
        if schedule in NOTICE_SCHEDULES:
            return NOTICES
        if schedule in PROCEDURE_SCHEDULES:
            return PROCEDURE
    elif duty.part == "PR2024":
        regulation = _first_number(duty.section)
        if regulation is not None:
            return PROCEDURE if regulation in PROCEDURE_REGULATIONS else NOTICES
    elif duty.section.isdigit():
        section = int(duty.section)
        if duty.part == "2" and section in PROMPT_SECTIONS:
            return PROMPTS
        if (section in NOTICE_SECTIONS or (section, _first_number(duty.subsection)) in NOTICE_SUBSECTIONS
                or duty.part in NOTICE_PARTS or (duty.part == "9" and section in NOTICE_PART9_SECTIONS)):
            return NOTICES
        if duty.part in PROCEDURE_PARTS or (duty.part == "2" and section in PROCEDURE_PART2_SECTIONS):
            return PROCEDURE
    raise TableError(f"{duty.id} (part {duty.part!r}, section {duty.section!r}) has no issue in the "
                     "mapping; add its part or section to tools/duties_table.py")


def classify(duty: Duty, rules: Sequence[str]) -> Row:
    """The table row of one duty, given the ids of the rules that name it."""
    if rules:
        return Row(duty, "covered", ", ".join(f"`{r}`" for r in rules))
    if duty.checkable == "no":
        return Row(duty, "not checkable", NOT_CHECKABLE_REASON)
    issue = planned_issue(duty)
    return Row(duty, "planned", issue.label(), issue)


# rendering ----------------------------------------------------------------------------------


def shorten(text: str, limit: int = DUTY_LIMIT) -> str:
    """`text` on one line, cut at a word to at most `limit` characters ending in … when too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-(") + "…"


def _provisions(subsection: str) -> str:
    """CSV subsections as cited: `4(a)` → `(4)(a)`, `1-2` → `(1)–(2)`, `1, 3-4` → `(1), (3)–(4)`."""
    if subsection in ("", "-"):
        return ""
    parts = []
    for part in subsection.split(","):
        ends = []
        for end in part.strip().split("-"):
            match = re.fullmatch(r"(\d+)(.*)", end.strip())
            ends.append(f"({match.group(1)}){match.group(2)}" if match else end.strip())
        parts.append("–".join(ends))
    return ", ".join(parts)


def citation(duty: Duty) -> str:
    """Where the duty is: `s.51(1)–(2)`, `Sch 5 para 2–3`, `PR 2024 reg 5(9)`."""
    where = _provisions(duty.subsection)
    if duty.part == "Sch":
        return f"{duty.section.replace('-', '–')}{where}"
    if duty.part == "PR2024":
        return f"PR 2024 {duty.section.replace('-', '–')}{where}"
    return f"s.{duty.section}{where}"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def summary(rows: Sequence[Row]) -> str:
    """The one-line count shown above the table."""
    covered = sum(r.status == "covered" for r in rows)
    blocked = sum(r.status == "not checkable" for r in rows)
    planned = [r for r in rows if r.status == "planned"]
    per_issue = ", ".join(f"{i.label()} {sum(r.issue == i for r in planned)}" for i in ISSUES)
    return (f"**{len(rows)} duties:** {covered} covered, {len(planned)} planned ({per_issue}), "
            f"{blocked} not checkable.")


def render(rows: Sequence[Row]) -> str:
    """The summary line, a blank line, and the Markdown table."""
    lines = [summary(rows), "",
             "| duty id | section | duty | checkable | status | rules / plan |",
             "|---|---|---|---|---|---|"]
    for r in rows:
        cells = (r.duty.id, citation(r.duty), shorten(r.duty.duty), r.duty.checkable, r.status, r.plan)
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def coverage(duties: Iterable[Duty], rule_duties: Iterable[RuleDuty]) -> list[Row]:
    """One Row per duty, in catalogue order. Raises UnknownDutyError for a duty id not catalogued."""
    duties = list(duties)
    known = {d.id for d in duties}
    by_duty: dict[str, list[str]] = {}
    unknown = []
    for rd in rule_duties:
        if rd.duty not in known:
            unknown.append(rd)
        elif rd.rule not in by_duty.setdefault(rd.duty, []):
            by_duty[rd.duty].append(rd.rule)
    if unknown:
        raise UnknownDutyError("; ".join(f"{rd.rule} ({rd.source}) names {rd.duty}" for rd in unknown))
    return [classify(d, sorted(by_duty.get(d.id, []))) for d in duties]


def build_table(csv_path: Path, packs_dir: Path) -> str:
    """The generated part of the README: the count line and the table, one row per CSV row, then
    the table by section of Parts 1-3 and 6 and their Schedules."""
    duties = read_duties(csv_path)
    return render(coverage(duties, read_rule_duties(packs_dir))) + "\n\n" + section_table(duties, packs_dir)


# by section -----------------------------------------------------------------------------------

#: The sections of Parts 1-3 and 6, and the Schedules of those Parts with their paragraph counts
#: (None: one row for the whole Schedule, whose paragraphs are table rows or grounds).
PART_SECTIONS = (*range(1, 67), *range(84, 89))
SCHEDULES: dict[int, int | None] = {1: None, 2: 38, 3: 5, 4: None, 5: 20, 6: None, 7: None}
NO_DUTY = "no duty on the authority here (a definition, a power or a Minister's function)"


def _provision_key(ref: dict[str, object]) -> str | None:
    """`s.51` or `Sch 5 para 8` (or `Sch 1`) for a PA2023 legal_ref; None for other instruments."""
    if ref.get("instrument") != "PA2023":
        return None
    if ref.get("schedule") is not None:
        schedule = int(str(ref["schedule"]))
        if SCHEDULES.get(schedule) and ref.get("paragraph") is not None:
            return f"Sch {schedule} para {_first_number(str(ref['paragraph']))}"
        return f"Sch {schedule}"
    if ref.get("section") is not None:
        return f"s.{_first_number(str(ref['section']))}"
    return None


def read_provisions(packs_dir: Path) -> dict[str, list[str]]:
    """Provision key → the rule ids and derived facts whose legal_ref cites it."""
    out: dict[str, list[str]] = {}
    for _, raw in _pack_data(packs_dir):
        data = raw if isinstance(raw, dict) else {}
        items = [(r.get("id"), r.get("legal_ref")) for r in data.get("rules") or []]
        notice = data.get("notice") if isinstance(data.get("notice"), dict) else None
        if notice:
            items.append((f"PA23-{notice.get('code')}-MISSING", notice.get("legal_ref")))
        items += [(d.get("name"), d.get("legal_ref")) for d in data.get("derive") or []]
        for name, ref in items:
            key = _provision_key(ref) if isinstance(ref, dict) else None
            if key and name:
                out.setdefault(key, []).append(str(name))
    return out


def _duty_key(duty: Duty) -> str | None:
    if duty.part == "Sch":
        match = re.match(r"Sch\s*(\d+)(?:\s*para\s*(\d+))?", duty.section)
        if not match:
            return None
        schedule = int(match.group(1))
        return f"Sch {schedule} para {match.group(2)}" if SCHEDULES.get(schedule) and match.group(2) \
            else f"Sch {schedule}"
    return f"s.{duty.section}" if duty.section.isdigit() else None


def section_table(duties: Sequence[Duty], packs_dir: Path) -> str:
    """One row per section of Parts 1-3 and 6 and per paragraph of their Schedules: what encodes it."""
    provisions = read_provisions(packs_dir)
    covered = {rd.duty for rd in read_rule_duties(packs_dir)}
    by_key: dict[str, list[Duty]] = {}
    for duty in duties:
        key = _duty_key(duty)
        if key:
            by_key.setdefault(key, []).append(duty)
    keys = [f"s.{n}" for n in PART_SECTIONS]
    for schedule, paragraphs in SCHEDULES.items():
        keys += [f"Sch {schedule}"] if paragraphs is None else [f"Sch {schedule} para {p}" for p in
                                                                  range(1, paragraphs + 1)]
    lines = ["### By section (Parts 1-3 and 6, and their Schedules)", "",
             "| provision | encoded by (rules and derived facts) | duties covered | not yet encoded |",
             "|---|---|---|---|"]
    for key in keys:
        names = provisions.get(key, [])
        rows = by_key.get(key, [])
        open_rows = [d for d in rows if d.id not in covered]
        planned = sorted({planned_issue(d).label() for d in open_rows if d.checkable != "no"})
        encoded = ", ".join(f"`{n}`" for n in names) or "—"
        if not rows:
            gap = "—" if names else NO_DUTY
        elif not open_rows:
            gap = "—"
        else:
            gap = "planned: " + ", ".join(planned) if planned else NOT_CHECKABLE_REASON
        count = f"{len(rows) - len(open_rows)} of {len(rows)}" if rows else "—"
        lines.append(f"| {key} | {encoded} | {count} | {gap} |")
    return "\n".join(lines)


# the README ---------------------------------------------------------------------------------


def updated_readme(current: str | None, block: str) -> str:
    """The README text with `block` between the markers (file or markers created if absent)."""
    section = f"{BEGIN}\n{block}\n{END}\n"
    if current is None:
        return f"# The rules folder\n\n{HEADING}\n\n{section}"
    lines = current.splitlines(keepends=True)
    begins = [i for i, line in enumerate(lines) if line.strip() == BEGIN]
    ends = [i for i, line in enumerate(lines) if line.strip() == END]
    if not begins and not ends:
        return f"{current.rstrip()}\n\n{HEADING}\n\n{section}"
    if len(begins) != 1 or len(ends) != 1 or begins[0] > ends[0]:
        raise TableError(f"the README must have one `{BEGIN}` line followed by one `{END}` line")
    return "".join(lines[: begins[0] + 1]) + block + "\n" + "".join(lines[ends[0]:])


def readme_diff(readme: Path, csv_path: Path, packs_dir: Path) -> list[str]:
    """The unified diff from the README as it is to the README as generated; empty when current."""
    current = readme.read_text(encoding="utf-8") if readme.is_file() else None
    expected = updated_readme(current, build_table(csv_path, packs_dir))
    if current == expected:
        return []
    try:
        name = readme.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        name = str(readme)
    return list(difflib.unified_diff(
        (current or "").splitlines(keepends=True), expected.splitlines(keepends=True),
        fromfile=f"{name} (as it is)" if current is not None else f"{name} (missing)",
        tofile=f"{name} (generated)",
    ))


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite (or, with --check, verify) the README's coverage table; the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="the duty catalogue (duties.csv)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the README is out of date")
    args = parser.parse_args(argv)
    csv_path: Path = args.csv
    if not csv_path.is_file():
        print(f"duties_table: no duty catalogue at {csv_path}", file=sys.stderr)
        return 2
    try:
        unknown = unknown_duties(csv_path, PACKS_DIR)
        if unknown:
            print(f"duties_table: rules name duty ids that are not in {csv_path}:", file=sys.stderr)
            for rd in unknown:
                print(f"  {rd.duty}  (rule {rd.rule}, {rd.source})", file=sys.stderr)
            return 1
        if args.check:
            diff = readme_diff(README, csv_path, PACKS_DIR)
            if diff:
                print("rules/README.md is out of date; run `python tools/duties_table.py`:")
                sys.stdout.writelines(diff)
                return 1
            print("rules/README.md is up to date.")
            return 0
        current = README.read_text(encoding="utf-8") if README.is_file() else None
        README.write_text(updated_readme(current, build_table(csv_path, PACKS_DIR)), encoding="utf-8")
    except (TableError, OSError) as exc:
        print(f"duties_table: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote the coverage table to {README.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
