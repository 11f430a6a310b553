Feature: Routes to award a public contract (Procurement Act 2023 s.11(2))
  A contracting authority may award a public contract only by a competitive award after a
  competitive tendering procedure (s.19), a direct award (s.41 or s.43) or an award under a
  framework (s.45); a dynamic-market award is a competitive flexible procedure (s.34). The
  below-threshold routes of Part 6 are not available for a public contract (s.11(2), s.4(2)): if
  the estimate is right, the procurement must follow the Act's above-threshold rules.

  The example record "dfe-managed-print.yaml" is a £225,000 central government services contract,
  above the 2026 row 11 threshold of £135,018, awarded by the open procedure.

  @PA23-ROUTE-01
  Scenario Outline: A public contract awarded by a below-threshold route (<procedure>)
    Given the example record "dfe-managed-print.yaml"
    And the record has procedure.type set to <procedure>
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And finding PA23-ROUTE-01 is raised
    And the finding PA23-ROUTE-01 cites "PA2023 s.11(2)"

    Examples:
      | procedure               |
      | below_threshold_open    |
      | below_threshold_limited |

  @PA23-ROUTE-01
  Scenario Outline: A public contract awarded by a route of the Act (<procedure>)
    Given the example record "dfe-managed-print.yaml"
    And the record has procedure.type set to <procedure>
    And the record has procedure.direct_award_ground set to <ground>
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And finding PA23-ROUTE-01 is not raised

    Examples:
      | procedure            | ground     |
      | open                 | null       |
      | competitive_flexible | null       |
      | direct_award         | sch5_para6 |
      | call_off             | null       |
      | dynamic_market_award | null       |

  @PA23-ROUTE-01
  Scenario: A below-threshold contract may be awarded by a below-threshold route
    Given the example record "town-council-catering.yaml"
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And finding PA23-ROUTE-01 is not raised

  @PA23-ROUTE-01 @public_contract
  Scenario: An exempted contract above the threshold is not a public contract (s.3, Schedule 2)
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.exempted set to true
    And the record has procedure.type set to below_threshold_limited
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And finding PA23-ROUTE-01 is not raised

  @PA23-ROUTE-01 @PA23-VAL-01
  Scenario: A contract whose value cannot be estimated may not take a below-threshold route
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.estimated_value set to {cannot_be_estimated: true}
    And the record has procedure.type set to below_threshold_open
    When the procurement is checked as at 2026-06-01
    Then the findings are PA23-ROUTE-01, PA23-VAL-01

  @PA23-ROUTE-01
  Scenario: Without a procedure the route cannot be checked
    Given the example record "dfe-managed-print.yaml"
    And the record has procedure.type set to null
    When the procurement is checked as at 2026-06-01
    Then rule PA23-ROUTE-01 is not demonstrated for lack of procedure.type
