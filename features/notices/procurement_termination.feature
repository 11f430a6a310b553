Feature: Procurement termination notices (Procurement Act 2023 s.55)
  If, after publishing a tender notice or a transparency notice for a public contract, the authority
  decides not to award the contract, it must give notice to that effect as soon as reasonably practicable
  after making the decision (s.55(1)-(2)): the procurement termination notice (UK12). The notice states
  the date of the decision (PR 2024 reg 37(2)), so it cannot come before it. s.55 does not apply to a
  private utility (s.55(3)), nor to a procurement with no tender or transparency notice yet, nor below
  threshold.

  "As soon as reasonably practicable" sets no last day: a missing notice is a warning from the day of
  the decision, and a published one is not judged late. One notice is expected for a procurement.

  Most scenarios use the example concession: Bristol City Council's leisure centre operation, tendered
  by the competitive flexible procedure with a tender notice of Mon 13 Apr 2026; here the council decides
  on Mon 1 Jun 2026 not to award it.

  @PA23-UK12-MISSING
  Scenario: A decision not to award after the tender notice calls for a procurement termination notice
    Given the example record "kinds/concession.yaml"
    And the record has milestones.decision_not_to_award set to 2026-06-01
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK12-MISSING is raised

  @PA23-UK12-MISSING
  Scenario: A procurement still running needs no termination notice
    Given the example record "kinds/concession.yaml"
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK12-MISSING is not raised

  @PA23-UK12-MISSING @PA23-UK12-EARLY @PA23-UK12-DUPLICATE
  Scenario: A termination notice published two days after the decision
    Given the example record "kinds/concession.yaml"
    And the record has milestones.decision_not_to_award set to 2026-06-01
    And the record has notices set to [{code: UK4, date: 2026-04-13}, {code: UK12, date: 2026-06-03}]
    When the procurement is checked as at 2026-06-10
    Then finding PA23-UK12-MISSING is not raised
    And finding PA23-UK12-EARLY is not raised
    And finding PA23-UK12-DUPLICATE is not raised

  @PA23-UK12-EARLY
  Scenario Outline: The termination notice gives the date of the decision, so it cannot come before it
    Given the example record "kinds/concession.yaml"
    And the record has milestones.decision_not_to_award set to 2026-06-01
    And the record has notices set to [{code: UK4, date: 2026-04-13}, {code: UK12, date: <published>}]
    When the procurement is checked as at 2026-06-10
    Then finding PA23-UK12-EARLY is <outcome>

    Examples:
      | published  | outcome    |
      | 2026-05-29 | raised     |
      | 2026-06-01 | not raised |

  @PA23-UK12-EARLY
  Scenario: A termination notice dated before the decision it reports
    Given the example record "kinds/concession.yaml"
    And the record has milestones.decision_not_to_award set to 2026-06-01
    And the record has notices set to [{code: UK4, date: 2026-04-13}, {code: UK12, date: 2026-05-29}]
    When the procurement is checked as at 2026-06-10
    Then finding PA23-UK12-EARLY is raised

  @PA23-UK12-DUPLICATE
  Scenario: Two termination notices for one procurement are flagged for checking
    Given the example record "kinds/concession.yaml"
    And the record has milestones.decision_not_to_award set to 2026-06-01
    And the record has notices set to [{code: UK4, date: 2026-04-13}, {code: UK12, date: 2026-06-03}, {code: UK12, date: 2026-06-05}]
    When the procurement is checked as at 2026-06-10
    Then finding PA23-UK12-DUPLICATE is raised

  @PA23-UK12-MISSING
  Scenario: A decision not to award a direct award after its transparency notice also calls for the notice
    # The example repeat direct award, abandoned on 1 May 2026 after the transparency notice of 7 Apr 2026.
    Given the example record "kinds/direct-award-repeat.yaml"
    And the record has notices set to [{code: UK5, date: 2026-04-07}]
    And the record has milestones.contract_entered set to null
    And the record has milestones.decision_not_to_award set to 2026-05-01
    When the procurement is checked as at 2026-05-15
    Then finding PA23-UK12-MISSING is raised

  @PA23-UK12-MISSING
  Scenario Outline: No termination notice is needed <case>
    Given the example record "<record>"
    And the record has <field> set to <value>
    And the record has milestones.decision_not_to_award set to 2026-06-01
    When the procurement is checked as at 2026-06-10
    Then finding PA23-UK12-MISSING is not raised

    Examples:
      | case                                                      | record                    | field          | value           |
      | before any tender or transparency notice is published     | kinds/concession.yaml     | notices        | []              |
      | by a private utility (s.55(3))                            | kinds/utilities.yaml      | authority.type | private_utility |
      | for a below-threshold contract                            | kinds/below-threshold.yaml | notices       | [{code: UK4, date: 2026-05-11}] |
