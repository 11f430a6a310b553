Feature: Mandatory standstill period (Procurement Act 2023 s.51)
  Before entering into a public contract awarded under s.19 or s.41, the authority must publish a
  contract award notice (s.50) and wait out the mandatory standstill period: 8 working days
  beginning with the day the notice is published, or any longer period stated in the notice
  (s.51(1)-(2)). Entering into the contract on the last day of the period is too early.
  A working day is not a Saturday, a Sunday or a bank holiday in ANY part of the United Kingdom
  (s.123), so 2 January (Scotland) and 17 March (Northern Ireland) are not working days even for
  an English authority. s.51(3) exempts Schedule 5 para 13 (urgency) and s.42 direct awards,
  direct awards by a private utility, framework call-offs, dynamic-market awards and light touch
  contracts; an exempt contract may still be given a voluntary standstill (s.51(4)-(5)).

  The example record "highways-resurfacing.yaml" is a council works contract whose contract award
  notice (UK6) was published on Monday 22 December 2025 and which was signed on 5 January 2026.

  @PA23-STANDSTILL-01 @standstill_end
  Scenario: The worked example: a notice of Mon 22 Dec 2025 starts a standstill ending Tue 6 Jan 2026
    # Counted: 22, 23, 24, 29, 30, 31 Dec 2025, then 5 and 6 Jan 2026. Skipped: 25-26 Dec (bank
    # holidays), the weekends, 1 Jan and 2 Jan (a bank holiday in Scotland only).
    Given the example record "highways-resurfacing.yaml"
    When the procurement is checked as at 2026-06-01
    Then the standstill ends on Tue 6 Jan 2026
    And finding PA23-STANDSTILL-01 is raised
    And the finding PA23-STANDSTILL-01 cites "PA2023 s.51(2)"

  @PA23-STANDSTILL-01
  Scenario: A contract entered into on the last day of the standstill is entered into too early
    Given the example record "highways-resurfacing.yaml"
    And the record has milestones.contract_entered set to 2026-01-06
    When the procurement is checked as at 2026-06-01
    Then finding PA23-STANDSTILL-01 is raised

  @PA23-STANDSTILL-01
  Scenario: A contract entered into on the next working day after the standstill is in time
    Given the example record "highways-resurfacing.yaml"
    And the record has milestones.contract_entered set to 2026-01-07
    When the procurement is checked as at 2026-06-01
    Then finding PA23-STANDSTILL-01 is not raised
    And there are no findings

  @PA23-STANDSTILL-01 @standstill_end
  Scenario: A longer standstill stated in the contract award notice prevails (s.51(2))
    Given the example record "highways-resurfacing.yaml"
    And the record has milestones.standstill_end_stated set to 2026-01-09
    And the record has milestones.contract_entered set to 2026-01-07
    When the procurement is checked as at 2026-06-01
    Then the standstill ends on Fri 9 Jan 2026
    And finding PA23-STANDSTILL-01 is raised

  @PA23-STANDSTILL-01 @standstill_end
  Scenario: A shorter period stated in the notice does not shorten the mandatory standstill
    Given the example record "highways-resurfacing.yaml"
    And the record has milestones.standstill_end_stated set to 2026-01-02
    When the procurement is checked as at 2026-06-01
    Then the standstill ends on Tue 6 Jan 2026
    And finding PA23-STANDSTILL-01 is raised

  @standstill_end
  Scenario Outline: Bank holidays in any part of the UK are not working days (s.123)
    Given the example record "highways-resurfacing.yaml"
    And the record has notices set to [{code: UK6, date: <published>}]
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2027-06-01
    Then the standstill ends on <ends>

    Examples:
      | published  | ends            | days skipped besides weekends                               |
      | 2025-12-22 | Tue 6 Jan 2026  | 25, 26 Dec; 1 Jan; 2 Jan (Scotland)                         |
      | 2026-03-13 | Wed 25 Mar 2026 | 17 Mar (St Patrick's Day, Northern Ireland)                 |
      | 2026-04-01 | Tue 14 Apr 2026 | 3 Apr (Good Friday), 6 Apr (Easter Monday)                  |
      | 2026-07-06 | Thu 16 Jul 2026 | 13 Jul (Battle of the Boyne substitute, Northern Ireland)   |
      | 2026-07-27 | Thu 6 Aug 2026  | 3 Aug (summer bank holiday, Scotland)                       |
      | 2026-11-23 | Thu 3 Dec 2026  | 30 Nov (St Andrew's Day, Scotland)                          |
      | 2026-12-19 | Tue 5 Jan 2027  | notice on a Saturday; 25, 28 Dec; 1 Jan; 4 Jan (Scotland)   |

  @PA23-STANDSTILL-01 @PA23-STANDSTILL-02 @standstill_required
  Scenario Outline: A <exemption> has no mandatory standstill (s.51(3)<para>)
    Given the example record "highways-resurfacing.yaml"
    And the record has procedure.type set to <procedure>
    And the record has procedure.direct_award_ground set to <ground>
    And the record has notices set to [{code: UK1, date: 2025-05-20}, {code: UK2, date: 2025-09-15}, {code: UK4, date: 2025-11-03}, {code: UK5, date: 2025-12-15}, {code: UK6, date: 2025-12-22}, {code: UK7, date: 2026-01-05}]
    And the record has milestones.contract_entered set to 2025-12-23
    When the procurement is checked as at 2026-06-01
    Then no standstill applies
    And finding PA23-STANDSTILL-01 is not raised
    And finding PA23-STANDSTILL-02 is not raised
    And there are no findings

    Examples:
      | exemption                                         | para | procedure            | ground      |
      | direct award for extreme and unavoidable urgency  | (a)  | direct_award         | sch5_para13 |
      | direct award under s.42 regulations               | (b)  | direct_award         | s42         |
      | call-off under a framework                        | (d)  | call_off             | null        |
      | award by reference to a dynamic market            | (e)  | dynamic_market_award | null        |

  @PA23-STANDSTILL-01 @PA23-STANDSTILL-02 @standstill_required @is_light_touch
  Scenario: A light touch contract has no mandatory standstill (s.51(3)(f))
    # Social work services (CPV 85311000) are light touch services (PR 2024 Schedule 1).
    Given the example record "highways-resurfacing.yaml"
    And the record has contract.subject set to services
    And the record has contract.cpv set to ["85311000"]
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And no standstill applies
    And finding PA23-STANDSTILL-01 is not raised
    And finding PA23-STANDSTILL-02 is not raised
    And there are no findings

  @PA23-STANDSTILL-01 @PA23-STANDSTILL-02 @standstill_required
  Scenario: A direct award by a private utility has no mandatory standstill (s.51(3)(c))
    Given the example record "highways-resurfacing.yaml"
    And the record has authority.name set to Dales Water Ltd
    And the record has authority.type set to private_utility
    And the record has contract.utilities set to true
    And the record has procedure.type set to direct_award
    And the record has procedure.direct_award_ground set to sch5_para6
    And the record has notices set to [{code: UK5, date: 2025-12-15}, {code: UK6, date: 2025-12-22}]
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And no standstill applies
    And finding PA23-STANDSTILL-01 is not raised
    And there are no findings

  @PA23-STANDSTILL-01 @standstill_required
  Scenario: The same direct award by a public undertaking has a standstill (s.51(3)(c) is for private utilities)
    Given the example record "highways-resurfacing.yaml"
    And the record has authority.name set to Dales Water Authority
    And the record has authority.type set to public_undertaking
    And the record has contract.utilities set to true
    And the record has procedure.type set to direct_award
    And the record has procedure.direct_award_ground set to sch5_para6
    When the procurement is checked as at 2026-06-01
    Then the standstill ends on Tue 6 Jan 2026
    And finding PA23-STANDSTILL-01 is raised

  @PA23-STANDSTILL-01 @standstill_required
  Scenario: A direct award to an existing supplier (Sch 5 para 8) still has a mandatory standstill
    Given the example record "highways-resurfacing.yaml"
    And the record has procedure.type set to direct_award
    And the record has procedure.direct_award_ground set to sch5_para8
    When the procurement is checked as at 2026-06-01
    Then the standstill ends on Tue 6 Jan 2026
    And finding PA23-STANDSTILL-01 is raised

  @PA23-STANDSTILL-01 @contract_award_notice_date
  Scenario: Without a contract award notice the standstill cannot be counted
    Given the example record "highways-resurfacing.yaml"
    And the record has notices set to [{code: UK2, date: 2025-09-15}, {code: UK4, date: 2025-11-03}]
    When the procurement is checked as at 2026-06-01
    Then rule PA23-STANDSTILL-01 is not demonstrated for lack of notices

  @PA23-STANDSTILL-01 @contract_award_notice_date
  Scenario: A contract award notice that is only planned does not start the standstill
    Given the example record "highways-resurfacing.yaml"
    And the record has notices set to [{code: UK6, date: 2025-12-22, planned: true}]
    When the procurement is checked as at 2026-06-01
    Then rule PA23-STANDSTILL-01 is not demonstrated for lack of notices

  @PA23-STANDSTILL-02 @PA23-STANDSTILL-01
  Scenario: A call-off entered into before the voluntary standstill it announced has ended
    Given the example record "highways-resurfacing.yaml"
    And the record has procedure.type set to call_off
    And the record has milestones.standstill_end_stated set to 2026-01-09
    When the procurement is checked as at 2026-06-01
    Then finding PA23-STANDSTILL-02 is raised
    And the finding PA23-STANDSTILL-02 cites "PA2023 s.51(4)"
    And finding PA23-STANDSTILL-01 is not raised

  @PA23-STANDSTILL-02
  Scenario: A call-off entered into on the last day of its voluntary standstill is too early
    Given the example record "highways-resurfacing.yaml"
    And the record has procedure.type set to call_off
    And the record has milestones.standstill_end_stated set to 2026-01-09
    And the record has milestones.contract_entered set to 2026-01-09
    When the procurement is checked as at 2026-06-01
    Then finding PA23-STANDSTILL-02 is raised

  @PA23-STANDSTILL-02
  Scenario: A call-off entered into after its voluntary standstill has ended
    Given the example record "highways-resurfacing.yaml"
    And the record has procedure.type set to call_off
    And the record has milestones.standstill_end_stated set to 2026-01-09
    And the record has milestones.contract_entered set to 2026-01-12
    When the procurement is checked as at 2026-06-01
    Then finding PA23-STANDSTILL-02 is not raised
    And there are no findings

  @PA23-STANDSTILL-02 @PA23-STANDSTILL-01
  Scenario: A standstill end stated for a contract that has a mandatory standstill is not voluntary
    Given the example record "highways-resurfacing.yaml"
    And the record has milestones.standstill_end_stated set to 2026-01-09
    And the record has milestones.contract_entered set to 2026-01-12
    When the procurement is checked as at 2026-06-01
    Then finding PA23-STANDSTILL-02 is not raised
    And finding PA23-STANDSTILL-01 is not raised

  @PA23-STANDSTILL-03 @voluntary_standstill_minimum_end
  Scenario: A voluntary standstill must last at least eight working days (s.51(5))
    # UK6 Mon 22 Dec 2025: 8 working days run to Tue 6 Jan 2026 (25-26 Dec, 1-2 Jan and weekends skipped).
    Given the example record "highways-resurfacing.yaml"
    And the record has procedure.type set to call_off
    And the record has milestones.standstill_end_stated set to 2026-01-05
    And the record has milestones.contract_entered set to 2026-01-07
    When the procurement is checked as at 2026-06-01
    Then finding PA23-STANDSTILL-03 is raised
    And the finding PA23-STANDSTILL-03 cites "PA2023 s.51(5)"

  @PA23-STANDSTILL-03 @PA23-STANDSTILL-02 @voluntary_standstill_minimum_end
  Scenario: A voluntary standstill of exactly eight working days is long enough
    Given the example record "highways-resurfacing.yaml"
    And the record has procedure.type set to call_off
    And the record has milestones.standstill_end_stated set to 2026-01-06
    And the record has milestones.contract_entered set to 2026-01-07
    When the procurement is checked as at 2026-06-01
    Then finding PA23-STANDSTILL-03 is not raised
    And finding PA23-STANDSTILL-02 is not raised
