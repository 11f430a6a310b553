Feature: Scope of the Act, exempted contracts and special regimes (Procurement Act 2023 ss.2, 5, 9, 10, 14, 112; Schedule 2; PR 2024 reg 42 and Schedule 1)
  The Act binds a public authority for any contract, but a public undertaking or a private utility
  only for a utilities contract (s.2(1)). An exempted contract (Schedule 2) is not a public contract
  (s.3(2)(b)). Part 1 of the Schedule lists counterparty exemptions (paras 2 to 6) and Part 2 lists
  subject-matter exemptions (paras 8 to 38). Paras 1 and 7 only state the general rule of each Part.
  A contract of a Part 2 kind only is not exempted if its main purpose could reasonably be supplied
  under a separate contract that is not of a Part 2 kind (para 7(2)). Some paragraphs are confined
  to one kind of contract: defence and security (paras 4, 27-30), utilities (paras 5, 6, 31-33),
  concessions (paras 35-37), contracts between public authorities (paras 2(8), 3(4)), and R&D
  services without goods or works (para 22(1)(b)).

  A light touch contract is wholly or mainly for services specified in regulations (s.9(1)): the
  CPV codes of PR 2024 Schedule 1 Table 1 (reg 42(1)), and, only under a contract for anything in
  s.7(1)(a) to (f), those of Table 2 (reg 42(3)). A listed code covers its CPV subdivisions, unless
  the Table lists some of them itself. Then only the listed ones count: telecommunications sit
  under the listed division 64000000 but are not in the Table.

  A devolved Welsh authority has regard to the Wales procurement policy statement and follows the
  Welsh Ministers' regulations (s.14(8); Sch 1 para 1(1A); PR 2024 reg 49). The Act disapplies
  several duties for a transferred Northern Ireland authority (s.112). A contract with a separable
  part may be treated as above threshold (s.5), or lose its special regime status (s.10).

  # -- Light touch services: PR 2024 Schedule 1 Table 1 -------------------------------------------

  @is_light_touch @scope_light_touch
  Scenario Outline: <service> (<cpv>) <is> a light touch service
    Given a procurement record:
      """
      id: LT-<cpv>
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 100000, vat_included: true}
        cpv: ["<cpv>"]
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination scope.light_touch is <light_touch>

    Examples: codes listed in Table 1, or below a listed code that has no listed subdivisions
      | service                                              | cpv      | is     | light_touch |
      | social work services with accommodation              | 85311000 | is     | true        |
      | supply services of domestic help personnel           | 79622000 | is     | true        |
      | job search services                                  | 79611000 | is     | true        |
      | school catering services                             | 55524000 | is     | true        |
      | postal services                                      | 64110000 | is     | true        |
      | tyre-remoulding services                             | 50116510 | is     | true        |
      | general personnel services for the government        | 75131100 | is     | true        |

    Examples: codes the Table does not list
      | service                                              | cpv      | is     | light_touch |
      | printing and related services                        | 79800000 | is not | false       |
      | telecommunications services (under listed 64000000)  | 64200000 | is not | false       |
      | courier services (under listed 64100000)             | 64120000 | is not | false       |
      | tyre repair services (beside listed 50116510)        | 50116500 | is not | false       |
      | accommodation and office services (Table 2 only)     | 98340000 | is not | false       |
      | recruitment services (Table 2 only)                  | 79600000 | is not | false       |

  # -- Light touch services: PR 2024 Schedule 1 Table 2 (defence and security only) ---------------

  @PA23-SCOPE-09 @light_touch_table2_cpv
  Scenario: Cargo handling under a defence and security contract is light touch by Table 2 (reg 42(3))
    Given a procurement record:
      """
      id: DS-CARGO
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 300000, vat_included: true}
        cpv: ["63110000"]
        defence_and_security: true
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    # Row 3 excludes row 8, so a defence light touch contract takes row 8 (£663,540).
    Then finding PA23-SCOPE-09 is raised
    And the finding PA23-SCOPE-09 cites "PR2024 reg 42(3)"
    And the determination scope.light_touch is true
    And the threshold is £663,540 from row 8

  @PA23-SCOPE-09 @light_touch_table2_cpv
  Scenario: Table 2 does not reach a contract that is defence and security only by s.7(1)(g)
    Given a procurement record:
      """
      id: DS-CARGO-G
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 300000, vat_included: true}
        cpv: ["63110000"]
        defence_and_security: true
        defence_only_under_s7_1_g: true
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-09 is not raised

  @PA23-SCOPE-09
  Scenario: No Table 2 notice once the record says whether the contract is light touch
    Given a procurement record:
      """
      id: DS-CARGO-FLAG
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 300000, vat_included: true}
        cpv: ["63110000"]
        defence_and_security: true
        light_touch: true
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-09 is not raised
    And the threshold is £663,540 from row 8

  # -- Schedule 2: exempted contracts -------------------------------------------------------------

  @PA23-SCOPE-01 @PA23-SCOPE-02 @PA23-ROUTE-01 @exemption_part
  Scenario: A vertical arrangement is a counterparty exemption (Sch 2 para 2, Part 1)
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.exemption set to sch2_para2
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And the determination scope.exemption_part is 1
    And finding PA23-SCOPE-01 is raised
    And the finding PA23-SCOPE-01 cites "PA2023 Sch.2 para 1"
    And finding PA23-SCOPE-02 is not raised
    And finding PA23-ROUTE-01 is not raised

  @PA23-SCOPE-01 @PA23-SCOPE-02 @exemption_part
  Scenario Outline: A <exemption> is a subject-matter exemption, subject to the para 7(2) carve-back
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.exemption set to <paragraph>
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And the determination scope.exemption_part is 2
    And finding PA23-SCOPE-02 is raised
    And the finding PA23-SCOPE-02 cites "PA2023 Sch.2 para 7(2)"
    And finding PA23-SCOPE-01 is not raised

    Examples:
      | exemption                                | paragraph   |
      | land and buildings contract (para 8)     | sch2_para8  |
      | exempt legal services contract (para 14) | sch2_para14 |
      | City of London commercial contract (38)  | sch2_para38 |

  @PA23-SCOPE-03
  Scenario: A contract recorded as exempted without the paragraph relied on
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.exempted set to true
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And finding PA23-SCOPE-03 is raised

  @PA23-SCOPE-03 @PA23-SCOPE-02
  Scenario: Naming the paragraph relied on answers the notice
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.exempted set to true
    And the record has contract.exemption set to sch2_para13
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-03 is not raised
    And finding PA23-SCOPE-02 is raised

  @PA23-SCOPE-03
  Scenario: No notice for a contract that is not exempted
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-03 is not raised

  @PA23-SCOPE-04 @PA23-SCOPE-01 @PA23-SCOPE-02 @exemption_part
  Scenario Outline: Schedule 2 paragraph <number> lists no exempted contract
    # Para 7 is the general rule of Part 2 with its carve-back; Schedule 2 ends at para 38.
    # (A record naming para 1, or a paragraph above 39, is not a valid record at all.)
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.exemption set to sch2_para<number>
    When the procurement is checked as at 2026-06-01
    Then the determination scope.exemption_part is 0
    And finding PA23-SCOPE-04 is raised
    And finding PA23-SCOPE-01 is not raised
    And finding PA23-SCOPE-02 is not raised

    Examples:
      | number |
      | 7      |
      | 39     |

  @PA23-SCOPE-04
  Scenario Outline: Schedule 2 paragraph <number> lists an exempted contract
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.exemption set to sch2_para<number>
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-04 is not raised

    Examples:
      | number |
      | 2      |
      | 6      |
      | 8      |
      | 38     |

  @PA23-SCOPE-05 @exemption_kind_unmet
  Scenario Outline: An exemption confined to <kind> does not fit <what the record shows>
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.exemption set to <paragraph>
    When the procurement is checked as at 2026-06-01
    Then the determination scope.exemption_kind_unmet is true
    And finding PA23-SCOPE-05 is raised

    Examples:
      | kind                                     | what the record shows                  | paragraph   |
      | defence and security contracts (para 4)  | a contract that is not defence         | sch2_para4  |
      | defence and security contracts (para 27) | a contract that is not defence         | sch2_para27 |
      | utilities contracts (para 6)             | a contract that is not for a utility   | sch2_para6  |
      | utilities contracts (para 33)            | a contract that is not for a utility   | sch2_para33 |
      | concession contracts (para 37)           | a contract that is not a concession    | sch2_para37 |

  @PA23-SCOPE-05 @exemption_kind_unmet
  Scenario: Research and development services exempted only without goods or works (para 22(1)(b))
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.subject set to goods
    And the record has contract.exemption set to sch2_para22
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-05 is raised

  @PA23-SCOPE-05 @exemption_kind_unmet
  Scenario: Research and development services without goods or works fit para 22
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.exemption set to sch2_para22
    When the procurement is checked as at 2026-06-01
    Then the determination scope.exemption_kind_unmet is false
    And finding PA23-SCOPE-05 is not raised

  @PA23-SCOPE-05
  Scenario: A defence and security contract with another state's government fits para 4
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.defence_and_security set to true
    And the record has contract.exemption set to sch2_para4
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-05 is not raised

  @PA23-SCOPE-05
  Scenario: A vertical arrangement needs a public authority: a public undertaking cannot rely on para 2 (para 2(8))
    Given a procurement record:
      """
      id: PU-TECKAL
      authority: {name: Dales Water, type: public_undertaking}
      contract:
        subject: services
        estimated_value: {amount: 900000, vat_included: true}
        utilities: true
        light_touch: false
        exemption: sch2_para2
      procedure: {commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-05 is raised

  @PA23-SCOPE-05
  Scenario: A utilities contract with an affiliated undertaking fits para 6
    Given a procurement record:
      """
      id: PU-AFFILIATE
      authority: {name: Dales Water, type: public_undertaking}
      contract:
        subject: services
        estimated_value: {amount: 900000, vat_included: true}
        utilities: true
        light_touch: false
        exemption: sch2_para6
      procedure: {commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-05 is not raised

  # -- s.2(1): public undertakings and private utilities ------------------------------------------

  @PA23-SCOPE-06 @regime
  Scenario: The Act does not bind a public undertaking for a contract that is not a utilities contract (s.2(1))
    Given a procurement record:
      """
      id: PU-OFFICE
      authority: {name: Dales Water, type: public_undertaking}
      contract:
        subject: services
        estimated_value: {amount: 900000, vat_included: true}
        utilities: false
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the regime is not_a_contracting_authority
    And the findings are PA23-SCOPE-06

  @PA23-SCOPE-06 @regime
  Scenario: The Act binds the same public undertaking for a utilities contract
    Given a procurement record:
      """
      id: PU-PIPES
      authority: {name: Dales Water, type: public_undertaking}
      contract:
        subject: services
        estimated_value: {amount: 900000, vat_included: true}
        utilities: true
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the regime is act
    And finding PA23-SCOPE-06 is not raised

  # -- devolved authorities -----------------------------------------------------------------------

  @PA23-SCOPE-07
  Scenario: A devolved Welsh authority has regard to the Wales procurement policy statement and follows the Welsh regulations
    Given the example record "town-council-catering.yaml"
    And the record has authority.name set to Cyngor Sir Powys
    And the record has authority.devolved set to welsh
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-07 is raised
    And the finding PA23-SCOPE-07 cites "PA2023 s.14(8)"

  @PA23-SCOPE-07 @PA23-SCOPE-08
  Scenario: An English council has neither devolved notice
    Given the example record "town-council-catering.yaml"
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-07 is not raised
    And finding PA23-SCOPE-08 is not raised

  @PA23-SCOPE-08 @PA23-SCOPE-07 @PA23-BT-01
  Scenario: The Act disapplies several duties for a transferred Northern Ireland authority
    Given the example record "town-council-catering.yaml"
    And the record has authority.name set to Mid Ulster District Council
    And the record has authority.devolved set to transferred_ni
    When the procurement is checked as at 2026-06-01
    Then finding PA23-SCOPE-08 is raised
    And finding PA23-SCOPE-07 is not raised
    And finding PA23-BT-01 is not raised

  # -- s.5: a below-threshold contract with a separable above-threshold part ----------------------

  @PA23-SCOPE-10 @general_threshold_amount
  Scenario: A light touch contract below its own threshold but above the ordinary one (s.5)
    # £500,000 is below row 8's £663,540 for light touch contracts, but not below row 12's
    # £207,720 for the council's other contracts, so a separable part could reach a threshold.
    Given the example record "town-council-catering.yaml"
    And the record has contract.estimated_value set to {amount: 500000, vat_included: true}
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And prompt PA23-SCOPE-10 is raised

  @PA23-SCOPE-10
  Scenario: A contract below every threshold that could apply to a part of it
    # £45,600 (£38,000 + 20% VAT) is below row 12's £207,720: no part can reach a threshold.
    Given the example record "town-council-catering.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-SCOPE-10 is not raised

  @PA23-SCOPE-10
  Scenario: s.5 does not apply to a call-off under a framework (s.5(6))
    Given the example record "town-council-catering.yaml"
    And the record has contract.estimated_value set to {amount: 500000, vat_included: true}
    And the record has procedure.type set to call_off
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-SCOPE-10 is not raised

  @PA23-SCOPE-10 @PA23-ROUTE-01
  Scenario: s.5 is about below-threshold contracts only
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And prompt PA23-SCOPE-10 is not raised

  # -- s.10: a special regime contract with a separable ordinary part -----------------------------

  @PA23-SCOPE-11 @special_regime_contract
  Scenario: A light touch contract worth more than an ordinary contract's threshold (s.10)
    # £700,000 is not less than row 12's £207,720, so a separable ordinary part could be above it.
    Given the example record "town-council-catering.yaml"
    And the record has contract.estimated_value set to {amount: 700000, vat_included: true}
    And the record has procedure.type set to open
    When the procurement is checked as at 2026-06-01
    Then the determination scope.special_regime is true
    And prompt PA23-SCOPE-11 is raised

  @PA23-SCOPE-11 @special_regime_contract
  Scenario: An ordinary services contract is not a special regime contract
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then the determination scope.special_regime is false
    And prompt PA23-SCOPE-11 is not raised

  @PA23-SCOPE-11
  Scenario: A light touch contract too small for any part to reach a threshold
    Given the example record "town-council-catering.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-SCOPE-11 is not raised

  @PA23-SCOPE-11 @s10_undecided @separable_parts_defence
  Scenario: A part that does not say it is not defence and security leaves the s.10 question open
    # The guarding part takes the contract's defence and security status, so procrules cannot say
    # it would not be a special regime contract of the same kind; it asks.
    Given a procurement record:
      """
      id: S10-Q1
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 1000000, vat_included: true}
        defence_and_security: true
        light_touch: false
        separable_parts:
          - {description: Site guarding, subject: services, estimated_value: 150000}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination mixed.s10_special_regime_lost is false
    And prompt PA23-SCOPE-11 is raised

  @PA23-SCOPE-11 @PA23-MIXED-02 @s10_undecided
  Scenario: When every part listed would be an ordinary contract, s.10 is decided and not asked
    Given a procurement record:
      """
      id: S10-Q2
      authority: {name: Ministry of Defence, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 1000000, vat_included: true}
        defence_and_security: true
        light_touch: false
        separable_parts:
          - {description: Office cleaning, subject: services, estimated_value: 150000, defence_and_security: false}
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-SCOPE-11 is not raised
    And finding PA23-MIXED-02 is raised
