"""The generic step library behind `features/*.feature`: a new scenario needs no new Python.

Every step calls only `procrules.api` (and the record model, to re-validate a changed record).

    Given a procurement record:                         (a YAML doc string holding one record)
    Given the example record "<file>"                   (examples/<file>)
    Given the record has <dotted.field> set to <value>  (value read as YAML; dates stay ISO text)
    When the procurement is checked as at <date>        (python and durable engines must agree)
    Then finding <RULE-ID> is raised
    Then finding <RULE-ID> is not raised
    Then the finding <RULE-ID> cites "<text>"
    Then the findings are <RULE-ID>, <RULE-ID> ...      (exactly these; "none" for none)
    Then there are no findings
    Then prompt <RULE-ID> is raised
    Then prompt <RULE-ID> is not raised
    Then rule <RULE-ID> is not demonstrated for lack of <field>
    Then the regime is <value>
    Then the estimated value is £<amount>
    Then the threshold is £<amount> from row <n>
    Then the threshold took effect on <date>
    Then the record is a public contract  /  is not a public contract
    Then the contract is notifiable below threshold  /  is not notifiable below threshold
    Then the standstill ends on <date>
    Then no standstill applies

A <date> is ISO (2026-01-06) or written out, with or without the weekday (Tue 6 Jan 2026,
Tuesday 6 January 2026); a weekday that does not match the date fails the step. Amounts may
carry commas (£135,018). "is not raised" means the rule was evaluated and did not fire: a rule
that is not demonstrated is not "not raised" (use the not-demonstrated step for that), and
<field> there is an entry of the rule's `missing` list or its first word ("notices" for
"notices (no published UK6)"). A Then step that names a rule needs the scenario to be tagged
with that rule id (@PA23-BT-01); tests/features/conftest.py checks every tag.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from pydantic import ValidationError
from pytest_bdd import given, parsers, then, when

from procrules import api
from procrules.errors import ProcrulesError
from procrules.model.record import Record
from procrules.model.results import CheckResult

if TYPE_CHECKING:
    from procrules.lang.ir import Rule

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

#: The scenario being run (its name), set by the conftest's before-scenario hook.
SCENARIO_NAME = pytest.StashKey[str]()

RULE = r"(?P<rule_id>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)"
AMOUNT = r"£(?P<amount>\d[\d,]*(?:\.\d+)?)"
DAY = r"(?P<day>.+?)"


# -- reading what a scenario says ---------------------------------------------------------------

class _ValueLoader(yaml.SafeLoader):
    """YAML for step values: only true/false are booleans, and dates stay ISO strings."""


_BOOL, _TIMESTAMP = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"
_ValueLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (_BOOL, _TIMESTAMP)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ValueLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|false|False)$"), list("tTfF"))


def parse_value(text: str) -> Any:
    """A step's value as YAML: 135018, 0.2, true, null, 2026-01-06 (kept as text), [], {a: 1}."""
    try:
        return yaml.load(text, Loader=_ValueLoader)
    except yaml.YAMLError as exc:
        problem = f"cannot read the value {text!r} as YAML: {exc}"
    pytest.fail(problem, pytrace=False)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_day(text: str) -> date:
    """2026-01-06, 6 Jan 2026, 6 January 2026, Tue 6 Jan 2026 or Tuesday 6 January 2026."""
    words = text.replace(",", " ").split()
    weekday = None
    if words and words[0].rstrip(".").lower()[:3] in _WEEKDAYS and not words[0][0].isdigit():
        weekday, words = words[0].rstrip(".").lower()[:3], words[1:]
    rest = " ".join(words)
    day = None
    for fmt in ("%Y-%m-%d", "%d %b %Y", "%d %B %Y"):
        try:
            day = datetime.strptime(rest, fmt).date()
            break
        except ValueError:
            continue
    if day is None:
        pytest.fail(f"cannot read {text!r} as a date: write 2026-01-06 or Tue 6 Jan 2026",
                    pytrace=False)
    if weekday is not None and _WEEKDAYS[day.weekday()] != weekday:
        pytest.fail(f"{text!r}: {day.isoformat()} is a {day:%A}, not a {text.split()[0]}",
                    pytrace=False)
    return day


def parse_amount(text: str) -> float:
    """£135,018 → 135018.0."""
    return float(text.replace(",", ""))


def _one_record(loaded: list[Any], source: str) -> Record:
    """The single good record of a parse, or a failure listing every problem."""
    problems = [f"  {p}" for item in loaded for p in item.problems]
    if problems:
        pytest.fail(f"{source} is not a valid procurement record:\n" + "\n".join(problems),
                    pytrace=False)
    if len(loaded) != 1:
        pytest.fail(f"{source} holds {len(loaded)} records; a scenario checks exactly one",
                    pytrace=False)
    record = loaded[0].record
    assert record is not None
    return record


def _set(data: Any, path: str, value: Any) -> None:
    """Set `path` (dotted; list items by index, notices.0.date) in the dumped record."""
    parts = path.split(".")
    node = data
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        here = ".".join(parts[: i + 1])
        if isinstance(node, list):
            if not part.isdigit() or int(part) >= len(node):
                pytest.fail(f"`{here}`: the list has {len(node)} items (counting from 0)",
                            pytrace=False)
            key: Any = int(part)
        elif isinstance(node, dict):
            key = part
        else:
            pytest.fail(f"`{here}`: `{'.'.join(parts[:i])}` is {node!r}, not a mapping or list",
                        pytrace=False)
        if last:
            node[key] = value
        else:
            if isinstance(node, dict) and node.get(key) is None:
                node[key] = {}
            node = node[key]


# -- what the rule set produced, for failure messages --------------------------------------------

def produced(result: CheckResult) -> str:
    """The findings, prompts, not-demonstrated rules and determinations of a result."""
    out = result.to_json()

    def ids(items: list[dict[str, Any]]) -> str:
        return ", ".join(i["rule"] for i in items) or "none"

    nd = ", ".join(f"{t['rule']} (missing: {', '.join(t.get('missing', [])) or '?'})"
                   for t in out["not_demonstrated"]) or "none"
    def shown(key: str, value: Any) -> str:
        if key == "notices":  # the plan, one word per notice that is in play
            return ", ".join(f"{n['code']} {n['verdict']}" for n in value if n["verdict"] != "not_required")
        if isinstance(value, dict):  # only the parts that are known
            return json.dumps({k: v for k, v in value.items() if v is not None})
        return json.dumps(value)

    det = "".join(f"\n    {k}: {shown(k, v)}" for k, v in out["determinations"].items() if v is not None)
    return (f"what the rule set produced for {out['record']} as at {out['as_at']}:\n"
            f"  findings: {ids(out['findings'])}\n  prompts: {ids(out['prompts'])}\n"
            f"  not demonstrated: {nd}\n  determinations:{det}")


def _fail(result: CheckResult, message: str) -> None:
    pytest.fail(f"{message}\n{produced(result)}", pytrace=False)


def _determination(result: CheckResult, *path: str) -> Any:
    value: Any = result.to_json()["determinations"]
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _expect(result: CheckResult, want: Any, *path: str) -> None:
    """The determination at `path` equals `want` (JSON form: dates as ISO text), or the step fails."""
    got = _determination(result, *path)
    if got != want or type(got) is not type(want):
        _fail(result, f"expected the determination {'.'.join(path)} to be {want!r}, found {got!r}")


def _rule(rule_id: str) -> Rule:
    """The rule called `rule_id`, or a failure with procrules' did-you-mean."""
    found = {r.id: r for r in api.rules()}.get(rule_id)
    if found is not None:
        return found
    try:
        api.rule(rule_id)
        problem = f"no rule `{rule_id}`"
    except ProcrulesError as exc:
        problem = str(exc)
    pytest.fail(problem, pytrace=False)


def _known_rule(request: pytest.FixtureRequest, rule_id: str, kind: str | None = None) -> None:
    """The rule exists, is of `kind`, and the scenario is tagged with it."""
    rule = _rule(rule_id)
    if kind is not None and rule.kind != kind:
        pytest.fail(f"{rule_id} is a {rule.kind}, not a {kind}: write "
                    f"`{rule.kind} {rule_id} is raised`", pytrace=False)
    if request.node.get_closest_marker(rule_id) is None:
        pytest.fail(f"this scenario checks {rule_id} but is not tagged with it: add @{rule_id}",
                    pytrace=False)


def _not_demonstrated(result: CheckResult, rule_id: str) -> tuple[str, ...] | None:
    found = next((t for t in result.not_demonstrated if t.rule == rule_id), None)
    return None if found is None else found.missing


# -- Given ---------------------------------------------------------------------------------------

@given("a procurement record:", target_fixture="record")
def given_record(docstring: str, request: pytest.FixtureRequest) -> Record:
    """The record in the doc string (YAML)."""
    source = f"<scenario: {request.node.stash.get(SCENARIO_NAME, request.node.name)}>"
    return _one_record(api.parse_records(docstring, source), source)


@given(parsers.parse('the example record "{file}"'), target_fixture="record")
def given_example(file: str) -> Record:
    """A record from examples/."""
    path = EXAMPLES / file
    if not path.is_file():
        names = ", ".join(sorted(p.name for p in EXAMPLES.glob("*.yaml")))
        pytest.fail(f"no example record {file!r}; the examples are {names}", pytrace=False)
    return _one_record(api.read_records([path]), f"examples/{file}")


@given(parsers.re(r"the record has (?P<path>[A-Za-z_][\w.]*) set to (?P<value>.*)"),
       target_fixture="record")
def given_change(record: Record, path: str, value: str) -> Record:
    """The record with one field changed (then validated again, as a record file would be)."""
    data = record.model_dump(mode="json")
    _set(data, path, parse_value(value))
    try:
        return Record.model_validate(data)
    except ValidationError as exc:
        errors = "\n".join(f"  {'.'.join(map(str, e['loc']))}: {e['msg']}"
                           for e in exc.errors(include_url=False))
    pytest.fail(f"setting {path} to {value} does not give a valid record:\n{errors}",
                pytrace=False)


# -- When ----------------------------------------------------------------------------------------

@when(parsers.re(rf"the procurement is checked as at {DAY}"), target_fixture="result")
def when_checked(record: Record, day: str) -> CheckResult:
    """Check with both engines; they must agree. The Then steps read the python result."""
    as_at = parse_day(day)
    python = api.check([record], as_at=as_at, engine="python")[0]
    durable = api.check([record], as_at=as_at, engine="durable")[0]
    lines = [f"  {d.what}: python {d.python!r}, durable {d.durable!r}"
             for d in api.compare_engines([record], as_at=as_at)]
    if not lines and python.to_json() != durable.to_json():
        lines = ["  the results differ although the facts and statuses agree",
                 "  python " + produced(python).replace("\n", "\n  "),
                 "  durable " + produced(durable).replace("\n", "\n  ")]
    if lines:
        pytest.fail(f"the python and durable engines disagree on {record.id}:\n"
                    + "\n".join(lines), pytrace=False)
    return python


# -- Then: findings and prompts ------------------------------------------------------------------

def _raised(result: CheckResult, kind: str) -> list[str]:
    return [i.rule for i in (result.findings if kind == "finding" else result.prompts)]


@then(parsers.re(rf"(?P<kind>finding|prompt) {RULE} is raised"))
def raised(result: CheckResult, kind: str, rule_id: str, request: pytest.FixtureRequest) -> None:
    """The finding (or prompt) is in the result."""
    _known_rule(request, rule_id, kind)
    if rule_id not in _raised(result, kind):
        missing = _not_demonstrated(result, rule_id)
        why = "" if missing is None else f" (it is not demonstrated, missing: {', '.join(missing)})"
        _fail(result, f"expected {kind} {rule_id}, but it was not raised{why}")


@then(parsers.re(rf"(?P<kind>finding|prompt) {RULE} is not raised"))
def not_raised(result: CheckResult, kind: str, rule_id: str, request: pytest.FixtureRequest) -> None:
    """The rule was evaluated and did not fire."""
    _known_rule(request, rule_id, kind)
    if rule_id in _raised(result, kind):
        _fail(result, f"{kind} {rule_id} was raised, but it should not be")
    missing = _not_demonstrated(result, rule_id)
    if missing is not None:
        _fail(result, f"{rule_id} is not demonstrated (missing: {', '.join(missing)}), so it cannot "
                      f"be said not to fire; if that is what you mean, write `Then rule {rule_id} is "
                      f"not demonstrated for lack of <field>`")


@then(parsers.re(rf'the finding {RULE} cites "(?P<text>[^"]+)"'))
def finding_cites(result: CheckResult, rule_id: str, text: str,
                  request: pytest.FixtureRequest) -> None:
    """The finding is raised and its legal reference's text contains `text`."""
    raised(result, "finding", rule_id, request)
    found = next(f for f in result.findings if f.rule == rule_id)
    if text not in (found.legal_ref.text or ""):
        _fail(result, f"finding {rule_id} cites {found.legal_ref.text!r}, not {text!r}")


@then(parsers.re(r"the (?P<kind>finding|prompt)s are (?P<rule_ids>.+)"))
def exactly(result: CheckResult, kind: str, rule_ids: str, request: pytest.FixtureRequest) -> None:
    """Exactly these findings (or prompts: the set a record is offered), in any order."""
    wanted = set() if rule_ids.strip() == "none" else {r.strip() for r in rule_ids.split(",")}
    for rule_id in sorted(wanted):
        _known_rule(request, rule_id, kind)
    got = set(_raised(result, kind))
    if got != wanted:
        missing, extra = ", ".join(sorted(wanted - got)) or "-", ", ".join(sorted(got - wanted)) or "-"
        _fail(result, f"expected {kind}s {', '.join(sorted(wanted)) or 'none'}, got "
                      f"{', '.join(sorted(got)) or 'none'} (missing: {missing}; extra: {extra})")


NOTICE = r"(?:notice )?(?P<code>UK(?:[1-9]|1[0-7]))"


def _plan_entry(result: CheckResult, code: str) -> dict[str, Any]:
    for entry in result.to_json()["determinations"].get("notices") or []:
        if entry["code"] == code:
            return dict(entry)
    _fail(result, f"the notice plan has no {code}")
    raise AssertionError  # unreachable: _fail raises


@then(parsers.re(rf"{NOTICE} is (?P<status>required|optional|not required)$"))
def notice_status(result: CheckResult, code: str, status: str) -> None:
    """The notice's status in the plan (`notices` determination)."""
    entry = _plan_entry(result, code)
    if entry["status"] != status.replace(" ", "_"):
        _fail(result, f"expected {code} to be {status}, found {entry['status']} ({entry['reason']})")


@then(parsers.re(rf"{NOTICE} is due by {DAY}$"))
def notice_due_by(result: CheckResult, code: str, day: str) -> None:
    """The last day the notice may be published."""
    latest = (_plan_entry(result, code)["due"] or {}).get("latest")
    if latest != parse_day(day).isoformat():
        _fail(result, f"expected {code} to be due by {parse_day(day)}, found {latest}")


@then(parsers.re(rf"{NOTICE} may be published from {DAY}$"))
def notice_earliest(result: CheckResult, code: str, day: str) -> None:
    """The first day the notice may be published."""
    earliest = (_plan_entry(result, code)["due"] or {}).get("earliest")
    if earliest != parse_day(day).isoformat():
        _fail(result, f"expected {code} to be publishable from {parse_day(day)}, found {earliest}")


@then(parsers.re(rf"the notice plan shows {NOTICE} as (?P<verdict>[a-z ]+)$"))
def notice_verdict(result: CheckResult, code: str, verdict: str) -> None:
    """The notice's verdict: published, late, early, duplicated, missing, due, optional, not required…"""
    entry = _plan_entry(result, code)
    if entry["verdict"] != verdict.strip().replace(" ", "_"):
        _fail(result, f"expected the plan to show {code} as {verdict}, found {entry['verdict'].replace('_', ' ')}")


@then("there are no findings")
def no_findings(result: CheckResult) -> None:
    """No finding at all (prompts may still be raised)."""
    if result.findings:
        _fail(result, "expected no findings")


@then(parsers.re(rf"rule {RULE} is not demonstrated for lack of (?P<field>.+)"))
def not_demonstrated(result: CheckResult, rule_id: str, field: str,
                     request: pytest.FixtureRequest) -> None:
    """The rule could not be decided, and `field` is among what it lacks: an entry of its
    `missing` list, or the field an entry starts with ("notices" for "notices (no published UK6)")."""
    _known_rule(request, rule_id)
    missing = _not_demonstrated(result, rule_id)
    if missing is None:
        _fail(result, f"expected {rule_id} to be not demonstrated, but it was decided")
    elif not any(m == field or m.split(" ", 1)[0] == field for m in missing or ()):
        _fail(result, f"{rule_id} is not demonstrated for lack of {'; '.join(missing or ())}, "
                      f"not {field}")


# -- Then: determinations ------------------------------------------------------------------------

@then(parsers.re(r"the regime is (?P<value>\w+)"))
def regime_is(result: CheckResult, value: str) -> None:
    """The law the procurement is judged by: act, old_regime or not_a_contracting_authority."""
    if _determination(result, "regime") != value:
        _fail(result, f"expected regime {value}, got {_determination(result, 'regime')}")


@then(parsers.re(rf"the estimated value is {AMOUNT}"))
def estimated_value_is(result: CheckResult, amount: str) -> None:
    """The VAT-inclusive estimate with options and extensions (Schedule 3)."""
    got = _determination(result, "estimated_value")
    if got is None or abs(got - parse_amount(amount)) > 0.005:
        _fail(result, f"expected the estimated value £{amount}, got {got}")


@then(parsers.re(rf"the threshold is {AMOUNT} from row (?P<row>\d+)"))
def threshold_is(result: CheckResult, amount: str, row: str) -> None:
    """The Schedule 1 row and its amount in force when the procurement commenced."""
    got = _determination(result, "threshold") or {}
    if got.get("row") != int(row) or got.get("amount") is None \
            or abs(got["amount"] - parse_amount(amount)) > 0.005:
        _fail(result, f"expected row {row} at £{amount}, got row {got.get('row')} "
                      f"at {got.get('amount')}")


@then(parsers.re(rf"the threshold took effect on {DAY}"))
def threshold_since(result: CheckResult, day: str) -> None:
    """The day the threshold amount applied took effect."""
    _expect(result, parse_day(day).isoformat(), "threshold", "effective_from")


@then(parsers.re(r"the record is (?P<neg>not )?a public contract"))
def public_contract(result: CheckResult, neg: str | None) -> None:
    """Whether it is a public contract (s.3)."""
    _expect(result, neg is None, "public_contract")


@then(parsers.re(r"the contract is (?P<neg>not )?notifiable below threshold"))
def notifiable(result: CheckResult, neg: str | None) -> None:
    """Whether it is a notifiable below-threshold contract (s.87(4))."""
    _expect(result, neg is None, "notifiable_below_threshold")


@then(parsers.re(rf"the standstill ends on {DAY}"))
def standstill_ends(result: CheckResult, day: str) -> None:
    """The last day of the standstill period (the contract may be entered into the day after)."""
    _expect(result, parse_day(day).isoformat(), "standstill", "ends")


@then("no standstill applies")
def no_standstill(result: CheckResult) -> None:
    """No standstill end, and the standstill is not required (an unknown end does not pass)."""
    got = _determination(result, "standstill")
    if got is not None and (got.get("ends") is not None or got.get("required") is True):
        _fail(result, f"expected no standstill, but the standstill is {got}")


@then(parsers.re(r"the determination (?P<path>[a-z_][\w.]*) is (?P<value>.+)"))
def determination_is(result: CheckResult, path: str, value: str) -> None:
    """Any determination by its dotted name: a number, true/false, null, a word, or a date."""
    expected = parse_value(value)
    if isinstance(expected, str) and re.match(r"^\d{4}-\d{2}-\d{2}$|^[A-Z][a-z]{2} \d", expected):
        expected = parse_day(expected).isoformat()
    actual = _determination(result, *path.split("."))
    if actual != expected:
        _fail(result, f"expected the determination {path} to be {expected!r}, found {actual!r}")


@then(parsers.re(r"the procedure is (?P<neg>not )?permitted"))
def procedure_permitted(result: CheckResult, neg: str | None) -> None:
    """The procedure_permitted determination (the reasons are shown when it fails)."""
    actual = _determination(result, "procedure_permitted", "permitted")
    if actual is not (neg is None):
        _fail(result, f"expected the procedure to be {'not ' if neg else ''}permitted, found {actual!r}")
