Feature: Contract details notices (Procurement Act 2023 s.53(1) and, below threshold, s.87(3))
  An authority that enters into a public contract must publish a contract details notice (UK7) before
  the end of the period of 30 days beginning with the day the contract is entered into (s.53(1)(b)), or
  120 days for a light touch contract (s.53(1)(a)). "Beginning with" makes the contract day day 1, so the
  last day is the contract day plus 29 (or plus 119). The days are calendar days: weekends, Christmas,
  the Scottish 2 January and the Northern Ireland July holiday count like any other day, and a last day
  that falls on a weekend does not move. s.53 does not apply to a private utility or a user choice
  contract (s.53(6)).

  After entering into a notifiable below-threshold contract the authority must publish a contract
  details notice as soon as reasonably practicable (s.87(3)): there is no fixed day, so a missing
  notice is a warning (PA23-UK7-01). Part 6 does not apply to a school or a transferred Northern Ireland
  authority (s.84(2)); a contract is notifiable from £12,000 for a central government authority and
  from £30,000 otherwise, including a devolved Welsh central government authority (s.87(4)).

  # --- the 30-day period ---------------------------------------------------------------------------

  @PA23-UK7-MISSING
  Scenario Outline: A contract entered into on Tue 5 May 2026 needs its notice by Wed 3 Jun 2026
    # 5 May is day 1, 31 May day 27, 3 June day 30. The example open procedure has no UK7 on record.
    Given the example record "kinds/open-procedure.yaml"
    When the procurement is checked as at <as at>
    Then finding PA23-UK7-MISSING is <outcome>

    Examples:
      | as at      | outcome    |
      | 2026-06-03 | not raised |
      | 2026-06-04 | raised     |

  @PA23-UK7-MISSING
  Scenario: No contract details notice 30 days after the contract was entered into
    Given the example record "kinds/open-procedure.yaml"
    When the procurement is checked as at 2026-06-04
    Then finding PA23-UK7-MISSING is raised

  @PA23-UK7-LATE @PA23-UK7-EARLY @PA23-UK7-MISSING
  Scenario: A contract details notice published on the 30th day is in time
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK7, date: 2026-06-03}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK7-LATE is not raised
    And finding PA23-UK7-EARLY is not raised
    And finding PA23-UK7-MISSING is not raised

  @PA23-UK7-LATE
  Scenario: A contract details notice published on the 31st day is late
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK7, date: 2026-06-04}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK7-LATE is raised

  @PA23-UK7-EARLY
  Scenario Outline: A contract details notice says the contract has been entered into (s.53(2)), so it cannot come first
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK7, date: <details notice>}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK7-EARLY is <outcome>

    Examples:
      | details notice | outcome    |
      | 2026-05-04     | raised     |
      | 2026-05-05     | not raised |

  @PA23-UK7-EARLY
  Scenario: A contract details notice dated the day before the contract
    Given the example record "kinds/open-procedure.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-10}, {code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK7, date: 2026-05-04}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-UK7-EARLY is raised

  @PA23-UK7-LATE
  Scenario Outline: Month ends: a contract entered into on <entered> has until <last day>
    # 31 Jan 2026 is day 1; 28 Feb 2026 is day 29; 1 Mar 2026 is day 30.
    # 31 Jan 2028 is day 1; 2028 is a leap year, so 29 Feb 2028 is day 30.
    # 1 Feb 2026 is day 1; 28 Feb day 28; 1 Mar day 29; 2 Mar day 30.
    Given the example record "kinds/open-procedure.yaml"
    And the record has milestones.contract_entered set to <entered>
    And the record has notices set to [{code: UK7, date: <published>}]
    When the procurement is checked as at 2028-06-01
    Then finding PA23-UK7-LATE is <outcome>

    Examples:
      | entered    | last day   | published  | outcome    |
      | 2026-01-31 | 2026-03-01 | 2026-03-01 | not raised |
      | 2026-01-31 | 2026-03-01 | 2026-03-02 | raised     |
      | 2028-01-31 | 2028-02-29 | 2028-02-29 | not raised |
      | 2028-01-31 | 2028-02-29 | 2028-03-01 | raised     |
      | 2026-02-01 | 2026-03-02 | 2026-03-02 | not raised |
      | 2026-02-01 | 2026-03-02 | 2026-03-03 | raised     |

  @PA23-UK7-LATE
  Scenario Outline: Calendar days over Christmas and New Year: a call-off entered into on Fri 19 Dec 2025 has until Sat 17 Jan 2026
    # 19 Dec is day 1, 31 Dec day 13, 17 Jan day 30. Christmas Day, Boxing Day, New Year's Day and the
    # Scottish bank holiday of Fri 2 Jan 2026 are counted like any other day, and the last day, a
    # Saturday, is not moved to the Monday: s.53(1) counts days, not working days.
    Given the example record "kinds/framework-call-off.yaml"
    And the record has procedure.commenced set to 2025-12-01
    And the record has milestones.contract_entered set to 2025-12-19
    And the record has notices set to [{code: UK6, date: 2025-12-18}, {code: UK7, date: <published>}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK7-LATE is <outcome>

    Examples:
      | published  | outcome    |
      | 2026-01-17 | not raised |
      | 2026-01-18 | raised     |

  @PA23-UK7-LATE
  Scenario Outline: Calendar days over the Northern Ireland July holiday: a call-off entered into on Wed 1 Jul 2026 has until Thu 30 Jul 2026
    # 1 July is day 1 and 30 July day 30; Mon 13 July 2026 (the Battle of the Boyne holiday, 12 July falling
    # on a Sunday) is a bank holiday in Northern Ireland but changes nothing in a count of days.
    Given the example record "kinds/framework-call-off.yaml"
    And the record has milestones.contract_entered set to 2026-07-01
    And the record has notices set to [{code: UK6, date: 2026-06-30}, {code: UK7, date: <published>}]
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK7-LATE is <outcome>

    Examples:
      | published  | outcome    |
      | 2026-07-30 | not raised |
      | 2026-07-31 | raised     |

  # --- the 120-day period for a light touch contract ------------------------------------------------

  @PA23-UK7-MISSING
  Scenario Outline: A light touch contract entered into on Tue 19 May 2026 has 120 days, to Tue 15 Sep 2026
    # 19 May is day 1; 31 May day 13; 30 Jun day 43; 31 Jul day 74; 31 Aug day 105; 15 Sep day 120.
    # (Thirty days would have ended on 17 June, day 30.)
    Given the example record "kinds/light-touch.yaml"
    When the procurement is checked as at <as at>
    Then finding PA23-UK7-MISSING is <outcome>

    Examples:
      | as at      | outcome    |
      | 2026-06-18 | not raised |
      | 2026-09-15 | not raised |
      | 2026-09-16 | raised     |

  # --- when s.53 does not apply ---------------------------------------------------------------------

  @PA23-UK7-MISSING
  Scenario: A private utility publishes no contract details notice (s.53(6)(a))
    Given the example record "kinds/utilities.yaml"
    And the record has authority.type set to private_utility
    And the record has milestones.contract_entered set to 2026-06-01
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK7-MISSING is not raised

  @PA23-UK7-MISSING @PA23-UK7-01
  Scenario: A user choice contract has no contract details notice (s.53(6)(b))
    # Supported living for one person (CPV 85311000, light touch), awarded directly under Sch 5 para 15.
    Given the example record "kinds/direct-award-repeat.yaml"
    And the record has contract.cpv set to ["85311000"]
    And the record has procedure.direct_award_ground set to sch5_para15
    And the record has notices set to []
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK7-MISSING is not raised
    And finding PA23-UK7-01 is not raised

  # --- below threshold: as soon as reasonably practicable (s.87(3)) ---------------------------------

  @PA23-UK7-01 @PA23-UK7-MISSING
  Scenario Outline: A notifiable below-threshold contract entered into on 15 June 2026 without a contract details notice
    # The example council cleaning contract (£60,000; a sub-central authority, notifiable from £30,000).
    # There is no fixed day: the warning shows from the day after the contract.
    Given the example record "kinds/below-threshold.yaml"
    And the record has milestones.contract_entered set to 2026-06-15
    When the procurement is checked as at <as at>
    Then finding PA23-UK7-01 is <outcome>
    And finding PA23-UK7-MISSING is not raised

    Examples:
      | as at      | outcome    |
      | 2026-06-15 | not raised |
      | 2026-06-16 | raised     |

  @PA23-UK7-01
  Scenario: A notifiable below-threshold contract still without its contract details notice a month on
    Given the example record "kinds/below-threshold.yaml"
    And the record has milestones.contract_entered set to 2026-06-15
    When the procurement is checked as at 2026-07-15
    Then finding PA23-UK7-01 is raised

  @PA23-UK7-01
  Scenario: A below-threshold contract details notice published four days after the contract
    # "As soon as reasonably practicable" sets no last day, so procrules does not judge whether four days
    # was soon enough; it only asks that the notice exists.
    Given the example record "kinds/below-threshold.yaml"
    And the record has milestones.contract_entered set to 2026-06-15
    And the record has notices set to [{code: UK4, date: 2026-05-11}, {code: UK7, date: 2026-06-19}]
    When the procurement is checked as at 2026-07-15
    Then finding PA23-UK7-01 is not raised

  @PA23-UK7-01
  Scenario Outline: A £20,000 contract of a central government authority: <authority>
    # s.87(4): notifiable from £12,000 for a central government authority, but from £30,000 for one that
    # is a devolved Welsh authority (as amended), and Part 6 does not apply to a transferred Northern
    # Ireland authority or a school (s.84(2)).
    Given the example record "kinds/below-threshold.yaml"
    And the record has authority.type set to central_government
    And the record has authority.devolved set to <devolved>
    And the record has authority.school set to <school>
    And the record has contract.estimated_value.amount set to 20000
    And the record has milestones.contract_entered set to 2026-06-15
    When the procurement is checked as at 2026-07-15
    Then finding PA23-UK7-01 is <outcome>

    Examples:
      | authority                                            | devolved       | school | outcome    |
      | in England, notifiable from £12,000                  | null           | false  | raised     |
      | a devolved Welsh authority, notifiable from £30,000   | welsh          | false  | not raised |
      | a transferred Northern Ireland authority (no Part 6)  | transferred_ni | false  | not raised |
      | a school (no Part 6)                                  | null           | true   | not raised |
