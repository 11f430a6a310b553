Feature: Strategic prompts from the Wales procurement policy statement (Procurement Act 2023 s.14; Social Partnership and Public Procurement (Wales) Act 2023)
  A devolved Welsh authority has regard to the Wales procurement policy statement (s.14(8)(a)), not
  the national one (s.13(10)(d)), and never in a framework call-off or a dynamic-market award
  (s.14(9)(b)). The statement ties procurement to the well-being goals: fair work, decarbonisation
  and the circular economy, the foundational economy and socially responsible procurement, which
  the Social Partnership and Public Procurement (Wales) Act 2023 makes a duty (s.24), with social
  public works clauses in major construction contracts of £2m or more (s.25). So a Welsh authority
  gets the Welsh questions and none of the national ones.

  @WPPS-UP-WELLBEING-01 @WPPS-UP-DECARB-01 @WPPS-UP-CONSTRUCTION-01 @CYCLE-UP-FWUSE-01 @NPPS-UP-FW-01 @NPPS-UP-SV-01 @NPPS-UP-PME-01 @WPPS-UP-FAIRWORK-01 @WPPS-UP-FOUNDATIONAL-01 @WPPS-DOWN-SRP-01
  Scenario: A Welsh council's £20m works framework gets the Welsh questions, not the national ones
    Given a procurement record:
      """
      id: CARDIFF-WORKS-FW
      authority: {name: Cardiff Council, type: sub_central, devolved: welsh}
      contract:
        subject: works
        estimated_value: {amount: 20000000, vat_included: true}
        cpv: ["45000000"]
        framework: {term_years: 4}
        no_lots_reasons: One regional programme; every call-off is competed between all framework suppliers.
      procedure: {type: competitive_flexible, commenced: 2026-04-06, market_engagement: false}
      notices: [{code: UK4, date: 2026-04-06}]
      """
    When the procurement is checked as at 2026-05-01
    Then the determination policy_statements.wpps is applies
    And prompt WPPS-UP-WELLBEING-01 is raised
    And prompt WPPS-UP-DECARB-01 is raised
    And prompt WPPS-UP-CONSTRUCTION-01 is raised
    And prompt CYCLE-UP-FWUSE-01 is raised
    And prompt NPPS-UP-FW-01 is not raised
    And prompt NPPS-UP-SV-01 is not raised
    And prompt NPPS-UP-PME-01 is not raised
    And prompt WPPS-UP-FAIRWORK-01 is not raised
    And prompt WPPS-UP-FOUNDATIONAL-01 is not raised
    And prompt WPPS-DOWN-SRP-01 is not raised

  @WPPS-UP-WELLBEING-01 @WPPS-UP-FAIRWORK-01 @WPPS-UP-FOUNDATIONAL-01 @WPPS-UP-DECARB-01 @WPPS-UP-CONSTRUCTION-01 @NPPS-UP-JOBS-01 @SVA-UP-WELLBEING-01
  Scenario: A Welsh council's light touch care service asks about fair work and the foundational economy
    Given a procurement record:
      """
      id: WELSH-CARE
      authority: {name: Swansea Council, type: sub_central, devolved: welsh}
      contract:
        subject: services
        estimated_value: {amount: 6000000, vat_included: true}
        cpv: ["85311000"]
        lots: [{id: "1", title: East}, {id: "2", title: West}]
      procedure: {type: competitive_flexible, commenced: 2026-03-02, market_engagement: false}
      notices: [{code: UK4, date: 2026-03-02}]
      """
    When the procurement is checked as at 2026-04-01
    Then prompt WPPS-UP-WELLBEING-01 is raised
    And prompt WPPS-UP-FAIRWORK-01 is raised
    And prompt WPPS-UP-FOUNDATIONAL-01 is raised
    And prompt WPPS-UP-DECARB-01 is not raised
    And prompt WPPS-UP-CONSTRUCTION-01 is not raised
    And prompt NPPS-UP-JOBS-01 is not raised
    And prompt SVA-UP-WELLBEING-01 is not raised

  @WPPS-UP-CONSTRUCTION-01 @WPPS-UP-FOUNDATIONAL-01 @WPPS-UP-DECARB-01
  Scenario: Welsh works below £2m are not a major construction contract
    # Below the works threshold too, so a regulated below-threshold contract.
    Given a procurement record:
      """
      id: WELSH-WORKS-SMALL
      authority: {name: Swansea Council, type: sub_central, devolved: welsh}
      contract:
        subject: works
        estimated_value: {amount: 1500000, vat_included: true}
        cpv: ["45233142"]
      procedure: {type: below_threshold_open, commenced: 2026-05-04}
      notices: [{code: UK4, date: 2026-05-04}]
      """
    When the procurement is checked as at 2026-05-11
    Then prompt WPPS-UP-CONSTRUCTION-01 is not raised
    And prompt WPPS-UP-DECARB-01 is raised
    And prompt WPPS-UP-FOUNDATIONAL-01 is raised

  @WPPS-DOWN-SRP-01 @WPPS-UP-WELLBEING-01 @WPPS-UP-FAIRWORK-01
  Scenario: A Welsh council's live care contract is asked what it delivers for well-being
    Given the example record "kinds/light-touch.yaml"
    And the record has authority.devolved set to welsh
    When the procurement is checked as at 2026-12-01
    Then prompt WPPS-DOWN-SRP-01 is raised
    And prompt WPPS-UP-WELLBEING-01 is not raised
    And prompt WPPS-UP-FAIRWORK-01 is not raised

  @WPPS-UP-WELLBEING-01 @WPPS-UP-DECARB-01 @CYCLE-UP-NEED-01 @wpps_status
  Scenario: A Welsh authority's call-off is outside the Wales statement (s.14(9)(b)(i)), though the cycle question remains
    Given the example record "kinds/framework-call-off.yaml"
    And the record has authority.name set to Welsh Government
    And the record has authority.devolved set to welsh
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-06-10
    Then the determination policy_statements.wpps is not_applicable
    And prompt WPPS-UP-WELLBEING-01 is not raised
    And prompt WPPS-UP-DECARB-01 is not raised
    And prompt CYCLE-UP-NEED-01 is raised
