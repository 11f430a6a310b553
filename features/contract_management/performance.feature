Feature: Assessing contract performance (Procurement Act 2023 s.71)
  Where KPIs were set under s.52(1), the authority must assess performance against them, and
  publish the information of PR 2024 reg 39, at least once in every period of twelve months during
  the life-cycle of the contract and on its termination (s.71(1)-(2)). Where a supplier's breach
  results in termination, partial termination, damages or a settlement, or the supplier has not
  performed to the authority's satisfaction and failed to improve after a proper opportunity, the
  information must be published within 30 days beginning with the day s.71(5) first applies
  (s.71(3)-(5)). s.71 came into force on 1 January 2026 (S.I. 2025/1316 reg 2(1)(b)).

  The first contract performance notice due is judged by the notice checks
  (features/notices/contract_stage.feature); these scenarios judge the duties the record can show
  beyond it. The example record "kinds/open-procedure.yaml" is a Home Office services contract
  entered into on Tuesday 5 May 2026; its value is raised here to £6,000,000, and three KPIs were set,
  so its first period of twelve months ends on Tuesday 4 May 2027.

  Background:
    Given the example record "kinds/open-procedure.yaml"
    And the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.kpis_set set to 3

  @PA23-UK9-01 @PA23-UK9-LATE @s71_5_due @s71_kpi_duty
  Scenario: A breach notice is needed even where an earlier performance notice was published
    # s.71(5) first applied Tue 15 Sep 2026 (day 1), so day 30 is Wed 14 Oct 2026. The only UK9
    # (1 August 2026) came before it, so the first-notice checks are met but the breach is unreported.
    Given the record has contract_management.poor_performance set to 2026-09-15
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK9, date: 2026-08-01}]
    When the procurement is checked as at 2026-10-15
    Then the determination contract_stage.performance_notice_due is Wed 14 Oct 2026
    And finding PA23-UK9-01 is raised
    And finding PA23-UK9-LATE is not raised

  @PA23-UK9-01
  Scenario: A breach notice published on the 30th day is in time
    Given the record has contract_management.poor_performance set to 2026-09-15
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK9, date: 2026-08-01}, {code: UK9, date: 2026-10-14}]
    When the procurement is checked as at 2026-10-15
    Then finding PA23-UK9-01 is not raised

  @PA23-UK9-03 @kpi_assessments_in_first_period
  Scenario: No assessment against the KPIs in the first twelve months (s.71(2)(a))
    Given the record has contract_management.kpi_assessments set to [{date: 2027-05-05, rating: good}]
    When the procurement is checked as at 2027-06-01
    Then finding PA23-UK9-03 is raised
    And the finding PA23-UK9-03 cites "PA2023 s.71(2)"

  @PA23-UK9-03
  Scenario: An assessment on the last day of the first twelve months is in time
    Given the record has contract_management.kpi_assessments set to [{date: 2027-05-04, rating: approaching_target}]
    When the procurement is checked as at 2027-06-01
    Then finding PA23-UK9-03 is not raised

  @PA23-UK9-04 @kpi_next_assessment_by
  Scenario: More than twelve months since the last assessment (s.71(2))
    # Assessed Mon 2 Nov 2026; twelve months later is Tue 2 Nov 2027.
    Given the record has contract_management.kpi_assessments set to [{date: 2026-11-02, rating: good}]
    When the procurement is checked as at 2027-11-03
    Then the determination contract_stage.kpi_next_assessment_by is Tue 2 Nov 2027
    And finding PA23-UK9-04 is raised

  @PA23-UK9-04
  Scenario: Twelve months to the day after the last assessment is not yet too long
    Given the record has contract_management.kpi_assessments set to [{date: 2026-11-02, rating: good}]
    When the procurement is checked as at 2027-11-02
    Then finding PA23-UK9-04 is not raised

  @PA23-UK9-04 @kpi_next_assessment_by
  Scenario: Twelve months from 28 February 2027 end on 28 February 2028, so 29 February is too late
    Given the record has contract_management.kpi_assessments set to [{date: 2026-11-02, rating: good}, {date: 2027-02-28, rating: requires_improvement}]
    When the procurement is checked as at 2028-02-29
    Then the determination contract_stage.kpi_next_assessment_by is Mon 28 Feb 2028
    And finding PA23-UK9-04 is raised

  @PA23-UK9-04
  Scenario: A contract that has ended is judged by the assessment on termination instead
    Given the record has contract_management.kpi_assessments set to [{date: 2026-11-02, rating: good}]
    And the record has contract_management.terminated set to 2027-06-30
    When the procurement is checked as at 2027-12-01
    Then finding PA23-UK9-04 is not raised

  @PA23-UK9-06
  Scenario: Each assessment's information must be published (s.71(2)(b))
    Given the record has contract_management.kpi_assessments set to [{date: 2026-11-02, rating: good}, {date: 2027-04-15, rating: good}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK9, date: 2026-11-20}]
    When the procurement is checked as at 2027-05-15
    Then finding PA23-UK9-06 is raised

  @PA23-UK9-06
  Scenario: One contract performance notice for each assessment
    Given the record has contract_management.kpi_assessments set to [{date: 2026-11-02, rating: good}, {date: 2027-04-15, rating: good}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK9, date: 2026-11-20}, {code: UK9, date: 2027-04-30}]
    When the procurement is checked as at 2027-05-15
    Then finding PA23-UK9-06 is not raised

  @PA23-UK9-03 @PA23-UK9-06 @s71_kpi_duty
  Scenario: Without KPIs set under s.52(1) there is no duty to assess against them (s.71(1))
    Given the record has contract.estimated_value set to {amount: 5000000, vat_included: true}
    And the record has contract_management.kpi_assessments set to [{date: 2027-05-05, rating: good}, {date: 2027-06-05, rating: good}]
    When the procurement is checked as at 2027-07-01
    Then the determination contract_stage.kpi_assessments_required is false
    And finding PA23-UK9-03 is not raised
    And finding PA23-UK9-06 is not raised
