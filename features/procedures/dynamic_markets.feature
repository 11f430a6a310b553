Feature: Dynamic markets (Procurement Act 2023 ss.34 and 83(2))
  A contract may be awarded by reference to a dynamic market: a competitive flexible procedure that
  excludes suppliers who are not members of the market (s.34(1)-(3)). s.34 "does not apply in
  relation to the award of a concession contract, unless the concession contract is also a
  utilities contract" (s.34(7)), so a concession that is not a utilities contract has no route to
  award through a dynamic market.

  Before publishing a dynamic market notice in relation to the establishment of a dynamic market,
  the authority must prepare a conflicts assessment (s.83(2)). Both the intention notice (UK13,
  s.39(2)) and the establishment notice (UK14, s.39(3)) relate to the establishment, so the
  assessment must come before whichever is published first. "Before publishing" orders two acts,
  not two days, so an assessment dated the day the notice is published is not shown to be late.

  Background:
    Given a procurement record:
      """
      # A council's £600,000 award by reference to its dynamic market (row 12 threshold £207,720).
      id: DM-TRANSPORT
      title: Community transport journeys (dynamic market award)
      authority: {name: Shropshire Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 600000, vat_included: true}
        cpv: ["60130000"]
        light_touch: false
        dynamic_market: true
      procedure: {type: dynamic_market_award, commenced: 2026-05-04}
      notices:
        - {code: UK4, date: 2026-05-04}
      milestones: {conflicts_assessment: 2026-04-27}
      """

  @PA23-DM-01 @PA23-DM-02
  Scenario: An ordinary contract may be awarded by reference to a dynamic market
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DM-01 is not raised
    And finding PA23-DM-02 is not raised
    And the procedure is permitted

  @PA23-DM-01 @awarded_by_reference_to_dynamic_market
  Scenario: A concession that is not a utilities contract cannot be awarded through a dynamic market (s.34(7))
    # Row 9 (concession) threshold £5,193,000 in 2026: a £6m concession is a public contract.
    Given the record has contract.concession set to true
    And the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And finding PA23-DM-01 is raised
    And the finding PA23-DM-01 cites "PA2023 s.34(7)"
    And the procedure is not permitted

  @PA23-DM-01 @awarded_by_reference_to_dynamic_market
  Scenario: The award route alone shows the dynamic market
    Given the record has contract.concession set to true
    And the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract.dynamic_market set to false
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DM-01 is raised

  @PA23-DM-01
  Scenario: A utilities concession may be awarded through a dynamic market
    # Row 6 (utilities) threshold £415,440 in 2026.
    Given the record has contract.concession set to true
    And the record has contract.utilities set to true
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And finding PA23-DM-01 is not raised
    And the procedure is permitted

  @PA23-DM-01
  Scenario: The same concession tendered by the open procedure is not a dynamic-market award
    Given the record has contract.concession set to true
    And the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract.dynamic_market set to false
    And the record has procedure.type set to open
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DM-01 is not raised

  @PA23-DM-02
  Scenario: A conflicts assessment prepared before the intention notice (s.83(2))
    Given a procurement record:
      """
      id: DM-EST
      title: Establishing a community transport dynamic market
      authority: {name: Shropshire Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 3000000, vat_included: true}
        cpv: ["60130000"]
        light_touch: false
        dynamic_market: true
      procedure: {commenced: 2026-03-02}
      notices:
        - {code: UK13, date: 2026-03-02}
        - {code: UK14, date: 2026-04-06}
      milestones: {conflicts_assessment: 2026-02-23}
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DM-02 is not raised

  @PA23-DM-02
  Scenario: An assessment dated the day the intention notice is published is not shown to be late
    Given a procurement record:
      """
      id: DM-EST
      authority: {name: Shropshire Council, type: sub_central}
      contract: {subject: services, estimated_value: {amount: 3000000, vat_included: true}, light_touch: false, dynamic_market: true}
      procedure: {commenced: 2026-03-02}
      notices:
        - {code: UK13, date: 2026-03-02}
        - {code: UK14, date: 2026-04-06}
      milestones: {conflicts_assessment: 2026-03-02}
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DM-02 is not raised

  @PA23-DM-02 @dynamic_market_conflicts_assessment_due
  Scenario: An assessment made after the intention notice is too late, though before the establishment notice
    Given a procurement record:
      """
      id: DM-EST
      authority: {name: Shropshire Council, type: sub_central}
      contract: {subject: services, estimated_value: {amount: 3000000, vat_included: true}, light_touch: false, dynamic_market: true}
      procedure: {commenced: 2026-03-02}
      notices:
        - {code: UK14, date: 2026-04-06}
        - {code: UK13, date: 2026-03-02}
      milestones: {conflicts_assessment: 2026-03-09}
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DM-02 is raised
    And the finding PA23-DM-02 cites "PA2023 s.83(2)"

  @PA23-DM-02 @dynamic_market_conflicts_assessment_due
  Scenario Outline: With only the establishment notice on record, the assessment must precede it (<when>)
    Given a procurement record:
      """
      id: DM-EST
      authority: {name: Shropshire Council, type: sub_central}
      contract: {subject: services, estimated_value: {amount: 3000000, vat_included: true}, light_touch: false, dynamic_market: true}
      procedure: {commenced: 2026-03-02}
      notices:
        - {code: UK14, date: 2026-04-06}
      milestones: {conflicts_assessment: <assessed>}
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DM-02 is not raised

    Examples:
      | when                    | assessed   |
      | a month before the UK14 | 2026-03-09 |
      | the day of the UK14     | 2026-04-06 |

  @PA23-DM-02 @dynamic_market_conflicts_assessment_due
  Scenario: An assessment dated the day after the establishment notice is too late
    Given a procurement record:
      """
      id: DM-EST
      authority: {name: Shropshire Council, type: sub_central}
      contract: {subject: services, estimated_value: {amount: 3000000, vat_included: true}, light_touch: false, dynamic_market: true}
      procedure: {commenced: 2026-03-02}
      notices:
        - {code: UK14, date: 2026-04-06}
      milestones: {conflicts_assessment: 2026-04-07}
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DM-02 is raised

  @PA23-DM-02
  Scenario: Without the assessment's date the establishment cannot be checked
    Given a procurement record:
      """
      id: DM-EST
      authority: {name: Shropshire Council, type: sub_central}
      contract: {subject: services, estimated_value: {amount: 3000000, vat_included: true}, light_touch: false, dynamic_market: true}
      procedure: {commenced: 2026-03-02}
      notices:
        - {code: UK13, date: 2026-03-02}
      """
    When the procurement is checked as at 2026-06-01
    Then rule PA23-DM-02 is not demonstrated for lack of milestones.conflicts_assessment
