Feature: Notifiable below-threshold contracts (Procurement Act 2023 Part 6, ss.84 and 87)
  A regulated below-threshold contract is one below its Schedule 1 threshold that is not an
  exempted, concession or utilities contract (s.84(1)). It is notifiable when its estimated value
  (VAT included, s.123(2)) is not less than £12,000 for a central government authority that is not
  a devolved Welsh authority, and £30,000 for any other contracting authority, a Welsh central
  government authority included (s.87(4), as amended by W.S.I. 2024/782). Before advertising a
  notifiable below-threshold contract the authority must publish a below-threshold tender notice,
  the UK4 form on Find a Tender (s.87(1)); no notice is needed when only particular suppliers are
  invited (s.87(2)). Part 6 does not apply to schools or transferred Northern Ireland authorities
  (s.84(2)).

  The example record "town-council-catering.yaml" is a £38,000 + 20% VAT = £45,600 catering
  contract of a town council, advertised without a below-threshold tender notice.

  @PA23-BT-01 @notifiable_below_threshold
  Scenario: An advertised notifiable below-threshold contract without a tender notice
    Given the example record "town-council-catering.yaml"
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £45,600
    And the contract is notifiable below threshold
    And finding PA23-BT-01 is raised
    And the finding PA23-BT-01 cites "PA2023 s.87(1)"

  @PA23-BT-01 @notifiable_below_threshold
  Scenario: The same contract once its below-threshold tender notice is published
    Given the example record "town-council-catering.yaml"
    And the record has notices set to [{code: UK4, date: 2026-04-20}]
    When the procurement is checked as at 2026-06-01
    Then the contract is notifiable below threshold
    And finding PA23-BT-01 is not raised
    And there are no findings

  @PA23-BT-01 @notifiable_below_threshold
  Scenario: A tender notice that is only planned is not yet published
    Given the example record "town-council-catering.yaml"
    And the record has notices set to [{code: UK4, date: 2026-04-20, planned: true}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-BT-01 is raised

  @PA23-BT-01 @notifiable_below_threshold
  Scenario: No tender notice is needed when only particular suppliers are invited (s.87(2))
    Given the example record "town-council-catering.yaml"
    And the record has procedure.type set to below_threshold_limited
    When the procurement is checked as at 2026-06-01
    Then the contract is notifiable below threshold
    And finding PA23-BT-01 is not raised

  @PA23-BT-01 @notifiable_below_threshold @notifiable_amount
  Scenario Outline: A <buyer> contract of £<value> <is> notifiable (s.87(4))
    Given a procurement record:
      """
      id: BT-<authority>
      authority: {name: <buyer>, type: <authority>, devolved: <devolved>}
      contract:
        subject: goods
        estimated_value: {amount: <value>, vat_included: true}
        light_touch: false
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the contract <is> notifiable below threshold
    And finding PA23-BT-01 <is> raised

    Examples:
      | buyer                           | authority          | devolved | value    | is     |
      | Home Office                     | central_government | null     | 12000    | is     |
      | Home Office                     | central_government | null     | 11999.99 | is not |
      | Oakford Town Council            | sub_central        | null     | 30000    | is     |
      | Oakford Town Council            | sub_central        | null     | 29999.99 | is not |
      | Welsh Government                | central_government | welsh    | 29999.99 | is not |
      | Welsh Government                | central_government | welsh    | 30000    | is     |
      | Cyngor Sir Powys                | sub_central        | welsh    | 30000    | is     |

  @PA23-BT-01 @notifiable_below_threshold
  Scenario: VAT counts towards the notifiable amount
    # £10,000 + 20% VAT = £12,000, not less than the central government figure.
    Given a procurement record:
      """
      id: BT-VAT
      authority: {name: Home Office, type: central_government}
      contract:
        subject: goods
        estimated_value: {amount: 10000, vat_included: false, vat_rate: 0.2}
        light_touch: false
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the estimated value is £12,000
    And the contract is notifiable below threshold
    And finding PA23-BT-01 is raised

  @PA23-BT-01 @notifiable_below_threshold
  Scenario: Part 6 does not apply to a school (s.84(2)(a))
    Given the example record "town-council-catering.yaml"
    And the record has authority.name set to Oakford Primary School
    And the record has authority.school set to true
    When the procurement is checked as at 2026-06-01
    Then the contract is not notifiable below threshold
    And finding PA23-BT-01 is not raised
    And there are no findings

  @PA23-BT-01 @notifiable_below_threshold
  Scenario: Part 6 does not apply to a transferred Northern Ireland authority (s.84(2)(b))
    Given the example record "town-council-catering.yaml"
    And the record has authority.name set to Mid Ulster District Council
    And the record has authority.devolved set to transferred_ni
    When the procurement is checked as at 2026-06-01
    Then the contract is not notifiable below threshold
    And finding PA23-BT-01 is not raised

  @PA23-BT-01 @notifiable_below_threshold
  Scenario: An exempted contract is not a regulated below-threshold contract (s.84(1)(a))
    Given the example record "town-council-catering.yaml"
    And the record has contract.exempted set to true
    When the procurement is checked as at 2026-06-01
    Then the contract is not notifiable below threshold
    And finding PA23-BT-01 is not raised

  @PA23-BT-01 @PA23-ROUTE-01 @notifiable_below_threshold
  Scenario: A contract above its threshold is not a below-threshold contract at all
    # £560,000 + 20% VAT = £672,000, not less than row 8's £663,540 for light touch contracts.
    Given the example record "town-council-catering.yaml"
    And the record has contract.estimated_value.amount set to 560000
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And the contract is not notifiable below threshold
    And finding PA23-BT-01 is not raised
    And finding PA23-ROUTE-01 is raised

  # s.84(1)(b)-(c) leave concession and utilities contracts out of Part 6 altogether.
  @PA23-BT-01 @notifiable_below_threshold
  Scenario: A below-threshold utilities contract is not a regulated below-threshold contract (s.84(1)(c))
    Given a procurement record:
      """
      id: BT-UTIL
      authority: {name: Dales Water, type: public_undertaking}
      contract:
        subject: services
        estimated_value: {amount: 50000, vat_included: true}
        utilities: true
        light_touch: false
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And the contract is not notifiable below threshold
    And finding PA23-BT-01 is not raised

  @PA23-BT-01 @notifiable_below_threshold
  Scenario: A below-threshold concession contract is not a regulated below-threshold contract (s.84(1)(b))
    Given the example record "town-council-catering.yaml"
    And the record has contract.concession set to true
    When the procurement is checked as at 2026-06-01
    Then the record is not a public contract
    And the contract is not notifiable below threshold
    And finding PA23-BT-01 is not raised
