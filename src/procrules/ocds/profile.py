"""The Find a Tender (FTS) profile of OCDS 1.1 that procrules reads and writes.

Facts from the research note `shared/research/ocds-uk.md` (§2) and `shared/ocds/SOURCES.md`:
where each notice's form code sits, the declared extensions (pinned here to the commits the
shared schemas were copied from), and the code lists that map onto the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final


#: S.I. 2024/716 reg 2(2): the day the Act came into force (`rules/parameters/regime.yaml`).
def act_commencement() -> date:
    """The day the Act came into force, from the rule set's dated parameters (never a literal)."""
    from procrules.lang.load import bundled_rules

    found = bundled_rules().parameters.at("act_commencement", None, date.max)
    assert found is not None and isinstance(found.value, date), "rules/parameters/regime.yaml: act_commencement"
    return found.value

ACT_LEGAL_BASIS: Final = {"id": "2023/54", "scheme": "UKPGA",
                          "uri": "https://www.legislation.gov.uk/ukpga/2023/54/contents"}
#: The old regime's directives as FTS gives them in `tender.legalBasis` (scheme CELEX).
OLD_REGIME_CELEX: Final = {"32014L0024": "PCR 2015", "32014L0025": "UCR 2016",
                           "32014L0023": "CCR 2016", "32009L0081": "DSPCR 2011"}

#: Find a Tender's OCID prefix; ours is a placeholder a publisher replaces with its own.
FTS_OCID_PREFIX: Final = "ocds-h6vhtk"
OCID_PREFIX: Final = "ocds-procrules"

#: The 10 extensions FTS declares, in its order, each pinned to the commit in SOURCES.md
#: (FTS itself declares branch heads, so its effective schema moves under it).
EXTENSIONS: Final = (
    "https://raw.githubusercontent.com/open-contracting-extensions/european-union/"
    "bf869707b88cb9b05fd4060adb9e2ecdb0b9877c/schema/profile/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_amendment_rationale_classifications_extension/"
    "2abf2228614b0c1a97c0ddb2ffc7fd9ea34970cb/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_budget_breakdown_extension/"
    "345db699d4915049638a701bf2cb91a7439cff29/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_contract_completion_extension/"
    "5c07b628802353251f0a22800f0003b556a2c209/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_documentation_extension/"
    "db3e1ab54cb6bf1e2282169d8abb07ef87078b78/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/"
    "a0df51b5214325561d4efde52f775ea75271c683/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_suitability_extension/"
    "271f51cef1160e66d8952a7e683f1d8375efcc95/extension.json",
    "https://raw.githubusercontent.com/portaledcahn/ocds_Links_extension/"
    "1444685847e1c6fddf0573955ffa02e206b66e30/extension.json",
    "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/"
    "aa0e43b84dfad0cb9b839a8135e0bc4b285d32fc/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_performance_failures_extension/"
    "ba848ad627309a76e19a5ed9281ade5dbe080915/extension.json",
)

LICENSE: Final = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
PUBLICATION_POLICY: Final = "https://www.gov.uk/government/publications/open-contracting"


@dataclass(frozen=True, slots=True)
class NoticeShape:
    """Where a notice's form code sits and how its release is tagged."""

    section: str  # planning | tender | awards | contracts | implementation
    document_type: str
    tags: tuple[str, ...]
    evidence: str  # S seen in real FTS data; C implied by a UK-extension code list; P procrules convention


#: Research note §2.3. UK17 is published per authority, not per procurement: not built.
NOTICES: Final[dict[str, NoticeShape]] = {
    "UK1": NoticeShape("planning", "plannedProcurementNotice", ("planning",), "S"),
    "UK2": NoticeShape("planning", "marketEngagementNotice", ("planning",), "S"),
    "UK3": NoticeShape("planning", "plannedProcurementNotice", ("planning",), "M"),
    "UK4": NoticeShape("tender", "tenderNotice", ("tender",), "S"),
    "UK5": NoticeShape("awards", "awardNotice", ("award", "contract"), "S"),
    "UK6": NoticeShape("awards", "awardNotice", ("award", "contract"), "S"),
    "UK7": NoticeShape("contracts", "contractNotice", ("award", "contract"), "S"),
    "UK8": NoticeShape("implementation", "implementationNotice", ("implementation",), "P"),
    "UK9": NoticeShape("implementation", "implementationNotice", ("implementation",), "C"),
    "UK10": NoticeShape("contracts", "contractNotice", ("contractAmendment",), "S"),
    "UK11": NoticeShape("contracts", "contractTerminationNotice", ("contractTermination",), "C"),
    "UK12": NoticeShape("tender", "tenderCancellationNotice", ("tenderCancellation",), "S"),
    "UK13": NoticeShape("tender", "tenderNotice", ("tender",), "P"),
    "UK14": NoticeShape("tender", "awardNotice", ("tenderUpdate",), "P"),
    "UK15": NoticeShape("tender", "awardNotice", ("tenderAmendment",), "S"),
    "UK16": NoticeShape("tender", "tenderNotice", ("tenderUpdate",), "P"),
}

#: UK_CA_TYPE (UK extension) → record `authority.type`; `other` has no counterpart.
UK_CA_TYPE: Final = {
    "publicAuthorityCentralGovernment": "central_government",
    "publicAuthoritySubCentralGovernment": "sub_central",
    "publicUndertaking": "public_undertaking",
    "privateUtility": "private_utility",
}
UK_CA_TYPE_DESCRIPTION: Final = {
    "publicAuthorityCentralGovernment": "Public authority - central government",
    "publicAuthoritySubCentralGovernment": "Public authority - sub-central government",
    "publicUndertaking": "Public undertaking",
    "privateUtility": "Private utility",
}
#: Old-regime TED_CA_TYPE codes that say which kind of authority it is.
TED_CA_TYPE: Final = {
    "MINISTRY": "central_government", "NATIONAL_AGENCY": "central_government",
    "REGIONAL_AUTHORITY": "sub_central", "REGIONAL_AGENCY": "sub_central", "BODY_PUBLIC": "sub_central",
}
#: UK_CA_DEVOLVED_REGULATIONS → record `authority.devolved` (GB-SCT has no counterpart).
DEVOLVED: Final = {"GB-WLS": "welsh", "GB-NIR": "transferred_ni"}

#: `procurementMethodDetails` (free text, research note §2.4) → record `procedure.type`;
#: None: seen, but procrules has no such procedure type.
METHOD_DETAILS: Final[dict[str, str | None]] = {
    "open procedure": "open",
    "competitive flexible procedure": "competitive_flexible",
    "direct award": "direct_award",
    "award under framework": "call_off",
    "award under dynamic market": "dynamic_market_award",
    "below threshold - open competition": "below_threshold_open",
    "below threshold - limited competition": "below_threshold_limited",
    "below threshold - without competition": None,
    "below threshold - unknown": None,
}
#: record `procedure.type` → (procurementMethod, procurementMethodDetails) as FTS writes them.
#: "Award under dynamic market" was not seen in FTS data (a procrules convention).
PROCEDURE_METHOD: Final = {
    "open": ("open", "Open procedure"),
    "competitive_flexible": ("selective", "Competitive flexible procedure"),
    "direct_award": ("direct", "Direct award"),
    "call_off": ("selective", "Award under framework"),
    "dynamic_market_award": ("selective", "Award under dynamic market"),
    "below_threshold_open": ("open", "Below threshold - open competition"),
    "below_threshold_limited": ("limited", "Below threshold - limited competition"),
}

#: UK extension Observation.measureClassification ↔ record KPI rating (PR 2024 reg 39(5)).
KPI_RATING: Final = {"good": "met", "approaching_target": "slightlyBelow", "requires_improvement": "below",
                     "inadequate": "significantlyBelow", "other": "other"}

#: record `contract_management.termination` ↔ `contracts[].statusDetails` text (procrules convention).
TERMINATION_TEXT: Final = {
    "expiry": "Contract expired", "by_authority": "Terminated by the contracting authority",
    "by_supplier": "Terminated by the supplier", "by_agreement": "Terminated by agreement",
    "set_aside": "Set aside by a court", "other": "Terminated for another reason",
}

#: Amounts at or below this are placeholders in FTS data (0, 0.01), not estimates.
PLACEHOLDER_MAX: Final = 1.0
#: Standard rate of VAT assumed when a notice gives only a net amount.
STANDARD_VAT_RATE: Final = 0.2
