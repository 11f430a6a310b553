Feature: Paying suppliers and reporting payments (Procurement Act 2023 ss.68-70)
  Every public contract carries an implied term that a sum due under it is paid before the end of
  30 days beginning with the day the invoice is received or, if later, the day the invoice says
  payment falls due (s.68(2)). The day of receipt is day 1, so day 30 is the last day and the days
  are calendar days: weekends, Christmas and bank holidays all count. The term does not apply to an
  invoice the authority considers invalid or disputes (s.68(3)), nor to a concession contract, a
  utilities contract awarded by a private utility or a contract awarded by a school (s.68(1)).

  The authority publishes a payments compliance notice (UK17) for each reporting period in which
  it made a payment, or a sum became payable, under a public contract, within 30 days beginning with
  the period's last day; periods end on 31 March and 30 September (s.69(1), (3)). It publishes the
  information about each payment of more than £30,000 (UK8) within 30 days beginning with the last
  day of the quarter in which it was made (s.70(1)-(2)). Both are the authority's notices for all
  its contracts; a record shows them among its own notices. The first period or quarter is judged
  by the notice checks (features/notices/contract_stage.feature); the rules here judge the last.

  The example record "kinds/open-procedure.yaml" is a Home Office services contract entered into on
  5 May 2026, whose procurement commenced on 2 February 2026.

  Background:
    Given the example record "kinds/open-procedure.yaml"

  @PA23-PAY-01 @longest_payment_day
  Scenario: A sum paid on day 30 of the period beginning with the invoice's receipt is paid in time
    # Received Mon 1 Jun 2026 (day 1); paid Tue 30 Jun 2026 (day 30).
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-30}]
    When the procurement is checked as at 2026-07-15
    Then the determination contract_stage.longest_payment_day is 30
    And finding PA23-PAY-01 is not raised

  @PA23-PAY-01 @longest_payment_day
  Scenario: A sum paid on day 31 is paid late (s.68(2))
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-07-01}]
    When the procurement is checked as at 2026-07-15
    Then the determination contract_stage.longest_payment_day is 31
    And finding PA23-PAY-01 is raised
    And the finding PA23-PAY-01 cites "PA2023 s.68(2)"

  @PA23-PAY-01 @longest_payment_day
  Scenario: The 30 days run from a later due day stated in the invoice (s.68(2)(b))
    # Received 1 June, due Mon 15 Jun 2026 (day 1); paid Tue 14 Jul 2026: 15 more days to 30 June
    # (day 16) and 14 in July, so day 30.
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, invoice_due: 2026-06-15, paid: 2026-07-14}]
    When the procurement is checked as at 2026-07-31
    Then the determination contract_stage.longest_payment_day is 30
    And finding PA23-PAY-01 is not raised

  @PA23-PAY-01
  Scenario: The slowest of several payments decides
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-05}, {amount: 9000, invoice_received: 2026-06-10, paid: 2026-07-10}]
    When the procurement is checked as at 2026-07-31
    Then the determination contract_stage.longest_payment_day is 31
    And finding PA23-PAY-01 is raised

  @PA23-PAY-01
  Scenario: Christmas does not extend the 30 days: they are calendar days
    # Received Tue 1 Dec 2026 (day 1), so day 30 is Wed 30 Dec 2026 although 25 and 28 December are
    # bank holidays; paid Thu 31 Dec 2026, day 31.
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-12-01, paid: 2026-12-31}]
    When the procurement is checked as at 2027-01-15
    Then the determination contract_stage.longest_payment_day is 31
    And finding PA23-PAY-01 is raised

  @PA23-PAY-01
  Scenario: In a leap year 29 February is one of the 30 days
    # Received Tue 1 Feb 2028 (day 1); 29 February is day 29, so Wed 1 Mar 2028 is day 30.
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2028-02-01, paid: 2028-03-01}]
    When the procurement is checked as at 2028-03-15
    Then the determination contract_stage.longest_payment_day is 30
    And finding PA23-PAY-01 is not raised

  @PA23-PAY-01 @PA23-PAY-02
  Scenario: A disputed invoice is outside the 30-day term (s.68(3))
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-08-20, disputed: true}, {amount: 500, invoice_received: 2026-06-01, disputed: true}]
    When the procurement is checked as at 2026-09-01
    Then finding PA23-PAY-01 is not raised
    And finding PA23-PAY-02 is not raised

  @PA23-PAY-01 @s68_applies
  Scenario Outline: No payment term is implied into <kind> (s.68(1)<para>)
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has <field> set to <value>
    And the record has contract.utilities set to <utilities>
    And the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-08-20}]
    When the procurement is checked as at 2026-09-01
    Then finding PA23-PAY-01 is not raised

    Examples:
      | kind                                     | para | field               | value                                          | utilities |
      | a concession contract                    | (a)  | contract.concession | true                                           | false     |
      | a utilities contract of a private utility | (b)  | authority           | {name: Dales Water plc, type: private_utility} | true      |
      | a contract awarded by a school           | (c)  | authority.school    | true                                           | false     |

  @PA23-PAY-02 @longest_unpaid_day
  Scenario: An unpaid invoice is not yet overdue on day 30
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01}]
    When the procurement is checked as at 2026-06-30
    Then the determination contract_stage.longest_unpaid_day is 30
    And finding PA23-PAY-02 is not raised

  @PA23-PAY-02 @longest_unpaid_day
  Scenario: An unpaid invoice is overdue from day 31
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01}]
    When the procurement is checked as at 2026-07-01
    Then the determination contract_stage.longest_unpaid_day is 31
    And finding PA23-PAY-02 is raised

  @PA23-UK17-01 @uk17_last_due
  Scenario: A payments compliance notice is needed for the last reporting period with a payment too (s.69(1))
    # First payment activity: invoice received 1 Jun 2026, in the period 1 Apr-30 Sep 2026 (its
    # notice due by Thu 29 Oct 2026: 30 September is day 1, 29 October day 30). Last: paid
    # 15 Jan 2027, in the period 1 Oct 2026-31 Mar 2027, whose notice is due by Thu 29 Apr 2027
    # (31 March is day 1, 29 April day 30). Only the first period's UK17 is recorded.
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-20}, {amount: 12000, invoice_received: 2027-01-04, paid: 2027-01-15}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK17, date: 2026-10-20}]
    When the procurement is checked as at 2027-04-30
    Then the determination contract_stage.payments_compliance_last_due is Thu 29 Apr 2027
    And finding PA23-UK17-01 is raised

  @PA23-UK17-01
  Scenario: The last reporting period's notice is published by the 30th day
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-20}, {amount: 12000, invoice_received: 2027-01-04, paid: 2027-01-15}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK17, date: 2026-10-20}, {code: UK17, date: 2027-04-29}]
    When the procurement is checked as at 2027-04-30
    Then finding PA23-UK17-01 is not raised

  @PA23-UK17-01
  Scenario: A notice published before the last period has ended is not that period's notice
    Given the record has contract_management.payments set to [{amount: 12000, invoice_received: 2026-06-01, paid: 2026-06-20}, {amount: 12000, invoice_received: 2027-01-04, paid: 2027-01-15}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK17, date: 2026-10-20}, {code: UK17, date: 2027-03-30}]
    When the procurement is checked as at 2027-05-01
    Then finding PA23-UK17-01 is raised

  @PA23-UK8-01 @uk8_last_due
  Scenario: Information about a payment over £30,000 is due for the last quarter with one too (s.70(2))
    # The procurement commenced on 6 April 2026, after s.70 came into force. Payments of £40,000
    # on Sat 20 Jun 2026 (quarter ending 30 June) and £36,000 on Fri 20 Nov 2026 (quarter ending
    # 31 December: 31 December is day 1, so Fri 29 Jan 2027 is day 30). Only the first quarter's
    # UK8 is recorded.
    Given the record has procedure.commenced set to 2026-04-06
    And the record has contract_management.payments set to [{amount: 40000, invoice_received: 2026-06-10, paid: 2026-06-20}, {amount: 36000, invoice_received: 2026-11-10, paid: 2026-11-20}]
    And the record has notices set to [{code: UK4, date: 2026-04-06}, {code: UK6, date: 2026-04-20}, {code: UK8, date: 2026-07-10}]
    When the procurement is checked as at 2027-02-01
    Then the determination contract_stage.uk8_last_due is Fri 29 Jan 2027
    And finding PA23-UK8-01 is raised

  @PA23-UK8-01
  Scenario: The last quarter's payment information is published in time
    Given the record has procedure.commenced set to 2026-04-06
    And the record has contract_management.payments set to [{amount: 40000, invoice_received: 2026-06-10, paid: 2026-06-20}, {amount: 36000, invoice_received: 2026-11-10, paid: 2026-11-20}]
    And the record has notices set to [{code: UK4, date: 2026-04-06}, {code: UK6, date: 2026-04-20}, {code: UK8, date: 2026-07-10}, {code: UK8, date: 2027-01-29}]
    When the procurement is checked as at 2027-02-01
    Then finding PA23-UK8-01 is not raised

  @PA23-UK8-01
  Scenario: A payment of exactly £30,000 is not "more than £30,000" (s.70(1))
    Given the record has procedure.commenced set to 2026-04-06
    And the record has contract_management.payments set to [{amount: 40000, invoice_received: 2026-06-10, paid: 2026-06-20}, {amount: 30000, invoice_received: 2026-11-10, paid: 2026-11-20}]
    And the record has notices set to [{code: UK4, date: 2026-04-06}, {code: UK6, date: 2026-04-20}, {code: UK8, date: 2026-07-10}]
    When the procurement is checked as at 2027-02-01
    Then finding PA23-UK8-01 is not raised
