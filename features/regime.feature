Feature: Which law governs the procurement (S.I. 2024/716 reg 2(2); Procurement Act 2023 s.2)
  The Act and the Procurement Regulations 2024 came into force on 24 February 2025 (S.I. 2024/716
  reg 2(2), as amended by S.I. 2024/959). A procurement commenced before that day stays under the
  Public Contracts Regulations 2015, the Utilities Contracts Regulations 2016, the Concession
  Contracts Regulations 2016 or the Defence and Security Public Contracts Regulations 2011, and no
  finding under the Act is raised for it.
  The Act binds contracting authorities (s.2(1)): a public authority always, but a public
  undertaking or a private utility only for a utilities contract.

  @PA23-REGIME-01 @PA23-STANDSTILL-01 @regime
  Scenario: A procurement commenced before 24 February 2025 stays under the old regulations
    # Under the Act the highways contract would be signed a day too early (see standstill.feature);
    # under the old regime the Act's standstill rule does not apply.
    Given the example record "highways-resurfacing.yaml"
    And the record has procedure.commenced set to 2025-02-21
    When the procurement is checked as at 2026-06-01
    Then the regime is old_regime
    And finding PA23-REGIME-01 is raised
    And the finding PA23-REGIME-01 cites "S.I. 2024/716 reg 2(2)"
    And finding PA23-STANDSTILL-01 is not raised
    And the findings are PA23-REGIME-01
    And no standstill applies

  @PA23-REGIME-01 @PA23-ROUTE-01 @NPPS-UP-PME-01 @regime
  Scenario: No Act finding or prompt is raised for an old-regime procurement
    Given a procurement record:
      """
      id: OLD-1
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 900000, vat_included: true}
        light_touch: false
      procedure: {type: below_threshold_open, commenced: 2025-01-13}
      """
    When the procurement is checked as at 2026-06-01
    Then the regime is old_regime
    And the findings are PA23-REGIME-01
    And finding PA23-ROUTE-01 is not raised
    And prompt NPPS-UP-PME-01 is not raised

  @PA23-REGIME-01 @PA23-STANDSTILL-01 @regime
  Scenario: A procurement commenced on 24 February 2025 is under the Act
    Given the example record "highways-resurfacing.yaml"
    And the record has procedure.commenced set to 2025-02-24
    When the procurement is checked as at 2026-06-01
    Then the regime is act
    And finding PA23-REGIME-01 is not raised
    And finding PA23-STANDSTILL-01 is raised

  @PA23-REGIME-01 @regime
  Scenario: A procurement without a commencement date cannot be placed under either law
    Given the example record "dfe-managed-print.yaml"
    And the record has procedure.commenced set to null
    When the procurement is checked as at 2026-06-01
    Then rule PA23-REGIME-01 is not demonstrated for lack of procedure.commenced

  @PA23-REGIME-01 @PA23-SCOPE-06 @regime @contracting_authority
  Scenario: A public undertaking buying a contract that is not a utilities contract is not bound by the Act
    Given a procurement record:
      """
      id: PU-1
      authority: {name: Dales Water, type: public_undertaking}
      contract:
        subject: services
        estimated_value: {amount: 900000, vat_included: true}
        utilities: false
        light_touch: false
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the regime is not_a_contracting_authority
    And finding PA23-REGIME-01 is not raised
    And the findings are PA23-SCOPE-06

  @PA23-SCOPE-06 @regime @contracting_authority
  Scenario: A private utility buying a contract that is not a utilities contract is not bound by the Act
    Given a procurement record:
      """
      id: PRIV-1
      authority: {name: Northern Rail Ltd, type: private_utility}
      contract:
        subject: goods
        estimated_value: {amount: 900000, vat_included: true}
        utilities: false
        light_touch: false
      procedure: {type: open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the regime is not_a_contracting_authority
    And the findings are PA23-SCOPE-06

  @PA23-ROUTE-01 @regime @contracting_authority
  Scenario: A public undertaking buying a utilities contract is bound by the Act
    Given a procurement record:
      """
      id: PU-2
      authority: {name: Dales Water, type: public_undertaking}
      contract:
        subject: services
        estimated_value: {amount: 900000, vat_included: true}
        utilities: true
        light_touch: false
      procedure: {type: below_threshold_open, commenced: 2026-02-02}
      """
    When the procurement is checked as at 2026-06-01
    Then the regime is act
    And the threshold is £415,440 from row 6
    And finding PA23-ROUTE-01 is raised
