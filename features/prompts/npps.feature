Feature: Strategic prompts from the National Procurement Policy Statement 2025 (Procurement Act 2023 s.13)
  A contracting authority must have regard to the national procurement policy statement (s.13(9))
  except in the cases of s.13(10). The 2025 statement asks for value for money — outcomes, quality
  and wider benefits — through three priorities: driving economic growth and strengthening supply
  chains (SMEs and VCSEs, quality jobs, innovation), social and economic value, and commercial
  capability. Its prompts are raised only where the statement applies. Before publishing a tender
  notice an authority may engage the market (s.16) and, if it does, must publish a preliminary
  market engagement notice (UK2) or give reasons in the tender notice (s.17).

  The example record "dfe-managed-print.yaml" is a Department for Education open procedure with a
  tender notice (UK4) but no UK2, for a £225,000 managed print service entered into on 16 March 2026.
  Upstream prompts are asked while the procurement is being planned and run, so most scenarios
  here take the record back to before the contract was entered into.

  # --- NPPS-UP-PME-01: engaging the market (s.16; priority 1) ---

  @NPPS-UP-PME-01
  Scenario: An open procedure with no preliminary market engagement notice
    Given the example record "dfe-managed-print.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is raised
    And there are no findings

  @NPPS-UP-PME-01
  Scenario: A competitive flexible procedure with no preliminary market engagement notice
    Given the example record "dfe-managed-print.yaml"
    And the record has milestones.contract_entered set to null
    And the record has procedure.type set to competitive_flexible
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is raised

  @NPPS-UP-PME-01
  Scenario: The same procedure once a preliminary market engagement notice is published
    Given the example record "dfe-managed-print.yaml"
    And the record has milestones.contract_entered set to null
    And the record has notices set to [{code: UK2, date: 2025-11-03}, {code: UK4, date: 2026-01-12}, {code: UK6, date: 2026-03-02}]
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised

  @NPPS-UP-PME-01
  Scenario: A preliminary market engagement notice that is only planned does not answer the prompt
    Given the example record "dfe-managed-print.yaml"
    And the record has milestones.contract_entered set to null
    And the record has notices set to [{code: UK2, date: 2025-11-03, planned: true}, {code: UK4, date: 2026-01-12}]
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is raised

  @NPPS-UP-PME-01
  Scenario: Engagement that took place without a UK2 is a question of s.17, not of this prompt
    Given the example record "dfe-managed-print.yaml"
    And the record has milestones.contract_entered set to null
    And the record has procedure.market_engagement set to true
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised

  @NPPS-UP-PME-01
  Scenario Outline: No prompt for a <buyer> (<why>)
    Given the example record "dfe-managed-print.yaml"
    And the record has milestones.contract_entered set to null
    And the record has authority.name set to <buyer>
    And the record has authority.devolved set to <devolved>
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised

    Examples:
      | buyer                              | devolved       | why                                          |
      | Welsh Government                   | welsh          | devolved Welsh authority: the WPPS applies   |
      | Department of Education NI         | transferred_ni | transferred Northern Ireland authority       |

  @NPPS-UP-PME-01
  Scenario: No prompt for a private utility (s.13(10)(a), s.17(3))
    Given a procurement record:
      """
      id: PRIV-2
      authority: {name: Northern Rail Ltd, type: private_utility}
      contract:
        subject: services
        estimated_value: {amount: 900000, vat_included: true}
        utilities: true
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And prompt NPPS-UP-PME-01 is not raised

  @NPPS-UP-PME-01
  Scenario Outline: No prompt for an award that is not an open or competitive flexible procedure (<procedure>)
    Given the example record "dfe-managed-print.yaml"
    And the record has milestones.contract_entered set to null
    And the record has procedure.type set to <procedure>
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised

    Examples:
      | procedure            |
      | direct_award         |
      | call_off             |
      | dynamic_market_award |

  @NPPS-UP-PME-01
  Scenario: No prompt for a below-threshold contract
    Given the example record "town-council-catering.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised

    @NPPS-UP-PME-01
  Scenario: Once the contract is entered into, the upstream question is no longer asked of it
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised

  # --- NPPS-UP-VFM-01 and NPPS-UP-SV-01: what a goods or works contract buys ---

  @NPPS-UP-VFM-01 @NPPS-UP-SV-01 @CYCLE-UP-NEED-01
  Scenario: A water company's meter purchase asks about whole-life cost and social value
    # A public undertaking is a contracting authority for a utilities contract (s.2(1)(b)) and,
    # unlike a private utility, has regard to the NPPS.
    Given the example record "kinds/utilities.yaml"
    When the procurement is checked as at 2026-04-01
    Then the determination policy_statements.npps_2025 is applies
    And prompt NPPS-UP-VFM-01 is raised
    And prompt NPPS-UP-SV-01 is raised
    And prompt CYCLE-UP-NEED-01 is raised

  @NPPS-UP-VFM-01 @NPPS-UP-SV-01 @CYCLE-UP-NEED-01
  Scenario: The same meters bought by a private utility raise no NPPS prompt, though the cycle question remains
    Given the example record "kinds/utilities.yaml"
    And the record has authority.type set to private_utility
    When the procurement is checked as at 2026-04-01
    Then the determination policy_statements.npps_2025 is not_applicable
    And prompt NPPS-UP-VFM-01 is not raised
    And prompt NPPS-UP-SV-01 is not raised
    And prompt CYCLE-UP-NEED-01 is raised

  @NPPS-UP-SV-01 @PPN002-UP-SV-01
  Scenario: A department's goods contract is asked about social value under PPN 002, not the NPPS prompt
    Given the example record "kinds/utilities.yaml"
    And the record has authority.name set to Department for Transport
    And the record has authority.type set to central_government
    And the record has contract.utilities set to false
    When the procurement is checked as at 2026-04-01
    Then prompt PPN002-UP-SV-01 is raised
    And prompt NPPS-UP-SV-01 is not raised

  # --- NPPS-UP-PIPELINE-01: signalling a large contract early (s.93) ---

  @NPPS-UP-PIPELINE-01
  Scenario: A contract above £2m of an authority spending more than £100m a year raises the pipeline question
    # s.93(1): more than £100m expected spend; s.93(3): planned contracts of more than £2m.
    Given the example record "kinds/framework.yaml"
    And the record has authority.annual_spend set to 1500000000
    When the procurement is checked as at 2026-04-01
    Then prompt NPPS-UP-PIPELINE-01 is raised

  @NPPS-UP-PIPELINE-01
  Scenario Outline: No pipeline question for an authority spending <spend> a year (<why>)
    Given the example record "kinds/framework.yaml"
    And the record has authority.annual_spend set to <spend>
    When the procurement is checked as at 2026-04-01
    Then prompt NPPS-UP-PIPELINE-01 is not raised

    Examples:
      | spend     | why                                   |
      | 100000000 | not more than £100m (s.93(1))         |
      | null      | the record does not give its spend    |

  # --- NPPS-UP-INNOVATION-01: outcomes, not method, in a large service contract ---

  @NPPS-UP-INNOVATION-01
  Scenario: An £8m services contract tendered by the competitive flexible procedure raises the innovation question
    # More than £5m (the s.52(1) band) and not light touch.
    Given the example record "kinds/open-procedure.yaml"
    And the record has procedure.type set to competitive_flexible
    And the record has contract.estimated_value set to {amount: 8000000, vat_included: true}
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-01
    Then prompt NPPS-UP-INNOVATION-01 is raised

  @NPPS-UP-INNOVATION-01
  Scenario Outline: No innovation question for a services contract <why>
    Given the example record "kinds/open-procedure.yaml"
    And the record has procedure.type set to <procedure>
    And the record has contract.estimated_value set to {amount: <value>, vat_included: true}
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-01
    Then prompt NPPS-UP-INNOVATION-01 is not raised

    Examples:
      | procedure            | value   | why                                   |
      | competitive_flexible | 5000000 | of exactly £5m (not more than £5m)    |
      | open                 | 8000000 | tendered by the open procedure        |

  # --- NPPS-UP-JOBS-01: quality jobs in a people-delivered service ---

  @NPPS-UP-JOBS-01 @PPN002-UP-FAIRWORK-01 @SVA-UP-WELLBEING-01
  Scenario: A department's light touch service is asked about Fair Work under PPN 002 instead of the NPPS jobs prompt
    Given the example record "kinds/light-touch.yaml"
    And the record has authority.name set to Ministry of Justice
    And the record has authority.type set to central_government
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-01
    Then prompt PPN002-UP-FAIRWORK-01 is raised
    And prompt NPPS-UP-JOBS-01 is not raised
    And prompt SVA-UP-WELLBEING-01 is not raised

  # --- downstream: capability, supply chain ---

  @NPPS-DOWN-CAPABILITY-01 @CYCLE-DOWN-KPI-01
  Scenario: A £14m concession in its contract stage asks who manages it (more than £10m), but not about s.52 KPIs
    # s.52(6) exempts concessions from the KPI duty.
    Given the example record "kinds/concession.yaml"
    And the record has milestones.contract_entered set to 2026-07-01
    When the procurement is checked as at 2026-12-01
    Then prompt NPPS-DOWN-CAPABILITY-01 is raised
    And prompt CYCLE-DOWN-KPI-01 is not raised

  @NPPS-DOWN-PAY-01
  Scenario: A goods contract in its contract stage is not asked about the works supply chain
    Given the example record "kinds/competitive-flexible.yaml"
    When the procurement is checked as at 2026-12-01
    Then prompt NPPS-DOWN-PAY-01 is not raised

  @NPPS-DOWN-PAY-01
  Scenario: A council's works contract in its contract stage is asked about paying sub-contractors (s.73)
    Given the example record "highways-resurfacing.yaml"
    When the procurement is checked as at 2026-12-01
    Then prompt NPPS-DOWN-PAY-01 is raised
