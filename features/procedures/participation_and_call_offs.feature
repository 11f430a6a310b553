Feature: Conditions of participation, lot limits and call-offs (Procurement Act 2023 ss.20(7), 22, 23(4) and 45(3)-(4))
  A contracting authority may set conditions of participation only as a proportionate means of
  ensuring that suppliers have the legal and financial capacity, or the technical ability, to
  perform the contract, having regard to its nature, complexity and cost (s.22). It may not require
  audited annual accounts except from suppliers that are required by law to have their accounts
  audited, and it may not require insurance relating to the performance of the contract to be in
  place before award (s.22, numbered (3)(a)-(b) in the duties catalogue).

  An authority may limit the number of lots one supplier may bid for (s.20(7)) or be awarded
  (s.23(4)); a limit on lots awarded needs an objective mechanism for choosing which lots a supplier
  is awarded. Such a limit means nothing on a contract that is not divided into lots.

  A contract is awarded under a framework by a competitive selection process unless the framework
  is with a single supplier, or sets out the core terms of the call-off and an objective mechanism
  for choosing the supplier (s.45(3)-(4)). Those subsections do not apply to a light touch framework
  (s.45(9)).

  Background:
    Given a procurement record:
      """
      # A council's £4m goods contract (row 12 threshold £207,720 in 2026: a public contract).
      id: COP-FURNITURE
      title: Office furniture
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 4000000, vat_included: true}
        cpv: ["39130000"]
      procedure:
        type: open
        commenced: 2026-03-02
        conditions_of_participation:
          beyond_capacity_and_ability: false
          audited_accounts_required: true
          audited_accounts_only_where_required_by_law: true
          insurance_required_before_award: false
          proportionate: true
      notices:
        - {code: UK4, date: 2026-03-02}
      milestones: {conflicts_assessment: 2026-02-23}
      """

  @PA23-COP-01 @PA23-COP-02 @PA23-COP-03 @PA23-COP-04 @s22_competitive_award
  Scenario: Proportionate conditions about capacity and ability only are lawful (s.22)
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And finding PA23-COP-01 is not raised
    And finding PA23-COP-02 is not raised
    And finding PA23-COP-03 is not raised
    And finding PA23-COP-04 is not raised

  @PA23-COP-01
  Scenario: A condition about anything other than capacity or ability is not allowed (s.22(1))
    Given the record has procedure.conditions_of_participation.beyond_capacity_and_ability set to true
    When the procurement is checked as at 2026-06-01
    Then finding PA23-COP-01 is raised
    And the finding PA23-COP-01 cites "PA2023 s.22(1)"

  @PA23-COP-02
  Scenario: Audited accounts may not be required from suppliers not required by law to have them
    Given the record has procedure.conditions_of_participation.audited_accounts_only_where_required_by_law set to false
    When the procurement is checked as at 2026-06-01
    Then finding PA23-COP-02 is raised
    And the finding PA23-COP-02 cites "PA2023 s.22(3)(a)"

  @PA23-COP-02
  Scenario: Not requiring audited accounts at all raises no question
    Given the record has procedure.conditions_of_participation.audited_accounts_required set to false
    And the record has procedure.conditions_of_participation.audited_accounts_only_where_required_by_law set to false
    When the procurement is checked as at 2026-06-01
    Then finding PA23-COP-02 is not raised

  @PA23-COP-02
  Scenario: Audited accounts required, but the record does not say from whom
    Given a procurement record:
      """
      id: COP-ACCOUNTS
      title: Office furniture
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 4000000, vat_included: true}
        cpv: ["39130000"]
      procedure:
        type: competitive_flexible
        commenced: 2026-03-02
        conditions_of_participation: {audited_accounts_required: true}
      """
    When the procurement is checked as at 2026-06-01
    Then rule PA23-COP-02 is not demonstrated for lack of procedure.conditions_of_participation.audited_accounts_only_where_required_by_law

  @PA23-COP-03
  Scenario: Insurance may not be required to be in place before award (s.22(3)(b))
    Given the record has procedure.conditions_of_participation.insurance_required_before_award set to true
    When the procurement is checked as at 2026-06-01
    Then finding PA23-COP-03 is raised
    And the finding PA23-COP-03 cites "PA2023 s.22(3)(b)"

  @PA23-COP-04
  Scenario: Conditions the authority itself finds disproportionate are not allowed (s.22(1))
    Given the record has procedure.conditions_of_participation.proportionate set to false
    When the procurement is checked as at 2026-06-01
    Then finding PA23-COP-04 is raised

  @PA23-COP-01 @PA23-COP-04 @s22_competitive_award
  Scenario: Section 22 is checked only for competitive awards, not for a direct award
    Given the record has procedure.type set to direct_award
    And the record has procedure.conditions_of_participation.beyond_capacity_and_ability set to true
    And the record has procedure.conditions_of_participation.proportionate set to false
    When the procurement is checked as at 2026-06-01
    Then finding PA23-COP-01 is not raised
    And finding PA23-COP-04 is not raised

  @PA23-LOTLIM-01
  Scenario: A limit on lots bid for, on a contract not divided into lots, suggests an error (s.20(7))
    Given the record has procedure.lots_bid_limit set to 2
    When the procurement is checked as at 2026-06-01
    Then finding PA23-LOTLIM-01 is raised

  @PA23-LOTLIM-01 @PA23-LOTLIM-02
  Scenario: Limits on lots bid for and won, with an objective mechanism, on a contract in three lots
    Given a procurement record:
      """
      id: COP-LOTS
      title: Office furniture in three lots
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 4000000, vat_included: true}
        cpv: ["39130000"]
        lots:
          - {id: "1", title: Desks}
          - {id: "2", title: Chairs}
          - {id: "3", title: Storage}
      procedure:
        type: open
        commenced: 2026-03-02
        lots_bid_limit: 3
        lots_award_limit: 2
        lots_award_limit_objective_mechanism: true
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-LOTLIM-01 is not raised
    And finding PA23-LOTLIM-02 is not raised

  @PA23-LOTLIM-01 @PA23-LOTLIM-02
  Scenario: A limit on lots won needs an objective mechanism for choosing which lots (s.23(4))
    Given a procurement record:
      """
      id: COP-LOTS
      title: Office furniture in three lots
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 4000000, vat_included: true}
        cpv: ["39130000"]
        lots:
          - {id: "1", title: Desks}
          - {id: "2", title: Chairs}
          - {id: "3", title: Storage}
      procedure:
        type: open
        commenced: 2026-03-02
        lots_award_limit: 2
        lots_award_limit_objective_mechanism: false
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-LOTLIM-02 is raised
    And the finding PA23-LOTLIM-02 cites "PA2023 s.23(4)"
    And finding PA23-LOTLIM-01 is not raised

  @PA23-CALLOFF-01
  Scenario: A direct call-off under a multi-supplier framework without core terms and a mechanism is not lawful (s.45(3)-(4))
    Given a procurement record:
      """
      id: CO-CHAIRS
      title: Chairs (call-off)
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 1500000, vat_included: true}
        cpv: ["39130000"]
        light_touch: false
      procedure:
        type: call_off
        commenced: 2026-06-01
        call_off:
          selection: direct
          framework_single_supplier: false
          framework_core_terms_and_objective_mechanism: false
      """
    When the procurement is checked as at 2026-07-01
    Then the record is a public contract
    And finding PA23-CALLOFF-01 is raised
    And the finding PA23-CALLOFF-01 cites "PA2023 s.45(4)"
    And the procedure is not permitted

  @PA23-CALLOFF-01
  Scenario Outline: A direct call-off is allowed where <why> (s.45(4))
    Given a procurement record:
      """
      id: CO-CHAIRS
      title: Chairs (call-off)
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 1500000, vat_included: true}
        cpv: ["39130000"]
        light_touch: false
      procedure:
        type: call_off
        commenced: 2026-06-01
        call_off:
          selection: direct
          framework_single_supplier: <single>
          framework_core_terms_and_objective_mechanism: <core>
      """
    When the procurement is checked as at 2026-07-01
    Then finding PA23-CALLOFF-01 is not raised

    Examples:
      | why                                                              | single | core  |
      | the framework has a single supplier                              | true   | false |
      | the framework sets out core terms and an objective mechanism     | false  | true  |

  @PA23-CALLOFF-01
  Scenario: A call-off by competitive selection needs no s.45(4) ground
    Given a procurement record:
      """
      id: CO-CHAIRS
      title: Chairs (call-off)
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 1500000, vat_included: true}
        cpv: ["39130000"]
        light_touch: false
      procedure:
        type: call_off
        commenced: 2026-06-01
        call_off: {selection: competitive, framework_single_supplier: false, framework_core_terms_and_objective_mechanism: false}
      """
    When the procurement is checked as at 2026-07-01
    Then finding PA23-CALLOFF-01 is not raised

  @PA23-CALLOFF-01
  Scenario: A direct call-off with no record of the framework's terms is not demonstrated
    Given a procurement record:
      """
      id: CO-CHAIRS
      title: Chairs (call-off)
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 1500000, vat_included: true}
        cpv: ["39130000"]
        light_touch: false
      procedure:
        type: call_off
        commenced: 2026-06-01
        call_off: {selection: direct}
      """
    When the procurement is checked as at 2026-07-01
    Then rule PA23-CALLOFF-01 is not demonstrated for lack of procedure.call_off.framework_single_supplier

  @PA23-CALLOFF-01
  Scenario: s.45(3)-(4) do not apply to a light touch framework (s.45(9))
    # £1.5m of health services exceeds the 2026 light touch threshold (£663,540).
    Given a procurement record:
      """
      id: CO-CARE
      title: Home care (call-off)
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 1500000, vat_included: true}
        cpv: ["85000000"]
        light_touch: true
      procedure:
        type: call_off
        commenced: 2026-06-01
        call_off:
          selection: direct
          framework_single_supplier: false
          framework_core_terms_and_objective_mechanism: false
      """
    When the procurement is checked as at 2026-07-01
    Then the record is a public contract
    And finding PA23-CALLOFF-01 is not raised
