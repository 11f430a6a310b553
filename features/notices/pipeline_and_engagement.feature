Feature: Notices before the tender notice: pipeline (s.93), market engagement (s.17) and planned procurement (s.15) notices
  A contracting authority that considers it will pay more than £100 million under relevant contracts
  in the coming financial year must publish a pipeline notice (UK1) before the end of 56 days
  beginning with 1 April, the first day of that year (s.93(1)-(2)). It lists every public contract
  worth more than £2 million for which the authority intends to publish a tender or transparency
  notice in the 18 months from that 1 April (s.93(3)-(4)). s.93 does not apply to a private utility or
  a transferred Northern Ireland authority (s.93(6)). The first financial year began on 1 April 2025.
  procrules checks the pipeline notice of the financial year in which the contract's tender notice
  (for a direct award under s.41, its transparency notice) is published, or planned.

  An authority that carries out preliminary market engagement must publish a preliminary market
  engagement notice (UK2) before the tender notice, or give its reasons in the tender notice (s.17(1));
  that check is PA23-PME-01.

  A planned procurement notice (UK3) is never required. Published before the tender notice (s.15(1)),
  at least 40 days but not more than 12 months before the day of the tender notice, it "qualifies"
  (s.15(3)) and allows a 10-day tendering period (s.54(4)).

  The records are the example open procedure (the Home Office's translation and interpreting
  services: preliminary market engagement notice 10 November 2025, tender notice Monday 2 February
  2026) and, where said, the example direct award.

  # --- UK1: pipeline notice ----------------------------------------------------------------------

  @PA23-UK1-MISSING
  Scenario: An authority expecting to pay more than £100m must list a contract worth more than £2m in its pipeline notice
    # Estimated value: £2,500,000 + VAT at 20% = £3,000,000, more than £2m (s.93(3)).
    # The tender notice of 2 Feb 2026 falls in the financial year that began on 1 Apr 2025; its pipeline
    # notice was due by 1 Apr 2025 + 55 days = 26 May 2025 (April: days 1-30; 26 May is day 30 + 26 = 56).
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 2500000
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK1-MISSING is raised

  @PA23-UK1-MISSING @PA23-UK1-LATE
  Scenario: A pipeline notice published on the 56th day beginning with 1 April is in time
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 2500000
    And the record has notices set to [{code: UK1, date: 2025-05-26}, {code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK1-MISSING is not raised
    And finding PA23-UK1-LATE is not raised

  @PA23-UK1-LATE
  Scenario: A pipeline notice published on 27 May is late (s.93(2))
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 2500000
    And the record has notices set to [{code: UK1, date: 2025-05-27}, {code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK1-LATE is raised

  @PA23-UK1-LATE
  Scenario: A pipeline notice published before 1 April is not late: s.93(2) sets only an end
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 2500000
    And the record has notices set to [{code: UK1, date: 2025-03-20}, {code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK1-LATE is not raised

  @PA23-UK1-LATE
  Scenario Outline: The financial year runs from 1 April: a tender notice of <tender notice> needs the pipeline notice due <due>
    # fy = the 1 April on or before the tender notice; due = fy + 55 days (56 days beginning with 1 April).
    # 31 Mar 2026 is in the year from 1 Apr 2025 (due 26 May 2025); 1 Apr 2026 begins the next year (due 26 May 2026).
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 2500000
    And the record has notices set to [{code: UK1, date: <pipeline>}, {code: UK4, date: <tender notice>}]
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK1-LATE is <outcome>

    Examples:
      | tender notice | due        | pipeline   | outcome    |
      | 2026-03-31    | 2025-05-26 | 2025-05-26 | not raised |
      | 2026-03-31    | 2025-05-26 | 2025-05-27 | raised     |
      | 2026-04-01    | 2026-05-26 | 2026-05-26 | not raised |
      | 2026-04-01    | 2026-05-26 | 2026-05-27 | raised     |

  @PA23-UK1-MISSING
  Scenario Outline: The pipeline notice is missing only once its last day has passed
    # Tender notice 1 Apr 2026: due 1 Apr 2026 + 55 = 26 May 2026.
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 2500000
    And the record has notices set to [{code: UK4, date: 2026-04-01}]
    When the procurement is checked as at <as at>
    Then finding PA23-UK1-MISSING is <outcome>

    Examples:
      | as at      | outcome    |
      | 2026-05-26 | not raised |
      | 2026-05-27 | raised     |

  @PA23-UK1-MISSING
  Scenario: A planned tender notice places the contract in the pipeline of its financial year
    # A tender notice planned for 1 Sep 2026 falls in the year from 1 Apr 2026: pipeline due 26 May 2026.
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 2500000
    And the record has notices set to [{code: UK4, date: 2026-09-01, planned: true}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK1-MISSING is raised

  @PA23-UK1-MISSING
  Scenario: For a direct award the pipeline notice is placed by the transparency notice
    # The example repeat direct award, at £2.5m + VAT = £3m: transparency notice 7 Apr 2026, in the year
    # from 1 Apr 2026, so the pipeline notice was due by 26 May 2026.
    Given the example record "kinds/direct-award-repeat.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 3000000
    When the procurement is checked as at 2026-05-27
    Then finding PA23-UK1-MISSING is raised

  @PA23-UK1-MISSING
  Scenario Outline: No pipeline notice is needed for <case>
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.annual_spend set to <spend>
    And the record has contract.estimated_value.amount set to <amount>
    And the record has contract.estimated_value.vat_included set to true
    And the record has authority.devolved set to <devolved>
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK1-MISSING is not raised

    Examples:
      | case                                                          | spend     | amount  | devolved       |
      | an authority expecting to pay exactly £100m ("more than")      | 100000000 | 3000000 | null           |
      | a contract worth exactly £2m ("more than £2 million")          | 150000000 | 2000000 | null           |
      | a transferred Northern Ireland authority (s.93(6)(b))          | 150000000 | 3000000 | transferred_ni |

  @PA23-UK1-MISSING
  Scenario: A private utility publishes no pipeline notice (s.93(6)(a))
    Given the example record "kinds/utilities.yaml"
    And the record has authority.type set to private_utility
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 3000000
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK1-MISSING is not raised

  @PA23-UK1-MISSING
  Scenario: A call-off under a framework has no tender or transparency notice to list
    Given the example record "kinds/framework-call-off.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 3000000
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK1-MISSING is not raised

  @PA23-UK1-MISSING
  Scenario: A tender notice before 1 April 2025 falls before the first financial year for pipeline notices
    # Commenced and advertised on 10 Mar 2025, after the Act came into force (24 Feb 2025) but in the year
    # from 1 Apr 2024, for which s.93 required no pipeline notice (s.93(4)).
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.annual_spend set to 150000000
    And the record has contract.estimated_value.amount set to 2500000
    And the record has procedure.commenced set to 2025-03-10
    And the record has notices set to [{code: UK4, date: 2025-03-10}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK1-MISSING is not raised

  @PA23-UK1-MISSING
  Scenario: Without the authority's expected spend, whether a pipeline notice is needed is not demonstrated
    Given the example record "kinds/open-procedure.yaml"
    And the record has contract.estimated_value.amount set to 2500000
    When the procurement is checked as at 2026-06-01
    Then rule PA23-UK1-MISSING is not demonstrated for lack of authority.annual_spend

  # --- UK2: preliminary market engagement notice ----------------------------------------------------
  # The UK2 definition adds no check of its own: the duty is PA23-PME-01 (competitive_procedures).

  @PA23-PME-01
  Scenario: Market engagement announced by a notice before the tender notice meets s.17(1)(a)
    Given the example record "kinds/open-procedure.yaml"
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is not raised

  @PA23-PME-01
  Scenario: Market engagement with neither a notice nor reasons in the tender notice breaks s.17(1)
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PME-01 is raised

  # --- UK3: planned procurement notice ---------------------------------------------------------------

  @PA23-UK3-02 @qualifying_planned_procurement_notice
  Scenario Outline: A planned procurement notice <days> days before the tender notice <qualifies>
    # Tender notice Mon 2 Feb 2026. Days from the planned procurement notice:
    #   24 Dec 2025: 7 days to 31 Dec, 31 more to 31 Jan, 2 more to 2 Feb = 40;
    #   25 Dec 2025 (Christmas Day: calendar days, a bank holiday does not count differently) = 39;
    #   3 Jan 2026: 28 to 31 Jan, + 2 = 30.
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK3, date: <planned>}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then the determination qualifying_planned_procurement_notice is <qualifying>
    And finding PA23-UK3-02 is <outcome>

    Examples:
      | planned    | days | qualifies         | qualifying | outcome    |
      | 2025-12-24 | 40   | qualifies         | true       | not raised |
      | 2025-12-25 | 39   | does not qualify  | false      | raised     |
      | 2026-01-03 | 30   | does not qualify  | false      | raised     |

  @PA23-UK3-02
  Scenario: A planned procurement notice published on Christmas Day, 39 days before the tender notice, does not qualify
    # 25 Dec 2025 to 2 Feb 2026: 6 days to 31 Dec, 31 to 31 Jan, 2 to 2 Feb = 39, one short of 40.
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK3, date: 2025-12-25}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK3-02 is raised

  @PA23-UK3-02 @qualifying_planned_procurement_notice
  Scenario Outline: Not more than 12 months: a notice of 29 Feb 2028 qualifies a tender notice of <tender notice> <qualifies>
    # 12 months after 29 Feb 2028 is 28 Feb 2029, the last day of the month (2029 has no 29 February).
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK3, date: 2028-02-29}, {code: UK4, date: <tender notice>}]
    When the procurement is checked as at 2029-06-01
    Then the determination qualifying_planned_procurement_notice is <qualifying>
    And finding PA23-UK3-02 is <outcome>

    Examples:
      | tender notice | qualifies      | qualifying | outcome    |
      | 2029-02-28    | (12 months)    | true       | not raised |
      | 2029-03-01    | (not: too old) | false      | raised     |

  @PA23-UK3-01 @PA23-UK3-02
  Scenario: A planned procurement notice dated after the tender notice does not announce it (s.15(1))
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK3, date: 2026-02-10}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK3-01 is raised
    And finding PA23-UK3-02 is not raised

  @PA23-UK3-01
  Scenario: A planned procurement notice before the tender notice is in order
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK3, date: 2025-12-01}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK3-01 is not raised

  @PA23-UK3-01
  Scenario: A direct award has no tender notice, so a planned procurement notice is not checked against one
    Given the example record "kinds/direct-award-repeat.yaml"
    And the record has notices set to [{code: UK4, date: 2026-04-01}, {code: UK3, date: 2026-04-02}, {code: UK5, date: 2026-04-07}, {code: UK6, date: 2026-05-11}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK3-01 is not raised
