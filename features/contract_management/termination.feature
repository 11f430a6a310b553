Feature: Termination of a public contract (Procurement Act 2023 ss.71 and 80; PR 2024 regs 39(9), 41)
  When a public contract ends, by expiry, discharge, termination by a party, rescission or a court
  setting it aside, the authority publishes a contract termination notice (UK11) within 30 days
  beginning with the day it ends (s.80(1), (3)). Where KPIs were set under s.52(1), performance
  against them is assessed, and published, on termination (s.71(2)). Where a supplier's breach
  leads to the full termination of the contract, the s.71(5) information about the breach goes in
  the contract termination notice instead of a contract performance notice (PR 2024 regs 39(9),
  41(2)(h)), still within 30 days beginning with the day s.71(5) first applies.

  The UK11 deadline itself is judged in features/notices/contract_stage.feature. The example record
  "kinds/open-procedure.yaml" is a Home Office services contract entered into on 5 May 2026.

  Background:
    Given the example record "kinds/open-procedure.yaml"

  @PA23-UK9-02 @PA23-UK9-MISSING @s71_5_in_uk11 @s71_5_due
  Scenario: A breach that led to full termination must be reported in the contract termination notice
    # The breach led to termination on Tue 15 Sep 2026, when s.71(5) first applied (day 1); day 30
    # is Wed 14 Oct 2026. No UK11 is recorded.
    Given the record has contract_management.poor_performance set to 2026-09-15
    And the record has contract_management.poor_performance_led_to_full_termination set to true
    And the record has contract_management.terminated set to 2026-09-15
    And the record has contract_management.termination set to by_authority
    When the procurement is checked as at 2026-10-15
    Then the determination contract_stage.performance_notice_due is Wed 14 Oct 2026
    And finding PA23-UK9-02 is raised
    And finding PA23-UK9-MISSING is not raised

  @PA23-UK9-02 @PA23-UK11-LATE
  Scenario: The breach reported in a contract termination notice published on the 30th day
    Given the record has contract_management.poor_performance set to 2026-09-15
    And the record has contract_management.poor_performance_led_to_full_termination set to true
    And the record has contract_management.terminated set to 2026-09-15
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK11, date: 2026-10-14}]
    When the procurement is checked as at 2026-10-15
    Then finding PA23-UK9-02 is not raised
    And finding PA23-UK11-LATE is not raised

  @PA23-UK9-02 @PA23-UK9-MISSING
  Scenario: A breach that did not end the whole contract is reported in a contract performance notice
    Given the record has contract_management.poor_performance set to 2026-09-15
    And the record has contract_management.poor_performance_led_to_full_termination set to false
    When the procurement is checked as at 2026-10-15
    Then finding PA23-UK9-02 is not raised
    And finding PA23-UK9-MISSING is raised

  @PA23-UK9-05 @kpi_assessments_on_termination
  Scenario: Performance against the KPIs must be assessed on termination (s.71(2))
    # A £6,000,000 contract with three KPIs, which expired on 31 March 2027; its only assessment
    # was in December 2026.
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.kpis_set set to 3
    And the record has contract_management.kpi_assessments set to [{date: 2026-12-01, rating: good}]
    And the record has contract_management.terminated set to 2027-03-31
    And the record has contract_management.termination set to expiry
    When the procurement is checked as at 2027-04-01
    Then finding PA23-UK9-05 is raised

  @PA23-UK9-05
  Scenario: An assessment on the day the contract expires is an assessment on termination
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.kpis_set set to 3
    And the record has contract_management.kpi_assessments set to [{date: 2026-12-01, rating: good}, {date: 2027-03-31, rating: good}]
    And the record has contract_management.terminated set to 2027-03-31
    When the procurement is checked as at 2027-04-01
    Then finding PA23-UK9-05 is not raised
