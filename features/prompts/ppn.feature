Feature: Strategic prompts from the Cabinet Office procurement policy notes (PPN 001, 002, 009, 011, 014)
  The policy notes issued with the Act bind central government departments, their executive
  agencies and NDPBs, read here as a central government authority that is not devolved. PPN 001
  sets targets for direct spend with SMEs and VCSEs; PPN 002 applies the Social Value Model in the
  award of contracts, including further competitions under a framework; PPN 009 asks for
  supply-chain information where goods carry a modern slavery risk; PPN 011 applies the commercial
  playbooks (a delivery model assessment for a large service, the Consultancy and Digital, Data and
  Technology Playbooks); PPN 014 asks for Cyber Essentials before award and each year after. None of
  them binds a council. Where the NPPS does not apply (a call-off, s.13(10)(b)(i)), the Act's own
  objective of value for money still does (s.12(1)(a)).

  # --- PPN 001: SME and VCSE spend targets ---

  @PPN001-UP-LOTS-01
  Scenario: A department's contract divided into lots asks whether an SME could win one
    Given the example record "kinds/open-procedure.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-02-10
    Then prompt PPN001-UP-LOTS-01 is raised

  @PPN001-UP-LOTS-01
  Scenario Outline: No lots question <why>
    Given the example record "kinds/open-procedure.yaml"
    And the record has milestones.contract_entered set to null
    And the record has contract.lots set to <lots>
    And the record has authority.type set to <type>
    When the procurement is checked as at 2026-02-10
    Then prompt PPN001-UP-LOTS-01 is not raised

    Examples:
      | lots                                   | type               | why                                    |
      | []                                     | central_government | when the contract is not divided       |
      | [{id: "1"}, {id: "2"}]                 | sub_central        | for a council (outside PPN 001)        |

  # --- PPN 002: social value at call-off, and during the contract ---

  @PPN002-UP-CALLOFF-01 @PA23-UP-CALLOFF-01
  Scenario: A department's further competition under a framework asks about social value, not the NPPS
    Given the example record "kinds/framework-call-off.yaml"
    And the record has procedure.call_off set to {selection: competitive}
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-06-10
    Then the determination policy_statements.npps_2025 is not_applicable
    And prompt PPN002-UP-CALLOFF-01 is raised
    And prompt PA23-UP-CALLOFF-01 is not raised

  @PPN002-UP-CALLOFF-01 @PA23-UP-CALLOFF-01
  Scenario: A direct call-off asks how value for money was tested (s.12(1)(a)), not about evaluating social value
    Given the example record "kinds/framework-call-off.yaml"
    And the record has procedure.call_off set to {selection: direct}
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-06-10
    Then prompt PA23-UP-CALLOFF-01 is raised
    And prompt PPN002-UP-CALLOFF-01 is not raised

  @PA23-UP-CALLOFF-01
  Scenario: A call-off whose selection method is not recorded is not asked either question
    Given the example record "kinds/framework-call-off.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-06-10
    Then prompt PA23-UP-CALLOFF-01 is not raised

  @PPN002-DOWN-SV-01 @PPN002-DOWN-SV-02 @CYCLE-DOWN-REVIEW-01 @contract_review_due
  Scenario: In the first year of a department's contract the social value commitments are managed
    # Entered into on 16 March 2026; a year later is 16 March 2027.
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2027-03-15
    Then the determination policy_statements.ppn_002 is applies
    And prompt PPN002-DOWN-SV-01 is raised
    And prompt PPN002-DOWN-SV-02 is not raised
    And prompt CYCLE-DOWN-REVIEW-01 is not raised

  @PPN002-DOWN-SV-01 @PPN002-DOWN-SV-02 @CYCLE-DOWN-REVIEW-01 @contract_review_due
  Scenario: A year in, the question is what social value and outcomes were actually delivered
    Given the example record "dfe-managed-print.yaml"
    When the procurement is checked as at 2027-03-16
    Then prompt PPN002-DOWN-SV-02 is raised
    And prompt CYCLE-DOWN-REVIEW-01 is raised
    And prompt PPN002-DOWN-SV-01 is not raised

  # --- PPN 009: modern slavery ---

  @PPN009-UP-SLAVERY-01
  Scenario: A department's PPE purchase raises the modern slavery question at selection
    Given a procurement record:
      """
      id: PPE-GLOVES-DHSC
      authority: {name: Department of Health and Social Care, type: central_government}
      contract:
        subject: goods
        estimated_value: {amount: 2000000, vat_included: true}
        cpv: ["18424300"]
      procedure: {type: open, commenced: 2026-03-02}
      notices: [{code: UK4, date: 2026-03-02}]
      """
    When the procurement is checked as at 2026-04-01
    Then prompt PPN009-UP-SLAVERY-01 is raised

  @PPN009-UP-SLAVERY-01 @PPN009-DOWN-SLAVERY-01
  Scenario: A council's PPE purchase is outside PPN 009
    Given a procurement record:
      """
      id: PPE-GLOVES-COUNCIL
      authority: {name: Northshire County Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 2000000, vat_included: true}
        cpv: ["18424300"]
      procedure: {type: open, commenced: 2026-03-02}
      notices: [{code: UK4, date: 2026-03-02}]
      milestones: {contract_entered: 2026-05-01}
      """
    When the procurement is checked as at 2026-06-01
    Then prompt PPN009-UP-SLAVERY-01 is not raised
    And prompt PPN009-DOWN-SLAVERY-01 is not raised

  @PPN009-DOWN-SLAVERY-01 @PPN009-UP-SLAVERY-01
  Scenario: Once a department's PPE contract is live the checks move into delivery
    Given a procurement record:
      """
      id: PPE-GLOVES-LIVE
      authority: {name: Department of Health and Social Care, type: central_government}
      contract:
        subject: goods
        estimated_value: {amount: 2000000, vat_included: true}
        cpv: ["18424300"]
      procedure: {type: open, commenced: 2026-03-02}
      notices: [{code: UK4, date: 2026-03-02}]
      milestones: {contract_entered: 2026-05-01}
      """
    When the procurement is checked as at 2026-06-01
    Then prompt PPN009-DOWN-SLAVERY-01 is raised
    And prompt PPN009-UP-SLAVERY-01 is not raised

  # --- PPN 011: delivery model, consultancy and digital; PPN 014: Cyber Essentials ---

  @PPN011-UP-DMA-01
  Scenario: A department's £12m services contract asks for a delivery model assessment
    Given the example record "kinds/open-procedure.yaml"
    And the record has contract.estimated_value set to {amount: 12000000, vat_included: true}
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-02-10
    Then prompt PPN011-UP-DMA-01 is raised

  @PPN011-UP-DMA-01
  Scenario: A department's £1.14m services contract does not (not more than £10m)
    Given the example record "kinds/open-procedure.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-02-10
    Then prompt PPN011-UP-DMA-01 is not raised

  @PPN011-UP-CONSULT-01 @PPN011-UP-DDAT-01 @PPN014-UP-CYBER-01
  Scenario: A department buying management consultancy is asked whether it needs it
    Given the example record "kinds/open-procedure.yaml"
    And the record has contract.cpv set to ["79410000"]
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-02-10
    Then prompt PPN011-UP-CONSULT-01 is raised
    And prompt PPN011-UP-DDAT-01 is not raised
    And prompt PPN014-UP-CYBER-01 is not raised

  @PPN011-UP-DDAT-01 @PPN014-UP-CYBER-01 @PPN011-UP-CONSULT-01
  Scenario: A department buying IT services is asked about lock-in and Cyber Essentials
    Given the example record "kinds/open-procedure.yaml"
    And the record has contract.cpv set to ["72000000"]
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-02-10
    Then prompt PPN011-UP-DDAT-01 is raised
    And prompt PPN014-UP-CYBER-01 is raised
    And prompt PPN011-UP-CONSULT-01 is not raised

  @PPN011-UP-DDAT-01 @PPN014-UP-CYBER-01 @PPN011-UP-CONSULT-01
  Scenario Outline: A council buying <what> gets none of the playbook or Cyber Essentials questions
    Given the example record "kinds/open-procedure.yaml"
    And the record has authority.type set to sub_central
    And the record has contract.cpv set to ["<cpv>"]
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-02-10
    Then prompt PPN011-UP-DDAT-01 is not raised
    And prompt PPN014-UP-CYBER-01 is not raised
    And prompt PPN011-UP-CONSULT-01 is not raised

    Examples:
      | what                    | cpv      |
      | IT services             | 72000000 |
      | management consultancy  | 79410000 |

  @PPN014-DOWN-CYBER-01
  Scenario: A year into a department's software contract, has Cyber Essentials been renewed?
    # The repeat award was entered into on 26 May 2026; its first anniversary is 26 May 2027.
    Given the example record "kinds/direct-award-repeat.yaml"
    When the procurement is checked as at 2027-06-01
    Then prompt PPN014-DOWN-CYBER-01 is raised

  @PPN014-DOWN-CYBER-01
  Scenario: Before the first anniversary there is no renewal question
    Given the example record "kinds/direct-award-repeat.yaml"
    When the procurement is checked as at 2026-12-01
    Then prompt PPN014-DOWN-CYBER-01 is not raised
