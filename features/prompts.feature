Feature: Strategic prompts: preliminary market engagement (Procurement Act 2023 ss.16-17; NPPS 2025)
  Before publishing a tender notice an authority may engage the market (s.16) and, if it does,
  must publish a preliminary market engagement notice (UK2) or give reasons in the tender notice
  (s.17). The National Procurement Policy Statement 2025 (s.13) asks authorities to test their
  requirements with the market, SMEs and VCSEs included. A prompt is a question, not a finding: it is
  raised for a public contract tendered by the open or competitive flexible procedure with no UK2 on
  record. It is not raised for a private utility (s.17(3); s.13(10)(a)), nor for a devolved Welsh
  or transferred Northern Ireland authority, which have regard to their own policy statements
  (s.13(10)(d), s.14).

  The example record "dfe-managed-print.yaml" is a Department for Education open procedure with a
  tender notice (UK4) but no UK2.

  @NPPS-UP-PME-01
  Scenario: An open procedure with no preliminary market engagement notice
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is raised
    And there are no findings

  @NPPS-UP-PME-01
  Scenario: A competitive flexible procedure with no preliminary market engagement notice
    Given the example record "dfe-managed-print.yaml"
    And the record has procedure.type set to competitive_flexible
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is raised

  @NPPS-UP-PME-01
  Scenario: The same procedure once a preliminary market engagement notice is published
    Given the example record "dfe-managed-print.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-03}, {code: UK4, date: 2026-01-12}, {code: UK6, date: 2026-03-02}]
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised

  @NPPS-UP-PME-01
  Scenario: A preliminary market engagement notice that is only planned does not answer the prompt
    Given the example record "dfe-managed-print.yaml"
    And the record has notices set to [{code: UK2, date: 2025-11-03, planned: true}, {code: UK4, date: 2026-01-12}]
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is raised

  @NPPS-UP-PME-01
  Scenario Outline: No prompt for a <buyer> (<why>)
    Given the example record "dfe-managed-print.yaml"
    And the record has authority.name set to <buyer>
    And the record has authority.devolved set to <devolved>
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised

    Examples:
      | buyer                              | devolved       | why                                          |
      | Welsh Government                   | welsh          | devolved Welsh authority: the WPPS applies   |
      | Department of Education NI         | transferred_ni | transferred Northern Ireland authority       |

  @NPPS-UP-PME-01
  Scenario: No prompt for a private utility (s.17(3))
    Given a procurement record:
      """
      id: PRIV-2
      authority: {name: Northern Rail Ltd, type: private_utility}
      contract:
        subject: services
        estimated_value: {amount: 900000, vat_included: true}
        utilities: true
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And prompt NPPS-UP-PME-01 is not raised

  @NPPS-UP-PME-01
  Scenario Outline: No prompt for an award that is not an open or competitive flexible procedure (<procedure>)
    Given the example record "dfe-managed-print.yaml"
    And the record has procedure.type set to <procedure>
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised

    Examples:
      | procedure            |
      | direct_award         |
      | call_off             |
      | dynamic_market_award |

  @NPPS-UP-PME-01
  Scenario: No prompt for a below-threshold contract
    Given the example record "town-council-catering.yaml"
    When the procurement is checked as at 2026-06-01
    Then prompt NPPS-UP-PME-01 is not raised
