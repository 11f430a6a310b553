"""A procurement record in the Act's own terms: what a check reads.

Unknown fields are errors (`extra="forbid"`); the reader turns them into messages with a
did-you-mean. Amounts are pounds; `vat_rate` is a fraction (0.2 for 20%).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

#: Marks an optional field whose absence is itself an answer ("not devolved", "no ground"):
#: rules see it as the value `none` rather than as a missing fact.
NULL_MEANS_NONE: dict[str, Any] = {"x-null-means": "none"}


#: Pounds, kept to the penny (an estimate needs no finer figure, and both evaluators then see
#: exactly the same number).
Money = Annotated[float, Field(ge=0), AfterValidator(lambda v: round(v, 2))]
#: VAT as a fraction (0.2 for 20%), to four places.
Rate = Annotated[float, Field(ge=0, le=1), AfterValidator(lambda v: round(v, 4))]


class Strict(BaseModel):
    """Base for every part of a record: no unknown fields, no silent coercion of strings."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class AuthorityType(StrEnum):
    """Schedule 1 para 5 and s.2: the kinds of contracting authority."""

    central_government = "central_government"
    sub_central = "sub_central"
    public_undertaking = "public_undertaking"
    private_utility = "private_utility"


class Devolved(StrEnum):
    """s.111 devolved Welsh authority; s.112 transferred Northern Ireland authority."""

    welsh = "welsh"
    transferred_ni = "transferred_ni"


class Subject(StrEnum):
    """What the contract is for."""

    goods = "goods"
    services = "services"
    works = "works"


class ProcedureType(StrEnum):
    """Routes to award (s.11(2), s.20, s.34, s.41, s.45) and below-threshold routes (Part 6)."""

    open = "open"
    competitive_flexible = "competitive_flexible"
    direct_award = "direct_award"
    call_off = "call_off"
    dynamic_market_award = "dynamic_market_award"
    below_threshold_open = "below_threshold_open"
    below_threshold_limited = "below_threshold_limited"


class Authority(Strict):
    """The contracting authority."""

    name: str
    type: AuthorityType
    devolved: Devolved | None = Field(default=None, json_schema_extra=NULL_MEANS_NONE)
    annual_spend: Money | None = None
    school: bool = False
    defence_authority: bool = False  # s.7(5)-(6); PR 2024 reg 46


class EstimatedValue(Strict):
    """Schedule 3 estimate: either VAT-inclusive, or ex-VAT with the VAT rate to add."""

    amount: Money | None = None
    vat_included: bool | None = None
    vat_rate: Rate | None = None
    cannot_be_estimated: bool = False

    @model_validator(mode="after")
    def _vat_basis(self) -> EstimatedValue:
        if self.vat_included is False and self.vat_rate is None:
            raise ValueError("an ex-VAT amount (vat_included: false) needs vat_rate, e.g. 0.2")
        return self


class Option(Strict):
    """An option, extension or renewal counted in the estimate (Sch 3 para 1(2)), same VAT basis."""

    description: str | None = None
    amount: Money


class Framework(Strict):
    """A framework (s.45) or open framework (s.49)."""

    term_years: float | None = Field(default=None, gt=0)
    open: bool = False
    reasons_for_longer_term: str | None = None


class Lot(Strict):
    """One lot (s.18)."""

    id: str
    title: str | None = None
    estimated_value: EstimatedValue | None = None


CpvCode = Annotated[str, Field(pattern=r"^\d{8}(-\d)?$")]


class RelatedContract(Strict):
    """Another contract for goods, services or works that could reasonably be supplied under this one
    (Sch 3 para 4): its estimated value counts in this contract's unless there are good reasons."""

    id: str | None = None
    description: str | None = None
    estimated_value: Money  # VAT-inclusive


class SeparablePart(Strict):
    """A part of the contract that could reasonably be supplied under a separate contract (s.5, s.10)."""

    description: str | None = None
    subject: Subject | None = None
    estimated_value: Money  # VAT-inclusive
    light_touch: bool | None = None
    concession: bool | None = None
    defence_and_security: bool | None = None
    utilities: bool | None = None


class Contract(Strict):
    """The contract being procured."""

    subject: Subject
    estimated_value: EstimatedValue = Field(default_factory=EstimatedValue)
    options_and_extensions: list[Option] = Field(default_factory=list)
    cpv: list[CpvCode] = Field(default_factory=list)
    utilities: bool = False
    defence_and_security: bool = False
    defence_only_under_s7_1_g: bool = False
    concession: bool = False
    light_touch: bool | None = None
    exempted: bool = False
    exemption: Annotated[str, Field(pattern=r"^sch2_para([2-9]|[1-3][0-9])$")] | None = Field(
        default=None, json_schema_extra=NULL_MEANS_NONE
    )  # the Schedule 2 paragraph relied on, e.g. sch2_para8
    framework: Framework | None = None
    dynamic_market: bool = False
    lots: list[Lot] = Field(default_factory=list)
    no_lots_reasons: str | None = None  # s.18(2): reasons for not using lots
    related_contracts: list[RelatedContract] = Field(default_factory=list)  # Sch 3 para 4
    aggregation_reasons: str | None = None  # Sch 3 para 4: good reasons not to aggregate
    separable_parts: list[SeparablePart] = Field(default_factory=list)  # s.5, s.10
    separation_reasons: str | None = None  # s.5(4), s.10(4)-(5)
    qualifying_defence_contract: bool | None = None  # Sch 5 para 19; Defence Reform Act 2014 s.14(2)


class PreviousContract(Strict):
    """The earlier contract a repeat direct award builds on (Sch 5 para 8)."""

    awarded: date | None = None
    competitive: bool | None = None
    repeat_ground_stated: bool | None = None  # its tender notice or documents stated the para 8 intention


class ExclusionEvent(Strict):
    """Something that may make a supplier excluded (Sch 6) or excludable (Sch 7)."""

    ground: Annotated[str, Field(pattern=r"^sch(6_para([1-9]|[1-3][0-9]|4[0-3])|7_para([1-9]|1[0-4]))$")]
    date: date  # the day of the conviction, decision or other event
    person: Literal["supplier", "connected_person", "associated_person", "subcontractor"] = "supplier"
    continuing_or_likely_to_recur: bool | None = None  # s.57(1)(a), (2)(a); s.58 self-cleaning


class Supplier(Strict):
    """The supplier the contract is (to be) awarded to."""

    name: str | None = None
    excluded: bool | None = None  # s.57(1)
    excludable: bool | None = None  # s.57(2)
    on_debarment_list: bool | None = None  # s.62
    debarment_ground: Literal["mandatory", "discretionary"] | None = None  # s.62(2)
    exclusion_events: list[ExclusionEvent] = Field(default_factory=list)
    overriding_public_interest: Literal[
        "critical_national_infrastructure", "sector_reliance", "military_security_operations",
        "urgency_no_alternative",
    ] | None = Field(default=None, json_schema_extra=NULL_MEANS_NONE)  # s.41(5)(a)-(d)
    most_advantageous_tender: bool | None = None  # s.19(1)-(2)
    sme: bool | None = None
    vcse: bool | None = None


class ConditionsOfParticipation(Strict):
    """What suppliers must show to take part (s.22)."""

    beyond_capacity_and_ability: bool | None = None  # s.22(1): a condition about anything else
    audited_accounts_required: bool | None = None  # s.22(3)(a)
    audited_accounts_only_where_required_by_law: bool | None = None  # s.22(3)(a) exception
    insurance_required_before_award: bool | None = None  # s.22(3)(b)
    proportionate: bool | None = None  # s.22(1), (5): the authority's own assessment


class CallOff(Strict):
    """How a contract is awarded under a framework (s.45-s.46)."""

    selection: Literal["competitive", "direct"] | None = None  # s.45(3)-(4)
    framework_single_supplier: bool | None = None  # s.45(4)(a)
    framework_core_terms_and_objective_mechanism: bool | None = None  # s.45(4)(b)


class Procedure(Strict):
    """How the contract is being awarded."""

    type: ProcedureType | None = None
    direct_award_ground: Annotated[str, Field(pattern=r"^(sch5_para([1-9]|1[0-9]|20)|s42)$")] | None = Field(
        default=None, json_schema_extra=NULL_MEANS_NONE
    )
    direct_award_justification: str | None = None
    urgency: bool = False
    urgency_attributable_to_authority: bool | None = None  # Sch 5 para 14
    urgency_foreseeable: bool | None = None  # Sch 5 para 14
    previous_contract: PreviousContract | None = None
    switched_from_competition: bool = False  # s.43
    no_suitable_tenders: bool | None = None  # s.43(1)-(2)
    electronic_submission: bool | None = None
    all_documents_with_tender_notice: bool | None = None
    pre_selected_suppliers: bool = False  # s.54(4), s.54(5)
    negotiated_tendering_period: bool = False  # s.54(4), s.54(5)
    market_engagement: bool | None = None  # s.16: preliminary market engagement carried out
    no_pme_notice_reasons: str | None = None  # s.17(1)(b): reasons given in the tender notice
    suitability_assessment: bool | None = None  # s.85: conditions of participation below threshold
    conditions_of_participation: ConditionsOfParticipation | None = None  # s.22
    lots_bid_limit: int | None = Field(default=None, ge=1)  # s.20(7): most lots one supplier may bid for
    lots_award_limit: int | None = Field(default=None, ge=1)  # s.23(4): most lots one supplier may win
    lots_award_limit_objective_mechanism: bool | None = None  # s.23(4): set out in the tender notice
    call_off: CallOff | None = None
    commenced: date | None = None


class Notice(Strict):
    """A transparency notice published (or, with planned: true, planned)."""

    code: Annotated[str, Field(pattern=r"^UK([1-9]|1[0-7])$")]
    date: date
    planned: bool = False


class Payment(Strict):
    """A sum paid or payable under the contract (s.68-s.70)."""

    amount: Money  # VAT-inclusive
    invoice_received: date | None = None  # s.68(2)(a): the day a valid invoice was received
    invoice_due: date | None = None  # s.68(2)(b): a later day the invoice says payment is due
    paid: date | None = None  # the day the supplier received the payment
    disputed: bool = False  # s.68(4): the invoice was disputed or not valid


class Modification(Strict):
    """A modification of the contract (s.74-s.77, Schedule 8)."""

    id: str | None = None
    published: date | None = None  # s.77: the modified contract (or the modification) published
    date: date  # the day the modification is made (`date` last: the field shadows the type below it)
    value_change: float | None = None  # pounds, VAT-inclusive; negative for a reduction
    term_change_months: float | None = None  # negative for a shortening
    ground: Literal[
        "sch8_para1", "sch8_para2", "sch8_para3", "sch8_para4", "sch8_para5", "sch8_para8", "sch8_para9",
        "sch8_para10", "sch8_para11", "not_substantial", "below_threshold",
    ] | None = Field(default=None, json_schema_extra=NULL_MEANS_NONE)  # s.74(1)(a)-(c)
    materially_changes_scope: bool | None = None  # s.74(3)(b)
    shifts_economic_balance: bool | None = None  # s.74(3)(c)
    novation_or_assignment: bool = False  # Sch 8 para 9; s.74(9)
    could_have_been_made_with_earlier: bool | None = None  # s.75(4)-(5): aggregation with an earlier one


class KpiAssessment(Strict):
    """An assessment of performance against the KPIs (s.71(2); PR 2024 reg 39(5) ratings)."""

    date: date
    rating: Literal["good", "approaching_target", "requires_improvement", "inadequate", "other"] | None = None


class DatedEvent(Strict):
    """Something that happened on a day (e.g. a dynamic market modified)."""

    date: date
    description: str | None = None


class ContractManagement(Strict):
    """The contract stage: KPIs, publication, payments, performance, changes and termination."""

    kpis_set: int | None = Field(default=None, ge=0)  # s.52(1): KPIs set before entering into the contract
    kpis_not_appropriate: bool | None = None  # s.52(2): performance could not appropriately be assessed by KPIs
    kpis_published: date | None = None  # s.52(3)
    term_months: float | None = Field(default=None, gt=0)  # the maximum term on award (s.74(3)(a))
    contract_copy_published: date | None = None  # s.53(3)
    payments: list[Payment] = Field(default_factory=list)
    kpi_assessments: list[KpiAssessment] = Field(default_factory=list)
    poor_performance: date | None = None  # s.71(5): the day the breach or failure first came within it
    poor_performance_led_to_full_termination: bool | None = None  # PR 2024 reg 39(9): reported in the UK11
    modifications: list[Modification] = Field(default_factory=list)
    terminated: date | None = None  # s.80: the contract ended, including by expiry
    termination: Literal["expiry", "by_authority", "by_supplier", "by_agreement", "set_aside", "other"] | None = None
    dynamic_market_modifications: list[DatedEvent] = Field(default_factory=list)  # s.39(4)


class Milestones(Strict):
    """Key dates of the procedure."""

    conflicts_assessment: date | None = None  # s.83(1): prepared before the tender/transparency notice
    exclusion_determination: date | None = None  # the day the supplier's exclusion status was determined
    invitation_to_tender: date | None = None  # tenders invited (for an open procedure, the UK4 date)
    participation_deadline: date | None = None
    tender_deadline: date | None = None
    assessment_summaries_sent: date | None = None
    standstill_end_stated: date | None = None
    contract_entered: date | None = None
    decision_not_to_award: date | None = None  # s.55(1): the procurement was terminated
    dynamic_market_established: date | None = None  # s.39(3)
    dynamic_market_ceased: date | None = None  # s.39(5)


class Record(Strict):
    """One procurement."""

    id: str
    title: str | None = None
    authority: Authority
    contract: Contract
    procedure: Procedure = Field(default_factory=Procedure)
    supplier: Supplier | None = None
    notices: list[Notice] = Field(default_factory=list)
    milestones: Milestones = Field(default_factory=Milestones)
    contract_management: ContractManagement = Field(default_factory=ContractManagement)
