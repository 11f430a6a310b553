Feature: Thresholds and public contracts (Procurement Act 2023 s.3, Schedules 1 and 3)
  A contract is a public contract when its estimated value is not less than the threshold amount
  for its type in Schedule 1 and it is not an exempted contract (s.3(2)-(4)): a value equal to the
  threshold is above it. The rows are tried in the order of Schedule 1's exclusions: defence and
  security (rows 1-3, but row 3 excludes light touch row 8), utilities (rows 4-6; a utilities
  concession stays in row 6 because row 9 excludes it), light touch (rows 7-8), concessions
  (row 9), works (row 10), then by authority (central government row 11, sub-central row 12).
  A contract that is defence and security only because of s.7(1)(g) is not treated as one for
  thresholds (s.7(3)). Light touch means services listed in PR 2024 Schedule 1 (s.9), read from the
  record's flag or, when the flag is not given, from its main (first) CPV code.
  The estimated value includes VAT (s.123(2)) and every option, extension and renewal
  (Sch 3 para 1); a value that cannot be estimated is treated as above the threshold
  (Sch 3 para 5). The value compared with the threshold includes the related contracts that
  could reasonably be supplied under a single contract with this one, unless the authority has
  good reasons not to include them (Sch 3 para 4); and a below-threshold contract is treated as
  above it when a separable part would itself be above its threshold (s.5). Those two rules are
  shown in features/procedures/valuation.feature. The amounts are those in force when the
  procurement commenced: S.I. 2025/163 from 24 February 2025 and S.I. 2025/1200 for
  procurements commenced on or after 1 January 2026 (reg 3). Contracts regulated by the Welsh
  Ministers have their own column (Sch 1 para 1(1A)).

  @threshold_row @threshold_amount @public_contract
  Scenario Outline: A <kind> takes row <row>, and a value equal to its threshold is a public contract
    Given a procurement record:
      """
      id: ROW-<row>
      authority: {name: <buyer>, type: <authority>}
      contract:
        subject: <subject>
        estimated_value: {amount: <value>, vat_included: true}
        utilities: <utilities>
        concession: <concession>
        defence_and_security: <defence>
        light_touch: <light_touch>
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £<threshold> from row <row>
    And the record is a public contract

    Examples: procurements commenced in 2026 (S.I. 2025/1200)
      | kind                                                       | buyer                | authority          | subject  | utilities | concession | defence | light_touch | row | value   | threshold |
      | defence and security works contract                        | Ministry of Defence  | central_government | works    | false     | false      | true    | false       | 1   | 5193000 | 5,193,000 |
      | defence and security concession contract                   | Ministry of Defence  | central_government | services | false     | true       | true    | false       | 2   | 5193000 | 5,193,000 |
      | defence and security services contract                     | Ministry of Defence  | central_government | services | false     | false      | true    | false       | 3   | 415440  | 415,440   |
      | defence and security light touch contract (not row 3)      | Ministry of Defence  | central_government | services | false     | false      | true    | true        | 8   | 663540  | 663,540   |
      | utilities works contract                                   | Dales Water          | public_undertaking | works    | true      | false      | false   | false       | 4   | 5193000 | 5,193,000 |
      | utilities light touch contract                             | Northern Rail Ltd    | private_utility    | services | true      | false      | false   | true        | 5   | 884720  | 884,720   |
      | utilities goods contract                                   | Dales Water          | public_undertaking | goods    | true      | false      | false   | false       | 6   | 415440  | 415,440   |
      | utilities services concession (not row 9)                  | Northern Rail Ltd    | private_utility    | services | true      | true       | false   | false       | 6   | 415440  | 415,440   |
      | light touch concession contract                            | Oakford Town Council | sub_central        | services | false     | true       | false   | true        | 7   | 5372609 | 5,372,609 |
      | light touch contract                                       | Oakford Town Council | sub_central        | services | false     | false      | false   | true        | 8   | 663540  | 663,540   |
      | services concession contract                               | Oakford Town Council | sub_central        | services | false     | true       | false   | false       | 9   | 5193000 | 5,193,000 |
      | works concession contract (row 9, not row 10)              | Oakford Town Council | sub_central        | works    | false     | true       | false   | false       | 9   | 5193000 | 5,193,000 |
      | works contract of a council                                | Oakford Town Council | sub_central        | works    | false     | false      | false   | false       | 10  | 5193000 | 5,193,000 |
      | works contract of a department (row 10, not row 11)        | Home Office          | central_government | works    | false     | false      | false   | false       | 10  | 5193000 | 5,193,000 |
      | central government goods contract                          | Home Office          | central_government | goods    | false     | false      | false   | false       | 11  | 135018  | 135,018   |
      | sub-central government services contract                   | Oakford Town Council | sub_central        | services | false     | false      | false   | false       | 12  | 207720  | 207,720   |

  @threshold_row @threshold_amount
  Scenario Outline: The amounts are those in force when the procurement commenced (<commenced>)
    Given a procurement record:
      """
      id: DATED-<row>
      authority: {name: <buyer>, type: <authority>}
      contract:
        subject: <subject>
        estimated_value: {amount: 100000, vat_included: true}
        concession: <concession>
        defence_and_security: <defence>
        light_touch: <light_touch>
      procedure: {type: open, commenced: <commenced>}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £<threshold> from row <row>

    Examples:
      | buyer                | authority          | subject  | concession | defence | light_touch | commenced  | row | threshold |
      | Home Office          | central_government | services | false      | false   | false       | 2025-12-31 | 11  | 139,688   |
      | Home Office          | central_government | services | false      | false   | false       | 2026-01-01 | 11  | 135,018   |
      | Oakford Town Council | sub_central        | goods    | false      | false   | false       | 2025-12-31 | 12  | 214,904   |
      | Oakford Town Council | sub_central        | goods    | false      | false   | false       | 2026-01-01 | 12  | 207,720   |
      | Oakford Town Council | sub_central        | works    | false      | false   | false       | 2025-12-31 | 10  | 5,372,609 |
      | Oakford Town Council | sub_central        | works    | false      | false   | false       | 2026-01-01 | 10  | 5,193,000 |
      | Ministry of Defence  | central_government | goods    | false      | true    | false       | 2025-12-31 | 3   | 429,809   |
      | Ministry of Defence  | central_government | goods    | false      | true    | false       | 2026-01-01 | 3   | 415,440   |
      | Oakford Town Council | sub_central        | services | true       | false   | true        | 2025-12-31 | 7   | 5,372,609 |
      | Oakford Town Council | sub_central        | services | true       | false   | true        | 2026-01-01 | 7   | 5,372,609 |
      | Oakford Town Council | sub_central        | services | false      | false   | true        | 2026-01-01 | 8   | 663,540   |

  @threshold_effective_from
  Scenario: The 2026 amounts took effect on 1 January 2026
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then the threshold is £135,018 from row 11
    And the threshold took effect on Thu 1 Jan 2026

  @threshold_amount @estimated_value @public_contract
  Scenario: A procurement commenced in 2025 keeps the 2025 amounts when it is checked in 2026
    # (£4,200,000 + £300,000 extension) x 1.2 VAT = £5,400,000, not less than row 10's £5,372,609;
    # the 2026 amount would be £5,193,000.
    Given the example record "highways-resurfacing.yaml"
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £5,400,000
    And the threshold is £5,372,609 from row 10
    And the record is a public contract

  @threshold_row @defence_for_thresholds
  Scenario: A defence and security contract takes the defence row
    Given a procurement record:
      """
      id: MOD-1
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 420000, vat_included: true}
        defence_and_security: true
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £415,440 from row 3
    And the record is a public contract

  @threshold_row @defence_for_thresholds
  Scenario: A contract that is defence and security only under s.7(1)(g) takes the ordinary row (s.7(3))
    Given a procurement record:
      """
      id: MOD-2
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 420000, vat_included: true}
        defence_and_security: true
        defence_only_under_s7_1_g: true
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £135,018 from row 11

  @threshold_row @defence_for_thresholds
  Scenario: A works contract that is defence and security only under s.7(1)(g) takes row 10, not row 1
    Given a procurement record:
      """
      id: MOD-3
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: works
        estimated_value: {amount: 5200000, vat_included: true}
        defence_and_security: true
        defence_only_under_s7_1_g: true
        light_touch: false
      procedure: {type: open, commenced: 2025-06-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £5,372,609 from row 10

  @threshold_row @is_light_touch
  Scenario Outline: Light touch is read from the main CPV code when the record does not say (<service>)
    Given a procurement record:
      """
      id: CPV-<cpv>
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 250000, vat_included: true}
        cpv: [<cpv>]
        light_touch: null
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £<threshold> from row <row>
    And the record <is> a public contract

    Examples:
      | service                                   | cpv                    | row | threshold | is     |
      | social work services                      | "85311000"             | 8   | 663,540   | is not |
      | social work services, with check digit    | "85311000-2"           | 8   | 663,540   | is not |
      | catering                                  | "55520000"             | 8   | 663,540   | is not |
      | education and training                    | "80000000"             | 8   | 663,540   | is not |
      | legal services                            | "79110000"             | 8   | 663,540   | is not |
      | printing (not light touch)                | "79800000"             | 12  | 207,720   | is     |
      | printing first, then social work          | "79800000", "85311000" | 12  | 207,720   | is     |

  @threshold_row @is_light_touch
  Scenario: The record's light touch flag prevails over the CPV code
    Given a procurement record:
      """
      id: FLAG-1
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 250000, vat_included: true}
        cpv: ["85311000"]
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £207,720 from row 12
    And the record is a public contract

  @threshold_row @is_light_touch
  Scenario: A light touch flag without any CPV code is enough
    Given a procurement record:
      """
      id: FLAG-2
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 250000, vat_included: true}
        light_touch: true
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £663,540 from row 8
    And the record is not a public contract

  @PA23-ROUTE-01 @public_contract @above_threshold
  Scenario: A value equal to the threshold is above it (s.3(2): "not less than")
    Given a procurement record:
      """
      id: EDGE-1
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 135018, vat_included: true}
        light_touch: false
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £135,018 from row 11
    And the record is a public contract
    And finding PA23-ROUTE-01 is raised

  @PA23-ROUTE-01 @public_contract @above_threshold
  Scenario: A value a penny below the threshold is below it
    Given a procurement record:
      """
      id: EDGE-2
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 135017.99, vat_included: true}
        light_touch: false
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And finding PA23-ROUTE-01 is not raised

  @estimated_value @vat_factor @public_contract
  Scenario Outline: VAT is added to an amount stated without it (s.123(2))
    Given a procurement record:
      """
      id: VAT-1
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 112515, vat_included: <included>, vat_rate: <rate>}
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £<estimate>
    And the record <is> a public contract

    Examples:
      | included | rate | estimate   | is     |
      | false    | 0.2  | 135,018    | is     |
      | false    | 0.05 | 118,140.75 | is not |
      | false    | 0    | 112,515    | is not |
      | true     | null | 112,515    | is not |

  @estimated_value @options_total @public_contract
  Scenario: Options, extensions and renewals count towards the estimated value (Sch 3 para 1)
    Given a procurement record:
      """
      id: OPT-1
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 100000, vat_included: true}
        options_and_extensions:
          - {description: 6-month extension, amount: 20000}
          - {description: extra volumes, amount: 15018}
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £135,018
    And the record is a public contract

  @estimated_value @options_total @public_contract
  Scenario: Without its extension the highways contract would be below the threshold
    # £4,200,000 x 1.2 = £5,040,000, less than row 10's £5,372,609.
    Given the example record "highways-resurfacing.yaml"
    And the record has contract.options_and_extensions set to []
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £5,040,000
    And the record is not a public contract

  @PA23-VAL-01 @above_threshold @public_contract
  Scenario: A value that cannot be estimated is treated as above the threshold (Sch 3 para 5)
    Given a procurement record:
      """
      id: VAL-1
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {cannot_be_estimated: true}
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And finding PA23-VAL-01 is raised
    And the finding PA23-VAL-01 cites "PA2023 Sch.3 para 5"

  @PA23-VAL-01
  Scenario: A value that can be estimated raises no valuation finding
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £225,000
    And finding PA23-VAL-01 is not raised

  @PA23-ROUTE-01 @vat_factor
  Scenario: An amount whose VAT basis is not stated cannot be compared with the threshold
    Given a procurement record:
      """
      id: VAT-2
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 135018}
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then rule PA23-ROUTE-01 is not demonstrated for lack of contract.estimated_value.vat_included

  @threshold_amount @public_contract
  Scenario: A devolved Welsh authority uses the Welsh column (Sch 1 para 1(1A))
    # From 24 Feb to 31 Dec 2025 the Welsh column kept the Act's figures as enacted (S.I. 2025/163):
    # row 12 is £213,477 against £214,904 in the other column. W.S.I. 2025/181 later amended the
    # Welsh column and has not been read, so these 2025 Welsh figures are unverified.
    Given a procurement record:
      """
      id: WAL-1
      authority: {name: Cyngor Sir Powys, type: sub_central, devolved: welsh}
      contract:
        subject: services
        estimated_value: {amount: 214000, vat_included: true}
        light_touch: false
      procedure: {type: open, commenced: 2025-06-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £213,477 from row 12
    And the record is a public contract

  @threshold_amount @public_contract
  Scenario: The same contract for an English council is below the other column's threshold
    Given a procurement record:
      """
      id: ENG-1
      authority: {name: Herefordshire Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 214000, vat_included: true}
        light_touch: false
      procedure: {type: open, commenced: 2025-06-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £214,904 from row 12
    And the record is not a public contract

  @threshold_amount @threshold_effective_from
  Scenario Outline: From 1 January 2026 the Welsh amounts equal the UK-wide ones (row <row>)
    Given a procurement record:
      """
      id: WAL-2
      authority: {name: <buyer>, type: <authority>, devolved: welsh}
      contract:
        subject: <subject>
        estimated_value: {amount: 100000, vat_included: true}
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the threshold is £<threshold> from row <row>
    And the threshold took effect on 2026-01-01

    Examples:
      | buyer                | authority          | subject  | row | threshold |
      | Welsh Government     | central_government | services | 11  | 135,018   |
      | Cyngor Sir Powys     | sub_central        | services | 12  | 207,720   |
      | Cyngor Sir Powys     | sub_central        | works    | 10  | 5,193,000 |

  @threshold_value @above_threshold @public_contract
  Scenario: The threshold test uses the value with related contracts, and the estimated value stays the contract's own
    # £120,000 + £20,000 for the related contract = £140,000, not less than row 11's £135,018.
    Given a procurement record:
      """
      id: AGG-T1
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 120000, vat_included: true}
        light_touch: false
        related_contracts:
          - {description: Second site, estimated_value: 20000}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £120,000
    And the determination valuation.threshold_value is 140000
    And the threshold is £135,018 from row 11
    And the record is a public contract
