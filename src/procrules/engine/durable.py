"""The durable-rules evaluator: the only module that imports durable_rules.

The rule set becomes durable rulesets in which every record field and every derived fact is a
fact of its own (`{_t: f<k>, n: name, v: value}`), so durable's Rete network does the joining
and the forward chaining. One ruleset takes at most 4,096 actions (MAX_ACTIONS, error 106), so
the rule set is cut, in dependency order, into stages of at most `_STAGE_ACTIONS` durable rules;
each stage's session starts with the record's fields and the facts earlier stages derived.
Equal conditions within a stage share one condition fact. Within a stage:

* each condition is turned into two disjunctive normal forms — when it is true and when it is
  false — and each disjunct is a durable rule whose action asserts a condition fact
  (`{_t: c, c: id, v: true|false}`). A comparison with a missing fact matches neither, so an
  unknown stays unknown, exactly as in Kleene's logic (and as the Python evaluator computes it);
* a derivation's case k fires on the join "condition k true, conditions 0..k-1 false, every
  derived fact its value reads present"; its action computes the value (with the shared value
  language) and asserts the derived fact, which wakes the conditions that read it;
* a rule's outcome fires on the join of its `when` and `requires` condition facts; a rule with
  no outcome fact at the end is not demonstrated;
* durable's own table sizes are respected: facts carry one of 16 `_t` tags (an alpha node holds
  at most 512 children and registering one more never returns), and a pattern shared by more
  than 200 rules is split (an alpha node links to at most 256 rules, error 108).

Guards from our measurements (shared/research/durable-rules.md §4.4): a Host without its
dispatcher threads; facts, never events; one fresh session per record, deleted in `finally`
and serialised by a lock; a no-op catch-all rule and a priming call against the
uninitialised-state crash; action errors captured and re-raised; engine error codes (303,
MemoryError) turned into an EngineError naming the record; values normalised (dates to
ordinals) so no string is ever compared with a number.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sys
import threading
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from procrules.engine.evaluation import Evaluation, Status, derived_deps
from procrules.engine.expressions import Context, evaluate
from procrules.errors import EngineError
from procrules.lang.ir import (
    NEGATED,
    SWAPPED,
    All,
    Atom,
    Condition,
    FactRef,
    Not,
    RuleSet,
    expr_facts,
)
from procrules.model.fields import scalar_paths

try:  # durable-rules 2.0.28 builds only for CPython 3.10-3.12
    import durable_rules_engine
    from durable import engine as _engine
    from durable.engine import MessageNotHandledException, MessageObservedException
except ImportError as exc:  # pragma: no cover - depends on the interpreter
    _IMPORT_ERROR: ImportError | None = exc
else:
    _IMPORT_ERROR = None

RULESET = "procrules"
_SHARED_USES = 200  # rules per alpha node before a pattern is spread (durable's limit is 256)
_STAGE_ACTIONS = 3000  # durable rules per ruleset (durable's MAX_ACTIONS is 4,096); more go to a new stage
# An alpha node keeps its children in a 512-slot table, and registering a 513th child loops for ever;
# so facts are spread over several `_t` tags, each with its own node and table.
_TAGS = 16
Conjunction = list[Atom]
_DURABLE_OP = {"lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte", "ne": "$neq"}


def available() -> tuple[bool, str]:
    """Whether durable-rules can be used here, and if not, why and what to do."""
    if _IMPORT_ERROR is None:
        return True, ""
    return False, (
        f"durable-rules cannot be imported on Python {sys.version_info.major}.{sys.version_info.minor} "
        f"({_IMPORT_ERROR}); it builds only for CPython 3.10-3.12. Use --engine python (the default), "
        "or run procrules under Python 3.12 or older."
    )


def dnf(cond: Condition, positive: bool) -> list[Conjunction]:
    """The disjuncts (each a conjunction of atoms) under which `cond` is true (or false)."""
    if isinstance(cond, Atom):
        if positive:
            return [[cond]]
        if cond.op == "exists":
            return [[Atom(cond.fact, "exists", not cond.operand)]]
        return [[Atom(cond.fact, NEGATED[cond.op], cond.operand)]]  # type: ignore[arg-type]
    if isinstance(cond, Not):
        return dnf(cond.item, not positive)
    product = isinstance(cond, All) == positive  # all-true / any-false: every child must hold
    branches = [dnf(c, positive) for c in cond.items]
    if product:
        out: list[Conjunction] = [[]]
        for b in branches:
            out = [x + y for x in out for y in b]
        return out
    return [d for b in branches for d in b]


def _encode(value: Any) -> Any:
    """A value as durable's JSON parser takes it: dates as ordinals, whole floats as integers
    (it rejects exponent notation such as 4.1e+16)."""
    if isinstance(value, date):
        return value.toordinal()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class DurableEvaluator:
    """Evaluates a rule set on durable-rules behind every guard we measured as needed."""

    name = "durable"
    _sessions = itertools.count(1)

    def __init__(self, ruleset: RuleSet) -> None:
        ok, why = available()
        if not ok:
            raise EngineError(why)
        self._ruleset = ruleset
        order = [*scalar_paths(), *(d.name for d in ruleset.derivations)]
        self._position = {name: i for i, name in enumerate(order)}
        self._lock = threading.Lock()
        self._actions: dict[str, Callable[[Any], None]] = {}
        self._conditions = itertools.count()
        self._stages: list[_Stage] = [_Stage(f"{RULESET}0")]
        self._run: _Run | None = None
        self._compile()
        self._host = _SyncHost(self._actions)
        self._host.register_rulesets({stage.name: stage.rules for stage in self._stages})
        for stage in self._stages:
            self._prime(stage.name)

    @property
    def _rules(self) -> dict[str, Any]:
        """The durable rules of the stage being compiled."""
        return self._stages[-1].rules

    # compilation -----------------------------------------------------------------------------

    def _pattern(self, fact: str, tests: list[dict[str, Any]]) -> dict[str, Any]:
        return {"$and": [{"_t": _field_tag(fact)}, {"n": fact}, *tests]}

    def _test(self, atom: Atom, alias: dict[str, str]) -> tuple[str, dict[str, Any]]:
        """(the fact whose pattern carries the test, the durable test) for one atom."""
        if atom.op == "exists":
            return atom.fact, {"$ex" if atom.operand else "$nex": {"v": 1}}
        if atom.op in ("in", "not_in"):
            values = [_encode(v) for v in atom.operand]
            if atom.op == "in":
                return atom.fact, {"$or": [{"v": v} for v in values]}
            return atom.fact, {"$and": [{"$neq": {"v": v}} for v in values]}
        op, fact, other = atom.op, atom.fact, atom.operand
        if isinstance(other, FactRef):
            if self._position[other.name] > self._position[fact]:  # test on the later pattern
                op, fact, other = SWAPPED[op], other.name, FactRef(fact)  # type: ignore[assignment]
            rvalue: Any = {alias[other.name]: "v"}
        else:
            rvalue = _encode(other)
        if op == "eq":
            return fact, {"v": rvalue}
        return fact, {_DURABLE_OP[op]: {"v": rvalue}}

    def _join(self, facts: set[str], atoms: Conjunction) -> list[dict[str, Any]]:
        names = sorted(facts | {n for a in atoms for n in a.facts()}, key=self._position.__getitem__)
        if not names:  # a condition that is always true still needs a fact to fire on
            names = ["id"]
        alias = {n: f"p{i}" for i, n in enumerate(names)}
        tests: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
        for atom in atoms:
            fact, test = self._test(atom, alias)
            tests[fact].append(test)
            if isinstance(atom.operand, FactRef):  # an rvalue on a fact without `v` is error 311
                for name in atom.facts():
                    tests[name].insert(0, {"$ex": {"v": 1}})
        return [{alias[n]: self._pattern(n, tests[n])} for n in names]

    def _condition(self, cond: Condition) -> int:
        """Rules asserting the condition fact for `cond`; returns its id. Equal conditions share
        one id and one set of rules (durable allows 4,096 actions in a ruleset, MAX_ACTIONS)."""
        cids = self._stages[-1].cids
        if cond in cids:
            return cids[cond]
        cid = cids[cond] = next(self._conditions)
        for truth in (True, False):
            for k, conj in enumerate(dnf(cond, truth)):
                name = f"c{cid}{'t' if truth else 'f'}{k}"
                self._rules[name] = {"all": self._join(set(), conj), "run": name}
                self._actions[name] = self._asserting(
                    {"_t": _cond_tag(cid), "c": cid, "v": truth, "id": f"c{cid}{truth}"})
        return cid

    def _room(self, needed: int) -> None:
        """Start a new stage when the current one cannot take `needed` more durable rules."""
        stage = self._stages[-1]
        if stage.rules and len(stage.rules) + needed > _STAGE_ACTIONS:
            done = [*stage.inputs, *stage.derives]
            self._stages.append(_Stage(f"{RULESET}{len(self._stages)}", inputs=done))

    def _cost(self, conditions: list[Condition], extra: int) -> int:
        """Durable rules that compiling these conditions (unless already in the stage) will add."""
        cids = self._stages[-1].cids
        fresh = {c for c in conditions if c not in cids}
        return extra + sum(len(dnf(c, True)) + len(dnf(c, False)) for c in fresh)

    def _compile(self) -> None:
        for d in self._ruleset.derivations:
            self._room(self._cost([c.when for c in d.cases], len(d.cases)))
            self._stages[-1].derives.append(d.name)
            ids = [self._condition(c.when) for c in d.cases]
            for k, case in enumerate(d.cases):
                deps = derived_deps(self._ruleset, expr_facts(case.value))
                patterns = [{"t": _cond(ids[k], True)}, *({f"e{j}": _cond(ids[j], False)} for j in range(k))]
                patterns += [{f"v{i}": self._pattern(dep, [])} for i, dep in enumerate(deps)]
                name = f"d_{d.name}_{k}"
                self._rules[name] = {"all": patterns, "run": name}
                self._actions[name] = self._deriving(d.name, case.value)
        for r in self._ruleset.rules:
            self._room(self._cost([r.when, *([r.requires] if r.requires is not None else [])], 3))
            when = self._condition(r.when)
            outcomes: list[tuple[Status, list[dict[str, Any]]]] = [
                ("not_applicable", [{"w": _cond(when, False)}])
            ]
            if r.kind == "prompt":
                outcomes.append(("raised", [{"w": _cond(when, True)}]))
            elif r.requires is None:
                outcomes.append(("failed", [{"w": _cond(when, True)}]))
            else:
                req = self._condition(r.requires)
                outcomes.append(("failed", [{"w": _cond(when, True)}, {"q": _cond(req, False)}]))
                outcomes.append(("passed", [{"w": _cond(when, True)}, {"q": _cond(req, True)}]))
            for status, patterns in outcomes:
                name = f"r_{r.id}_{status}"
                self._rules[name] = {"all": patterns, "run": name}
                self._actions[name] = self._outcome(r.id, status)
        self._actions["catch_all"] = lambda c: None
        for stage in self._stages:
            stage.rules["catch_all"] = {"pri": 1000, "all": [{"m": {"_m": 1}}], "run": "catch_all"}
            _spread_shared_patterns(stage.rules)

    # actions ------------------------------------------------------------------------------------


    def _guarded(self, body: Callable[[Any, _Run], None]) -> Callable[[Any], None]:
        def action(c: Any) -> None:
            run = self._run
            if run is None:
                return
            try:
                body(c, run)
            except Exception as exc:  # durable would swallow it into the state; keep it
                run.errors.append(repr(exc))
        return action

    def _asserting(self, fact: dict[str, Any]) -> Callable[[Any], None]:
        opposite = f"c{fact['c']}{not fact['v']}"

        def body(c: Any, run: _Run) -> None:
            if opposite in run.asserted:
                raise AssertionError(f"condition {fact['c']} came out both true and false")
            if fact["id"] not in run.asserted:
                run.asserted.add(fact["id"])
                _assert(c, dict(fact))
        return self._guarded(body)

    def _deriving(self, name: str, expr: Any) -> Callable[[Any], None]:
        def body(c: Any, run: _Run) -> None:
            if name in run.derived:
                raise AssertionError(f"two cases of `{name}` applied at once")
            value = evaluate(expr, run.ctx)
            run.derived[name] = value
            if value is not None:
                run.ctx.facts[name] = value
                _assert(c, {"_t": _field_tag(name), "n": name, "v": _encode(value), "id": f"f:{name}"})
        return self._guarded(body)

    def _outcome(self, rule_id: str, status: Status) -> Callable[[Any], None]:
        def body(c: Any, run: _Run) -> None:
            run.statuses[rule_id] = status
        return self._guarded(body)

    # evaluation ---------------------------------------------------------------------------------

    def _prime(self, ruleset: str) -> None:
        """Fire one action in the first session slot (the §2.6 crash workaround)."""
        sid = "prime"
        try:
            self._host.assert_fact(ruleset, {"sid": sid, "_m": 1, "n": "__prime__", "id": "prime"})
        finally:
            self._host.delete_state(ruleset, sid)

    def _run_stage(self, stage: _Stage, run: _Run) -> None:
        """One stage's session: assert the record's fields and earlier stages' facts, let it chain."""
        sid = f"s{next(self._sessions)}"
        try:
            # Record fields always (a field without `v` is how `exists: false` matches); a derived
            # fact only with a value, as within a stage (a dependency pattern matches on the name).
            known = [p for p in stage.inputs if run.ctx.facts.get(p) is not None]
            for path in (*scalar_paths(), *known):
                fact: dict[str, Any] = {"sid": sid, "_t": _field_tag(path), "_m": 1, "n": path, "id": f"f:{path}"}
                if run.ctx.facts.get(path) is not None:
                    fact["v"] = _encode(run.ctx.facts[path])
                with contextlib.suppress(MessageNotHandledException, MessageObservedException):
                    self._host.assert_fact(stage.name, fact)
        finally:
            self._host.delete_state(stage.name, sid)

    def evaluate_many(self, record_ids: Sequence[str], ctxs: Sequence[Context]) -> list[Evaluation]:
        """Each record in its own session, in order."""
        return [self.evaluate(r, c) for r, c in zip(record_ids, ctxs, strict=True)]

    def evaluate(self, record_id: str, ctx: Context) -> Evaluation:
        """Assert one record's fields as facts in a fresh session and read what chained from them."""
        with self._lock:
            run = self._run = _Run(ctx)
            try:
                for stage in self._stages:
                    self._run_stage(stage, run)
                    if run.errors:
                        break
            except durable_rules_engine.error as exc:
                raise EngineError(f"durable-rules failed on record {record_id}: {exc}") from exc
            except MemoryError as exc:
                raise EngineError(f"durable-rules ran out of session state on record {record_id}") from exc
            finally:
                self._run = None
            if run.errors:
                raise EngineError(f"a rule action failed on record {record_id}: {run.errors[0]}")
            derived = {d.name: run.derived.get(d.name) for d in self._ruleset.derivations}
            statuses: dict[str, Status] = {
                r.id: run.statuses.get(r.id, "not_demonstrated") for r in self._ruleset.rules
            }
            return Evaluation(derived, statuses)


def _spread_shared_patterns(rules: dict[str, Any]) -> None:
    """Keep every alpha node under durable's 256 beta links (error 108, BETA_LIST_LENGTH).

    A pattern used by many rules (`regime == act` guards most of them) is one alpha node; each
    further block of uses gets a test that always passes (`$nex` of a property no fact has), so
    durable builds a separate node for it.
    """
    uses: dict[str, int] = {}
    for rule in rules.values():
        for pattern in rule["all"]:
            for condition in pattern.values():
                key = json.dumps(condition, sort_keys=True)
                n = uses[key] = uses.get(key, 0) + 1
                if n > _SHARED_USES and "$and" in condition:
                    condition["$and"].append({"$nex": {f"_spread{n // _SHARED_USES}": 1}})


@dataclass(slots=True)
class _Stage:
    """One durable ruleset: a run of derivations (and rules) small enough for durable's tables.

    Its session starts with the record's fields and every fact derived by earlier stages.
    """

    name: str
    inputs: list[str] = field(default_factory=list)  # derived facts asserted at the start
    derives: list[str] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)
    cids: dict[Condition, int] = field(default_factory=dict)


def _assert(c: Any, fact: dict[str, Any]) -> None:
    """Assert a fact from inside an action; a fact no rule waits for is not an error."""
    with contextlib.suppress(MessageNotHandledException):
        c.assert_fact(fact)


def _cond(cid: int, truth: bool) -> dict[str, Any]:
    return {"$and": [{"_t": _cond_tag(cid)}, {"c": cid}, {"v": truth}]}


def _field_tag(name: str) -> str:
    """The `_t` of a field or derived fact: one of several, so no alpha node has too many children."""
    return f"f{zlib.crc32(name.encode()) % _TAGS}"


def _cond_tag(cid: int) -> str:
    """The `_t` of a condition fact, spread the same way."""
    return f"c{cid % _TAGS}"


class _Run:
    """The state of one evaluation, reached by the actions."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.asserted: set[str] = set()
        self.derived: dict[str, Any] = {}
        self.statuses: dict[str, Status] = {}
        self.errors: list[str] = []


if _IMPORT_ERROR is None:

    class _SyncHost(_engine.Host):  # type: ignore[misc]
        """A Host whose actions run in the caller: no dispatcher or timer threads."""

        def __init__(self, actions: dict[str, Callable[[Any], None]]) -> None:
            self._named_actions = actions
            super().__init__()

        def _run(self) -> None:
            pass

        def get_action(self, action_name: str) -> Callable[[Any], None]:
            return self._named_actions[action_name]
