Feature: Before the tender notice and at award (Procurement Act 2023 ss.12(4), 17, 50(3) and 83(1))
  Before publishing a tender notice (UK4) or a transparency notice (UK5) in relation to a covered
  procurement, the authority must prepare a conflicts assessment (s.83(1)). If it carried out
  preliminary market engagement it must publish a preliminary market engagement notice (UK2) before
  publishing the tender notice, or give its reasons for not doing so in the tender notice (s.17(1));
  s.17 does not apply to a private utility (s.17(3)). Before publishing the contract award notice
  (UK6) for a contract awarded under s.19 (after an open or competitive flexible procedure, including
  an award by reference to a dynamic market) it must give an assessment summary to each supplier
  whose tender was assessed (s.50(3)).

  "Before publishing" orders two acts, not two days: where the Act means a whole day it says so
  ("before the day on which the tender notice is published", s.15(3)). A record gives only dates, so
  a step dated the same day as the notice may have come first and is not shown to be late; a later
  date is a breach.

  In every covered procurement the authority must have regard to the barriers SMEs may face and
  consider whether they can be removed or reduced (s.12(4)). That duty cannot be enforced in Part 9
  proceedings (s.100(5)), so procrules asks it as a prompt, never as a finding.

  Background:
    Given a procurement record:
      """
      # A £1.14m Home Office services contract (row 11 threshold £135,018 in 2026), open procedure,
      # after preliminary market engagement announced by a UK2.
      id: HO-TRANSLATION
      title: Translation and interpreting services
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 1140000, vat_included: true}
        cpv: ["79530000"]
        light_touch: false
        lots: [{id: "1", title: Written translation}, {id: "2", title: Interpreting}]
      procedure: {type: open, market_engagement: true, commenced: 2026-02-02}
      notices:
        - {code: UK2, date: 2025-11-10}
        - {code: UK4, date: 2026-02-02}
        - {code: UK6, date: 2026-04-20}
      milestones:
        conflicts_assessment: 2026-01-20
        tender_deadline: 2026-03-09
        assessment_summaries_sent: 2026-04-20
        contract_entered: 2026-05-05
      """

  # --- s.83(1): the conflicts assessment comes before the first tender or transparency notice ---

  @PA23-CONFLICT-01 @conflicts_assessment_due
  Scenario: A conflicts assessment prepared before the tender notice
    When the procurement is checked as at 2026-06-01
    Then the determination conflicts_assessment.required_by is 2026-02-02
    And finding PA23-CONFLICT-01 is not raised

  @PA23-CONFLICT-01
  Scenario: An assessment dated the day the tender notice is published is not shown to be late
    Given the record has milestones.conflicts_assessment set to 2026-02-02
    When the procurement is checked as at 2026-06-01
    Then finding PA23-CONFLICT-01 is not raised

  @PA23-CONFLICT-01
  Scenario: An assessment dated the day after the tender notice is too late (s.83(1))
    Given the record has milestones.conflicts_assessment set to 2026-02-03
    When the procurement is checked as at 2026-06-01
    Then finding PA23-CONFLICT-01 is raised
    And the finding PA23-CONFLICT-01 cites "PA2023 s.83(1)"

  @PA23-CONFLICT-01
  Scenario: Without the assessment's date the duty cannot be checked
    Given the record has milestones.conflicts_assessment set to null
    When the procurement is checked as at 2026-06-01
    Then rule PA23-CONFLICT-01 is not demonstrated for lack of milestones.conflicts_assessment

  @PA23-CONFLICT-01 @conflicts_assessment_due
  Scenario: Before a direct award the assessment precedes the transparency notice
    Given the record has procedure set to {type: direct_award, direct_award_ground: sch5_para6, commenced: 2026-03-02}
    And the record has notices set to [{code: UK5, date: 2026-03-03}, {code: UK6, date: 2026-03-20}]
    And the record has milestones.conflicts_assessment set to 2026-03-04
    When the procurement is checked as at 2026-06-01
    Then the determination conflicts_assessment.required_by is 2026-03-03
    And finding PA23-CONFLICT-01 is raised

  @PA23-CONFLICT-01 @conflicts_assessment_due
  Scenario: After switching to direct award the tender notice was the first notice (s.43)
    Given the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK5, date: 2026-04-01}]
    And the record has milestones.conflicts_assessment set to 2026-03-01
    When the procurement is checked as at 2026-06-01
    Then the determination conflicts_assessment.required_by is 2026-02-02
    And finding PA23-CONFLICT-01 is raised

  @PA23-CONFLICT-01
  Scenario: A tender notice that is only planned does not yet call for the assessment
    Given the record has notices set to [{code: UK4, date: 2026-02-02, planned: true}]
    And the record has milestones.conflicts_assessment set to null
    When the procurement is checked as at 2026-01-15
    Then finding PA23-CONFLICT-01 is not raised

  @PA23-CONFLICT-01
  Scenario: A below-threshold tender notice is not a notice of a covered procurement
    Given the record has contract.estimated_value set to {amount: 100000, vat_included: true}
    And the record has procedure.type set to below_threshold_open
    And the record has milestones.conflicts_assessment set to 2026-03-01
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And finding PA23-CONFLICT-01 is not raised

  # --- s.17: the preliminary market engagement notice comes before the tender notice ---

  @PA23-PME-01 @pme_notice_before_tender_notice
  Scenario: Market engagement announced by a UK2 before the tender notice
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is not raised

  @PA23-PME-01
  Scenario: Market engagement with neither a UK2 nor reasons in the tender notice (s.17(1))
    Given the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is raised
    And the finding PA23-PME-01 cites "PA2023 s.17(1)"

  @PA23-PME-01
  Scenario: Reasons given in the tender notice answer for a missing UK2 (s.17(1)(b))
    Given the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}]
    And the record has procedure.no_pme_notice_reasons set to Engagement was limited to a published supplier day with open attendance.
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is not raised

  @PA23-PME-01 @pme_notice_before_tender_notice
  Scenario: A UK2 published after the tender notice is too late
    Given the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK2, date: 2026-02-03}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is raised

  @PA23-PME-01 @pme_notice_before_tender_notice
  Scenario: A UK2 published the same day as the tender notice is not shown to be late
    Given the record has notices set to [{code: UK2, date: 2026-02-02}, {code: UK4, date: 2026-02-02}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is not raised

  @PA23-PME-01 @pme_notice_before_tender_notice
  Scenario: A UK2 that is only planned does not count
    Given the record has notices set to [{code: UK2, date: 2025-11-10, planned: true}, {code: UK4, date: 2026-02-02}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is raised

  @PA23-PME-01
  Scenario: No preliminary market engagement, no notice needed
    Given the record has procedure.market_engagement set to false
    And the record has notices set to [{code: UK4, date: 2026-02-02}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is not raised

  @PA23-PME-01
  Scenario: Whether the market was engaged must be recorded when there is no UK2
    Given the record has procedure.market_engagement set to null
    And the record has notices set to [{code: UK4, date: 2026-02-02}]
    When the procurement is checked as at 2026-06-01
    Then rule PA23-PME-01 is not demonstrated for lack of procedure.market_engagement

  @PA23-PME-01
  Scenario: Before the tender notice is published the UK2 can still come first
    Given the record has notices set to []
    When the procurement is checked as at 2026-01-15
    Then finding PA23-PME-01 is not raised

  @PA23-PME-01
  Scenario: s.17 does not apply to a private utility (s.17(3))
    Given the record has authority set to {name: Northern Rail Ltd, type: private_utility}
    And the record has contract.utilities set to true
    And the record has notices set to [{code: UK4, date: 2026-02-02}]
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And finding PA23-PME-01 is not raised

  @PA23-PME-01
  Scenario: A competition under a dynamic market has a tender notice of its own
    Given the record has procedure.type set to dynamic_market_award
    And the record has notices set to [{code: UK4, date: 2026-02-02}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is raised

  @PA23-PME-01
  Scenario: A direct award has no tender notice for a UK2 to precede
    Given the record has procedure set to {type: direct_award, direct_award_ground: sch5_para6, market_engagement: true, commenced: 2026-03-02}
    And the record has notices set to [{code: UK5, date: 2026-03-03}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is not raised

  # --- s.50(3): assessment summaries before the contract award notice ---

  @PA23-SUMMARY-01
  Scenario: Summaries sent the day the contract award notice is published are not shown to be late
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SUMMARY-01 is not raised

  @PA23-SUMMARY-01
  Scenario: Summaries sent before the contract award notice
    Given the record has milestones.assessment_summaries_sent set to 2026-04-17
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SUMMARY-01 is not raised

  @PA23-SUMMARY-01
  Scenario Outline: Summaries sent after the contract award notice of a s.19 award (<procedure>)
    Given the record has procedure.type set to <procedure>
    And the record has milestones.assessment_summaries_sent set to 2026-04-21
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SUMMARY-01 is raised
    And the finding PA23-SUMMARY-01 cites "PA2023 s.50(3)"

    Examples:
      | procedure            |
      | open                 |
      | competitive_flexible |
      | dynamic_market_award |

  @PA23-SUMMARY-01
  Scenario: Without the date the summaries were sent the duty cannot be checked
    Given the record has milestones.assessment_summaries_sent set to null
    When the procurement is checked as at 2026-06-01
    Then rule PA23-SUMMARY-01 is not demonstrated for lack of milestones.assessment_summaries_sent

  @PA23-SUMMARY-01
  Scenario Outline: No assessment summaries are required for an award not made under s.19 (<procedure>)
    Given the record has procedure.type set to <procedure>
    And the record has procedure.direct_award_ground set to <ground>
    And the record has milestones.assessment_summaries_sent set to 2026-04-21
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SUMMARY-01 is not raised

    Examples:
      | procedure    | ground     |
      | direct_award | sch5_para6 |
      | call_off     | null       |

  @PA23-SUMMARY-01
  Scenario: Before the contract award notice is published nothing is late yet
    Given the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}]
    And the record has milestones.assessment_summaries_sent set to null
    When the procurement is checked as at 2026-04-01
    Then finding PA23-SUMMARY-01 is not raised

  # --- s.12(4): SME barriers, asked as a prompt ---

  @NPPS-UP-LOTS-01
  Scenario Outline: A contract not divided into lots raises the SME question (<procedure>)
    # Asked while the procurement is run, so before the contract is entered into.
    Given the record has milestones.contract_entered set to null
    And the record has contract.lots set to []
    And the record has contract.no_lots_reasons set to A single integrated service is needed.
    And the record has procedure.type set to <procedure>
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-LOTS-01 is raised

    Examples:
      | procedure            |
      | open                 |
      | competitive_flexible |

  @NPPS-UP-LOTS-01
  Scenario: A contract divided into lots does not raise it
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-LOTS-01 is not raised

  @NPPS-UP-LOTS-01
  Scenario Outline: No SME prompt for an award without a tender notice of its own (<procedure>)
    Given the record has contract.lots set to []
    And the record has contract.no_lots_reasons set to A single integrated service is needed.
    And the record has procedure.type set to <procedure>
    And the record has procedure.direct_award_ground set to <ground>
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-LOTS-01 is not raised

    Examples:
      | procedure    | ground     |
      | direct_award | sch5_para6 |
      | call_off     | null       |

  @NPPS-UP-LOTS-01
  Scenario: No SME prompt for a below-threshold contract
    Given the record has contract.estimated_value set to {amount: 100000, vat_included: true}
    And the record has contract.lots set to []
    And the record has contract.no_lots_reasons set to A single integrated service is needed.
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And prompt NPPS-UP-LOTS-01 is not raised

  @NPPS-UP-LOTS-01 @PA23-LOTS-01 @lot_count
  Scenario: A contract with no lots and no reasons raises the SME question and a lots warning (s.12(4), s.18(2))
    Given the record has milestones.contract_entered set to null
    And the record has contract.lots set to []
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-LOTS-01 is raised
    And finding PA23-LOTS-01 is raised
    And the finding PA23-LOTS-01 cites "PA2023 s.18(2)"

  @PA23-LOTS-01 @lot_count
  Scenario: Reasons for not using lots satisfy s.18(2)
    Given the record has contract.lots set to []
    And the record has contract.no_lots_reasons set to One integrated service needs one provider.
    When the procurement is checked as at 2026-06-01
    Then finding PA23-LOTS-01 is not raised

  @PA23-LOTS-01 @NPPS-UP-LOTS-01 @lot_count
  Scenario: A contract divided into lots needs no reasons
    When the procurement is checked as at 2026-06-01
    Then finding PA23-LOTS-01 is not raised
    And prompt NPPS-UP-LOTS-01 is not raised
