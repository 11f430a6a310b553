Feature: Procedure for regulated below-threshold contracts (Procurement Act 2023 Part 6, ss.84-87) and record keeping (s.98)
  A regulated below-threshold contract is a below-threshold contract that is not an exempted, a
  concession or a utilities contract (s.84(1)). Part 6 does not apply to procurement by a school or
  a transferred Northern Ireland authority (s.84(2)). An authority that invites tenders for such a
  contract may not restrict their submission by an assessment of suppliers' suitability to perform
  it, such as their legal and financial capacity or technical ability (s.85(1)-(2)). So there is
  no separate selection stage.
  The exception is a works contract with an estimated value of at least £138,760 (central
  government) or £213,477 (any other authority) for a procurement commenced before 1 January 2026,
  and £135,018 or £207,720 for one commenced on or after that day (s.85(3), as amended by
  S.I. 2025/1200 reg 2(2); reg 3 keeps the old figures for earlier procurements).
  s.85 does not apply to a devolved Welsh authority or to an award under a framework (s.85(5)).
  Before inviting tenders the authority must have regard to the barriers that SMEs face (s.86).
  Time limits in a below-threshold tender notice must be reasonable and the same for every
  supplier (s.87(6)). For a public contract that is not a defence and security contract, the
  authority keeps records of its material decisions and of its communications with suppliers. It
  keeps them until notice of a decision not to award, or for three years beginning with the day the
  contract is entered into (s.98).

  The example record "town-council-catering.yaml" is a £45,600 (£38,000 + 20% VAT) catering
  contract of a town council, advertised as a below-threshold open procedure.

  # -- s.85: no suitability assessment ----------------------------------------------------------

  @PA23-PART6-01 @suitability_assessment_barred @regulated_below_threshold
  Scenario: Tenders for a regulated below-threshold contract restricted by a selection stage
    Given the example record "town-council-catering.yaml"
    And the record has procedure.suitability_assessment set to true
    When the procurement is checked as at 2026-06-01
    Then the determination regulated_below_threshold is true
    And the determination below_threshold.suitability_assessment_barred is true
    And finding PA23-PART6-01 is raised
    And the finding PA23-PART6-01 cites "PA2023 s.85(1)"

  @PA23-PART6-01
  Scenario: Every supplier may tender, and suitability is assessed with the tenders
    Given the example record "town-council-catering.yaml"
    And the record has procedure.suitability_assessment set to false
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PART6-01 is not raised

  @PA23-PART6-01
  Scenario: A record that does not say whether tenders were restricted cannot be checked
    Given the example record "town-council-catering.yaml"
    When the procurement is checked as at 2026-06-01
    Then rule PA23-PART6-01 is not demonstrated for lack of procedure.suitability_assessment

  @PA23-PART6-01 @s85_works_exception @s85_works_amount
  Scenario Outline: A <buyer> works contract of £<value> commenced on <commenced>: suitability assessment <allowed>
    Given a procurement record:
      """
      id: WORKS-<authority>-<commenced>
      authority: {name: <buyer>, type: <authority>}
      contract:
        subject: works
        estimated_value: {amount: <value>, vat_included: true}
      procedure: {type: below_threshold_open, suitability_assessment: true, commenced: <commenced>}
      """
    When the procurement is checked as at 2026-06-01
    Then the determination below_threshold.s85_works_amount is <amount>
    And finding PA23-PART6-01 <is> raised

    Examples: a central government authority (s.85(3)(a))
      | buyer       | authority          | commenced  | value     | amount | allowed     | is     |
      | Home Office | central_government | 2025-12-31 | 138760    | 138760 | allowed     | is not |
      | Home Office | central_government | 2025-12-31 | 138759.99 | 138760 | not allowed | is     |
      | Home Office | central_government | 2025-12-31 | 136000    | 138760 | not allowed | is     |
      | Home Office | central_government | 2026-01-01 | 136000    | 135018 | allowed     | is not |
      | Home Office | central_government | 2026-01-01 | 135018    | 135018 | allowed     | is not |
      | Home Office | central_government | 2026-01-01 | 135017.99 | 135018 | not allowed | is     |

    Examples: any other authority (s.85(3)(b))
      | buyer                | authority   | commenced  | value     | amount | allowed     | is     |
      | Oakford Town Council | sub_central | 2025-12-31 | 213477    | 213477 | allowed     | is not |
      | Oakford Town Council | sub_central | 2025-12-31 | 213476.99 | 213477 | not allowed | is     |
      | Oakford Town Council | sub_central | 2025-12-31 | 210000    | 213477 | not allowed | is     |
      | Oakford Town Council | sub_central | 2026-01-01 | 210000    | 207720 | allowed     | is not |
      | Oakford Town Council | sub_central | 2026-01-01 | 207720    | 207720 | allowed     | is not |
      | Oakford Town Council | sub_central | 2026-01-01 | 207719.99 | 207720 | not allowed | is     |

  @PA23-PART6-01 @s85_works_exception
  Scenario: The s.85(3) exception is for works contracts only
    # A £300,000 light touch services contract is below row 8's £663,540, so it is a regulated
    # below-threshold contract. It is worth more than the £207,720 of s.85(3)(b), but it is not a
    # works contract.
    Given the example record "town-council-catering.yaml"
    And the record has contract.estimated_value set to {amount: 300000, vat_included: true}
    And the record has procedure.suitability_assessment set to true
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And finding PA23-PART6-01 is raised

  @PA23-PART6-01 @suitability_assessment_barred
  Scenario Outline: s.85 does not apply to <case> (<why>)
    Given the example record "town-council-catering.yaml"
    And the record has procedure.suitability_assessment set to true
    And the record has <field> set to <value>
    When the procurement is checked as at 2026-06-01
    Then the determination below_threshold.suitability_assessment_barred is false
    And finding PA23-PART6-01 is not raised

    Examples:
      | case                                       | why       | field                 | value          |
      | a devolved Welsh authority                 | s.85(5)(a) | authority.devolved    | welsh          |
      | an award under a framework                 | s.85(5)(c) | procedure.type        | call_off       |
      | a school                                   | s.84(2)(a) | authority.school      | true           |
      | a transferred Northern Ireland authority   | s.84(2)(b) | authority.devolved    | transferred_ni |
      | an exempted contract                       | s.84(1)(a) | contract.exempted     | true           |
      | a concession contract                      | s.84(1)(b) | contract.concession   | true           |

  @PA23-PART6-01 @PA23-ROUTE-01 @regulated_below_threshold
  Scenario: A contract above its threshold is not a regulated below-threshold contract
    # £560,000 + 20% VAT = £672,000, not less than row 8's £663,540 for light touch contracts.
    Given the example record "town-council-catering.yaml"
    And the record has contract.estimated_value.amount set to 560000
    And the record has procedure.suitability_assessment set to true
    When the procurement is checked as at 2026-06-01
    Then the determination regulated_below_threshold is false
    And finding PA23-PART6-01 is not raised
    And finding PA23-ROUTE-01 is raised

  @PA23-PART6-01
  Scenario: Only an advertised procedure is checked for a suitability stage
    # s.85(1) speaks of inviting tenders; procrules does not read an invitation to chosen suppliers
    # as a restriction by suitability (see the rule's uncertain note).
    Given the example record "town-council-catering.yaml"
    And the record has procedure.type set to below_threshold_limited
    And the record has procedure.suitability_assessment set to true
    When the procurement is checked as at 2026-06-01
    Then finding PA23-PART6-01 is not raised

  # -- s.86: SMEs ---------------------------------------------------------------------------------

  @PA23-PART6-02
  Scenario Outline: Before inviting tenders by a <procedure> procedure, consider the barriers SMEs face
    Given the example record "town-council-catering.yaml"
    And the record has procedure.type set to <procedure>
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-PART6-02 is raised

    Examples:
      | procedure               |
      | below_threshold_open    |
      | below_threshold_limited |

  @PA23-PART6-02
  Scenario Outline: No s.86 prompt for <case>
    Given the example record "town-council-catering.yaml"
    And the record has <field> set to <value>
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-PART6-02 is not raised

    Examples:
      | case                                         | field            | value    |
      | a call-off under a framework (s.86(2))       | procedure.type   | call_off |
      | a school (s.84(2)(a))                        | authority.school | true     |

  @PA23-PART6-02
  Scenario: No s.86 prompt for a public contract, which s.12(4) covers instead
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-PART6-02 is not raised

  # -- s.87(6): time limits in a below-threshold tender notice ------------------------------------

  @PA23-PART6-03 @below_threshold_tendering_days
  Scenario: A below-threshold tender notice's time limits must be reasonable and the same for all
    # Notice Mon 20 Apr 2026, tenders due Mon 18 May 2026: 28 days later.
    Given the example record "town-council-catering.yaml"
    And the record has notices set to [{code: UK4, date: 2026-04-20}]
    And the record has milestones.tender_deadline set to 2026-05-18
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-PART6-03 is raised
    And the determination below_threshold.tendering_days is 28

  @PA23-PART6-03
  Scenario: No s.87(6) prompt before a below-threshold tender notice is published
    Given the example record "town-council-catering.yaml"
    And the record has notices set to [{code: UK4, date: 2026-04-20, planned: true}]
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-PART6-03 is not raised

  # -- s.98: records ------------------------------------------------------------------------------

  @PA23-RECORDS-01 @records_keep_until
  Scenario: Records of a public contract are kept for three years beginning with the day it is entered into
    # Entered into Mon 16 Mar 2026: the three years beginning with that day end on Thu 15 Mar 2029.
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-RECORDS-01 is raised
    And the determination records.keep_until is Thu 15 Mar 2029

  @PA23-RECORDS-01
  Scenario: s.98 does not apply to a defence and security contract (s.98(5))
    Given the example record "dfe-managed-print.yaml"
    And the record has contract.defence_and_security set to true
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-RECORDS-01 is not raised

  @PA23-RECORDS-01
  Scenario: s.98 is about public contracts, not below-threshold ones
    Given the example record "town-council-catering.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt PA23-RECORDS-01 is not raised
