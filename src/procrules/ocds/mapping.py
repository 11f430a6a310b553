"""One OCDS release → a Fragment: what it says, in the record's own terms.

Only the fields procrules uses are read; everything else (descriptions, addresses, contact
points) is dropped here, so personal data never gets further. Paths in a Fragment are JSON
pointers into the record (`/contract/subject`); slots starting `/_` are kept for compiling
(candidate values, the legal basis, what the notice states about thresholds).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from procrules.errors import Problem
from procrules.ocds import profile
from procrules.ocds.stream import Position

NOTICE_CODE = re.compile(r"^UK([1-9]|1[0-7])$")
CPV = re.compile(r"^\d{8}(-\d)?$")
_GROUND = re.compile(r"\((sch\d+_para\d+|s42|not_substantial|below_threshold)\)")
_LEGISLATION = re.compile(r"^2023/54/(?:schedule/(\d+)/paragraph/(\d+)|section/(\d+))$")


@dataclass(slots=True)
class Fragment:
    """What one release says about its procurement."""

    ocid: str
    when: tuple[float, int]  # (release date as a UTC timestamp, index in the file): later wins
    position: Position
    release_id: str | None = None
    scalars: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    keyed: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    notices: set[tuple[str, str]] = field(default_factory=set)
    cpv: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def warn(self, pointer: str, message: str) -> None:
        """A defect of the data that was worked around."""
        p = self.position
        self.warnings.append(Problem(p.source, p.pointer + pointer, message, line=p.line,
                                     subject=f"release {self.release_id or '?'}"))

    def put(self, path: str, value: Any, source: str | None = None) -> None:
        """Set a record field (None is ignored: a notice that says nothing changes nothing)."""
        if value is None:
            return
        self.scalars[path] = value
        if source is not None:
            self.provenance[path] = self.position.pointer + source

    def item(self, collection: str, key: str) -> dict[str, Any]:
        """An entry of a keyed collection (lots, modifications, payments, KPI assessments)."""
        return self.keyed.setdefault(collection, {}).setdefault(key, {})


# -- small readers that never raise --------------------------------------------------------------

def obj(value: Any) -> dict[str, Any]:
    """The value if it is an object, else an empty one (nulls and wrong types read as absent)."""
    return value if isinstance(value, dict) else {}


def seq(value: Any) -> list[Any]:
    """The value if it is an array, else an empty one."""
    return value if isinstance(value, list) else []


def text(value: Any) -> str | None:
    """A non-empty string, or None."""
    return value.strip() or None if isinstance(value, str) else None


def day(value: Any) -> date | None:
    """The calendar day an OCDS date-time names, as written (2026-10-15T23:59:59+01:00 → 15 Oct)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def timestamp(value: Any) -> float | None:
    """An OCDS date-time as a UTC timestamp (a date-time without offset is read as UTC)."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def number(frag: Fragment, value: Any, pointer: str) -> float | None:
    """A finite number, or None with a warning for 1e9999, NaN or a non-number."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        frag.warn(pointer, f"expected a number, found {value!r}; ignored")
        return None
    out = float(value)
    if not math.isfinite(out):
        frag.warn(pointer, "not a finite number (such as 1e9999, a known Find a Tender defect); ignored")
        return None
    return out


def money(frag: Fragment, value: Any, pointer: str, expected_currency: str | None = None) -> dict[str, Any] | None:
    """An OCDS Value as a record estimate: amountGross (VAT-inclusive) preferred, else the net
    amount with VAT to add at the standard rate. None for other currencies and placeholders."""
    val = obj(value)
    if not val:
        return None
    currency = val.get("currency")
    gross = number(frag, val.get("amountGross"), f"{pointer}/amountGross")
    net = number(frag, val.get("amount"), f"{pointer}/amount")
    if gross is None and net is None:
        return None
    if currency not in (None, "GBP"):
        also = f", but {expected_currency} elsewhere in the notice (probably an error)" if expected_currency else ""
        frag.warn(f"{pointer}/currency", f"the value is in {currency}{also}; procrules works in pounds, so it is "
                                         "not used")
        return None
    for name, amount in (("amountGross", gross), ("amount", net)):
        if amount is not None and amount <= profile.PLACEHOLDER_MAX:
            frag.warn(f"{pointer}/{name}", f"{amount:g} looks like a placeholder, not a value; not used")
    if gross is not None and gross > profile.PLACEHOLDER_MAX:
        return {"amount": round(gross, 2), "vat_included": True,
                "_source": f"{frag.position.pointer}{pointer}/amountGross", "_basis": "gross"}
    if net is not None and net > profile.PLACEHOLDER_MAX:
        return {"amount": round(net, 2), "vat_included": False, "vat_rate": profile.STANDARD_VAT_RATE,
                "_source": f"{frag.position.pointer}{pointer}/amount", "_basis": "net"}
    return None


def _classification(items: Any, scheme: str) -> str | None:
    for c in seq(items):
        if obj(c).get("scheme") == scheme and isinstance(obj(c).get("id"), str):
            return str(c["id"])
    return None


def _ground(classifications: Any, rationale: Any) -> str | None:
    """A Schedule 5/8 ground from a UKPGA classification id (2023/54/schedule/5/paragraph/13) or
    from a procrules rationale text ending `(sch5_para13)`."""
    for c in seq(classifications):
        if obj(c).get("scheme") == "UKPGA" and isinstance(obj(c).get("id"), str):
            m = _LEGISLATION.match(c["id"])
            if m and m.group(1):
                return f"sch{m.group(1)}_para{m.group(2)}"
            if m:
                return f"s{m.group(3)}"
    m = _GROUND.search(rationale) if isinstance(rationale, str) else None
    return m.group(1) if m else None


# -- the release ---------------------------------------------------------------------------------

def fragment(release: dict[str, Any], position: Position) -> Fragment:
    """What the release says, as record fields."""
    when = timestamp(release.get("date"))
    frag = Fragment(str(release.get("ocid") or ""), (when if when is not None else -math.inf, position.index),
                    position, text(release.get("id")))
    if when is None:
        frag.warn("/date", f"no valid release date ({release.get('date')!r}); the release is taken as the oldest")
    if "buyerID" in release:
        frag.warn("/buyerID", "`buyerID` is not an OCDS field (a known Find a Tender defect); ignored")
    tender = obj(release.get("tender"))
    _legal_basis(frag, tender)
    frag.put("/title", text(tender.get("title")), "/tender/title")
    parties = {str(p.get("id")): p for p in map(obj, seq(release.get("parties"))) if p.get("id") is not None}
    _buyer(frag, release, parties)
    _tender(frag, tender)
    awards = [obj(a) for a in seq(release.get("awards"))]
    _awards(frag, awards, parties)
    _contracts(frag, [obj(c) for c in seq(release.get("contracts"))])
    _notices(frag, release, tender, awards)
    return frag


def _legal_basis(frag: Fragment, tender: dict[str, Any]) -> None:
    basis = obj(tender.get("legalBasis"))
    scheme, ident = basis.get("scheme"), basis.get("id")
    if scheme == "UKPGA" and ident == "2023/54":
        frag.put("/_regime", "act", "/tender/legalBasis")
    elif scheme == "CELEX":
        frag.put("/_regime", "old", "/tender/legalBasis")
        frag.put("/_regime_law", profile.OLD_REGIME_CELEX.get(str(ident), f"CELEX {ident}"))
    elif basis:
        frag.warn("/tender/legalBasis", f"legal basis {scheme} {ident} is neither the Act (UKPGA 2023/54) nor a "
                                        "directive (CELEX); the regime is read from the notice types")


def _buyer(frag: Fragment, release: dict[str, Any], parties: dict[str, dict[str, Any]]) -> None:
    ref = obj(release.get("buyer"))
    party = parties.get(str(ref.get("id"))) if ref.get("id") is not None else None
    if party is None:
        party = next((p for p in parties.values() if "buyer" in seq(p.get("roles"))), None)
    if party is None and not ref:
        return
    at = f"/parties/{list(parties.values()).index(party)}" if party is not None else "/buyer"
    frag.put("/authority/name", text(ref.get("name")) or text(obj(party).get("name")), f"{at}/name")
    classes = obj(obj(party).get("details")).get("classifications")
    uk_type = _classification(classes, "UK_CA_TYPE")
    ted_type = _classification(classes, "TED_CA_TYPE")
    if uk_type is not None:
        mapped = profile.UK_CA_TYPE.get(uk_type)
        if mapped is None:
            frag.warn(f"{at}/details/classifications", f"buyer type UK_CA_TYPE `{uk_type}` is not a kind of "
                                                       "contracting authority procrules knows")
        frag.put("/authority/type", mapped, f"{at}/details/classifications (UK_CA_TYPE {uk_type})")
    elif ted_type is not None:
        frag.put("/authority/type", profile.TED_CA_TYPE.get(ted_type),
                 f"{at}/details/classifications (TED_CA_TYPE {ted_type})")
    devolved = _classification(classes, "UK_CA_DEVOLVED_REGULATIONS")
    if devolved in profile.DEVOLVED:
        frag.put("/authority/devolved", profile.DEVOLVED[devolved], f"{at}/details/classifications")
    elif devolved is not None:
        frag.warn(f"{at}/details/classifications", f"devolved regulations {devolved}: procrules does not "
                                                   "encode them; checked as if not devolved")


def _tender(frag: Fragment, tender: dict[str, Any]) -> None:
    category = tender.get("mainProcurementCategory")
    if category in ("goods", "services", "works"):
        frag.put("/contract/subject", category, "/tender/mainProcurementCategory")
    frag.put("/_value/tender", money(frag, tender.get("value"), "/tender/value"))
    currency = obj(tender.get("value")).get("currency")
    _cpv(frag, tender, "/tender")
    regimes = tender.get("specialRegime")
    if isinstance(regimes, list) and regimes and "lightTouch" not in regimes:
        frag.put("/contract/light_touch", False, "/tender/specialRegime (no lightTouch)")
    for regime in seq(regimes):
        target = {"lightTouch": "light_touch", "utilities": "utilities", "defenceAndSecurity": "defence_and_security",
                  "concession": "concession"}.get(str(regime))
        if target is None:
            frag.warn("/tender/specialRegime", f"special regime `{regime}` is not one procrules knows; ignored")
        frag.put(f"/contract/{target}", True if target else None, "/tender/specialRegime")
    if isinstance(tender.get("aboveThreshold"), bool):
        frag.put("/_stated/above_threshold", tender["aboveThreshold"], "/tender/aboveThreshold")
    _method(frag, tender)
    techniques = obj(tender.get("techniques"))
    if techniques.get("hasDynamicPurchasingSystem") is True:
        frag.put("/contract/dynamic_market", True, "/tender/techniques/hasDynamicPurchasingSystem")
    if techniques.get("hasFrameworkAgreement") is True:
        fa = obj(techniques.get("frameworkAgreement"))
        frag.put("/contract/framework/open", fa.get("type") == "open" or fa.get("isOpenFrameworkScheme") is True,
                 "/tender/techniques/frameworkAgreement")
    frag.put("/contract/no_lots_reasons", text(obj(tender.get("lotDetails")).get("noLotsDivisionRationale")),
             "/tender/lotDetails/noLotsDivisionRationale")
    lots = [obj(lot) for lot in seq(tender.get("lots"))]
    # FTS gives an undivided contract one lot "1": only several lots, or a titled one, are lots.
    if len(lots) > 1 or any(text(lot.get("title")) for lot in lots):
        for i, lot in enumerate(lots):
            if lot.get("id") is None:
                continue
            entry = frag.item("lots", str(lot["id"]))
            entry["id"] = str(lot["id"])
            if text(lot.get("title")):
                entry["title"] = text(lot.get("title"))
            value = money(frag, lot.get("value"), f"/tender/lots/{i}/value", currency)
            if value is not None:
                entry["estimated_value"] = {k: v for k, v in value.items() if not k.startswith("_")}
    else:
        for i, lot in enumerate(lots):  # still flag a lot in the wrong currency
            money(frag, lot.get("value"), f"/tender/lots/{i}/value", currency)
    policy = obj(tender.get("submissionTerms")).get("electronicSubmissionPolicy")
    if policy in ("required", "allowed", "notAllowed"):
        frag.put("/procedure/electronic_submission", policy != "notAllowed",
                 "/tender/submissionTerms/electronicSubmissionPolicy")
    frag.put("/milestones/tender_deadline", day(obj(tender.get("tenderPeriod")).get("endDate")),
             "/tender/tenderPeriod/endDate")
    frag.put("/milestones/participation_deadline", day(tender.get("expressionOfInterestDeadline")),
             "/tender/expressionOfInterestDeadline")


def _method(frag: Fragment, tender: dict[str, Any]) -> None:
    details = text(tender.get("procurementMethodDetails"))
    method = tender.get("procurementMethod")
    if details is not None:
        key = details.lower()
        if key in profile.METHOD_DETAILS:
            kind = profile.METHOD_DETAILS[key]
            if kind is None:
                frag.warn("/tender/procurementMethodDetails", f"`{details}`: procrules has no procedure type for "
                                                              "this; procedure.type is left unknown")
            frag.put("/procedure/type", kind, "/tender/procurementMethodDetails")
        else:
            frag.put("/_method_details", details)
    elif method == "direct":
        frag.put("/procedure/type", "direct_award", "/tender/procurementMethod")
    if method == "direct" or frag.scalars.get("/procedure/type") == "direct_award":
        frag.put("/procedure/direct_award_justification", text(tender.get("procurementMethodRationale")),
                 "/tender/procurementMethodRationale")
        frag.put("/procedure/direct_award_ground", _ground(tender.get("procurementMethodRationaleClassifications"),
                                                           tender.get("procurementMethodRationale")),
                 "/tender/procurementMethodRationaleClassifications")


def _cpv(frag: Fragment, holder: dict[str, Any], at: str) -> None:
    found: list[tuple[str, str]] = []
    cls = obj(holder.get("classification"))
    if cls.get("scheme") == "CPV":
        found.append((f"{at}/classification", str(cls.get("id"))))
    for i, item in enumerate(seq(holder.get("items"))):
        for c in [obj(item).get("classification"), *seq(obj(item).get("additionalClassifications"))]:
            if obj(c).get("scheme") == "CPV":
                found.append((f"{at}/items/{i}", str(obj(c).get("id"))))
    for where, code in found:
        if CPV.match(code):
            if code not in frag.cpv:
                frag.cpv.append(code)
        else:
            frag.warn(where, f"CPV code {code!r} is not 8 digits (and an optional check digit); ignored")


def _awards(frag: Fragment, awards: list[dict[str, Any]], parties: dict[str, dict[str, Any]]) -> None:
    total, sources, basis = 0.0, [], set()
    for i, award in enumerate(awards):
        at = f"/awards/{i}"
        if award.get("mainProcurementCategory") in ("goods", "services", "works"):
            frag.put("/contract/subject", award["mainProcurementCategory"], f"{at}/mainProcurementCategory")
        if award.get("status") not in ("cancelled", "unsuccessful"):
            value = money(frag, award.get("value"), f"{at}/value")
            if value is not None:
                total += value["amount"]
                sources.append(value["_source"])
                basis.add(value["_basis"])
        _cpv(frag, award, at)
        if isinstance(award.get("aboveThreshold"), bool):
            frag.put("/_stated/above_threshold", award["aboveThreshold"], f"{at}/aboveThreshold")
        frag.put("/milestones/standstill_end_stated", day(obj(award.get("standstillPeriod")).get("endDate")),
                 f"{at}/standstillPeriod/endDate")
        frag.put("/milestones/assessment_summaries_sent", day(award.get("assessmentSummariesDateSent")),
                 f"{at}/assessmentSummariesDateSent")
        if award.get("status") == "cancelled":
            frag.put("/_cancelled", day(award.get("finalStatusDate")), f"{at}/finalStatusDate")
    if sources and len(basis) == 1:
        value = {"amount": round(total, 2), "vat_included": basis == {"gross"}, "_source": ", ".join(sources),
                 "_basis": basis.pop()}
        if value["_basis"] == "net":
            value["vat_rate"] = profile.STANDARD_VAT_RATE
        frag.put("/_value/award", value)
    _supplier(frag, awards, parties)


def _supplier(frag: Fragment, awards: list[dict[str, Any]], parties: dict[str, dict[str, Any]]) -> None:
    refs = [(i, j, obj(s)) for i, a in enumerate(awards) if a.get("status") not in ("cancelled", "unsuccessful")
            for j, s in enumerate(seq(a.get("suppliers")))]
    if not refs:
        return
    i, j, ref = refs[0]
    if len({str(r.get("id") or r.get("name")) for _, _, r in refs}) > 1:
        frag.warn("/awards", f"{len(refs)} suppliers; the record has one supplier, so the first is kept")
    party = obj(parties.get(str(ref.get("id"))))
    frag.put("/supplier/name", text(ref.get("name")) or text(party.get("name")), f"/awards/{i}/suppliers/{j}/name")
    at = f"/parties/{list(parties.values()).index(party)}/details" if party else "/parties"
    details = obj(party.get("details"))
    scale = details.get("scale")
    if scale in ("micro", "sme", "small", "medium", "large"):
        frag.put("/supplier/sme", scale != "large", f"{at}/scale")
    if isinstance(details.get("vcse"), bool):
        frag.put("/supplier/vcse", details["vcse"], f"{at}/vcse")


def _contracts(frag: Fragment, contracts: list[dict[str, Any]]) -> None:
    signed = [d for d in (day(c.get("dateSigned")) for c in contracts) if d is not None]
    if signed:
        frag.put("/milestones/contract_entered", min(signed), "/contracts/0/dateSigned")
    for i, contract in enumerate(contracts):
        at = f"/contracts/{i}"
        if isinstance(contract.get("aboveThreshold"), bool):
            frag.put("/_stated/above_threshold", contract["aboveThreshold"], f"{at}/aboveThreshold")
        frag.put("/_value/contract", money(frag, contract.get("value"), f"{at}/value"))
        notice_day = next((day(d.get("datePublished")) for d in map(obj, seq(contract.get("documents")))
                           if d.get("noticeType") == "UK10"), None)
        for j, amendment in enumerate(map(obj, seq(contract.get("amendments")))):
            when = day(amendment.get("date"))
            if when is None:
                frag.warn(f"{at}/amendments/{j}/date", "a contract change without a valid date; ignored")
                continue
            entry = frag.item("modifications", str(amendment.get("id") or f"{i}/{j}"))
            entry.update({"id": text(amendment.get("id")), "date": when, "published": notice_day,
                          "ground": _ground(amendment.get("rationaleClassifications"), amendment.get("rationale"))})
        if contract.get("status") == "terminated":
            implementation = obj(contract.get("implementation"))
            frag.put("/contract_management/terminated", day(implementation.get("endDate")),
                     f"{at}/implementation/endDate")
            reason = {v: k for k, v in profile.TERMINATION_TEXT.items()}.get(str(contract.get("statusDetails")))
            frag.put("/contract_management/termination", reason, f"{at}/statusDetails")
        if text(contract.get("noAgreedMetricsRationale")):
            frag.put("/contract_management/kpis_not_appropriate", True, f"{at}/noAgreedMetricsRationale")
        if seq(contract.get("agreedMetrics")):
            frag.put("/contract_management/kpis_set", len(contract["agreedMetrics"]), f"{at}/agreedMetrics")
        _implementation(frag, obj(contract.get("implementation")), f"{at}/implementation")


def _implementation(frag: Fragment, implementation: dict[str, Any], at: str) -> None:
    for k, tx in enumerate(map(obj, seq(implementation.get("transactions")))):
        value = obj(tx.get("value"))
        amount = number(frag, value.get("amountGross"), f"{at}/transactions/{k}/value/amountGross")
        if amount is None:
            amount = number(frag, value.get("amount"), f"{at}/transactions/{k}/value/amount")
            if amount is not None:
                frag.warn(f"{at}/transactions/{k}/value", "a payment with only a net amount; taken as paid")
        if amount is None or value.get("currency") not in (None, "GBP"):
            continue
        frag.item("payments", str(tx.get("id") or k)).update({"amount": round(amount, 2), "paid": day(tx.get("date"))})
    ratings = {v: k for k, v in profile.KPI_RATING.items()}
    for m, metric in enumerate(map(obj, seq(implementation.get("metrics")))):
        for o, obs in enumerate(map(obj, seq(metric.get("observations")))):
            when = day(obj(obs.get("period")).get("endDate"))
            if when is None:
                frag.warn(f"{at}/metrics/{m}/observations/{o}", "a KPI observation without a period end; ignored")
                continue
            rating = ratings.get(str(obj(obs.get("measureClassification")).get("id")))
            frag.item("kpi_assessments", f"{metric.get('id')}/{obs.get('id')}").update({"date": when, "rating": rating})


def _notices(frag: Fragment, release: dict[str, Any], tender: dict[str, Any], awards: list[dict[str, Any]]) -> None:
    """Every document with a UK form code, in any section, as (code, day published)."""
    holders = [obj(release.get("planning")), tender, *awards]
    for contract in map(obj, seq(release.get("contracts"))):
        holders += [contract, obj(contract.get("implementation"))]
    released = day(release.get("date"))
    for holder in holders:
        for doc in map(obj, seq(holder.get("documents"))):
            code = doc.get("noticeType")
            if not isinstance(code, str):
                continue
            if not NOTICE_CODE.match(code):
                frag.warn("/documents", f"notice type {code!r} is not UK1-UK17; ignored")
                continue
            published = day(doc.get("datePublished")) or released
            if published is None:
                continue
            frag.notices.add((code, published.isoformat()))
            if code == "UK14":
                frag.put("/milestones/dynamic_market_established", published)
            elif code == "UK16":
                frag.put("/milestones/dynamic_market_ceased", published)
            elif code == "UK15":
                frag.item("dynamic_market_modifications", published.isoformat())["date"] = published
            elif code == "UK12":
                frag.put("/_terminated_notice", published)
            elif code == "UK2":
                frag.put("/procedure/market_engagement", True, "/planning/documents (UK2)")
