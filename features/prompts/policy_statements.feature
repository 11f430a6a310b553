Feature: Which policy statements apply (Procurement Act 2023 ss.13-14; PPN 001, PPN 002, PPN 05/21)
  A contracting authority must have regard to the national procurement policy statement
  (s.13(9)). That duty does not apply to private utilities (s.13(10)(a)), to the award of a contract
  in accordance with a framework or by reference to membership of a dynamic market (s.13(10)(b)), or
  to a devolved Welsh or transferred Northern Ireland authority outside a reserved procurement
  arrangement (s.13(10)(d)). A devolved Welsh authority has regard to the Wales procurement policy
  statement instead (s.14(8)(a)), with the same private-utility, framework and dynamic-market
  carve-outs (s.14(9)). A procurement commenced before 24 February 2025 is under the old
  regulations, where the 2021 statement of PPN 05/21 is the one to have regard to. PPN 001 and PPN
  002 bind central government departments, agencies and NDPBs, read here as a central government
  authority that is not devolved; PPN 002 only for public contracts, not for a defence authority's
  defence and security contracts, and with the 2025 Social Value Model mandatory from 1 October 2025.

  The example record "dfe-managed-print.yaml" is a Department for Education open procedure
  commenced on 12 January 2026.

  @npps_2025_status @npps_2025_reason @wpps_status @ppn_001_status @ppn_002_status @npps_2021_status
  Scenario: A central government department's open procedure: the NPPS 2025, PPN 001 and PPN 002 apply
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then the determination policy_statements.npps_2025 is applies
    And the determination policy_statement_reasons.npps_2025 is contracting authority (s.13(9))
    And the determination policy_statements.ppn_001 is applies
    And the determination policy_statements.ppn_002 is applies
    And the determination policy_statements.wpps is not_applicable
    And the determination policy_statements.npps_2021 is not_applicable

  @npps_2025_status @npps_2025_reason @wpps_status @wpps_reason
  Scenario Outline: The NPPS duty does not apply to a <case> (<section>)
    Given a procurement record:
      """
      id: NPPS-SCOPE
      authority: {name: <buyer>, type: <type>, devolved: <devolved>}
      contract:
        subject: goods
        estimated_value: {amount: 2400000, vat_included: true}
        utilities: <utilities>
        dynamic_market: <dm>
      procedure: {type: <procedure>, commenced: 2026-03-16}
      """
    When the procurement is checked as at 2026-06-01
    Then the regime is act
    And the determination policy_statements.npps_2025 is not_applicable
    And the determination policy_statement_reasons.npps_2025 is <reason>
    And the determination policy_statements.wpps is <wpps>

    Examples:
      | case                                  | section         | buyer                       | type               | devolved       | utilities | dm    | procedure            | reason                                          | wpps           |
      | private utility                       | s.13(10)(a)     | Northern Rail Ltd           | private_utility    | null           | true      | false | open                 | private utility (s.13(10)(a))                   | not_applicable |
      | framework call-off                    | s.13(10)(b)(i)  | HM Revenue and Customs      | central_government | null           | false     | false | call_off             | call-off under a framework (s.13(10)(b)(i))     | not_applicable |
      | dynamic market award                  | s.13(10)(b)(ii) | Shropshire Council          | sub_central        | null           | false     | true  | dynamic_market_award | dynamic market award (s.13(10)(b)(ii))          | not_applicable |
      | transferred Northern Ireland authority | s.13(10)(d)    | Department of Education NI  | central_government | transferred_ni | false     | false | open                 | transferred Northern Ireland authority (s.13(10)(d)) | not_applicable |

  @npps_2025_status @npps_2025_reason @wpps_status @wpps_reason
  Scenario: A devolved Welsh authority has regard to the Wales procurement policy statement, not the NPPS (s.13(10)(d), s.14(8)(a))
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.name set to Cardiff Council
    And the record has authority.type set to sub_central
    And the record has authority.devolved set to welsh
    When the procurement is checked as at 2026-06-01
    Then the determination policy_statements.npps_2025 is not_applicable
    And the determination policy_statement_reasons.npps_2025 is devolved Welsh authority (s.13(10)(d)); the WPPS applies instead
    And the determination policy_statements.wpps is applies
    And the determination policy_statement_reasons.wpps is devolved Welsh authority (s.14(8)(a))

  @wpps_status @wpps_reason
  Scenario Outline: The Wales statement does not reach a Welsh <case> either (<section>)
    Given the example record "<example>"
    And the record has authority.devolved set to welsh
    When the procurement is checked as at 2026-06-01
    Then the determination policy_statements.wpps is not_applicable
    And the determination policy_statement_reasons.wpps is <reason>

    Examples:
      | case                 | section         | example                        | reason                                      |
      | framework call-off   | s.14(9)(b)(i)   | kinds/framework-call-off.yaml  | call-off under a framework (s.14(9)(b)(i))  |
      | dynamic market award | s.14(9)(b)(ii)  | kinds/dynamic-market-award.yaml | dynamic market award (s.14(9)(b)(ii))      |

  @wpps_status @wpps_reason
  Scenario: An English council is not bound by the Wales statement (s.14(8))
    Given the example record "highways-resurfacing.yaml"
    When the procurement is checked as at 2026-06-01
    Then the determination policy_statements.wpps is not_applicable
    And the determination policy_statement_reasons.wpps is not a devolved Welsh authority (s.14(8))

  @npps_2021_status @npps_2021_reason @npps_2025_status @npps_2025_reason @ppn_002_status @ppn_002_reason @regime
  Scenario: A procurement commenced before 24 February 2025 is judged against the 2021 statement
    Given the example record "kinds/pre-act.yaml"
    When the procurement is checked as at 2026-12-01
    Then the regime is old_regime
    And the determination policy_statements.npps_2021 is applies
    And the determination policy_statement_reasons.npps_2021 is old-regime procurement after PPN 05/21
    And the determination policy_statements.npps_2025 is not_applicable
    And the determination policy_statement_reasons.npps_2025 is old regime; the 2021 statement applies instead
    And the determination policy_statements.ppn_002 is not_applicable
    And the determination policy_statement_reasons.ppn_002 is old regime; PPN 06/20 applied

  @npps_2021_status @npps_2021_reason
  Scenario: A procurement commenced before PPN 05/21 was published has no 2021 statement to follow
    Given the example record "kinds/pre-act.yaml"
    And the record has procedure.commenced set to 2021-01-04
    When the procurement is checked as at 2026-12-01
    Then the determination policy_statements.npps_2021 is not_applicable
    And the determination policy_statement_reasons.npps_2021 is commenced before PPN 05/21

  @npps_2021_status @npps_2021_reason
  Scenario: An Act procurement is not judged against the 2021 statement
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then the determination policy_statements.npps_2021 is not_applicable
    And the determination policy_statement_reasons.npps_2021 is Act procurement; the 2025 statement applies instead

  @ppn_001_status @ppn_001_reason @ppn_in_scope_body
  Scenario Outline: PPN 001 binds central government only (<case>)
    Given the example record "<example>"
    And the record has authority.devolved set to <devolved>
    When the procurement is checked as at 2026-06-01
    Then the determination policy_statements.ppn_001 is <status>
    And the determination policy_statement_reasons.ppn_001 is <reason>

    Examples:
      | case                              | example                       | devolved | status         | reason                                              |
      | a department                      | kinds/open-procedure.yaml     | null     | applies        | central government, not devolved (read as in scope) |
      | a department's framework call-off | kinds/framework-call-off.yaml | null     | applies        | central government, not devolved (read as in scope) |
      | a council                         | highways-resurfacing.yaml     | null     | not_applicable | not central government (PPN 001 para 3)             |
      | the Welsh Government              | kinds/open-procedure.yaml     | welsh    | not_applicable | devolved functions (PPN 001 para 4)                 |

  @ppn_002_status @ppn_002_reason @ppn_002_in_scope
  Scenario Outline: PPN 002 <case>
    Given the example record "<example>"
    And the record has procedure.commenced set to <commenced>
    When the procurement is checked as at 2026-12-01
    Then the determination policy_statements.ppn_002 is <status>
    And the determination policy_statement_reasons.ppn_002 is <reason>

    Examples:
      | case                                                            | example                   | commenced  | status         | reason                                                         |
      | is mandatory for a department's contract commenced from 1 October 2025 | kinds/open-procedure.yaml | 2025-10-01 | applies | in-scope central government contract                         |
      | was in transition for one commenced before 1 October 2025       | kinds/open-procedure.yaml | 2025-09-30 | transition     | commenced in the transition, when the 2025 model was optional |
      | does not bind a council                                         | highways-resurfacing.yaml | 2025-11-03 | not_applicable | not central government (PPN 002 paras 2-3)                    |
      | does not apply to a defence authority's defence and security contract | kinds/defence.yaml  | 2026-02-16 | not_applicable | a defence authority's defence and security contract (para 3) |

  @ppn_002_status @ppn_002_reason @public_contract
  Scenario: PPN 002 does not apply to a below-threshold contract of a department
    Given the example record "kinds/open-procedure.yaml"
    And the record has contract.estimated_value set to {amount: 60000, vat_included: true}
    And the record has procedure.type set to below_threshold_open
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And the determination policy_statements.ppn_002 is not_applicable
    And the determination policy_statement_reasons.ppn_002 is not a public contract
