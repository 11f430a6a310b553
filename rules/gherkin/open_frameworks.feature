@regime:act
Feature: Awarding frameworks under an open framework (Procurement Act 2023 s.49(10))
  An open framework is a scheme of frameworks that provides for the award of successive frameworks
  on substantially the same terms (s.49(1)). A contracting authority may not award a framework
  under an open framework by direct award under s.41 or s.43 (s.49(10)): each one is awarded after
  a competitive tendering procedure (s.19).

  The example record "kinds/framework.yaml" is a six-year construction framework awarded by the
  competitive flexible procedure. The examples make it part of an open framework.

  @rule:PA23-FW-90 @error @PA2023-s49(10) @duty:PA-S49-10
  Rule: A framework under an open framework awarded by direct award
    The framework is part of an open framework, but the record shows it awarded by {procedure.type}; a
    framework under an open framework may not be awarded by direct award (s.49(10)).

    To comply: award the framework by a competitive tendering procedure under s.19, or award it
    outside the open framework.

    Given the contract is a framework
    And the framework is an open framework
    Then the contract is not awarded directly

    Example: A framework under an open framework awarded directly breaks s.49(10)
      Given the example record "kinds/framework.yaml"
      And the record has contract.framework.open set to true
      And the record has procedure.type set to direct_award
      And the record has procedure.direct_award_ground set to sch5_para13
      When the procurement is checked as at 2026-06-01
      Then finding PA23-FW-90 is raised
      And the finding PA23-FW-90 cites "PA2023 s.49(10)"

    Example: A framework under an open framework awarded by the competitive flexible procedure
      Given the example record "kinds/framework.yaml"
      And the record has contract.framework.open set to true
      When the procurement is checked as at 2026-06-01
      Then finding PA23-FW-90 is not raised

    Example: A framework outside an open framework is not caught by s.49(10)
      Given the example record "kinds/framework.yaml"
      And the record has procedure.type set to direct_award
      And the record has procedure.direct_award_ground set to sch5_para13
      When the procurement is checked as at 2026-06-01
      Then finding PA23-FW-90 is not raised
