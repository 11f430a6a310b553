Feature: Strategic prompts are tailored to the procurement (ss.12-14, s.52, Schedule 5; NPPS 2025; PPN 001; the commissioning cycle)
  Compliance is the floor. Prompts ask the questions a commissioner should ask at each stage of
  the cycle — analyse needs, plan and design, procure, manage and monitor, review outcomes — and
  each is raised only for the records it fits. A small goods purchase below threshold, a large
  light touch care service, a works framework and an urgent direct award each get a short set of
  their own. Upstream questions are asked before the contract is entered into; once it has been,
  the questions turn to managing it, leaving it and learning from it. A direct award for extreme and
  unavoidable urgency (Sch 5 para 13) raises questions about exit and re-procurement, not about
  market engagement, lots or award criteria.

  # Each scenario gives the exact set a record is offered ("the prompts are"), and, as not raised,
  # the prompts the other three records get.

  @PA23-PART6-02 @PA23-PART6-03 @NPPS-UP-VFM-01 @NPPS-UP-LOCAL-01 @CYCLE-UP-NEED-01 @NPPS-UP-PME-01 @PA23-RECORDS-01 @PA23-SCOPE-11 @CYCLE-UP-EVIDENCE-01 @CYCLE-UP-VOICE-01 @NPPS-UP-JOBS-01 @SVA-UP-WELLBEING-01 @NPPS-UP-FW-01 @NPPS-UP-SV-01 @CYCLE-UP-FWUSE-01 @NPPS-UP-LOTS-01 @CYCLE-DOWN-EXIT-01 @CYCLE-DOWN-LESSONS-01 @CYCLE-DOWN-KPI-01 @NPPS-DOWN-PAY-01 @PPN001-DOWN-SPEND-01
  Scenario: A £40,000 goods purchase below threshold by a town council gets its own short set of prompts
    # Row 12 (sub-central, goods) is £207,720 from 1 January 2026, so £40,000 is below threshold;
    # it is notifiable (not less than £30,000, s.87(4)(b)) and was advertised with a UK4.
    Given a procurement record:
      """
      id: GOODS-40K
      title: Community hall furniture
      authority: {name: Oakford Town Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 40000, vat_included: true}
        cpv: ["39130000"]
      procedure: {type: below_threshold_open, commenced: 2026-05-04, suitability_assessment: false}
      notices: [{code: UK4, date: 2026-05-04}]
      milestones: {tender_deadline: 2026-05-26}
      """
    When the procurement is checked as at 2026-05-11
    Then the record is not a public contract
    And prompt PA23-PART6-02 is raised
    And prompt PA23-PART6-03 is raised
    And prompt NPPS-UP-VFM-01 is raised
    And prompt NPPS-UP-LOCAL-01 is raised
    And prompt CYCLE-UP-NEED-01 is raised
    And the prompts are PA23-PART6-02, PA23-PART6-03, NPPS-UP-VFM-01, NPPS-UP-LOCAL-01, CYCLE-UP-NEED-01
    And prompt NPPS-UP-PME-01 is not raised
    And prompt PA23-RECORDS-01 is not raised
    And prompt CYCLE-UP-EVIDENCE-01 is not raised
    And prompt NPPS-UP-SV-01 is not raised
    And prompt NPPS-UP-FW-01 is not raised
    And prompt CYCLE-DOWN-EXIT-01 is not raised

  @PA23-RECORDS-01 @PA23-SCOPE-11 @NPPS-UP-PME-01 @CYCLE-UP-EVIDENCE-01 @CYCLE-UP-VOICE-01 @NPPS-UP-JOBS-01 @SVA-UP-WELLBEING-01 @NPPS-UP-VFM-01 @NPPS-UP-LOCAL-01 @CYCLE-UP-NEED-01 @NPPS-UP-FW-01 @NPPS-UP-SV-01 @CYCLE-UP-FWUSE-01 @NPPS-UP-LOTS-01 @CYCLE-DOWN-KPI-01 @CYCLE-DOWN-EXIT-01 @NPPS-UP-INNOVATION-01 @PPN002-UP-FAIRWORK-01 @PSR-UP-BOUNDARY-01
  Scenario: A £6m light touch social care service tendered by a city council gets its own short set of prompts
    # CPV 85311000 (social work services with accommodation) is in PR 2024 Schedule 1 Table 1, so
    # the contract is light touch (s.9): row 8, a special regime contract (s.10(6)(c)).
    Given a procurement record:
      """
      id: CARE-6M
      title: Supported living services
      authority: {name: Leeds City Council, type: sub_central}
      contract:
        subject: services
        estimated_value: {amount: 6000000, vat_included: true}
        cpv: ["85311000"]
        lots: [{id: "1", title: North}, {id: "2", title: South}]
      procedure: {type: competitive_flexible, commenced: 2026-03-02, market_engagement: false}
      notices: [{code: UK4, date: 2026-03-02}]
      """
    When the procurement is checked as at 2026-04-01
    Then the record is a public contract
    And prompt PA23-RECORDS-01 is raised
    And prompt PA23-SCOPE-11 is raised
    And prompt NPPS-UP-PME-01 is raised
    And prompt CYCLE-UP-EVIDENCE-01 is raised
    And prompt CYCLE-UP-VOICE-01 is raised
    And prompt NPPS-UP-JOBS-01 is raised
    And prompt SVA-UP-WELLBEING-01 is raised
    And the prompts are PA23-RECORDS-01, PA23-SCOPE-11, NPPS-UP-PME-01, CYCLE-UP-EVIDENCE-01, CYCLE-UP-VOICE-01, NPPS-UP-JOBS-01, SVA-UP-WELLBEING-01
    And prompt NPPS-UP-VFM-01 is not raised
    And prompt NPPS-UP-LOCAL-01 is not raised
    And prompt CYCLE-UP-NEED-01 is not raised
    And prompt NPPS-UP-SV-01 is not raised
    And prompt NPPS-UP-FW-01 is not raised
    And prompt CYCLE-UP-FWUSE-01 is not raised
    And prompt NPPS-UP-LOTS-01 is not raised
    And prompt NPPS-UP-INNOVATION-01 is not raised
    And prompt PPN002-UP-FAIRWORK-01 is not raised
    And prompt PSR-UP-BOUNDARY-01 is not raised
    And prompt CYCLE-DOWN-KPI-01 is not raised

  @PA23-RECORDS-01 @PA23-VAL-04 @NPPS-UP-LOTS-01 @NPPS-UP-PME-01 @NPPS-UP-FW-01 @NPPS-UP-SV-01 @CYCLE-UP-FWUSE-01 @NPPS-UP-VFM-01 @CYCLE-UP-NEED-01 @CYCLE-UP-EVIDENCE-01 @NPPS-UP-JOBS-01 @SVA-UP-WELLBEING-01 @PA23-SCOPE-11 @NPPS-UP-PIPELINE-01 @PPN006-UP-CRP-01 @PPN011-UP-SHOULDCOST-01 @PPN022-UP-STEEL-01 @PPN002-UP-SV-01 @CYCLE-DOWN-EXIT-01
  Scenario: A £20m works framework let by a combined authority gets its own short set of prompts
    Given a procurement record:
      """
      id: WORKS-FW-20M
      title: Regional highways and drainage works framework
      authority: {name: Northshire Combined Authority, type: sub_central}
      contract:
        subject: works
        estimated_value: {amount: 20000000, vat_included: true}
        cpv: ["45000000"]
        framework: {term_years: 4}
        no_lots_reasons: One regional programme; every call-off is competed between all framework suppliers.
      procedure: {type: competitive_flexible, commenced: 2026-04-06, market_engagement: false}
      notices: [{code: UK4, date: 2026-04-06}]
      """
    When the procurement is checked as at 2026-05-01
    Then the record is a public contract
    And prompt PA23-RECORDS-01 is raised
    And prompt NPPS-UP-LOTS-01 is raised
    And prompt NPPS-UP-PME-01 is raised
    And prompt NPPS-UP-FW-01 is raised
    And prompt NPPS-UP-SV-01 is raised
    And prompt CYCLE-UP-FWUSE-01 is raised
    And prompt PA23-VAL-04 is raised
    And the prompts are PA23-RECORDS-01, NPPS-UP-LOTS-01, NPPS-UP-PME-01, NPPS-UP-FW-01, NPPS-UP-SV-01, CYCLE-UP-FWUSE-01, PA23-VAL-04
    And prompt NPPS-UP-VFM-01 is not raised
    And prompt CYCLE-UP-NEED-01 is not raised
    And prompt CYCLE-UP-EVIDENCE-01 is not raised
    And prompt NPPS-UP-JOBS-01 is not raised
    And prompt SVA-UP-WELLBEING-01 is not raised
    And prompt PA23-SCOPE-11 is not raised
    And prompt NPPS-UP-PIPELINE-01 is not raised
    And prompt PPN006-UP-CRP-01 is not raised
    And prompt PPN011-UP-SHOULDCOST-01 is not raised
    And prompt PPN022-UP-STEEL-01 is not raised
    And prompt PPN002-UP-SV-01 is not raised
    And prompt CYCLE-DOWN-EXIT-01 is not raised

  @PA23-RECORDS-01 @CYCLE-DOWN-EXIT-01 @CYCLE-DOWN-LESSONS-01 @CYCLE-DOWN-KPI-01 @NPPS-DOWN-PAY-01 @PPN001-DOWN-SPEND-01 @NPPS-UP-PME-01 @PA23-UP-PMEFAIR-01 @NPPS-UP-LOTS-01 @PPN002-UP-SV-01 @PPN002-DOWN-SV-01 @PPN006-DOWN-CRP-01 @CYCLE-UP-URGENT-01 @NPPS-DOWN-CAPABILITY-01 @NPPS-DOWN-SMESUB-01 @CYCLE-DOWN-DEPEND-01 @CYCLE-DOWN-REVIEW-01
  Scenario: A direct award for extreme and unavoidable urgency (Sch 5 para 13) gets prompts about exit and re-procurement once the contract is entered into
    # The Environment Agency's £6.2m flood-defence works, entered into on 4 March 2026: more than
    # £5m, so s.52(1) KPIs apply; by 1 December 2026 the contract has not yet run a year.
    Given the example record "kinds/direct-award-urgency.yaml"
    When the procurement is checked as at 2026-12-01
    Then prompt PA23-RECORDS-01 is raised
    And prompt CYCLE-DOWN-EXIT-01 is raised
    And prompt CYCLE-DOWN-LESSONS-01 is raised
    And prompt CYCLE-DOWN-KPI-01 is raised
    And prompt NPPS-DOWN-PAY-01 is raised
    And prompt PPN001-DOWN-SPEND-01 is raised
    And the prompts are PA23-RECORDS-01, CYCLE-DOWN-EXIT-01, CYCLE-DOWN-LESSONS-01, CYCLE-DOWN-KPI-01, NPPS-DOWN-PAY-01, PPN001-DOWN-SPEND-01
    And prompt NPPS-UP-PME-01 is not raised
    And prompt PA23-UP-PMEFAIR-01 is not raised
    And prompt NPPS-UP-LOTS-01 is not raised
    And prompt PPN002-UP-SV-01 is not raised
    And prompt PPN002-DOWN-SV-01 is not raised
    And prompt PPN006-DOWN-CRP-01 is not raised
    And prompt CYCLE-UP-URGENT-01 is not raised
    And prompt NPPS-DOWN-CAPABILITY-01 is not raised
    And prompt NPPS-DOWN-SMESUB-01 is not raised
    And prompt CYCLE-DOWN-DEPEND-01 is not raised
    And prompt CYCLE-DOWN-REVIEW-01 is not raised

  @CYCLE-UP-URGENT-01 @CYCLE-DOWN-EXIT-01 @CYCLE-DOWN-LESSONS-01 @NPPS-DOWN-PAY-01 @CYCLE-DOWN-KPI-01 @PPN001-DOWN-SPEND-01 @contract_in_force
  Scenario: The same urgent direct award before the contract is entered into asks only to keep it to what the urgency needs
    Given the example record "kinds/direct-award-urgency.yaml"
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-03-03
    Then the determination policy_statements.npps_2025 is applies
    And prompt CYCLE-UP-URGENT-01 is raised
    And prompt CYCLE-DOWN-EXIT-01 is not raised
    And prompt CYCLE-DOWN-LESSONS-01 is not raised
    And prompt NPPS-DOWN-PAY-01 is not raised
    And prompt CYCLE-DOWN-KPI-01 is not raised
    And prompt PPN001-DOWN-SPEND-01 is not raised

  @NPPS-DOWN-SMESUB-01 @PPN001-DOWN-SPEND-01
  Scenario: A supplier recorded as not an SME turns the SME question to the supply chain
    Given the example record "kinds/direct-award-urgency.yaml"
    And the record has supplier.sme set to false
    When the procurement is checked as at 2026-12-01
    Then prompt NPPS-DOWN-SMESUB-01 is raised
    And prompt PPN001-DOWN-SPEND-01 is not raised

  @CYCLE-DOWN-EXIT-01 @CYCLE-DOWN-LESSONS-01 @CYCLE-DOWN-DEPEND-01 @CYCLE-DOWN-KPI-01
  Scenario: A repeat direct award (Sch 5 para 8) asks about dependence on the incumbent, not about leaving an emergency
    # £420,000 of licences: below the s.52(1) £5m, so no KPI question.
    Given the example record "kinds/direct-award-repeat.yaml"
    When the procurement is checked as at 2026-12-01
    Then prompt CYCLE-DOWN-DEPEND-01 is raised
    And prompt CYCLE-DOWN-EXIT-01 is not raised
    And prompt CYCLE-DOWN-LESSONS-01 is not raised
    And prompt CYCLE-DOWN-KPI-01 is not raised
