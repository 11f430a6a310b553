Feature: Valuing a contract, and contracts with separable parts (Procurement Act 2023 ss.4, 5 and 10; Schedule 3)
  A contracting authority must estimate the value of a contract in accordance with Schedule 3
  (s.4(2)), and must not exercise a discretion in estimating it with a view to taking the
  contract outside any requirement of the Act (s.4(3)). Where the goods, services or works to be
  supplied under two or more contracts could reasonably be supplied under a single contract, the
  value of each must include the value of all of them, unless the authority has good reasons not
  to do so (Sch 3 para 4). A framework is valued at the sum of the estimated values of all the
  contracts that have been or may be awarded under it (para 2); a concession at the maximum the
  supplier could expect to receive under or in connection with it (para 3).

  A below-threshold contract (or framework) is treated as having a value not less than its
  threshold if certain of the goods, services or works could reasonably be supplied under a
  separate contract that would itself have a value not less than the threshold for a contract
  of its type (s.5(1)-(3)). s.5 does not apply to a contract awarded in accordance with a
  framework (s.5(6)). A special regime contract (a concession, defence and security, light touch
  or utilities contract, s.10(6)) is not treated as one if a part could reasonably be supplied
  under a separate contract that would not be a special regime contract of the same kind, or at
  all, and would be above its threshold (s.10(1)-(3)); a defence and security contract keeps that
  status if the authority has good reasons for not awarding separate contracts (s.10(4)). s.10
  does not change whether a contract is a public contract (s.10(7)), and does not apply to a
  framework call-off (s.10(8)).

  Every figure below is VAT-inclusive, as the Act's values are (s.123(2)), and uses the amounts
  of S.I. 2025/1200 for procurements commenced from 1 January 2026: row 3 (defence and security)
  £415,440, row 8 (light touch) £663,540, row 11 (central government) £135,018, row 12
  (sub-central government) £207,720.

  # -- Sch 3 para 4: contracts that could be one contract are valued together ----------------------

  @PA23-VAL-02 @aggregated_value @threshold_value @above_threshold @public_contract
  Scenario: Contracts that could reasonably be one contract are valued together (Sch 3 para 4(2))
    # £150,000 on its own is below row 12's £207,720; with the £80,000 contract for the other half
    # of the borough it is £230,000, which is not less than the threshold.
    Given a procurement record:
      """
      id: AGG-1
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 150000, vat_included: true}
        light_touch: false
        related_contracts:
          - {id: AGG-2, description: Grounds maintenance (north), estimated_value: 80000}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £150,000
    And the determination valuation.aggregated_value is 230000
    And the determination valuation.threshold_value is 230000
    And the record is a public contract
    And finding PA23-VAL-02 is raised

  @PA23-VAL-02 @PA23-ROUTE-01 @public_contract
  Scenario: Splitting a requirement does not take it below the threshold (s.4(3))
    # The same two contracts, each advertised as below threshold: valued together they are a public
    # contract, which a below-threshold procedure cannot award (s.11(2)).
    Given a procurement record:
      """
      id: AGG-3
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 150000, vat_included: true}
        light_touch: false
        related_contracts:
          - {id: AGG-2, description: Grounds maintenance (north), estimated_value: 80000}
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And finding PA23-VAL-02 is raised
    And finding PA23-ROUTE-01 is raised
    And the procedure is not permitted

  @PA23-VAL-02 @aggregated_value @threshold_value @public_contract
  Scenario: An ex-VAT estimate is grossed up before the related contracts are added
    # £125,000 + 20% VAT = £150,000; the related contract is recorded VAT-inclusive at £60,000;
    # together £210,000, not less than £207,720.
    Given a procurement record:
      """
      id: AGG-4
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 125000, vat_included: false, vat_rate: 0.2}
        light_touch: false
        related_contracts:
          - {description: Winter gritting, estimated_value: 60000}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £150,000
    And the determination valuation.threshold_value is 210000
    And the record is a public contract
    And finding PA23-VAL-02 is raised

  @PA23-VAL-02 @aggregated_value @public_contract
  Scenario: Related contracts that together stay below the threshold raise no warning
    # £100,000 + £50,000 + £50,000 = £200,000, less than £207,720.
    Given a procurement record:
      """
      id: AGG-5
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 100000, vat_included: true}
        light_touch: false
        related_contracts:
          - {description: Lot B, estimated_value: 50000}
          - {description: Lot C, estimated_value: 50000}
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination valuation.aggregated_value is 200000
    And the record is not a public contract
    And finding PA23-VAL-02 is not raised

  @PA23-VAL-02 @PA23-VAL-03 @aggregated_value @threshold_value
  Scenario: A contract above the threshold on its own needs no warning about related contracts
    # £250,000 is already not less than £207,720; aggregation only adds to it.
    Given a procurement record:
      """
      id: AGG-6
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 250000, vat_included: true}
        light_touch: false
        related_contracts:
          - {description: Follow-on support, estimated_value: 10000}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination valuation.threshold_value is 260000
    And the record is a public contract
    And finding PA23-VAL-02 is not raised
    And finding PA23-VAL-03 is not raised

  @PA23-VAL-03 @PA23-VAL-02 @threshold_value @aggregated_value @public_contract
  Scenario: With good reasons not to aggregate, each contract is valued on its own (Sch 3 para 4(2))
    # The reasons are taken at their word: the threshold test uses £150,000, not £230,000.
    Given a procurement record:
      """
      id: AGG-7
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 150000, vat_included: true}
        light_touch: false
        related_contracts:
          - {id: AGG-2, description: Grounds maintenance (north), estimated_value: 80000}
        aggregation_reasons: The north contract is funded by a separate trust, starts two years later and is let by the trust's own board.
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination valuation.aggregated_value is 230000
    And the determination valuation.threshold_value is 150000
    And the record is not a public contract
    And finding PA23-VAL-03 is raised
    And finding PA23-VAL-02 is not raised

  @PA23-VAL-02 @PA23-VAL-03 @threshold_value
  Scenario: A contract with no related contracts is valued on its own estimate
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £225,000
    And the determination valuation.threshold_value is 225000
    And finding PA23-VAL-02 is not raised
    And finding PA23-VAL-03 is not raised

  @PA23-VAL-01 @PA23-VAL-02 @above_threshold
  Scenario: A value that cannot be estimated stays above the threshold whatever else is recorded (Sch 3 para 5)
    Given a procurement record:
      """
      id: AGG-8
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {cannot_be_estimated: true}
        light_touch: false
        related_contracts:
          - {description: Lot B, estimated_value: 50000}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And finding PA23-VAL-01 is raised
    And finding PA23-VAL-02 is not raised

  # -- Sch 3 paras 2 and 3: frameworks and concessions ------------------------------------------------

  @PA23-VAL-04
  Scenario: A framework is valued at every contract that may be awarded under it (Sch 3 para 2)
    Given the example record "kinds/framework.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-VAL-04 is raised

  @PA23-VAL-04
  Scenario: An ordinary contract raises no framework valuation question
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-VAL-04 is not raised

  @PA23-VAL-05
  Scenario: A concession is valued at the supplier's expected receipts (Sch 3 para 3)
    Given the example record "kinds/concession.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-VAL-05 is raised

  @PA23-VAL-05
  Scenario: A contract that is not a concession raises no concession valuation question
    Given the example record "kinds/framework.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-VAL-05 is not raised

  # -- s.5: a below-threshold contract with a separable above-threshold part -------------------------

  @PA23-MIXED-01 @s5_treated_above_threshold @above_threshold @public_contract @separable_parts_all_ordinary
  Scenario: A light touch contract with an ordinary part worth the ordinary threshold is treated as above threshold (s.5(3))
    # £500,000 is below row 8's £663,540. The kitchen equipment could be bought under a separate
    # goods contract, whose threshold is row 12's £207,720; it is worth exactly that.
    Given a procurement record:
      """
      id: MIX5-1
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 500000, vat_included: true}
        light_touch: true
        separable_parts:
          - {description: Kitchen equipment, subject: goods, estimated_value: 207720, light_touch: false}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £663,540 from row 8
    And the determination mixed.s5_treated_above_threshold is true
    And the determination mixed.largest_separable_part is 207720
    And the record is a public contract
    And finding PA23-MIXED-01 is raised

  @PA23-MIXED-01 @PA23-SCOPE-10 @s5_treated_above_threshold @public_contract
  Scenario: A part a penny below its own threshold does not make the contract above threshold
    # £207,719.99 is less than £207,720, so no separable part reaches a threshold; procrules has
    # decided s.5 and asks no question.
    Given a procurement record:
      """
      id: MIX5-2
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 500000, vat_included: true}
        light_touch: true
        separable_parts:
          - {description: Kitchen equipment, subject: goods, estimated_value: 207719.99, light_touch: false}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s5_treated_above_threshold is false
    And the record is not a public contract
    And finding PA23-MIXED-01 is not raised
    And prompt PA23-SCOPE-10 is not raised

  @PA23-MIXED-01 @PA23-ROUTE-01 @s5_treated_above_threshold
  Scenario: A contract treated as above threshold by s.5 cannot be awarded by a below-threshold procedure
    # Works contract of £4,000,000 (row 10: £5,193,000) with a £300,000 supply of street lighting
    # columns that could be bought separately as goods (row 12: £207,720).
    Given a procurement record:
      """
      id: MIX5-3
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: works
        estimated_value: {amount: 4000000, vat_included: true}
        separable_parts:
          - {description: Street lighting columns, subject: goods, estimated_value: 300000}
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £5,193,000 from row 10
    And finding PA23-MIXED-01 is raised
    And finding PA23-ROUTE-01 is raised
    And the procedure is not permitted

  @PA23-MIXED-01 @s5_treated_above_threshold
  Scenario: Reasons for not splitting do not displace s.5 (s.5 has no good-reasons exception)
    # s.5(4) lets the authority weigh practical and financial consequences only in deciding whether
    # a part could reasonably be supplied separately; a part listed as separable is one that could.
    Given a procurement record:
      """
      id: MIX5-4
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 500000, vat_included: true}
        light_touch: true
        separable_parts:
          - {description: Kitchen equipment, subject: goods, estimated_value: 250000, light_touch: false}
        separation_reasons: One supplier is simpler to manage.
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s5_treated_above_threshold is true
    And finding PA23-MIXED-01 is raised

  @PA23-MIXED-01 @PA23-SCOPE-10 @s5_treated_above_threshold @not_a_framework_award @public_contract
  Scenario: s.5 does not apply to a contract awarded under a framework (s.5(6))
    Given a procurement record:
      """
      id: MIX5-5
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 500000, vat_included: true}
        light_touch: true
        separable_parts:
          - {description: Kitchen equipment, subject: goods, estimated_value: 250000, light_touch: false}
      procedure: {type: call_off, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s5_treated_above_threshold is false
    And the record is not a public contract
    And finding PA23-MIXED-01 is not raised
    And prompt PA23-SCOPE-10 is not raised

  @PA23-MIXED-01 @PA23-SCOPE-10 @s5_treated_above_threshold @separable_parts_light_touch
  Scenario: A part that does not say it is not light touch takes the contract's kind, and procrules asks
    # Without light_touch: false the part is read as light touch like the contract (row 8), so it
    # cannot reach a lower threshold than the contract's; procrules cannot decide s.5 and asks.
    Given a procurement record:
      """
      id: MIX5-6
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 500000, vat_included: true}
        light_touch: true
        separable_parts:
          - {description: Cleaning, subject: services, estimated_value: 250000}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s5_treated_above_threshold is false
    And finding PA23-MIXED-01 is not raised
    And prompt PA23-SCOPE-10 is raised

  # -- s.10: a special regime contract with a separable ordinary part --------------------------------

  @PA23-MIXED-02 @s10_special_regime_lost @special_regime_contract @public_contract
  Scenario: A light touch contract with an ordinary above-threshold part is not treated as light touch (s.10(3))
    # The contract is £700,000 (row 8: £663,540, so a public contract). The £250,000 of catering
    # equipment would be an ordinary goods contract above row 12's £207,720.
    Given a procurement record:
      """
      id: MIX10-1
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 700000, vat_included: true}
        light_touch: true
        separable_parts:
          - {description: Catering equipment, subject: goods, estimated_value: 250000, light_touch: false}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s10_special_regime_lost is true
    And the determination scope.special_regime is false
    And the threshold is £663,540 from row 8
    And the record is a public contract
    And finding PA23-MIXED-02 is raised

  @PA23-MIXED-02 @s10_special_regime_lost @special_regime_contract
  Scenario: An ordinary part below its own threshold leaves the special regime in place
    # £200,000 is less than row 12's £207,720.
    Given a procurement record:
      """
      id: MIX10-2
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 700000, vat_included: true}
        light_touch: true
        separable_parts:
          - {description: Catering equipment, subject: goods, estimated_value: 200000, light_touch: false}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s10_special_regime_lost is false
    And the determination scope.special_regime is true
    And finding PA23-MIXED-02 is not raised

  @PA23-MIXED-02 @PA23-MIXED-03 @s10_special_regime_lost @s10_defence_kept @special_regime_contract
  Scenario: A defence and security contract without reasons for not splitting loses its special status (s.10(3))
    # £1,000,000 of defence services (row 3: £415,440); the office cleaning would be an ordinary
    # services contract worth £150,000, not less than row 11's £135,018.
    Given a procurement record:
      """
      id: MIX10-3
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 1000000, vat_included: true}
        defence_and_security: true
        light_touch: false
        separable_parts:
          - {description: Office cleaning, subject: services, estimated_value: 150000, defence_and_security: false}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £415,440 from row 3
    And the determination mixed.s10_special_regime_lost is true
    And the determination mixed.s10_defence_kept is false
    And the determination scope.special_regime is false
    And finding PA23-MIXED-02 is raised
    And finding PA23-MIXED-03 is not raised

  @PA23-MIXED-03 @PA23-MIXED-02 @s10_defence_kept @special_regime_contract
  Scenario: With good reasons for not awarding separate contracts it stays a defence and security contract (s.10(4))
    Given a procurement record:
      """
      id: MIX10-4
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 1000000, vat_included: true}
        defence_and_security: true
        light_touch: false
        separable_parts:
          - {description: Office cleaning, subject: services, estimated_value: 150000, defence_and_security: false}
        separation_reasons: The cleaners work inside the secure site and must hold the same security clearance as the main contractor's staff.
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s10_defence_kept is true
    And the determination scope.special_regime is true
    And finding PA23-MIXED-03 is raised
    And finding PA23-MIXED-02 is not raised

  @PA23-MIXED-02 @PA23-MIXED-03 @s10_defence_kept
  Scenario: The good-reasons exception is for defence and security contracts only (s.10(4))
    Given a procurement record:
      """
      id: MIX10-5
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 700000, vat_included: true}
        light_touch: true
        separable_parts:
          - {description: Catering equipment, subject: goods, estimated_value: 250000, light_touch: false}
        separation_reasons: One supplier is simpler to manage.
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s10_defence_kept is false
    And finding PA23-MIXED-02 is raised
    And finding PA23-MIXED-03 is not raised

  @PA23-MIXED-02 @s10_special_regime_lost @special_regime_contract
  Scenario: s.10 does not apply to a contract awarded under a framework (s.10(8))
    Given a procurement record:
      """
      id: MIX10-6
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 700000, vat_included: true}
        light_touch: true
        separable_parts:
          - {description: Catering equipment, subject: goods, estimated_value: 250000, light_touch: false}
      procedure: {type: call_off, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s10_special_regime_lost is false
    And the determination scope.special_regime is true
    And finding PA23-MIXED-02 is not raised
