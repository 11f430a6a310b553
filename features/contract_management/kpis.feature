Feature: Key performance indicators and the copy of the contract (Procurement Act 2023 ss.52 and 53(3))
  Before entering into a public contract with an estimated value of more than £5 million, the
  authority must set at least three key performance indicators (s.52(1)) and publish them
  (s.52(3)), unless it considers that the supplier's performance could not appropriately be
  assessed by KPIs (s.52(2)). s.52 does not apply to a framework, a utilities contract awarded by a
  private utility, a concession contract or a light touch contract (s.52(6)).

  An authority that enters into a public contract with an estimated value of more than £5 million
  must publish a copy of it before the end of 90 days beginning with the day it is entered into,
  180 days for a light touch contract (s.53(3)). "Beginning with" makes the day of entry day 1, so
  the last day is that day plus 89 (or 179) calendar days. The duty does not apply to a contract of
  a devolved Welsh or transferred Northern Ireland authority (s.53(4)), and s.53 does not apply to
  private utilities or user choice contracts (s.53(6)).

  The example record "kinds/open-procedure.yaml" is a Home Office services contract entered into on
  Tuesday 5 May 2026. Its estimated value is raised here to £6,000,000 (VAT included).

  Background:
    Given the example record "kinds/open-procedure.yaml"
    And the record has contract.estimated_value set to {amount: 6000000, vat_included: true}

  @PA23-KPI-01 @s52_applies
  Scenario: A contract worth more than £5 million needs at least three KPIs before it is entered into (s.52(1))
    Given the record has contract_management.kpis_set set to 2
    When the procurement is checked as at 2026-06-01
    Then the determination contract_stage.kpis_required is true
    And finding PA23-KPI-01 is raised
    And the finding PA23-KPI-01 cites "PA2023 s.52(1)"

  @PA23-KPI-01
  Scenario: Three KPIs set before the contract is entered into meet s.52(1)
    Given the record has contract_management.kpis_set set to 3
    When the procurement is checked as at 2026-06-01
    Then finding PA23-KPI-01 is not raised

  @PA23-KPI-01
  Scenario: No KPIs are needed where the authority considers performance could not be assessed by them (s.52(2))
    Given the record has contract_management.kpis_set set to 0
    And the record has contract_management.kpis_not_appropriate set to true
    When the procurement is checked as at 2026-06-01
    Then finding PA23-KPI-01 is not raised

  @PA23-KPI-01
  Scenario: Whether KPIs were set is not demonstrated when the record does not say
    When the procurement is checked as at 2026-06-01
    Then rule PA23-KPI-01 is not demonstrated for lack of contract_management.kpis_set

  @PA23-KPI-01 @s52_applies
  Scenario: A contract of exactly £5 million is not worth "more than £5 million" (s.52(1))
    Given the record has contract.estimated_value set to {amount: 5000000, vat_included: true}
    And the record has contract_management.kpis_set set to 0
    When the procurement is checked as at 2026-06-01
    Then the determination contract_stage.kpis_required is false
    And finding PA23-KPI-01 is not raised

  @PA23-KPI-01 @s52_applies
  Scenario Outline: s.52 does not apply to a <kind> (s.52(6)<para>)
    Given the record has <field> set to <value>
    And the record has contract.utilities set to <utilities>
    And the record has contract_management.kpis_set set to 0
    When the procurement is checked as at 2026-06-01
    Then the determination contract_stage.kpis_required is false
    And finding PA23-KPI-01 is not raised

    Examples:
      | kind                                  | para | field              | value                                                  | utilities |
      | framework                             | (a)  | contract.framework | {term_years: 4}                                        | false     |
      | utilities contract of a private utility | (b)  | authority          | {name: Dales Water plc, type: private_utility}         | true      |
      | concession contract                   | (c)  | contract.concession | true                                                  | false     |
      | light touch contract                  | (d)  | contract.light_touch | true                                                 | false     |

  @PA23-KPI-02
  Scenario: KPIs set but not published by the time the contract details notice was due (s.52(3))
    # The contract details notice was due within 30 days beginning with 5 May 2026: by 3 June 2026.
    Given the record has contract_management.kpis_set set to 3
    When the procurement is checked as at 2026-06-04
    Then finding PA23-KPI-02 is raised

  @PA23-KPI-02
  Scenario: KPIs published in the contract details notice (PR 2024 reg 32(2)(r))
    Given the record has contract_management.kpis_set set to 3
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK7, date: 2026-05-20}]
    When the procurement is checked as at 2026-06-04
    Then finding PA23-KPI-02 is not raised

  @PA23-KPI-02
  Scenario: KPIs published on their own
    Given the record has contract_management.kpis_set set to 3
    And the record has contract_management.kpis_published set to 2026-05-05
    When the procurement is checked as at 2026-06-04
    Then finding PA23-KPI-02 is not raised

  @PA23-COPY-01 @contract_copy_latest @contract_copy_required
  Scenario: The copy of a £6 million contract is due within 90 days beginning with the day it is entered into
    # 5 May is day 1: 26 more days to 31 May (day 27), 30 in June (day 57), 31 in July (day 88),
    # so day 90 is Sunday 2 August 2026.
    When the procurement is checked as at 2026-08-03
    Then the determination contract_stage.contract_copy_required is true
    And the determination contract_stage.contract_copy_due is Sun 2 Aug 2026
    And finding PA23-COPY-01 is raised
    And the finding PA23-COPY-01 cites "PA2023 s.53(3)"

  @PA23-COPY-01
  Scenario: On the last of the 90 days the copy is not yet overdue
    When the procurement is checked as at 2026-08-02
    Then finding PA23-COPY-01 is not raised

  @PA23-COPY-01 @PA23-COPY-02
  Scenario: A copy published on day 90 is in time
    Given the record has contract_management.contract_copy_published set to 2026-08-02
    When the procurement is checked as at 2026-09-01
    Then finding PA23-COPY-01 is not raised
    And finding PA23-COPY-02 is not raised

  @PA23-COPY-02
  Scenario: A copy published on day 91 is late
    Given the record has contract_management.contract_copy_published set to 2026-08-03
    When the procurement is checked as at 2026-09-01
    Then finding PA23-COPY-02 is raised

  @PA23-COPY-01 @contract_copy_latest @contract_copy_days
  Scenario: A light touch contract's copy is due within 180 days (s.53(3)(a))
    # 5 May is day 1; day 90 is 2 August (above); 29 more days to 31 August (day 119), 30 in
    # September (day 149), so day 180 is Saturday 31 October 2026.
    Given the record has contract.light_touch set to true
    When the procurement is checked as at 2026-10-31
    Then the determination contract_stage.contract_copy_due is Sat 31 Oct 2026
    And finding PA23-COPY-01 is not raised

  @PA23-COPY-02 @contract_copy_latest
  Scenario: In a leap year the 90 days run through 29 February
    # Entered into on 2 December 2027 (day 1): 29 more days to 31 December (day 30), 31 in January
    # (day 61), and 2028 is a leap year, so day 90 is Tuesday 29 February 2028.
    Given the record has milestones.contract_entered set to 2027-12-02
    And the record has contract_management.contract_copy_published set to 2028-03-01
    When the procurement is checked as at 2028-03-15
    Then the determination contract_stage.contract_copy_due is Tue 29 Feb 2028
    And finding PA23-COPY-02 is raised

  @PA23-COPY-01 @contract_copy_required
  Scenario Outline: No copy of the contract is required for <case> (s.53<para>)
    Given the record has <field> set to <value>
    When the procurement is checked as at 2026-09-01
    Then the determination contract_stage.contract_copy_required is false
    And finding PA23-COPY-01 is not raised

    Examples:
      | case                                       | para   | field                   | value                                 |
      | a contract of exactly £5 million           | (3)    | contract.estimated_value | {amount: 5000000, vat_included: true} |
      | a devolved Welsh authority's contract      | (4)(a) | authority.devolved      | welsh                                 |
      | a transferred Northern Ireland authority's | (4)(a) | authority.devolved      | transferred_ni                        |
