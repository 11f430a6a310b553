Feature: Notices of the contract stage (Procurement Act 2023 ss.69-71, 75 and 80)
  Payments compliance notice, UK17 (s.69): for each reporting period in which the authority made a
  payment, or a sum became payable, under a public contract, published before the end of 30 days
  beginning with the period's last day. The first period runs from the day s.69 came into force
  (1 January 2026; 1 April 2026 for procurements regulated by the Welsh Ministers, S.I. 2025/1316
  reg 2) to the next 31 March or 30 September, then every six months (s.69(3)).
  Contract payment notice, UK8 (s.70): information about each payment of more than £30,000, within
  30 days beginning with the last day of the quarter of payment (quarters end 31 March, 30 June,
  30 September and 31 December). In force from 1 April 2026, not for Welsh-regulated procurements;
  the Cabinet Office guidance (as reported) applies it only to procurements commenced from that day.
  Contract performance notice, UK9 (s.71): where KPIs were set under s.52(1), at least once in every
  twelve months and on termination; and within 30 days beginning with the day s.71(5) first applies
  to a breach or an unimproved failure to perform (not for light touch contracts, s.71(6)).
  Contract change notice, UK10 (s.75): before a modification, unless it changes the value by 10% or
  less (15% for works) or the term by 10% or less of the maximum term, and it is not a Sch 8 para 9
  novation (s.75(2)); not for defence and security, light touch, private-utility or transferred
  Northern Ireland contracts (s.75(6)).
  Contract termination notice, UK11 (s.80): within 30 days beginning with the day the contract ends,
  expiry included; not for private utilities or user choice contracts (s.80(4)).
  "Beginning with" makes the first day day 1; the days are calendar days.

  Where a notice recurs, these scenarios judge the first one due; the later ones are in
  features/contract_management/. The example record "kinds/open-procedure.yaml" is a Home Office
  services contract (estimated value £1,140,000 with VAT) entered into on Tuesday 5 May 2026.

  Background:
    Given the example record "kinds/open-procedure.yaml"

  # -- UK17: payments compliance notice ---------------------------------------------------------------

  @PA23-UK17-MISSING @uk17_first_period_end @uk17_first_due
  Scenario: The payments compliance notice for the first period with a payment is due 30 days after it ends
    # Invoice received 1 Jun 2026: the period 1 Apr-30 Sep 2026. 30 September is day 1, so the
    # notice is due by Thu 29 Oct 2026 (day 30).
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-20}]
    When the procurement is checked as at 2026-10-30
    Then the determination contract_stage.payments_compliance_first_period_end is Wed 30 Sep 2026
    And the determination contract_stage.payments_compliance_first_due is Thu 29 Oct 2026
    And finding PA23-UK17-MISSING is raised
    And the finding PA23-UK17-MISSING cites "PA2023 s.69(1)"

  @PA23-UK17-MISSING
  Scenario: On the 30th day the payments compliance notice is not yet missing
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-20}]
    When the procurement is checked as at 2026-10-29
    Then finding PA23-UK17-MISSING is not raised

  @PA23-UK17-LATE @PA23-UK17-EARLY
  Scenario: A payments compliance notice published on the 30th day is in time
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-20}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK17, date: 2026-10-29}]
    When the procurement is checked as at 2026-11-30
    Then finding PA23-UK17-LATE is not raised
    And finding PA23-UK17-EARLY is not raised

  @PA23-UK17-LATE
  Scenario: A payments compliance notice published on the 31st day is late
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-20}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK17, date: 2026-10-30}]
    When the procurement is checked as at 2026-11-30
    Then finding PA23-UK17-LATE is raised

  @PA23-UK17-EARLY
  Scenario: A payments compliance notice cannot report a period before its last day
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-20}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK17, date: 2026-09-29}]
    When the procurement is checked as at 2026-11-30
    Then finding PA23-UK17-EARLY is raised

  @uk17_first_period_end @uk17_first_due
  Scenario: The first reporting period began on 1 January 2026 and ended on 31 March 2026 (s.69(3)(a))
    # 31 March is day 1, so the first notice was due by Wed 29 Apr 2026 (day 30).
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-01-20, paid: 2026-02-10}]
    When the procurement is checked as at 2026-06-01
    Then the determination contract_stage.payments_compliance_first_period_end is Tue 31 Mar 2026
    And the determination contract_stage.payments_compliance_first_due is Wed 29 Apr 2026

  @PA23-UK17-MISSING
  Scenario: A payment before s.69 came into force needs no payments compliance notice
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2025-12-01, paid: 2025-12-10}]
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK17-MISSING is not raised

  @PA23-UK17-MISSING @uk17_commencement @uk17_first_due
  Scenario: For a Welsh-regulated procurement s.69 came into force on 1 April 2026
    # A payment in March 2026 is before commencement; one in April falls in the first Welsh period,
    # 1 Apr-30 Sep 2026, whose notice is due by Thu 29 Oct 2026.
    Given the record has authority.devolved set to welsh
    And the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-03-10, paid: 2026-03-20}, {amount: 12000, invoice_received: 2026-04-10, paid: 2026-04-20}]
    When the procurement is checked as at 2026-10-30
    Then the determination contract_stage.payments_compliance_first_due is Thu 29 Oct 2026
    And finding PA23-UK17-MISSING is raised

  @PA23-UK17-MISSING
  Scenario: For a Welsh-regulated procurement a payment in March 2026 needs no payments compliance notice
    Given the record has authority.devolved set to welsh
    And the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-03-10, paid: 2026-03-20}]
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK17-MISSING is not raised

  @PA23-UK17-MISSING
  Scenario Outline: No payments compliance notice for <case> (s.69(6))
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has <field> set to <value>
    And the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-20}]
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK17-MISSING is not raised

    Examples:
      | case                                       | field               | value          |
      | a transferred Northern Ireland authority   | authority.devolved  | transferred_ni |
      | a contract awarded by a school             | authority.school    | true           |
      | a concession contract                      | contract.concession | true           |

  # -- UK8: contract payment notice -----------------------------------------------------------------

  @PA23-UK8-MISSING @uk8_first_due
  Scenario: Information about a payment over £30,000 is due 30 days after the quarter ends
    # Procurement commenced 6 April 2026. £40,000 paid Sat 20 Jun 2026, in the quarter ending
    # 30 June (day 1), so the information is due by Wed 29 Jul 2026 (day 30).
    Given the record has procedure.commenced set to 2026-04-06
    And the record has contract_management.payments set to [{amount: 40000, invoice_received: 2026-06-10, paid: 2026-06-20}]
    When the procurement is checked as at 2026-07-30
    Then the determination contract_stage.uk8_first_due is Wed 29 Jul 2026
    And finding PA23-UK8-MISSING is raised
    And the finding PA23-UK8-MISSING cites "PA2023 s.70(1)"

  @PA23-UK8-MISSING
  Scenario: On the 30th day after the quarter the payment information is not yet missing
    Given the record has procedure.commenced set to 2026-04-06
    And the record has contract_management.payments set to [{amount: 40000, invoice_received: 2026-06-10, paid: 2026-06-20}]
    When the procurement is checked as at 2026-07-29
    Then finding PA23-UK8-MISSING is not raised

  @PA23-UK8-LATE @PA23-UK8-EARLY
  Scenario: Payment information published from the payment day to the 30th day after the quarter is in time
    Given the record has procedure.commenced set to 2026-04-06
    And the record has contract_management.payments set to [{amount: 40000, invoice_received: 2026-06-10, paid: 2026-06-20}]
    And the record has notices set to [{code: UK4, date: 2026-04-06}, {code: UK6, date: 2026-04-20}, {code: UK8, date: 2026-07-29}]
    When the procurement is checked as at 2026-08-31
    Then finding PA23-UK8-LATE is not raised
    And finding PA23-UK8-EARLY is not raised

  @PA23-UK8-LATE
  Scenario: Payment information published on the 31st day after the quarter is late
    Given the record has procedure.commenced set to 2026-04-06
    And the record has contract_management.payments set to [{amount: 40000, invoice_received: 2026-06-10, paid: 2026-06-20}]
    And the record has notices set to [{code: UK4, date: 2026-04-06}, {code: UK6, date: 2026-04-20}, {code: UK8, date: 2026-07-30}]
    When the procurement is checked as at 2026-08-31
    Then finding PA23-UK8-LATE is raised

  @PA23-UK8-EARLY
  Scenario: Payment information cannot be published before the payment is made
    Given the record has procedure.commenced set to 2026-04-06
    And the record has contract_management.payments set to [{amount: 40000, invoice_received: 2026-06-10, paid: 2026-06-20}]
    And the record has notices set to [{code: UK4, date: 2026-04-06}, {code: UK6, date: 2026-04-20}, {code: UK8, date: 2026-06-19}]
    When the procurement is checked as at 2026-08-31
    Then finding PA23-UK8-EARLY is raised

  @uk8_first_due @uk8_first_quarter_end
  Scenario: A payment made on Christmas Eve falls in the quarter ending 31 December
    # Paid Thu 24 Dec 2026; 31 December is day 1, so the information is due by Fri 29 Jan 2027.
    Given the record has procedure.commenced set to 2026-04-06
    And the record has contract_management.payments set to [{amount: 45000, invoice_received: 2026-12-01, paid: 2026-12-24}]
    When the procurement is checked as at 2027-02-01
    Then the determination contract_stage.uk8_first_due is Fri 29 Jan 2027

  @PA23-UK8-MISSING
  Scenario Outline: No payment information is required for <case>
    Given the record has procedure.commenced set to <commenced>
    And the record has authority.devolved set to <devolved>
    And the record has contract_management.payments set to [{amount: <amount>, invoice_received: 2026-06-10, paid: 2026-06-20}]
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK8-MISSING is not raised

    Examples:
      | case                                                                     | commenced  | devolved | amount |
      | a payment of exactly £30,000 (s.70(1): "more than")                      | 2026-04-06 | null     | 30000  |
      | a Welsh-regulated procurement (s.70 not in force for it)                 | 2026-04-06 | welsh    | 40000  |
      | a procurement commenced before 1 April 2026 (guidance: it is optional)   | 2026-02-02 | null     | 40000  |

  # -- UK9: contract performance notice -------------------------------------------------------------

  @PA23-UK9-MISSING @kpi_first_period_end @uk9_first_due
  Scenario: With KPIs set, the first performance assessment is published within the contract's first twelve months
    # Entered into Tue 5 May 2026: the first period of twelve months ends Tue 4 May 2027.
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.kpis_set set to 3
    When the procurement is checked as at 2027-05-05
    Then the determination contract_stage.kpi_first_period_end is Tue 4 May 2027
    And the determination contract_stage.uk9_first_due is Tue 4 May 2027
    And finding PA23-UK9-MISSING is raised
    And the finding PA23-UK9-MISSING cites "PA2023 s.71(2)"

  @PA23-UK9-MISSING
  Scenario: On the last day of the first twelve months the performance notice is not yet missing
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.kpis_set set to 3
    When the procurement is checked as at 2027-05-04
    Then finding PA23-UK9-MISSING is not raised

  @PA23-UK9-LATE
  Scenario: A performance notice published on the last day of the first twelve months is in time
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.kpis_set set to 3
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK9, date: 2027-05-04}]
    When the procurement is checked as at 2027-06-01
    Then finding PA23-UK9-LATE is not raised

  @PA23-UK9-LATE
  Scenario: A first performance notice published after the first twelve months is late
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.kpis_set set to 3
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK9, date: 2027-05-05}]
    When the procurement is checked as at 2027-06-01
    Then finding PA23-UK9-LATE is raised

  @kpi_first_period_end @kpi_assessment_start
  Scenario: For a contract entered into before s.71 came into force the twelve months run from 1 January 2026
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has procedure.commenced set to 2025-03-03
    And the record has milestones.contract_entered set to 2025-06-02
    And the record has contract_management.kpis_set set to 3
    When the procurement is checked as at 2026-06-01
    Then the determination contract_stage.kpi_first_period_end is Thu 31 Dec 2026

  @PA23-UK9-MISSING @s71_5_due @uk9_first_due
  Scenario: Poor performance must be published within 30 days beginning with the day s.71(5) first applies
    # No KPIs (the contract is worth less than £5 million). s.71(5) first applied on Thu 10 Dec 2026
    # (day 1): 21 more days to 31 December (day 22) and 8 in January, so day 30 is Fri 8 Jan 2027;
    # Christmas and the New Year bank holidays count.
    Given the record has contract_management.poor_performance set to 2026-12-10
    When the procurement is checked as at 2027-01-09
    Then the determination contract_stage.performance_notice_due is Fri 8 Jan 2027
    And the determination contract_stage.uk9_first_due is Fri 8 Jan 2027
    And finding PA23-UK9-MISSING is raised

  @uk9_first_due
  Scenario: With both duties, the first performance notice is due by the earlier of their deadlines
    # KPI period ends 4 May 2027; s.71(5) first applied Tue 15 Sep 2026, day 30 is Wed 14 Oct 2026.
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.kpis_set set to 3
    And the record has contract_management.poor_performance set to 2026-09-15
    When the procurement is checked as at 2026-10-15
    Then the determination contract_stage.uk9_first_due is Wed 14 Oct 2026

  @PA23-UK9-MISSING
  Scenario Outline: No contract performance notice is required for <case>
    Given the record has contract.light_touch set to <light_touch>
    And the record has contract_management.poor_performance set to <day>
    When the procurement is checked as at 2026-12-01
    Then finding PA23-UK9-MISSING is not raised

    Examples:
      | case                                                       | light_touch | day        |
      | poor performance on a light touch contract (s.71(6))       | true        | 2026-06-01 |
      | poor performance before s.71 came into force on 1 Jan 2026 | false       | 2025-12-15 |

  # -- UK10: contract change notice ------------------------------------------------------------------

  @PA23-UK10-MISSING @first_notifiable_modification @uk10_notifiable_count
  Scenario: A contract change notice is needed before a modification raising the value by more than 10%
    # £200,000 on £1,140,000 is 17.5%; the maximum term on award is 36 months.
    Given the record has contract_management.term_months set to 36
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 200000, term_change_months: 0, ground: sch8_para1}]
    When the procurement is checked as at 2026-09-02
    Then the determination contract_stage.modifications_needing_change_notice is 1
    And the determination contract_stage.first_modification_needing_change_notice is Tue 1 Sep 2026
    And finding PA23-UK10-MISSING is raised
    And the finding PA23-UK10-MISSING cites "PA2023 s.75(1)"

  @PA23-UK10-MISSING
  Scenario: On the day of the modification the notice is not shown to be missing
    Given the record has contract_management.term_months set to 36
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 200000, term_change_months: 0, ground: sch8_para1}]
    When the procurement is checked as at 2026-09-01
    Then finding PA23-UK10-MISSING is not raised

  @PA23-UK10-LATE
  Scenario: A contract change notice published on the day of the modification is not shown to be late
    Given the record has contract_management.term_months set to 36
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 200000, term_change_months: 0, ground: sch8_para1}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK10, date: 2026-09-01}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-UK10-LATE is not raised

  @PA23-UK10-LATE
  Scenario: A contract change notice published after the modification is late
    Given the record has contract_management.term_months set to 36
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 200000, term_change_months: 0, ground: sch8_para1}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK10, date: 2026-09-02}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-UK10-LATE is raised

  @uk10_notifiable_count
  Scenario Outline: Whether a modification needs a contract change notice (s.75(2), (4)-(5)): <case>
    # Estimated value £1,140,000, so 10% is £114,000; maximum term 36 months, so 10% is 3.6 months.
    Given the record has contract_management.term_months set to 36
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: <value>, term_change_months: <term>, ground: <ground>, novation_or_assignment: <novation>, could_have_been_made_with_earlier: <combined>}]
    When the procurement is checked as at 2026-09-02
    Then the determination contract_stage.modifications_needing_change_notice is <needs>

    Examples:
      | case                                                          | value   | term | ground      | novation | combined | needs |
      | a value increase of exactly 10% needs none                    | 114000  | 0    | sch8_para1  | false    | false    | 0     |
      | a value increase of just over 10% needs one                   | 114001  | 0    | sch8_para1  | false    | false    | 1     |
      | a value decrease of exactly 10% needs none                    | -114000 | 0    | sch8_para1  | false    | false    | 0     |
      | a value decrease of just over 10% needs one                   | -114001 | 0    | sch8_para1  | false    | false    | 1     |
      | a term extension of 3 months (10% is 3.6) needs none          | 0       | 3    | sch8_para1  | false    | false    | 0     |
      | a term extension of 4 months needs one                        | 0       | 4    | sch8_para1  | false    | false    | 1     |
      | a change of neither value nor term needs one                  | 0       | 0    | sch8_para1  | false    | false    | 1     |
      | a 5% value change lifts the duty although the term grows 33%  | 57000   | 12   | sch8_para1  | false    | false    | 0     |
      | a para 9 novation always needs one                            | 0       | 0    | sch8_para9  | true     | false    | 1     |
      | a small change that should have been made with an earlier one | 50000   | 0    | sch8_para1  | false    | true     | 1     |

  @uk10_notifiable_count
  Scenario Outline: For a works contract the value limit is 15% (s.75(2)(a)(ii))
    # £6,000,000 works contract: 15% is £900,000.
    Given the record has contract.subject set to works
    And the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.term_months set to 36
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: <value>, term_change_months: 0, ground: sch8_para1}]
    When the procurement is checked as at 2026-09-02
    Then the determination contract_stage.modifications_needing_change_notice is <needs>

    Examples:
      | value  | needs |
      | 900000 | 0     |
      | 900001 | 1     |

  @uk10_notifiable_count
  Scenario: Without the maximum term on award, a term change cannot be judged
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 0, term_change_months: 4, ground: sch8_para1}]
    When the procurement is checked as at 2026-09-02
    Then the determination contract_stage.modifications_needing_change_notice is null

  @PA23-UK10-MISSING
  Scenario Outline: s.75 does not apply to the modification of <kind> (s.75(6))
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has <field> set to <value>
    And the record has contract.utilities set to <utilities>
    And the record has contract_management.term_months set to 36
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 2000000, term_change_months: 0, ground: sch8_para1}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-UK10-MISSING is not raised

    Examples:
      | kind                                          | field                         | value                                          | utilities |
      | a defence and security contract               | contract.defence_and_security | true                                           | false     |
      | a light touch contract                        | contract.light_touch          | true                                           | false     |
      | a contract awarded by a private utility       | authority                     | {name: Dales Water plc, type: private_utility} | true      |
      | a transferred Northern Ireland authority's    | authority.devolved            | transferred_ni                                 | false     |

  # -- UK11: contract termination notice -------------------------------------------------------------

  @PA23-UK11-MISSING @uk11_due
  Scenario: A contract termination notice is due within 30 days beginning with the day the contract expires
    # Expired Mon 30 Nov 2026 (day 1); day 30 is Tue 29 Dec 2026, Christmas included.
    Given the record has contract_management.terminated set to 2026-11-30
    And the record has contract_management.termination set to expiry
    When the procurement is checked as at 2026-12-30
    Then the determination contract_stage.termination_notice_due is Tue 29 Dec 2026
    And finding PA23-UK11-MISSING is raised
    And the finding PA23-UK11-MISSING cites "PA2023 s.80(1)"

  @PA23-UK11-MISSING
  Scenario: On the 30th day the contract termination notice is not yet missing
    Given the record has contract_management.terminated set to 2026-11-30
    When the procurement is checked as at 2026-12-29
    Then finding PA23-UK11-MISSING is not raised

  @PA23-UK11-LATE @PA23-UK11-EARLY @PA23-UK11-DUPLICATE
  Scenario: One contract termination notice published on the 30th day is in time
    Given the record has contract_management.terminated set to 2026-11-30
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK11, date: 2026-12-29}]
    When the procurement is checked as at 2027-01-31
    Then finding PA23-UK11-LATE is not raised
    And finding PA23-UK11-EARLY is not raised
    And finding PA23-UK11-DUPLICATE is not raised

  @PA23-UK11-LATE
  Scenario: A contract termination notice published on the 31st day is late
    Given the record has contract_management.terminated set to 2026-11-30
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK11, date: 2026-12-30}]
    When the procurement is checked as at 2027-01-31
    Then finding PA23-UK11-LATE is raised

  @PA23-UK11-EARLY
  Scenario: A contract termination notice cannot come before the contract ends
    Given the record has contract_management.terminated set to 2026-11-30
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK11, date: 2026-11-29}]
    When the procurement is checked as at 2027-01-31
    Then finding PA23-UK11-EARLY is raised

  @PA23-UK11-DUPLICATE
  Scenario: One contract termination notice is expected for a contract
    Given the record has contract_management.terminated set to 2026-11-30
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK11, date: 2026-12-01}, {code: UK11, date: 2026-12-10}]
    When the procurement is checked as at 2027-01-31
    Then finding PA23-UK11-DUPLICATE is raised

  @uk11_due
  Scenario: In a leap year 29 February is one of the 30 days
    # Terminated Tue 1 Feb 2028 (day 1); 29 February is day 29, so the notice is due by Wed 1 Mar 2028.
    Given the record has contract_management.terminated set to 2028-02-01
    When the procurement is checked as at 2028-03-15
    Then the determination contract_stage.termination_notice_due is Wed 1 Mar 2028

  @PA23-UK11-MISSING
  Scenario Outline: No contract termination notice for <kind> (s.80(4))
    Given the record has <field> set to <value>
    And the record has contract.utilities set to <utilities>
    And the record has procedure.direct_award_ground set to <ground>
    And the record has procedure.type set to <type>
    And the record has contract_management.terminated set to 2026-11-30
    When the procurement is checked as at 2027-01-31
    Then finding PA23-UK11-MISSING is not raised

    Examples:
      | kind                                     | field     | value                                          | utilities | ground      | type         |
      | a private utility's contract             | authority | {name: Dales Water plc, type: private_utility} | true      | null        | open         |
      | a user choice contract (Sch 5 para 15)   | title     | Supported living (user choice)                 | false     | sch5_para15 | direct_award |
