Feature: Commissioning-cycle prompts, and prompts from the Act's objectives and neighbouring regimes (s.12, s.16(3), s.43, s.52; Social Value Act 2012; PSR; Transparency Code)
  The cycle runs from analysing needs, through planning and designing, procuring and managing the
  contract, to reviewing its outcomes and back to needs. A service for people should rest on
  evidence of need and on the voice of those who use it. A direct award after a failed competition
  (s.43) should ask why it failed. Market engagement must not give its participants an unfair
  advantage (s.16(3)). A contract worth more than £5m needs at least three KPIs (s.52(1)), but not a
  light touch contract (s.52(6)), whose outcomes must be watched another way. A relevant authority
  in England considers social value before procuring services (Public Services (Social Value) Act
  2012 s.1). Relevant health care services fall under the Provider Selection Regime, not the Act
  (PR 2024 reg 43). An English council lists its contracts over £5,000 in its contracts register
  (Local Government Transparency Code 2015).

  @CYCLE-UP-EVIDENCE-01 @CYCLE-UP-VOICE-01
  Scenario: A light touch catering service asks for evidence of need but not for the voice of service users
    # CPV 55520000 (catering) is light touch (PR 2024 Schedule 1), but not a service to individuals.
    Given the example record "kinds/light-touch.yaml"
    And the record has contract.cpv set to ["55520000"]
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-01
    Then prompt CYCLE-UP-EVIDENCE-01 is raised
    And prompt CYCLE-UP-VOICE-01 is not raised

  @CYCLE-UP-NOBIDS-01 @CYCLE-UP-URGENT-01 @s43_direct_award
  Scenario: A direct award after a competition produced no suitable tenders (s.43) asks why it failed
    Given the example record "kinds/open-procedure.yaml"
    And the record has procedure.type set to direct_award
    And the record has procedure.switched_from_competition set to true
    And the record has procedure.no_suitable_tenders set to true
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-20
    Then prompt CYCLE-UP-NOBIDS-01 is raised
    And prompt CYCLE-UP-URGENT-01 is not raised

  @CYCLE-UP-NOBIDS-01
  Scenario: A direct award on a Schedule 5 justification is not a switch
    Given the example record "kinds/direct-award-urgency.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-03
    Then prompt CYCLE-UP-NOBIDS-01 is not raised

  @PA23-UP-PMEFAIR-01 @NPPS-UP-PME-01
  Scenario: After preliminary market engagement the question is fairness to suppliers who did not take part (s.16(3))
    Given the example record "kinds/open-procedure.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-02-10
    Then prompt PA23-UP-PMEFAIR-01 is raised
    And prompt NPPS-UP-PME-01 is not raised

  @PA23-UP-PMEFAIR-01 @NPPS-UP-PME-01
  Scenario: Without market engagement the question is whether to engage at all
    Given the example record "dfe-managed-print.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-02-10
    Then prompt NPPS-UP-PME-01 is raised
    And prompt PA23-UP-PMEFAIR-01 is not raised

  @CYCLE-DOWN-OUTCOMES-01 @CYCLE-DOWN-KPI-01
  Scenario: A light touch contract in its contract stage needs outcome measures, since s.52 KPIs are not required (s.52(6))
    Given the example record "kinds/light-touch.yaml"
    When the procurement is checked as at 2026-12-01
    Then prompt CYCLE-DOWN-OUTCOMES-01 is raised
    And prompt CYCLE-DOWN-KPI-01 is not raised

  @CYCLE-DOWN-OUTCOMES-01
  Scenario: Before the light touch contract is entered into, monitoring is not yet the question
    Given the example record "kinds/light-touch.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-01
    Then prompt CYCLE-DOWN-OUTCOMES-01 is not raised

  @SVA-UP-WELLBEING-01 @PSR-UP-BOUNDARY-01
  Scenario: Community physiotherapy commissioned by a council raises the Provider Selection Regime boundary
    # CPV 85142100 (physiotherapy services) is in Schedule 1 of the PSR regulations.
    Given the example record "kinds/light-touch.yaml"
    And the record has contract.cpv set to ["85142100"]
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-01
    Then prompt PSR-UP-BOUNDARY-01 is raised
    And prompt SVA-UP-WELLBEING-01 is raised

  @PSR-UP-BOUNDARY-01
  Scenario: The PSR applies in relation to England only (reg 1(2)), so a Welsh council is not asked
    Given the example record "kinds/light-touch.yaml"
    And the record has authority.devolved set to welsh
    And the record has contract.cpv set to ["85142100"]
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-01
    Then prompt PSR-UP-BOUNDARY-01 is not raised

  @LGTC-DOWN-REGISTER-01
  Scenario: An English council's contract over £5,000 belongs in its contracts register
    Given the example record "highways-resurfacing.yaml"
    When the procurement is checked as at 2026-12-01
    Then prompt LGTC-DOWN-REGISTER-01 is raised

  @LGTC-DOWN-REGISTER-01
  Scenario Outline: No contracts-register question for <who>
    Given the example record "<example>"
    When the procurement is checked as at 2026-12-01
    Then prompt LGTC-DOWN-REGISTER-01 is not raised

    Examples:
      | who                                            | example                   |
      | a government department                        | dfe-managed-print.yaml    |
      | a council contract not yet entered into        | kinds/framework.yaml      |
