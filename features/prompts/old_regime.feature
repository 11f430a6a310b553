Feature: Strategic prompts for a procurement under the old regulations (S.I. 2024/716 reg 2; NPPS 2021, PPN 05/21)
  A procurement commenced before 24 February 2025 stays under the Public Contracts Regulations
  2015 and the other old regulations, and no Act finding or Act prompt is raised for it. The 2021
  National Procurement Policy Statement (PPN 05/21, 3 June 2021) is the one its contract was let
  under; its social value priority asked for new businesses, jobs and skills, action on climate
  change and waste, and a diverse and resilient supply chain. When such a contract is re-let, the
  new procurement will be under the Act.

  The example record "kinds/pre-act.yaml" is an NHS trust's facilities management contract
  commenced on 20 January 2025 and entered into on 1 July 2025.

  @NPPS21-DOWN-SV-01 @CYCLE-DOWN-RELET-01 @NPPS-UP-PME-01 @PA23-RECORDS-01 @npps_2021_status
  Scenario: A live contract let under the old regulations gets the 2021 statement's question and a re-procurement question
    Given the example record "kinds/pre-act.yaml"
    When the procurement is checked as at 2026-12-01
    Then the regime is old_regime
    And the determination policy_statements.npps_2021 is applies
    And prompt NPPS21-DOWN-SV-01 is raised
    And prompt CYCLE-DOWN-RELET-01 is raised
    And prompt NPPS-UP-PME-01 is not raised
    And prompt PA23-RECORDS-01 is not raised

  @NPPS21-DOWN-SV-01 @CYCLE-DOWN-RELET-01
  Scenario: A contract procured before the 2021 statement was published is asked only about re-procurement
    Given the example record "kinds/pre-act.yaml"
    And the record has procedure.commenced set to 2021-01-04
    When the procurement is checked as at 2026-12-01
    Then the determination policy_statements.npps_2021 is not_applicable
    And prompt NPPS21-DOWN-SV-01 is not raised
    And prompt CYCLE-DOWN-RELET-01 is raised

  @NPPS21-DOWN-SV-01 @CYCLE-DOWN-RELET-01
  Scenario: An old-regime procurement whose contract is not yet entered into raises neither
    Given the example record "kinds/pre-act.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-12-01
    Then prompt NPPS21-DOWN-SV-01 is not raised
    And prompt CYCLE-DOWN-RELET-01 is not raised
