Feature: Frameworks (Procurement Act 2023 ss.45, 47 and 49)
  A framework is a contract that provides for the future award of contracts (s.45(2)). Its term may
  not exceed four years, or eight years for a defence and security framework or a utilities
  framework (s.47(1), (4)), unless the authority considers the nature of what is to be supplied
  requires a longer term, and then it must set out its reasons in the tender or transparency notice
  for the framework (s.47(2)-(3)). "May not exceed" means a term of exactly four (or eight) years
  is within the limit. s.47 does not apply to a framework awarded under an open framework, to a
  framework awarded by a private utility, or to a light touch framework (s.47(5)).

  An open framework is a scheme of successive frameworks; its final framework must expire at the
  end of the period of eight years beginning with the day the first is awarded (s.49(2)(c)), and
  s.47(2)'s reasons do not lengthen that.

  A framework cannot be used to award a concession contract or another framework: s.45 "does not
  apply in relation to the award of" either (s.45(8)), so such a call-off has no lawful route to
  award (s.11(2)).

  Background:
    Given a procurement record:
      """
      # A council's £4m goods framework (row 12 threshold £207,720 in 2026: a public contract).
      id: FW-FURNITURE
      title: Office furniture framework
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 4000000, vat_included: true}
        cpv: ["39130000"]
        framework: {term_years: 4}
      procedure: {type: open, commenced: 2026-03-02}
      notices:
        - {code: UK4, date: 2026-03-02}
      milestones: {conflicts_assessment: 2026-02-23}
      """

  @PA23-FW-01 @framework_maximum_term_years
  Scenario: A four-year framework is within the limit (s.47(1)(b))
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And the determination framework.maximum_term_years is 4
    And finding PA23-FW-01 is not raised

  @PA23-FW-01
  Scenario: A framework of four years and three months, with no reasons, exceeds it
    Given the record has contract.framework.term_years set to 4.25
    When the procurement is checked as at 2026-06-01
    Then finding PA23-FW-01 is raised
    And the finding PA23-FW-01 cites "PA2023 s.47(1)"

  @PA23-FW-01
  Scenario: A longer term is allowed with reasons set out in the tender notice (s.47(2)-(3))
    Given the record has contract.framework.term_years set to 6
    And the record has contract.framework.reasons_for_longer_term set to Furniture is replaced over a six-year estate programme.
    When the procurement is checked as at 2026-06-01
    Then finding PA23-FW-01 is not raised

  @PA23-FW-01 @framework_maximum_term_years
  Scenario Outline: A <kind> framework may run for eight years (s.47(1)(a))
    Given the record has contract.<flag> set to true
    And the record has contract.framework.term_years set to 8
    When the procurement is checked as at 2026-06-01
    Then the determination framework.maximum_term_years is 8
    And finding PA23-FW-01 is not raised

    Examples:
      | kind                 | flag                 |
      | defence and security | defence_and_security |
      | utilities            | utilities            |

  @PA23-FW-01
  Scenario Outline: A <kind> framework of nine years, with no reasons, exceeds the eight-year limit
    Given the record has contract.<flag> set to true
    And the record has contract.framework.term_years set to 9
    When the procurement is checked as at 2026-06-01
    Then finding PA23-FW-01 is raised

    Examples:
      | kind                 | flag                 |
      | defence and security | defence_and_security |
      | utilities            | utilities            |

  @PA23-FW-01
  Scenario: An ordinary framework does not get the eight-year limit
    Given the record has contract.framework.term_years set to 8
    When the procurement is checked as at 2026-06-01
    Then finding PA23-FW-01 is raised

  @PA23-FW-01 @PA23-FW-02 @framework_maximum_term_years
  Scenario: s.47 does not apply to a framework under an open framework (s.47(5)(a))
    Given the record has contract.framework set to {term_years: 6, open: true}
    When the procurement is checked as at 2026-06-01
    Then the determination framework.maximum_term_years is null
    And finding PA23-FW-01 is not raised
    And finding PA23-FW-02 is not raised

  @PA23-FW-01 @framework_maximum_term_years
  Scenario: s.47 does not apply to a framework awarded by a private utility (s.47(5)(b))
    Given the record has authority set to {name: Northern Rail Ltd, type: private_utility}
    And the record has contract.utilities set to true
    And the record has contract.framework.term_years set to 12
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And the determination framework.maximum_term_years is null
    And finding PA23-FW-01 is not raised

  @PA23-FW-01 @framework_maximum_term_years
  Scenario: s.47 does not apply to a light touch framework (s.47(5)(c))
    # Row 8 (light touch) threshold £663,540: the £4m framework is still a public contract.
    Given the record has contract.subject set to services
    And the record has contract.light_touch set to true
    And the record has contract.framework.term_years set to 7
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And the determination framework.maximum_term_years is null
    And finding PA23-FW-01 is not raised

  @PA23-FW-01
  Scenario: A framework whose term is not recorded cannot be checked
    Given the record has contract.framework.term_years set to null
    When the procurement is checked as at 2026-06-01
    Then rule PA23-FW-01 is not demonstrated for lack of contract.framework.term_years

  @PA23-FW-01 @PA23-FW-02 @framework_maximum_term_years
  Scenario: A contract that is not a framework has no framework term to check
    Given the record has contract.framework set to null
    When the procurement is checked as at 2026-06-01
    Then the determination framework.maximum_term_years is null
    And finding PA23-FW-01 is not raised
    And finding PA23-FW-02 is not raised

  @PA23-FW-02
  Scenario: An open framework may run for eight years from its first award (s.49(2)(c))
    Given the record has contract.framework set to {term_years: 8, open: true}
    When the procurement is checked as at 2026-06-01
    Then finding PA23-FW-02 is not raised

  @PA23-FW-02
  Scenario: An open framework of eight and a half years runs too long
    Given the record has contract.framework set to {term_years: 8.5, open: true}
    When the procurement is checked as at 2026-06-01
    Then finding PA23-FW-02 is raised
    And the finding PA23-FW-02 cites "PA2023 s.49(2)(c)"

  @PA23-FW-02
  Scenario: Reasons for a longer term do not lengthen an open framework
    Given the record has contract.framework set to {term_years: 10, open: true, reasons_for_longer_term: Long-lived estate.}
    When the procurement is checked as at 2026-06-01
    Then finding PA23-FW-02 is raised

  @PA23-FW-02
  Scenario: The eight years bind an open framework even for a private utility
    Given the record has authority set to {name: Northern Rail Ltd, type: private_utility}
    And the record has contract.utilities set to true
    And the record has contract.framework set to {term_years: 9, open: true}
    When the procurement is checked as at 2026-06-01
    Then finding PA23-FW-02 is raised

  @PA23-FW-03 @PA23-FW-04
  Scenario: An ordinary contract may be called off under a framework
    Given a procurement record:
      """
      id: CO-LAPTOPS
      title: Laptop refresh (call-off)
      authority: {name: HM Revenue and Customs, type: central_government}
      contract:
        subject: goods
        estimated_value: {amount: 1500000, vat_included: true}
        cpv: ["30213100"]
      procedure: {type: call_off, commenced: 2026-06-01}
      notices:
        - {code: UK6, date: 2026-06-22}
      """
    When the procurement is checked as at 2026-07-01
    Then finding PA23-FW-03 is not raised
    And finding PA23-FW-04 is not raised
    And the procedure is permitted

  @PA23-FW-03
  Scenario: A concession contract cannot be called off under a framework (s.45(8)(a))
    # Row 9 (concession) threshold £5,193,000 in 2026: a £6m concession is a public contract.
    Given a procurement record:
      """
      id: CO-LEISURE
      title: Leisure centre operation (call-off)
      authority: {name: Bristol City Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 6000000, vat_included: true}
        cpv: ["92610000"]
        light_touch: false
        concession: true
      procedure: {type: call_off, commenced: 2026-06-01}
      """
    When the procurement is checked as at 2026-07-01
    Then the record is a public contract
    And finding PA23-FW-03 is raised
    And the finding PA23-FW-03 cites "PA2023 s.45(8)(a)"
    And the procedure is not permitted

  @PA23-FW-03
  Scenario: The same concession awarded after a competitive flexible procedure is not a call-off
    Given a procurement record:
      """
      id: CFP-LEISURE
      title: Leisure centre operation
      authority: {name: Bristol City Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 6000000, vat_included: true}
        cpv: ["92610000"]
        light_touch: false
        concession: true
      procedure: {type: competitive_flexible, commenced: 2026-06-01}
      """
    When the procurement is checked as at 2026-07-01
    Then finding PA23-FW-03 is not raised

  @PA23-FW-04 @framework_awarded
  Scenario: A framework cannot be called off under another framework (s.45(8)(b))
    Given a procurement record:
      """
      id: CO-SUBFRAMEWORK
      title: Regional furniture framework called off a national framework
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 4000000, vat_included: true}
        cpv: ["39130000"]
        framework: {term_years: 3}
      procedure: {type: call_off, commenced: 2026-06-01}
      """
    When the procurement is checked as at 2026-07-01
    Then finding PA23-FW-04 is raised
    And the finding PA23-FW-04 cites "PA2023 s.45(8)(b)"
    And the procedure is not permitted
