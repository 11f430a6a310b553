Feature: Dynamic market notices (Procurement Act 2023 s.39)
  Before establishing a dynamic market, a contracting authority publishes a notice of its intention
  (UK13, s.39(2)); as soon as reasonably practicable after establishing it, a notice that it has
  been established (UK14, s.39(3)); after each modification, including admitting or removing
  members, a notice setting out the modifications (UK15, s.39(4)); and after the market ceases to
  operate, a notice that it has ceased (UK16, s.39(5)) — the last not for private utilities
  (s.39(6)). "Before establishing" orders two acts, so an intention notice published on the day the
  market is established is not shown to be late. "As soon as reasonably practicable" sets no number
  of days: a missing notice is a warning from the day of the event.

  Background:
    Given a procurement record:
      """
      # A council establishing a dynamic market for home-to-school transport on 2 March 2026.
      id: DM-SCHOOL-TRANSPORT
      title: Home-to-school transport dynamic market
      authority: {name: Shropshire Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 2000000, vat_included: true}
        cpv: ["60130000"]
        light_touch: false
        dynamic_market: true
      procedure: {commenced: 2026-01-12}
      notices:
        - {code: UK13, date: 2026-01-12}
        - {code: UK14, date: 2026-03-04}
      milestones:
        conflicts_assessment: 2026-01-05
        dynamic_market_established: 2026-03-02
      """

  @PA23-UK13-MISSING @PA23-UK13-LATE @PA23-UK13-DUPLICATE @PA23-UK14-MISSING @PA23-UK14-EARLY @PA23-UK14-DUPLICATE
  Scenario: Intention before establishment, establishment notice after it
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK13-MISSING is not raised
    And finding PA23-UK13-LATE is not raised
    And finding PA23-UK13-DUPLICATE is not raised
    And finding PA23-UK14-MISSING is not raised
    And finding PA23-UK14-EARLY is not raised
    And finding PA23-UK14-DUPLICATE is not raised

  @PA23-UK13-MISSING @PA23-UK14-MISSING
  Scenario: A market established without either notice
    Given the record has notices set to []
    When the procurement is checked as at 2026-03-03
    Then finding PA23-UK13-MISSING is raised
    And the finding PA23-UK13-MISSING cites "PA2023 s.39(2)"
    And finding PA23-UK14-MISSING is raised
    And the finding PA23-UK14-MISSING cites "PA2023 s.39(3)"

  @PA23-UK13-MISSING
  Scenario: On the day the market is established the intention notice may still come first
    Given the record has notices set to []
    When the procurement is checked as at 2026-03-02
    Then finding PA23-UK13-MISSING is not raised

  @PA23-UK13-LATE
  Scenario: An intention notice published the day after the market was established is late
    Given the record has notices set to [{code: UK13, date: 2026-03-03}, {code: UK14, date: 2026-03-04}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK13-LATE is raised

  @PA23-UK13-LATE
  Scenario: An intention notice published the day the market is established is not shown to be late
    Given the record has notices set to [{code: UK13, date: 2026-03-02}, {code: UK14, date: 2026-03-04}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK13-LATE is not raised

  @PA23-UK13-DUPLICATE @PA23-UK14-DUPLICATE
  Scenario: One intention and one establishment notice are expected for a market
    Given the record has notices set to [{code: UK13, date: 2026-01-12}, {code: UK13, date: 2026-01-19}, {code: UK14, date: 2026-03-04}, {code: UK14, date: 2026-03-09}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK13-DUPLICATE is raised
    And finding PA23-UK14-DUPLICATE is raised

  @PA23-UK14-EARLY
  Scenario: An establishment notice cannot come before the market is established
    Given the record has notices set to [{code: UK13, date: 2026-01-12}, {code: UK14, date: 2026-03-01}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK14-EARLY is raised

  @PA23-UK13-MISSING @PA23-UK14-MISSING
  Scenario: A record that does not show a market established needs neither notice
    Given the record has milestones.dynamic_market_established set to null
    And the record has notices set to []
    When the procurement is checked as at 2026-06-01
    Then finding PA23-UK13-MISSING is not raised
    And finding PA23-UK14-MISSING is not raised

  @PA23-UK15-MISSING @first_dm_modification
  Scenario: A modification of the market needs a modification notice (s.39(4))
    Given the record has contract_management.dynamic_market_modifications set to [{date: 2026-09-07, description: Two operators admitted}]
    When the procurement is checked as at 2026-09-08
    Then the determination contract_stage.first_dynamic_market_modification is Mon 7 Sep 2026
    And finding PA23-UK15-MISSING is raised
    And the finding PA23-UK15-MISSING cites "PA2023 s.39(4)"

  @PA23-UK15-MISSING @PA23-UK15-EARLY
  Scenario: A modification notice published after the modification
    Given the record has contract_management.dynamic_market_modifications set to [{date: 2026-09-07, description: Two operators admitted}]
    And the record has notices set to [{code: UK13, date: 2026-01-12}, {code: UK14, date: 2026-03-04}, {code: UK15, date: 2026-09-10}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-UK15-MISSING is not raised
    And finding PA23-UK15-EARLY is not raised

  @PA23-UK15-EARLY
  Scenario: A modification notice cannot come before the modification
    Given the record has contract_management.dynamic_market_modifications set to [{date: 2026-09-07, description: Two operators admitted}]
    And the record has notices set to [{code: UK13, date: 2026-01-12}, {code: UK14, date: 2026-03-04}, {code: UK15, date: 2026-09-01}]
    When the procurement is checked as at 2026-10-01
    Then finding PA23-UK15-EARLY is raised

  @PA23-UK15-01 @dm_modification_count
  Scenario: Each modification of the market needs its notice
    Given the record has contract_management.dynamic_market_modifications set to [{date: 2026-09-07, description: Two operators admitted}, {date: 2027-01-11, description: One operator removed}]
    And the record has notices set to [{code: UK13, date: 2026-01-12}, {code: UK14, date: 2026-03-04}, {code: UK15, date: 2026-09-10}]
    When the procurement is checked as at 2027-02-01
    Then finding PA23-UK15-01 is raised

  @PA23-UK15-01
  Scenario: A modification notice after each modification
    Given the record has contract_management.dynamic_market_modifications set to [{date: 2026-09-07, description: Two operators admitted}, {date: 2027-01-11, description: One operator removed}]
    And the record has notices set to [{code: UK13, date: 2026-01-12}, {code: UK14, date: 2026-03-04}, {code: UK15, date: 2026-09-10}, {code: UK15, date: 2027-01-13}]
    When the procurement is checked as at 2027-02-01
    Then finding PA23-UK15-01 is not raised

  @PA23-UK16-MISSING
  Scenario: A market that ceased to operate needs a cessation notice (s.39(5))
    Given the record has milestones.dynamic_market_ceased set to 2029-02-28
    When the procurement is checked as at 2029-03-01
    Then finding PA23-UK16-MISSING is raised
    And the finding PA23-UK16-MISSING cites "PA2023 s.39(5)"

  @PA23-UK16-MISSING @PA23-UK16-EARLY @PA23-UK16-DUPLICATE
  Scenario: One cessation notice published after the market ceased
    Given the record has milestones.dynamic_market_ceased set to 2029-02-28
    And the record has notices set to [{code: UK13, date: 2026-01-12}, {code: UK14, date: 2026-03-04}, {code: UK16, date: 2029-03-01}]
    When the procurement is checked as at 2029-04-02
    Then finding PA23-UK16-MISSING is not raised
    And finding PA23-UK16-EARLY is not raised
    And finding PA23-UK16-DUPLICATE is not raised

  @PA23-UK16-EARLY
  Scenario: A cessation notice cannot come before the market ceases
    Given the record has milestones.dynamic_market_ceased set to 2029-02-28
    And the record has notices set to [{code: UK13, date: 2026-01-12}, {code: UK14, date: 2026-03-04}, {code: UK16, date: 2029-02-27}]
    When the procurement is checked as at 2029-04-02
    Then finding PA23-UK16-EARLY is raised

  @PA23-UK16-DUPLICATE
  Scenario: One cessation notice is expected
    Given the record has milestones.dynamic_market_ceased set to 2029-02-28
    And the record has notices set to [{code: UK13, date: 2026-01-12}, {code: UK14, date: 2026-03-04}, {code: UK16, date: 2029-03-01}, {code: UK16, date: 2029-03-05}]
    When the procurement is checked as at 2029-04-02
    Then finding PA23-UK16-DUPLICATE is raised

  @PA23-UK16-MISSING @PA23-UK14-MISSING
  Scenario: A private utility publishes no cessation notice (s.39(6)), but does publish the others
    Given the record has authority set to {name: Dales Water plc, type: private_utility}
    And the record has contract.utilities set to true
    And the record has milestones.dynamic_market_ceased set to 2029-02-28
    When the procurement is checked as at 2029-03-01
    Then finding PA23-UK16-MISSING is not raised
    And finding PA23-UK14-MISSING is not raised
