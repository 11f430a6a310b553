Feature: Policy-note prompts for a central government works contract (PPN 002, 006, 011, 018, 022)
  The policy notes issued with the Act bind central government departments, their executive
  agencies and NDPBs, read here as a central government authority that is not devolved. PPN 006
  (carbon reduction plans), PPN 009 (modern slavery), PPN 011 (the commercial playbooks), PPN 014
  (Cyber Essentials) and PPN 018 (payment practice; PPN 015 before 1 October 2025) leave out special
  regime contracts; PPN 022 (steel) does not. PPN 006 and PPN 018 reach contracts worth more than
  £5m a year, which a record without a term can only screen on the whole-contract value. A council
  gets none of these prompts; the NPPS asks it its own questions. The record below is a Ministry
  of Justice works contract of £20m, tendered by the competitive flexible procedure.

  Background:
    Given a procurement record:
      """
      id: MOJ-WORKS
      title: New houseblock construction
      authority: {name: Ministry of Justice, type: central_government}
      contract:
        subject: works
        estimated_value: {amount: 20000000, vat_included: true}
        cpv: ["45210000"]
        no_lots_reasons: One building on one site, built by one principal contractor.
      procedure: {type: competitive_flexible, commenced: 2026-04-06, market_engagement: false}
      notices: [{code: UK4, date: 2026-04-06}]
      """

  # --- a department's works contract ---

  @PPN002-UP-SV-01 @PPN006-UP-CRP-01 @PPN011-UP-SHOULDCOST-01 @PPN011-UP-CARBON-01 @PPN018-UP-PAY-01 @PPN022-UP-STEEL-01 @NPPS-UP-SV-01 @PPN006-DOWN-CRP-01
  Scenario: A department's £20m works contract raises the central government policy questions
    When the procurement is checked as at 2026-05-01
    Then the determination policy_statements.ppn_002 is applies
    And prompt PPN002-UP-SV-01 is raised
    And prompt PPN006-UP-CRP-01 is raised
    And prompt PPN011-UP-SHOULDCOST-01 is raised
    And prompt PPN011-UP-CARBON-01 is raised
    And prompt PPN018-UP-PAY-01 is raised
    And prompt PPN022-UP-STEEL-01 is raised
    And prompt NPPS-UP-SV-01 is not raised
    And prompt PPN006-DOWN-CRP-01 is not raised

  @PPN011-UP-SHOULDCOST-01 @PPN011-UP-CARBON-01 @PPN006-UP-CRP-01
  Scenario: At £8m the whole-life carbon question stays but the should-cost question (more than £10m) goes
    Given the record has contract.estimated_value set to {amount: 8000000, vat_included: true}
    When the procurement is checked as at 2026-05-01
    Then prompt PPN011-UP-CARBON-01 is raised
    And prompt PPN006-UP-CRP-01 is raised
    And prompt PPN011-UP-SHOULDCOST-01 is not raised

  @PPN011-UP-CARBON-01 @PPN006-UP-CRP-01 @PPN018-UP-PAY-01 @PPN022-UP-STEEL-01
  Scenario: At £4m there is no major-contract question, but the steel question remains
    Given the record has contract.estimated_value set to {amount: 4000000, vat_included: true}
    When the procurement is checked as at 2026-05-01
    Then prompt PPN011-UP-CARBON-01 is not raised
    And prompt PPN006-UP-CRP-01 is not raised
    And prompt PPN018-UP-PAY-01 is not raised
    And prompt PPN022-UP-STEEL-01 is raised

  @PPN022-UP-STEEL-01 @PPN002-UP-SV-01 @PPN018-UP-PAY-01 @ppn_002_status
  Scenario: Commenced in June 2025, before PPN 022's catalogue duty (1 September 2025) and in PPN 002's transition
    Given the record has procedure.commenced set to 2025-06-02
    And the record has notices set to [{code: UK4, date: 2025-06-02}]
    When the procurement is checked as at 2025-07-01
    Then the determination policy_statements.ppn_002 is transition
    And prompt PPN002-UP-SV-01 is raised
    And prompt PPN018-UP-PAY-01 is raised
    And prompt PPN022-UP-STEEL-01 is not raised

  @PPN006-DOWN-CRP-01 @PPN002-DOWN-SV-01 @PPN006-UP-CRP-01 @PPN002-UP-SV-01 @NPPS-DOWN-CAPABILITY-01
  Scenario: Once the works contract is entered into the questions turn to managing it
    Given the record has milestones.contract_entered set to 2026-07-01
    When the procurement is checked as at 2026-12-01
    Then prompt PPN006-DOWN-CRP-01 is raised
    And prompt PPN002-DOWN-SV-01 is raised
    And prompt NPPS-DOWN-CAPABILITY-01 is raised
    And prompt PPN006-UP-CRP-01 is not raised
    And prompt PPN002-UP-SV-01 is not raised

  @PPN002-UP-SV-01 @PPN006-UP-CRP-01 @PPN011-UP-SHOULDCOST-01 @PPN018-UP-PAY-01 @PPN022-UP-STEEL-01 @NPPS-UP-SV-01 @ppn_in_scope_body
  Scenario: The same works let by a council raise none of the central government questions
    Given the record has authority.name set to Northshire County Council
    And the record has authority.type set to sub_central
    When the procurement is checked as at 2026-05-01
    Then the determination policy_statements.ppn_002 is not_applicable
    And prompt PPN002-UP-SV-01 is not raised
    And prompt PPN006-UP-CRP-01 is not raised
    And prompt PPN011-UP-SHOULDCOST-01 is not raised
    And prompt PPN018-UP-PAY-01 is not raised
    And prompt PPN022-UP-STEEL-01 is not raised
    And prompt NPPS-UP-SV-01 is raised
