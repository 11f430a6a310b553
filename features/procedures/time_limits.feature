Feature: Minimum participation and tendering periods (Procurement Act 2023 s.54 and s.15(3))
  In a competitive tendering procedure (the open and competitive flexible procedures of s.20,
  including an award by reference to membership of a dynamic market) a participation period and a
  tendering period must each equal or exceed the SHORTEST minimum period of the rows of the
  s.54(3) and s.54(4) tables that apply to the case. A period begins with the day after the
  authority invites requests to participate or tenders, and ends with the day they must be
  submitted (s.54(5)); so the earliest lawful deadline is the invitation day plus the minimum number
  of calendar days. In a competitive flexible procedure the tender notice invites requests to
  participate; in an open procedure the tender notice itself invites tenders (s.21(1)).

  Participation period (s.54(3)): light touch contract, no minimum; a state of urgency that makes
  25 days impractical, 10 days; otherwise 25 days.
  Tendering period (s.54(4)): light touch contract, no minimum; a utilities contract, or an
  authority that is not a central government authority, with a negotiated tendering period, no
  minimum; the same where only pre-selected suppliers may tender, 10 days; a qualifying planned
  procurement notice, 10 days; urgency, 10 days; a dynamic-market award, 10 days; then 25, 30, 30
  or 35 days according to whether tenders may be submitted electronically and whether the tender
  notice and all associated tender documents are provided at the same time.
  A planned procurement notice (UK3) qualifies if it was published at least 40 days but not more
  than 12 months before the day the tender notice (UK4) is published (s.15(3)).
  s.54 does not reach direct awards, framework call-offs or below-threshold contracts, whose time
  limits need only be reasonable and the same for every supplier (s.87(6)).

  Every scenario starts from the record below: a district council's £2m open procedure for street
  lighting columns, published as a tender notice on Monday 2 March 2026, which also invites the
  tenders, with electronic submission and every document provided with the notice.

  Background:
    Given a procurement record:
      """
      id: TL-LIGHTING
      title: Street lighting columns
      authority: {name: Riverside District Council, type: sub_central}
      contract:
        subject: goods
        estimated_value: {amount: 2000000, vat_included: true}
      procedure:
        type: open
        electronic_submission: true
        all_documents_with_tender_notice: true
        commenced: 2026-03-02
      notices:
        - {code: UK4, date: 2026-03-02}
      milestones:
        invitation_to_tender: 2026-03-02
        tender_deadline: 2026-04-10
      """

  # --- the s.54(4) table: tendering periods ----------------------------------------------------

  @minimum_tendering_period_days @earliest_tender_deadline @PA23-TL-01
  Scenario Outline: Electronic submission <electronic>, all documents with the notice <documents>: at least <days> days (s.54(4) row <row>)
    # Counting from the day after Mon 2 Mar 2026: +25 = Fri 27 Mar, +30 = Wed 1 Apr, +35 = Mon 6 Apr.
    Given the record has procedure.electronic_submission set to <electronic>
    And the record has procedure.all_documents_with_tender_notice set to <documents>
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_tendering_period_days is <days>
    And the determination earliest_tender_deadline is <earliest>
    And finding PA23-TL-01 is not raised

    Examples:
      | row | electronic | documents | days | earliest        |
      | 7   | true       | true      | 25   | Fri 27 Mar 2026 |
      | 8   | true       | false     | 30   | Wed 1 Apr 2026  |
      | 9   | false      | true      | 30   | Wed 1 Apr 2026  |
      | 10  | false      | false     | 35   | Mon 6 Apr 2026  |

  @minimum_tendering_period_days @earliest_tender_deadline @is_light_touch @PA23-TL-01
  Scenario: A light touch contract has no minimum tendering period (s.54(4) row 1)
    Given the record has contract.subject set to services
    And the record has contract.light_touch set to true
    And the record has milestones.tender_deadline set to 2026-03-03
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And the determination minimum_tendering_period_days is 0
    And the determination earliest_tender_deadline is Mon 2 Mar 2026
    And finding PA23-TL-01 is not raised

  @minimum_tendering_period_days @earliest_tender_deadline @PA23-TL-01
  Scenario Outline: A council's competitive flexible procedure limited to pre-selected suppliers, negotiated tendering period <negotiated>: at least <days> days (s.54(4) row <row>)
    Given the record has procedure.type set to competitive_flexible
    And the record has procedure.pre_selected_suppliers set to true
    And the record has procedure.negotiated_tendering_period set to <negotiated>
    And the record has milestones.tender_deadline set to <deadline>
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_tendering_period_days is <days>
    And the determination earliest_tender_deadline is <earliest>
    And finding PA23-TL-01 is not raised

    Examples:
      | row | negotiated | days | earliest        | deadline   |
      | 2   | true       | 0    | Mon 2 Mar 2026  | 2026-03-04 |
      | 3   | false      | 10   | Thu 12 Mar 2026 | 2026-03-12 |

  @minimum_tendering_period_days @PA23-TL-01
  Scenario Outline: A central government authority awarding a utilities contract may use row <row> (s.54(4))
    Given the record has authority.name set to Department for Transport
    And the record has authority.type set to central_government
    And the record has contract.utilities set to true
    And the record has procedure.type set to competitive_flexible
    And the record has procedure.pre_selected_suppliers set to true
    And the record has procedure.negotiated_tendering_period set to <negotiated>
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And the determination minimum_tendering_period_days is <days>

    Examples:
      | row | negotiated | days |
      | 2   | true       | 0    |
      | 3   | false      | 10   |

  @minimum_tendering_period_days @earliest_tender_deadline @PA23-TL-01
  Scenario Outline: A central government authority awarding a contract that is not a utilities contract does not get row <row> (s.54(4))
    # Rows 2 and 3 are for a utilities contract or an authority that is not a central government
    # authority; neither applies, so the electronic row 7 (25 days) is the shortest that does, and a
    # 10 day period is too short: Mon 2 Mar 2026 + 25 = Fri 27 Mar 2026.
    Given the record has authority.name set to Home Office
    And the record has authority.type set to central_government
    And the record has procedure.type set to competitive_flexible
    And the record has procedure.pre_selected_suppliers set to true
    And the record has procedure.negotiated_tendering_period set to <negotiated>
    And the record has milestones.tender_deadline set to 2026-03-12
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And the determination minimum_tendering_period_days is 25
    And the determination earliest_tender_deadline is Fri 27 Mar 2026
    And finding PA23-TL-01 is raised

    Examples:
      | row | negotiated |
      | 2   | true       |
      | 3   | false      |

  @minimum_tendering_period_days @PA23-TL-01
  Scenario: An open procedure cannot be limited to pre-selected suppliers (s.20(2)(a), s.54(4) row 3)
    # An open procedure has no restriction on who may tender, so the pre-selected rows cannot apply.
    Given the record has procedure.pre_selected_suppliers set to true
    And the record has milestones.tender_deadline set to 2026-03-12
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_tendering_period_days is 25
    And finding PA23-TL-01 is raised

  @minimum_tendering_period_days @earliest_tender_deadline @PA23-TL-01
  Scenario: A state of urgency allows 10 days (s.54(4) row 5)
    Given the record has procedure.urgency set to true
    And the record has milestones.tender_deadline set to 2026-03-12
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_tendering_period_days is 10
    And the determination earliest_tender_deadline is Thu 12 Mar 2026
    And finding PA23-TL-01 is not raised

  @minimum_tendering_period_days @earliest_tender_deadline @PA23-TL-01
  Scenario: An award by reference to membership of a dynamic market allows 10 days (s.54(4) row 6)
    Given the record has contract.dynamic_market set to true
    And the record has procedure.type set to dynamic_market_award
    And the record has milestones.tender_deadline set to 2026-03-12
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_tendering_period_days is 10
    And the determination earliest_tender_deadline is Thu 12 Mar 2026
    And finding PA23-TL-01 is not raised

  @minimum_tendering_period_days @qualifying_planned_procurement_notice @PA23-TL-01
  Scenario: A qualifying planned procurement notice allows 10 days (s.54(4) row 4)
    # The UK3 of Mon 5 Jan 2026 is 56 days before the UK4 of Mon 2 Mar 2026 (26 + 28 + 2).
    Given the record has notices set to [{code: UK3, date: 2026-01-05}, {code: UK4, date: 2026-03-02}]
    And the record has milestones.tender_deadline set to 2026-03-12
    When the procurement is checked as at 2026-06-01
    Then the determination qualifying_planned_procurement_notice is true
    And the determination minimum_tendering_period_days is 10
    And finding PA23-TL-01 is not raised

  # --- the shortest minimum of the rows that apply -----------------------------------------------

  @minimum_tendering_period_days @is_light_touch
  Scenario: Light touch and urgency both apply: the shorter minimum, none, governs
    Given the record has contract.subject set to services
    And the record has contract.light_touch set to true
    And the record has procedure.urgency set to true
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_tendering_period_days is 0

  @minimum_tendering_period_days @qualifying_planned_procurement_notice @PA23-TL-01
  Scenario: A qualifying planned procurement notice shortens even a paper procedure with late documents to 10 days
    # Rows 4 (10 days) and 10 (35 days) both apply; the shortest governs.
    Given the record has notices set to [{code: UK3, date: 2026-01-05}, {code: UK4, date: 2026-03-02}]
    And the record has procedure.electronic_submission set to false
    And the record has procedure.all_documents_with_tender_notice set to false
    And the record has milestones.tender_deadline set to 2026-03-12
    When the procurement is checked as at 2026-06-01
    Then the determination qualifying_planned_procurement_notice is true
    And the determination minimum_tendering_period_days is 10
    And finding PA23-TL-01 is not raised

  @minimum_tendering_period_days
  Scenario: Urgency shortens a procedure without electronic submission to 10 days
    Given the record has procedure.urgency set to true
    And the record has procedure.electronic_submission set to false
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_tendering_period_days is 10

  # --- qualifying planned procurement notices (s.15(3)) ------------------------------------------

  @qualifying_planned_procurement_notice @minimum_tendering_period_days
  Scenario Outline: A planned procurement notice published <gap> before the tender notice <qualifies>
    # Tender notice Mon 2 Mar 2026. 21 Jan to 2 Mar is 10 + 28 + 2 = 40 days; 22 Jan is 39 days.
    # 12 months before 2 Mar 2026 is 2 Mar 2025; 1 Mar 2025 is 12 months and a day before.
    Given the record has notices set to [{code: UK3, date: <published>}, {code: UK4, date: 2026-03-02}]
    When the procurement is checked as at 2026-06-01
    Then the determination qualifying_planned_procurement_notice is <qualifying>
    And the determination minimum_tendering_period_days is <days>

    Examples:
      | published  | gap                   | qualifies          | qualifying | days |
      | 2026-01-21 | exactly 40 days       | qualifies          | true       | 10   |
      | 2026-01-22 | 39 days               | does not qualify   | false      | 25   |
      | 2025-03-02 | exactly 12 months     | qualifies          | true       | 10   |
      | 2025-03-01 | 12 months and one day | does not qualify   | false      | 25   |

  @qualifying_planned_procurement_notice @minimum_tendering_period_days
  Scenario: A planned procurement notice that is only planned, not published, does not qualify
    Given the record has notices set to [{code: UK3, date: 2026-01-05, planned: true}, {code: UK4, date: 2026-03-02}]
    When the procurement is checked as at 2026-06-01
    Then the determination qualifying_planned_procurement_notice is false
    And the determination minimum_tendering_period_days is 25

  @qualifying_planned_procurement_notice @minimum_tendering_period_days
  Scenario: Without a planned procurement notice there is none to qualify
    When the procurement is checked as at 2026-06-01
    Then the determination qualifying_planned_procurement_notice is false
    And the determination minimum_tendering_period_days is 25

  @qualifying_planned_procurement_notice @PA23-TL-01
  Scenario: Until the tender notice is published, the planned procurement notice's 40 days cannot be counted
    Given the record has notices set to [{code: UK3, date: 2026-01-05}]
    And the record has milestones.invitation_to_tender set to null
    When the procurement is checked as at 2026-06-01
    Then the determination qualifying_planned_procurement_notice is null
    And rule PA23-TL-01 is not demonstrated for lack of notices

  # --- the s.54(3) table: participation periods (competitive flexible procedure) -----------------

  @minimum_participation_period_days @earliest_participation_deadline @is_light_touch @PA23-TL-02
  Scenario Outline: Requests to participate: <circumstance>, at least <days> days (s.54(3))
    # The tender notice of Mon 2 Mar 2026 invites requests: +10 = Thu 12 Mar, +25 = Fri 27 Mar.
    Given the record has procedure.type set to competitive_flexible
    And the record has contract.subject set to <subject>
    And the record has contract.light_touch set to <light_touch>
    And the record has procedure.urgency set to <urgency>
    And the record has milestones.participation_deadline set to <earliest>
    And the record has milestones.invitation_to_tender set to 2026-04-01
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_participation_period_days is <days>
    And the determination earliest_participation_deadline is <earliest>
    And finding PA23-TL-02 is not raised

    Examples:
      | circumstance                      | subject  | light_touch | urgency | days | earliest   |
      | light touch contract              | services | true        | false   | 0    | 2026-03-02 |
      | state of urgency                  | goods    | false       | true    | 10   | 2026-03-12 |
      | neither                           | goods    | false       | false   | 25   | 2026-03-27 |
      | light touch and urgency, shortest | services | true        | true    | 0    | 2026-03-02 |

  @minimum_participation_period_days
  Scenario: An open procedure has no participation period
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_participation_period_days is null
    And the determination earliest_participation_deadline is null

  # --- deadlines against the earliest lawful day -----------------------------------------------

  @PA23-TL-01 @earliest_tender_deadline
  Scenario: A tender deadline on the last day of the minimum tendering period is lawful
    # Mon 2 Mar 2026 + 25 days = Fri 27 Mar 2026: the period of 3 Mar to 27 Mar is 25 days.
    Given the record has milestones.tender_deadline set to 2026-03-27
    When the procurement is checked as at 2026-06-01
    Then the determination earliest_tender_deadline is Fri 27 Mar 2026
    And finding PA23-TL-01 is not raised

  @PA23-TL-01 @earliest_tender_deadline
  Scenario: A tender deadline one day earlier leaves a tendering period of 24 days
    Given the record has milestones.tender_deadline set to 2026-03-26
    When the procurement is checked as at 2026-06-01
    Then finding PA23-TL-01 is raised
    And the finding PA23-TL-01 cites "PA2023 s.54(4)"

  @PA23-TL-02 @PA23-TL-01 @earliest_participation_deadline
  Scenario: A participation deadline on the last day of the minimum participation period is lawful
    Given the record has procedure.type set to competitive_flexible
    And the record has milestones.participation_deadline set to 2026-03-27
    And the record has milestones.invitation_to_tender set to 2026-04-01
    And the record has milestones.tender_deadline set to 2026-05-08
    When the procurement is checked as at 2026-06-01
    Then the determination earliest_participation_deadline is Fri 27 Mar 2026
    And finding PA23-TL-02 is not raised
    And finding PA23-TL-01 is not raised

  @PA23-TL-02 @earliest_participation_deadline
  Scenario: A participation deadline one day earlier leaves a participation period of 24 days
    Given the record has procedure.type set to competitive_flexible
    And the record has milestones.participation_deadline set to 2026-03-26
    And the record has milestones.invitation_to_tender set to 2026-04-01
    And the record has milestones.tender_deadline set to 2026-05-08
    When the procurement is checked as at 2026-06-01
    Then finding PA23-TL-02 is raised
    And the finding PA23-TL-02 cites "PA2023 s.54(3)"

  @PA23-TL-01 @earliest_tender_deadline
  Scenario: In a competitive flexible procedure the tendering period runs from the invitation to tender
    # Invitation Wed 1 Apr 2026 + 25 days = Sun 26 Apr 2026; the Act does not move it off a Sunday.
    Given the record has procedure.type set to competitive_flexible
    And the record has milestones.participation_deadline set to 2026-03-27
    And the record has milestones.invitation_to_tender set to 2026-04-01
    And the record has milestones.tender_deadline set to 2026-04-24
    When the procurement is checked as at 2026-06-01
    Then the determination earliest_tender_deadline is Sun 26 Apr 2026
    And finding PA23-TL-01 is raised

  @PA23-TL-02
  Scenario: A competitive flexible procedure that invites first tenders directly has no participation deadline to check
    Given the record has procedure.type set to competitive_flexible
    When the procurement is checked as at 2026-06-01
    Then finding PA23-TL-02 is not raised

  # --- what the record must give --------------------------------------------------------------

  @PA23-TL-01
  Scenario: Without a tender deadline the tendering period cannot be checked
    Given the record has milestones.tender_deadline set to null
    When the procurement is checked as at 2026-06-01
    Then rule PA23-TL-01 is not demonstrated for lack of milestones.tender_deadline

  @PA23-TL-01 @earliest_tender_deadline
  Scenario: In an open procedure the tender notice invites the tenders when no other invitation is recorded
    Given the record has milestones.invitation_to_tender set to null
    And the record has milestones.tender_deadline set to 2026-03-26
    When the procurement is checked as at 2026-06-01
    Then the determination earliest_tender_deadline is Fri 27 Mar 2026
    And finding PA23-TL-01 is raised

  @PA23-TL-01
  Scenario: In a competitive flexible procedure the day tenders were invited must be recorded
    Given the record has procedure.type set to competitive_flexible
    And the record has milestones.invitation_to_tender set to null
    When the procurement is checked as at 2026-06-01
    Then rule PA23-TL-01 is not demonstrated for lack of milestones.invitation_to_tender

  # --- where s.54 does not apply ---------------------------------------------------------------

  @PA23-TL-01 @minimum_tendering_period_days @s54_applies
  Scenario Outline: No s.54 minimum for a <route>
    Given the record has contract.estimated_value.amount set to <amount>
    And the record has procedure.type set to <procedure>
    And the record has procedure.direct_award_ground set to <ground>
    And the record has milestones.tender_deadline set to 2026-03-03
    When the procurement is checked as at 2026-06-01
    Then the determination minimum_tendering_period_days is null
    And finding PA23-TL-01 is not raised

    Examples:
      | route                                            | amount  | procedure            | ground     |
      | direct award (s.41, Sch 5 para 6)                | 2000000 | direct_award         | sch5_para6 |
      | call-off under a framework (s.45)                | 2000000 | call_off             | null       |
      | below-threshold contract (s.87(6) applies)       | 50000   | below_threshold_open | null       |
