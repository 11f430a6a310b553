Feature: Tender, transparency and contract award notices (Procurement Act 2023 s.21, s.44, s.50, s.87(1))
  A tender notice (UK4) invites tenders in an open procedure, or requests to participate or first
  tenders in a competitive flexible procedure (s.21(1)), and sets the deadlines of the procedure, so it
  comes no later than the first of them. There is none for a call-off under a framework or a direct
  award; below threshold the same form is the below-threshold tender notice, published before a
  notifiable contract is advertised (s.87(1)), but not when only particular or pre-selected suppliers are
  invited (s.87(2)).

  A transparency notice (UK5) is published before a contract is awarded directly under s.41 or s.43
  (s.44(1)), except a user choice contract (s.44(3)); a switch to direct award comes only after tenders
  or requests were invited by a tender notice (s.43(1)(a)). Whether it came before the award is checked
  by PA23-DA-04 to PA23-DA-06.

  A contract award notice (UK6) is published before a public contract is entered into, by any route
  (s.50(1)), except a defence and security contract under a defence and security framework and a user
  choice contract (s.50(6)). For an award after a competitive tendering procedure it cannot come before
  the tender deadline, and the assessment summaries go first (s.50(3), PA23-SUMMARY-01).

  The dates are calendar dates. A notice dated the same day as the step it must precede is taken to
  have come first: the record gives no times.

  # --- UK4: tender notice -----------------------------------------------------------------------

  @PA23-UK4-MISSING @PA23-UK4-LATE
  Scenario: An open procedure's tender notice published before its tender deadline is in order
    # The example: tender notice Mon 2 Feb 2026, tender deadline Mon 9 Mar 2026.
    Given the example record "kinds/open-procedure.yaml"
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK4-MISSING is not raised
    And finding PA23-UK4-LATE is not raised

  @PA23-UK4-MISSING
  Scenario Outline: Tenders due on 9 March with no tender notice on record: the notice is missing from <as at>
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}]
    And the record has milestones.assessment_summaries_sent set to null
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at <as at>
    Then finding PA23-UK4-MISSING is <outcome>

    Examples:
      | as at      | outcome    |
      | 2026-03-09 | not raised |
      | 2026-03-10 | raised     |

  @PA23-UK4-MISSING
  Scenario: A competitive tendering procedure that reached award without a tender notice
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK4-MISSING is raised

  @PA23-UK4-LATE
  Scenario: A tender notice dated after the tender deadline it sets is out of order
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-03-10}, {code: UK6, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK4-LATE is raised

  @PA23-UK4-LATE
  Scenario Outline: In a competitive flexible procedure the first deadline is for requests to participate
    # The example: participation deadline Mon 16 Feb 2026, tender deadline Mon 16 Mar 2026.
    Given the example record "kinds/competitive-flexible.yaml"
    And the record has notices set to [{code: UK4, date: <tender notice>}, {code: UK6, date: 2026-05-11}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK4-LATE is <outcome>

    Examples:
      | tender notice | outcome    |
      | 2026-02-16    | not raised |
      | 2026-02-17    | raised     |

  @PA23-UK4-LATE
  Scenario: With no deadline recorded, the tender notice must still come before the contract award notice
    Given the example record "kinds/open-procedure.yaml"
    And the record has milestones.tender_deadline set to null
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK6, date: 2026-04-20}, {code: UK4, date: 2026-04-21}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK4-LATE is raised

  @PA23-UK4-LATE
  Scenario Outline: A below-threshold tender notice comes before the tender deadline it sets
    # The example council cleaning contract (£60,000, notifiable from £30,000): tenders due Mon 1 Jun 2026.
    Given the example record "kinds/below-threshold.yaml"
    And the record has notices set to [{code: UK4, date: <tender notice>}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK4-LATE is <outcome>

    Examples:
      | tender notice | outcome    |
      | 2026-05-11    | not raised |
      | 2026-06-02    | raised     |

  @PA23-UK4-MISSING @PA23-BT-01
  Scenario: An advertised below-threshold contract without a tender notice is PA23-BT-01, not a missing UK4 again
    Given the example record "kinds/below-threshold.yaml"
    And the record has notices set to []
    When the procurement is checked as at 2026-07-01
    Then finding PA23-BT-01 is raised
    And finding PA23-UK4-MISSING is not raised

  @PA23-UK4-MISSING @PA23-DA-22
  Scenario: A switch to direct award with no tender notice is PA23-DA-22, not a missing UK4 again
    Given the example record "kinds/direct-award-repeat.yaml"
    And the record has procedure.switched_from_competition set to true
    And the record has procedure.direct_award_ground set to null
    And the record has procedure.no_suitable_tenders set to true
    When the procurement is checked as at 2026-07-01
    Then finding PA23-DA-22 is raised
    And finding PA23-UK4-MISSING is not raised

  @PA23-UK4-MISSING
  Scenario Outline: No tender notice is published for <route>
    Given the example record "<record>"
    And the record has notices set to [{code: UK6, date: <award notice>}]
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK4-MISSING is not raised

    Examples:
      | route                                                        | record                            | award notice |
      | a call-off under a framework (s.45)                           | kinds/framework-call-off.yaml     | 2026-06-22   |
      | a direct award under s.41                                     | kinds/direct-award-repeat.yaml    | 2026-05-11   |

  @PA23-UK4-MISSING
  Scenario: A utilities dynamic market may send its tender notice to members instead (s.40)
    Given the example record "kinds/dynamic-market-award.yaml"
    And the record has contract.utilities set to true
    And the record has notices set to [{code: UK6, date: 2026-06-08}]
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK4-MISSING is not raised

  # --- UK5: transparency notice -----------------------------------------------------------------

  @PA23-UK5-EARLY
  Scenario Outline: A switch to direct award comes after the tender notice of the procedure switched from (s.43(1)(a))
    # Tender notice Mon 2 Mar 2026; a transparency notice the day before cannot announce a switch from it.
    Given the example record "kinds/direct-award-repeat.yaml"
    And the record has procedure.switched_from_competition set to true
    And the record has procedure.direct_award_ground set to null
    And the record has procedure.no_suitable_tenders set to true
    And the record has notices set to [{code: UK4, date: 2026-03-02}, {code: UK5, date: <transparency notice>}, {code: UK6, date: 2026-05-11}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK5-EARLY is <outcome>

    Examples:
      | transparency notice | outcome    |
      | 2026-03-01          | raised     |
      | 2026-03-02          | not raised |
      | 2026-04-07          | not raised |

  @PA23-UK5-EARLY
  Scenario: A switch to direct award announced before its tender notice
    Given the example record "kinds/direct-award-repeat.yaml"
    And the record has procedure.switched_from_competition set to true
    And the record has procedure.direct_award_ground set to null
    And the record has procedure.no_suitable_tenders set to true
    And the record has notices set to [{code: UK5, date: 2026-02-27}, {code: UK4, date: 2026-03-02}, {code: UK6, date: 2026-05-11}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK5-EARLY is raised

  @PA23-UK5-EARLY @PA23-UK5-DUPLICATE
  Scenario: A direct award under s.41 with one transparency notice
    Given the example record "kinds/direct-award-repeat.yaml"
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK5-EARLY is not raised
    And finding PA23-UK5-DUPLICATE is not raised

  @PA23-UK5-DUPLICATE
  Scenario: Two transparency notices for one direct award are flagged for checking
    Given the example record "kinds/direct-award-repeat.yaml"
    And the record has notices set to [{code: UK5, date: 2026-04-07}, {code: UK5, date: 2026-04-14}, {code: UK6, date: 2026-05-11}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK5-DUPLICATE is raised

  # --- UK6: contract award notice ---------------------------------------------------------------

  @PA23-UK6-MISSING @PA23-UK6-LATE @PA23-UK6-EARLY
  Scenario: A call-off announced by a contract award notice the day before it is entered into
    # The example: contract award notice Mon 22 Jun 2026, contract Tue 23 Jun 2026; no standstill (s.51(3)(d)).
    Given the example record "kinds/framework-call-off.yaml"
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK6-MISSING is not raised
    And finding PA23-UK6-LATE is not raised
    And finding PA23-UK6-EARLY is not raised

  @PA23-UK6-MISSING
  Scenario Outline: A call-off entered into on 23 June without a contract award notice (s.50(1))
    # No standstill rule can catch this: a call-off has none (s.51(3)(d)).
    Given the example record "kinds/framework-call-off.yaml"
    And the record has notices set to []
    When the procurement is checked as at <as at>
    Then finding PA23-UK6-MISSING is <outcome>

    Examples:
      | as at      | outcome    |
      | 2026-06-23 | not raised |
      | 2026-06-24 | raised     |

  @PA23-UK6-MISSING
  Scenario: A contract entered into with no contract award notice at all
    Given the example record "kinds/framework-call-off.yaml"
    And the record has notices set to []
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK6-MISSING is raised

  @PA23-UK6-LATE
  Scenario Outline: A contract award notice dated <award notice> for a call-off entered into on 23 June
    Given the example record "kinds/framework-call-off.yaml"
    And the record has notices set to [{code: UK6, date: <award notice>}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK6-LATE is <outcome>

    Examples:
      | award notice | outcome    |
      | 2026-06-23   | not raised |
      | 2026-06-24   | raised     |

  @PA23-UK6-LATE @PA23-STANDSTILL-01
  Scenario: A contract award notice published after the contract, where a standstill applies, breaks s.50(1) and s.51
    # The example works contract was entered into on Mon 5 Jan 2026; a notice of Tue 6 Jan 2026 came after it.
    Given the example record "highways-resurfacing.yaml"
    And the record has notices set to [{code: UK2, date: 2025-09-15}, {code: UK4, date: 2025-11-03}, {code: UK6, date: 2026-01-06}, {code: UK7, date: 2026-01-28}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK6-LATE is raised
    And finding PA23-STANDSTILL-01 is raised

  @PA23-UK6-EARLY @PA23-SUMMARY-01
  Scenario Outline: After a competitive tendering procedure the contract award notice cannot precede the tender deadline
    # The example: tender deadline Mon 9 Mar 2026. The assessment summaries are dated with the notice, so
    # PA23-SUMMARY-01 (summaries before the notice) is met and only the order against the deadline is in question.
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: <award notice>}]
    And the record has milestones.assessment_summaries_sent set to <award notice>
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK6-EARLY is <outcome>
    And finding PA23-SUMMARY-01 is not raised

    Examples:
      | award notice | outcome    |
      | 2026-03-08   | raised     |
      | 2026-03-09   | not raised |

  @PA23-UK6-EARLY
  Scenario: A contract award notice the day before the tender deadline
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-03-08}]
    And the record has milestones.assessment_summaries_sent set to 2026-03-08
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK6-EARLY is raised

  @PA23-UK6-MISSING
  Scenario: A defence and security call-off under a defence and security framework needs no contract award notice (s.50(6)(a))
    Given the example record "kinds/framework-call-off.yaml"
    And the record has contract.defence_and_security set to true
    And the record has notices set to []
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK6-MISSING is not raised

  @PA23-UK6-MISSING
  Scenario: A user choice contract needs no contract award notice (s.50(6)(b))
    # Supported living for one person (CPV 85311000, light touch), awarded directly under Sch 5 para 15.
    Given the example record "kinds/direct-award-repeat.yaml"
    And the record has contract.cpv set to ["85311000"]
    And the record has procedure.direct_award_ground set to sch5_para15
    And the record has notices set to []
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK6-MISSING is not raised

  @PA23-UK6-MISSING
  Scenario: A below-threshold contract has no contract award notice
    Given the example record "kinds/below-threshold.yaml"
    And the record has milestones.contract_entered set to 2026-06-15
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK6-MISSING is not raised
