"""A record → the OCDS release package Find a Tender would publish for one UK notice.

Shapes follow the research note's per-notice mapping (`profile.NOTICES`): the form code is
`noticeType` on the document whose id is the release id, in the notice's section. Output is
deterministic: ids come from the record id and the code, dates from the notice's date in the
record (or `published`), nothing from the clock. A notice the record cannot fill raises
InputError listing every missing field. Personal data is never written (no contactPoint).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from procrules.errors import InputError, Problem
from procrules.model.record import EstimatedValue, Record
from procrules.ocds import profile
from procrules.suggest import did_you_mean

#: Every notice code build_notice can make (UK17 is per authority, not per procurement).
BUILDABLE: tuple[str, ...] = tuple(profile.NOTICES)

_VALUE_CODES = {"UK1", "UK3", "UK4", "UK5", "UK6", "UK7", "UK13"}
_CPV_CODES = {"UK1", "UK3", "UK4", "UK5", "UK6", "UK13"}
_TENDER_STAGE = {"UK1", "UK3", "UK4", "UK13"}
_TENDER_STATUS = {"UK1": "planned", "UK2": "planning", "UK3": "planned", "UK4": "active", "UK13": "active",
                  "UK14": "active", "UK16": "complete", "UK12": "withdrawn"}


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _end(day: date) -> str:
    return f"{day.isoformat()}T23:59:59Z"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").upper() or "X"


def ocid_for(record: Record) -> str:
    """The record's id when it is an OCID already (read from OCDS), else one under our prefix."""
    return record.id if re.match(r"^ocds-[a-z0-9]{6}-", record.id) else f"{profile.OCID_PREFIX}-{record.id}"


def _value(ev: EstimatedValue, extra: float = 0.0) -> dict[str, Any] | None:
    """Net `amount` and gross `amountGross` in pounds; gross only when the VAT rate is unknown."""
    if ev.amount is None:
        return None
    amount = ev.amount + extra
    if ev.vat_included is False:
        rate = ev.vat_rate or 0.0
        return {"amount": round(amount, 2), "amountGross": round(amount * (1 + rate), 2), "currency": "GBP"}
    if ev.vat_rate is not None:
        return {"amount": round(amount / (1 + ev.vat_rate), 2), "amountGross": round(amount, 2), "currency": "GBP"}
    return {"amountGross": round(amount, 2), "currency": "GBP"}


def _legislation(ground: str | None) -> dict[str, Any] | None:
    """A UKPGA classification for sch5_para13 / sch8_para1 / s42 (procrules convention)."""
    m = re.match(r"^sch(\d+)_para(\d+)$|^s(\d+)$", ground or "")
    if m is None:
        return None
    path = f"schedule/{m.group(1)}/paragraph/{m.group(2)}" if m.group(1) else f"section/{m.group(3)}"
    return {"scheme": "UKPGA", "id": f"2023/54/{path}", "uri": f"https://www.legislation.gov.uk/ukpga/2023/54/{path}"}


def _ground_text(ground: str) -> str:
    m = re.match(r"^sch(\d+)_para(\d+)$", ground)
    words = f"Schedule {m.group(1)} paragraph {m.group(2)}" if m else ground.replace("_", " ").capitalize()
    return f"{words} ({ground})"


def notice_day(record: Record, code: str, published: date | None = None) -> date | None:
    """The day the notice is (to be) published: `published`, else the record's latest `code` notice."""
    if published is not None:
        return published
    days = [n.date for n in record.notices if n.code == code]
    return max(days) if days else None


def _determinations(record: Record, day: date) -> Mapping[str, Any]:
    # Imported here: the api imports this module, and the library stays usable without the engine.
    from procrules import api

    if record.procedure.commenced is None:  # a planning notice: judged as if commencing that day
        record = record.model_copy(update={"procedure": record.procedure.model_copy(update={"commenced": day})})
    # As at the notice's day (deterministic), but never before the Act, whose parameters start then.
    as_at = max(day, profile.act_commencement())
    return api.check([record], as_at=as_at)[0].to_json()["determinations"]  # type: ignore[no-any-return]


def _missing(code: str, record: Record, day: date | None, det: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(record pointer, why) for everything the notice must contain that the record lacks."""
    c, p, m, cm = record.contract, record.procedure, record.milestones, record.contract_management
    out: list[tuple[str, str]] = []
    if day is None:
        out.append(("/notices", f"a {code} entry with its date (or pass the publication date)"))
    if det.get("regime") == "old_regime":
        out.append(("/procedure/commenced", "a procurement under the Act: it commenced before 24 February 2025, "
                                            "so the old regulations apply and no UK notice is published"))
    if not record.title:
        out.append(("/title", "the procurement's title"))
    if code in _VALUE_CODES and c.estimated_value.amount is None and not (code == "UK4" and
                                                                          c.estimated_value.cannot_be_estimated):
        out.append(("/contract/estimated_value/amount", "the estimated value"))
    if code in _CPV_CODES and not c.cpv:
        out.append(("/contract/cpv", "at least one CPV code"))
    if code in ("UK4", "UK6") and p.type is None:
        out.append(("/procedure/type", "the procedure"))
    if code == "UK4" and m.tender_deadline is None and m.participation_deadline is None:
        out.append(("/milestones/tender_deadline", "the tender deadline (or participation_deadline)"))
    if code == "UK3" and not any(n.code == "UK4" for n in record.notices):
        out.append(("/notices", "the expected date of the tender notice (a UK4 entry, planned: true)"))
    if code == "UK5":
        if p.type != "direct_award":
            out.append(("/procedure/type", f"direct_award (a transparency notice is for a direct award, s.44; "
                                           f"found {p.type})"))
        if p.direct_award_ground is None:
            out.append(("/procedure/direct_award_ground", "the Schedule 5 ground or s.42 relied on"))
    if code in ("UK5", "UK6", "UK7") and (record.supplier is None or not record.supplier.name):
        out.append(("/supplier/name", "the supplier"))
    if code == "UK7" and m.contract_entered is None:
        out.append(("/milestones/contract_entered", "the day the contract was entered into"))
    needs = {"UK8": (not cm.payments, "/contract_management/payments", "at least one payment"),
             "UK9": (not cm.kpi_assessments, "/contract_management/kpi_assessments", "a KPI assessment"),
             "UK10": (not cm.modifications, "/contract_management/modifications", "the modification"),
             "UK11": (cm.terminated is None, "/contract_management/terminated", "the day the contract ended"),
             "UK12": (m.decision_not_to_award is None, "/milestones/decision_not_to_award",
                      "the day of the decision not to award"),
             "UK13": (not c.dynamic_market, "/contract/dynamic_market", "true (a dynamic market)"),
             "UK14": (m.dynamic_market_established is None, "/milestones/dynamic_market_established",
                      "the day the dynamic market was established"),
             "UK15": (not cm.dynamic_market_modifications, "/contract_management/dynamic_market_modifications",
                      "the modification of the dynamic market"),
             "UK16": (m.dynamic_market_ceased is None, "/milestones/dynamic_market_ceased",
                      "the day the dynamic market ceased")}
    if code in needs and needs[code][0]:
        out.append(needs[code][1:])
    return out


def build_notice(code: str, record: Record, *, published: date | None = None,
                 determinations: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The release package for notice `code` (UK1-UK16) about `record`.

    `determinations` (the JSON determinations of a check) supply what the rules derive:
    `above_threshold`, `scope.light_touch` and `regime`; without them the record is checked
    as at the notice's day. Raises InputError listing every field the notice needs and lacks.
    """
    if code not in profile.NOTICES:
        why = ("UK17 (payments compliance) is published per authority, not per procurement"
               if code == "UK17" else f"no notice code {code}{did_you_mean(code, list(BUILDABLE))}")
        raise InputError(f"cannot build {code}: {why}; procrules builds {', '.join(BUILDABLE)}")
    day = notice_day(record, code, published)
    det = determinations if determinations is not None else _determinations(record, day or profile.act_commencement())
    missing = _missing(code, record, day, det)
    if missing:
        raise InputError(f"{record.id}: the record lacks what a {code} notice must contain",
                         [Problem(record.id, pointer, f"needed: {why}", subject=code) for pointer, why in missing])
    assert day is not None
    release = _release(code, record, day, det)
    return {
        "uri": f"urn:procrules:notice:{release['id']}",
        "version": "1.1",
        "extensions": list(profile.EXTENSIONS),
        "publishedDate": release["date"],
        "publisher": {"name": record.authority.name},
        "license": profile.LICENSE,
        "publicationPolicy": profile.PUBLICATION_POLICY,
        "releases": [release],
    }


def _release_id(record: Record, code: str, day: date) -> str:
    same = {n.date for n in record.notices if n.code == code}
    return f"{record.id}-{code}" if len(same) <= 1 else f"{record.id}-{code}-{day:%Y%m%d}"


def _parties(record: Record) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any] | None]:
    a = record.authority
    reverse = {v: k for k, v in profile.UK_CA_TYPE.items()}
    ca_type = reverse[a.type.value]
    classes = [{"scheme": "UK_CA_TYPE", "id": ca_type, "description": profile.UK_CA_TYPE_DESCRIPTION[ca_type]}]
    devolved = {v: k for k, v in profile.DEVOLVED.items()}.get(a.devolved.value if a.devolved else "")
    if devolved:
        classes.append({"scheme": "UK_CA_DEVOLVED_REGULATIONS", "id": devolved})
    buyer: dict[str, Any] = {"id": f"GB-PROCRULES-{_slug(a.name)}", "name": a.name, "roles": ["buyer"],
             "details": {"classifications": classes}}
    parties = [buyer]
    supplier: dict[str, Any] | None = None
    if record.supplier is not None and record.supplier.name:
        s = record.supplier
        name = record.supplier.name
        supplier = {"id": f"GB-PROCRULES-{_slug(name)}", "name": name, "roles": ["supplier"]}
        details: dict[str, Any] = {}
        if s.sme is not None:
            details["scale"] = "sme" if s.sme else "large"
        if s.vcse is not None:
            details["vcse"] = s.vcse
        if details:
            supplier["details"] = details
        parties.append(supplier)
    return parties, {"id": buyer["id"], "name": a.name}, supplier


def _items(record: Record) -> list[dict[str, Any]]:
    return [{"id": str(i), "additionalClassifications": [{"scheme": "CPV", "id": cpv}]}
            for i, cpv in enumerate(record.contract.cpv, start=1)]


def _tender_stage(code: str, record: Record, tender: dict[str, Any], det: Mapping[str, Any]) -> None:
    c, p, m = record.contract, record.procedure, record.milestones
    value = _value(c.estimated_value, sum(o.amount for o in c.options_and_extensions))
    if value:
        tender["value"] = value
    if c.cpv:
        tender["items"] = _items(record)
    if p.type is not None:
        tender["procurementMethod"], tender["procurementMethodDetails"] = profile.PROCEDURE_METHOD[p.type.value]
    if c.lots:
        tender["lots"] = []
        for lot in c.lots:
            entry: dict[str, Any] = {"id": lot.id, "status": tender["status"]}
            if lot.title:
                entry["title"] = lot.title
            if lot.estimated_value is not None and (lv := _value(lot.estimated_value)):
                entry["value"] = lv
            tender["lots"].append(entry)
    elif c.no_lots_reasons:
        tender["lotDetails"] = {"noLotsDivisionRationale": c.no_lots_reasons}
    techniques: dict[str, Any] = {}
    if c.framework is not None:
        techniques["hasFrameworkAgreement"] = True
        techniques["frameworkAgreement"] = {"type": "open" if c.framework.open else "closed"}
    if c.dynamic_market or code == "UK13":
        techniques["hasDynamicPurchasingSystem"] = True
    if techniques:
        tender["techniques"] = techniques
    if code == "UK4":
        if p.electronic_submission is not None:
            tender["submissionTerms"] = {"electronicSubmissionPolicy": "required" if p.electronic_submission
                                         else "notAllowed"}
        if m.tender_deadline:
            tender["tenderPeriod"] = {"endDate": _end(m.tender_deadline)}
        if m.participation_deadline:
            tender["expressionOfInterestDeadline"] = _end(m.participation_deadline)
    if code == "UK3":
        planned = max(n.date for n in record.notices if n.code == "UK4")
        tender["communication"] = {"futureNoticeDate": _stamp(planned)}


def _special(record: Record, det: Mapping[str, Any]) -> list[str]:
    c = record.contract
    light = c.light_touch if c.light_touch is not None else (det.get("scope") or {}).get("light_touch")
    flags = [("lightTouch", light), ("utilities", c.utilities), ("defenceAndSecurity", c.defence_and_security),
             ("concession", c.concession)]
    return [name for name, on in flags if on]


def _release(code: str, record: Record, day: date, det: Mapping[str, Any]) -> dict[str, Any]:
    shape = profile.NOTICES[code]
    c, p, m, cm = record.contract, record.procedure, record.milestones, record.contract_management
    rid = _release_id(record, code, day)
    parties, buyer, supplier = _parties(record)
    above = det.get("above_threshold")
    doc = {"id": rid, "documentType": shape.document_type, "noticeType": code,
           "description": f"{code} notice (built by procrules)", "datePublished": _stamp(day)}
    tender: dict[str, Any] = {"id": record.id, "title": record.title, "legalBasis": dict(profile.ACT_LEGAL_BASIS),
                              "mainProcurementCategory": c.subject.value}
    release: dict[str, Any] = {"ocid": ocid_for(record), "id": rid, "date": _stamp(day), "tag": list(shape.tags),
                               "initiationType": "tender", "parties": parties, "buyer": buyer, "tender": tender}
    if code in _TENDER_STATUS:
        tender["status"] = _TENDER_STATUS[code]
    if code in _TENDER_STAGE or code == "UK2":
        _tender_stage(code, record, tender, det)
        if code != "UK2" and p.no_pme_notice_reasons:
            release["planning"] = {"noEngagementNoticeRationale": p.no_pme_notice_reasons}
    if code in _TENDER_STAGE | {"UK5", "UK6"}:
        if special := _special(record, det):
            tender["specialRegime"] = special
        if isinstance(above, bool):
            tender["aboveThreshold"] = above
    suppliers = [{"id": supplier["id"], "name": supplier["name"]}] if supplier else []
    award: dict[str, Any] = {"id": "1"}
    if code in ("UK5", "UK6", "UK7"):
        award.update({"status": {"UK7": "active"}.get(code, "pending"), "suppliers": suppliers,
                      "mainProcurementCategory": c.subject.value})
        value = _value(c.estimated_value, sum(o.amount for o in c.options_and_extensions))
        if value:
            award["value"] = value
        if isinstance(above, bool):
            award["aboveThreshold"] = above
        if c.cpv:
            award["items"] = _items(record)
        if p.type is not None:
            tender["procurementMethod"], tender["procurementMethodDetails"] = profile.PROCEDURE_METHOD[p.type.value]
    if code in ("UK5", "UK6"):
        award["date"] = _stamp(day)
        tender["status"] = "active" if code == "UK5" else "complete"
        if m.contract_entered:
            award["milestones"] = [{"id": "1", "type": "futureSignatureDate", "dueDate": _end(m.contract_entered),
                                    "status": "scheduled"}]
    if code == "UK5":
        if p.direct_award_justification or p.direct_award_ground:
            tender["procurementMethodRationale"] = " ".join(
                x for x in (p.direct_award_justification, p.direct_award_ground and _ground_text(p.direct_award_ground))
                if x)
        if cls := _legislation(p.direct_award_ground):
            tender["procurementMethodRationaleClassifications"] = [cls]
    if code == "UK6":
        if m.standstill_end_stated:
            award["standstillPeriod"] = {"endDate": _end(m.standstill_end_stated)}
        if m.assessment_summaries_sent:
            award["assessmentSummariesDateSent"] = _stamp(m.assessment_summaries_sent)
    contract: dict[str, Any] = {"id": "1", "awardID": "1"}
    if code == "UK7":
        contract.update({"status": "active", "dateSigned": _stamp(m.contract_entered or day)})
        if "value" in award:
            contract["value"] = award["value"]
        if isinstance(above, bool):
            contract["aboveThreshold"] = above
    if code == "UK8":
        contract["implementation"] = {"transactions": [
            {"id": str(i), **({"date": _stamp(pay.paid)} if pay.paid else {}),
             "value": {"amountGross": pay.amount, "currency": "GBP"}}
            for i, pay in enumerate(cm.payments, start=1)]}
    if code == "UK9":
        contract["implementation"] = {"metrics": [{"id": "kpi", "title": "Key performance indicators",
                                                   "observations": [
            {"id": str(i), "period": {"endDate": _end(k.date)},
             **({"measureClassification": {"id": profile.KPI_RATING[k.rating]}} if k.rating else {})}
            for i, k in enumerate(cm.kpi_assessments, start=1)]}]}
    if code == "UK10":
        contract["amendments"] = _amendments(record, day)
    if code == "UK11":
        contract.update({"status": "terminated", "implementation": {"endDate": _end(cm.terminated or day)}})
        if cm.termination:
            contract["statusDetails"] = profile.TERMINATION_TEXT[cm.termination]
    if code == "UK12":
        release["awards"] = [{"id": "1", "status": "cancelled",
                              "finalStatusDate": _stamp(m.decision_not_to_award or day)}]
        if c.lots:
            tender["lots"] = [{"id": lot.id, "status": "withdrawn"} for lot in c.lots]
    if code in ("UK14", "UK16"):
        tender["techniques"] = {"hasDynamicPurchasingSystem": True}
    if code == "UK15":
        tender["amendments"] = [{"id": f"{rid}-{i}", "date": _stamp(e.date),
                                 **({"description": e.description} if e.description else {})}
                                for i, e in enumerate(cm.dynamic_market_modifications, start=1) if e.date == day] \
            or [{"id": f"{rid}-1", "date": _stamp(day)}]
    if code in ("UK5", "UK6", "UK7"):
        release["awards"] = [award]
    if code in ("UK7", "UK8", "UK9", "UK10", "UK11"):
        release["contracts"] = [contract]
    _place(release, shape.section, doc)
    release["language"] = "en"
    return release


def _amendments(record: Record, day: date) -> list[dict[str, Any]]:
    """The modifications published on `day` (all of them when none is dated so), with the amended
    contract's total value (the estimate plus every change so far) as the UK extension defines it."""
    mods = sorted(record.contract_management.modifications, key=lambda x: x.date)
    chosen = [x for x in mods if x.published == day] or mods
    out = []
    ev = record.contract.estimated_value
    for i, mod in enumerate(chosen, start=1):
        entry: dict[str, Any] = {"id": mod.id or f"{record.id}-change-{i}", "date": _stamp(mod.date)}
        if mod.ground:
            entry["rationale"] = _ground_text(mod.ground)
            if cls := _legislation(mod.ground):
                entry["rationaleClassifications"] = [cls]
        before = sum(x.value_change or 0.0 for x in mods if x.date <= mod.date)
        if ev.amount is not None and (total := _value(ev, before)):
            entry["value"] = total
        changes = []
        if mod.value_change is not None:
            changes.append(f"value {mod.value_change:+,.2f} GBP")
        if mod.term_change_months is not None:
            changes.append(f"term {mod.term_change_months:+g} months")
        if changes:
            entry["description"] = "Change: " + "; ".join(changes)
        out.append(entry)
    return out


def _place(release: dict[str, Any], section: str, doc: dict[str, Any]) -> None:
    """Put the notice document in its section."""
    if section == "planning":
        holder = release.setdefault("planning", {})
    elif section == "tender":
        holder = release["tender"]
    elif section == "awards":
        holder = release["awards"][0]
    elif section == "contracts":
        holder = release["contracts"][0]
    else:
        holder = release["contracts"][0].setdefault("implementation", {})
    holder.setdefault("documents", []).append(doc)
