Feature: Modifying a public contract (Procurement Act 2023 ss.74, 75 and 77, Schedule 8)
  A public contract may be modified only if the modification is a permitted modification under
  Schedule 8, is not a substantial modification, or is a below-threshold modification (s.74(1)); a
  light touch contract may be modified freely (s.74(2)). A modification is substantial if it would
  increase or decrease the term by more than 10% of the maximum term provided for on award,
  materially change the scope, or materially change the economic balance in the supplier's favour
  (s.74(3)). A below-threshold modification changes the value by no more than 10% (15% for works),
  keeps the aggregate of below-threshold modifications below the threshold amount, and does not
  materially change the scope (s.74(4)). Schedule 8 paras 4, 5 and 8 allow a value increase of no
  more than 50% (no cap for a utilities contract); paras 10 and 11 are for defence authority
  contracts only; the supplier may change only by a para 9 novation or assignment (s.74(9)).
  A qualifying modification — one that needs a contract change notice and modifies, or results in,
  a contract worth more than £5 million — is published within 90 days beginning with the day it is
  made (s.77), except for a devolved Welsh authority's contract (s.77(3)).

  The first modification needing a contract change notice (UK10) is judged in
  features/notices/contract_stage.feature. The example record "kinds/open-procedure.yaml" is a Home
  Office services contract worth £1,140,000 (VAT included); its maximum term on award is set here to
  36 months. So 10% of the value is £114,000, 50% is £570,000, 10% of the term is 3.6 months, and the
  threshold amount (Schedule 1 row 11, 2026) is £135,018.

  Background:
    Given the example record "kinds/open-procedure.yaml"
    And the record has contract_management.term_months set to 36

  @PA23-MOD-01 @unpermitted_modifications_count
  Scenario Outline: A modification with no permitted ground that is shown not to be permitted (s.74(1)): <case>
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: <value>, term_change_months: <term>, materially_changes_scope: <scope>, shifts_economic_balance: false}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-01 is raised

    Examples:
      | case                                                              | value  | term | scope |
      | it materially changes the scope                                   | 50000  | 0    | true  |
      | it extends the term by 6 months and raises the value by £200,000  | 200000 | 6    | false |

  @PA23-MOD-01
  Scenario Outline: A modification with no ground recorded that the record does not show to be unlawful: <case>
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: <value>, term_change_months: <term>, materially_changes_scope: false, shifts_economic_balance: false}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-01 is not raised

    Examples:
      | case                                                                                   | value  | term |
      | a 6-month extension with a £100,000 value change may be a below-threshold modification | 100000 | 6    |
      | a £200,000 value change alone is not a substantial modification                        | 200000 | 0    |

  @PA23-MOD-02 @substantial_modifications_called_not_substantial
  Scenario Outline: A modification made as "not substantial" that is substantial (s.74(3)): <case>
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 0, term_change_months: <term>, ground: not_substantial, materially_changes_scope: false, shifts_economic_balance: <balance>}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-02 is raised

    Examples:
      | case                                                 | term | balance |
      | a 4-month extension is more than 10% of 36 months    | 4    | false   |
      | a 4-month shortening is too                          | -4   | false   |
      | a shift of the economic balance to the supplier      | 0    | true    |

  @PA23-MOD-02
  Scenario: A 3-month extension of a 36-month contract is not substantial
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 0, term_change_months: 3, ground: not_substantial, materially_changes_scope: false, shifts_economic_balance: false}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-02 is not raised

  @PA23-MOD-03 @below_threshold_modifications_out_of_limits
  Scenario Outline: A below-threshold modification outside s.74(4)(a) or (c): <case>
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: <value>, term_change_months: 0, ground: below_threshold, materially_changes_scope: <scope>}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-03 is raised

    Examples:
      | case                                        | value  | scope |
      | a value increase of £114,001 (over 10%)     | 114001 | false |
      | a decrease of £114,001                      | -114001 | false |
      | a material change of scope                  | 50000  | true  |

  @PA23-MOD-03
  Scenario: A below-threshold modification of exactly 10% of the value is permitted
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 114000, term_change_months: 0, ground: below_threshold, materially_changes_scope: false}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-03 is not raised

  @PA23-MOD-04 @below_threshold_modification_total
  Scenario: Below-threshold modifications that together reach the threshold amount (s.74(4)(b))
    # 3 x £50,000 = £150,000, not less than £135,018.
    Given the record has contract_management.modifications set to [{date: 2026-07-01, value_change: 50000, term_change_months: 0, ground: below_threshold}, {date: 2026-09-01, value_change: 50000, term_change_months: 0, ground: below_threshold}, {date: 2026-11-02, value_change: 50000, term_change_months: 0, ground: below_threshold}]
    When the procurement is checked as at 2026-12-01
    Then the determination contract_stage.below_threshold_modifications_total is 150000
    And finding PA23-MOD-04 is raised

  @PA23-MOD-04 @below_threshold_modification_total
  Scenario: Below-threshold modifications that stay below the threshold amount
    # 2 x £50,000 = £100,000, less than £135,018.
    Given the record has contract_management.modifications set to [{date: 2026-07-01, value_change: 50000, term_change_months: 0, ground: below_threshold}, {date: 2026-09-01, value_change: 50000, term_change_months: 0, ground: below_threshold}]
    When the procurement is checked as at 2026-12-01
    Then the determination contract_stage.below_threshold_modifications_total is 100000
    And finding PA23-MOD-04 is not raised

  @PA23-MOD-05 @schedule8_value_cap
  Scenario: An unforeseeable-circumstances modification raising the value by more than 50% (Sch 8 para 4(1)(c))
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 570001, term_change_months: 0, ground: sch8_para4}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-05 is raised
    And the finding PA23-MOD-05 cites "PA2023 Sch.8 para 4(1)"

  @PA23-MOD-05
  Scenario Outline: A Schedule 8 <para> modification within the cap, or on a utilities contract
    Given the record has contract.utilities set to <utilities>
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: <value>, term_change_months: 0, ground: <ground>}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-05 is not raised

    Examples:
      | para                                                 | ground     | value  | utilities |
      | para 5 (known risk) raising the value by exactly 50% | sch8_para5 | 570000 | false     |
      | para 8 (additional supply) on a utilities contract   | sch8_para8 | 800000 | true      |

  @PA23-MOD-06 @supplier_changes_not_under_para9
  Scenario: The supplier changed by a novation that is not a corporate restructuring (s.74(9))
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 0, term_change_months: 0, ground: sch8_para1, novation_or_assignment: true}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-06 is raised
    And the finding PA23-MOD-06 cites "PA2023 s.74(9)"

  @PA23-MOD-06
  Scenario: A novation following a corporate restructuring (Sch 8 para 9)
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 0, term_change_months: 0, ground: sch8_para9, novation_or_assignment: true}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-06 is not raised

  @PA23-MOD-07 @defence_authority_contract
  Scenario: A defence technology ground relied on for a contract that is not a defence authority contract (Sch 8 para 10)
    Given the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 20000, term_change_months: 0, ground: sch8_para10}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-07 is raised

  @PA23-MOD-07 @defence_authority_contract
  Scenario: A defence authority's defence and security contract may rely on Sch 8 para 11
    Given the record has authority set to {name: Ministry of Defence, type: central_government, defence_authority: true}
    And the record has contract.defence_and_security set to true
    And the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 20000, term_change_months: 0, ground: sch8_para11}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-07 is not raised

  @PA23-MOD-08 @s77_cutoff
  Scenario: A qualifying modification of a £6 million contract not published within 90 days (s.77(1))
    # +£1,000,000 on £6,000,000 is 16.7%, so it needs a contract change notice. Made Sat 1 Aug 2026
    # (day 1): 30 more days to 31 August (day 31), 30 in September (day 61), so day 90 is
    # Thu 29 Oct 2026.
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.modifications set to [{date: 2026-08-01, value_change: 1000000, term_change_months: 0, ground: sch8_para4}]
    When the procurement is checked as at 2026-10-30
    Then finding PA23-MOD-08 is raised
    And the finding PA23-MOD-08 cites "PA2023 s.77(1)"

  @PA23-MOD-08
  Scenario: On day 90 the modification is not yet overdue for publication
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.modifications set to [{date: 2026-08-01, value_change: 1000000, term_change_months: 0, ground: sch8_para4}]
    When the procurement is checked as at 2026-10-29
    Then finding PA23-MOD-08 is not raised

  @PA23-MOD-08
  Scenario: A modification that takes a contract above £5 million is a qualifying modification (s.77(2)(b))
    # +£600,000 on £4,900,000 is 12.2% (a contract change notice is needed) and results in £5,500,000.
    Given the record has contract.estimated_value set to {amount: 4900000, vat_included: true}
    And the record has contract_management.modifications set to [{date: 2026-08-01, value_change: 600000, term_change_months: 0, ground: sch8_para4}]
    When the procurement is checked as at 2026-10-30
    Then finding PA23-MOD-08 is raised

  @PA23-MOD-08
  Scenario Outline: No publication is required for <case>
    Given the record has contract.estimated_value set to {amount: <estimate>, vat_included: true}
    And the record has authority.devolved set to <devolved>
    And the record has contract_management.modifications set to [{date: 2026-08-01, value_change: <value>, term_change_months: 0, ground: sch8_para4}]
    When the procurement is checked as at 2026-10-30
    Then finding PA23-MOD-08 is not raised

    Examples:
      | case                                                                 | estimate | value   | devolved |
      | a £1,140,000 contract modified to £1,340,000 (not over £5 million)   | 1140000  | 200000  | null     |
      | a £6,000,000 contract of a devolved Welsh authority (s.77(3))        | 6000000  | 1000000 | welsh    |
      | a 5% modification, which needs no contract change notice (s.77(2)(a)) | 6000000 | 300000  | null     |

  @PA23-MOD-08 @PA23-MOD-09 @s77_longest_publication_day
  Scenario: A qualifying modification published on day 90 is in time
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.modifications set to [{date: 2026-08-01, published: 2026-10-29, value_change: 1000000, term_change_months: 0, ground: sch8_para4}]
    When the procurement is checked as at 2026-11-30
    Then the determination contract_stage.longest_modification_publication_day is 90
    And finding PA23-MOD-08 is not raised
    And finding PA23-MOD-09 is not raised

  @PA23-MOD-09 @s77_longest_publication_day
  Scenario: A qualifying modification published on day 91 is late
    Given the record has contract.estimated_value set to {amount: 6000000, vat_included: true}
    And the record has contract_management.modifications set to [{date: 2026-08-01, published: 2026-10-30, value_change: 1000000, term_change_months: 0, ground: sch8_para4}]
    When the procurement is checked as at 2026-11-30
    Then the determination contract_stage.longest_modification_publication_day is 91
    And finding PA23-MOD-09 is raised

  @PA23-UK10-01 @PA23-UK10-LATE @uk10_published_by_last_modification
  Scenario: Each modification needing a contract change notice needs its own (s.75(1))
    # +£200,000 (17.5%) on 1 Aug 2026 and +£150,000 (13.2%) on 1 Oct 2026 both need a notice; only
    # one UK10, of 25 July 2026, is recorded, so the first-notice checks are met.
    Given the record has contract_management.modifications set to [{date: 2026-08-01, value_change: 200000, term_change_months: 0, ground: sch8_para4}, {date: 2026-10-01, value_change: 150000, term_change_months: 0, ground: sch8_para4}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK10, date: 2026-07-25}]
    When the procurement is checked as at 2026-11-01
    Then finding PA23-UK10-01 is raised
    And finding PA23-UK10-LATE is not raised

  @PA23-UK10-01
  Scenario: A contract change notice before each modification
    Given the record has contract_management.modifications set to [{date: 2026-08-01, value_change: 200000, term_change_months: 0, ground: sch8_para4}, {date: 2026-10-01, value_change: 150000, term_change_months: 0, ground: sch8_para4}]
    And the record has notices set to [{code: UK4, date: 2026-02-02}, {code: UK6, date: 2026-04-20}, {code: UK10, date: 2026-07-25}, {code: UK10, date: 2026-09-20}]
    When the procurement is checked as at 2026-11-01
    Then finding PA23-UK10-01 is not raised

  @PA23-MOD-01 @PA23-MOD-02 @PA23-MOD-03 @PA23-MOD-05 @s74_applies
  Scenario: A light touch contract may be modified freely (s.74(2))
    Given the record has contract.light_touch set to true
    And the record has contract_management.modifications set to [{date: 2026-09-01, value_change: 900000, term_change_months: 12, ground: below_threshold, materially_changes_scope: true, shifts_economic_balance: true}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-MOD-01 is not raised
    And finding PA23-MOD-02 is not raised
    And finding PA23-MOD-03 is not raised
    And finding PA23-MOD-05 is not raised
