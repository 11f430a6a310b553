Feature: Direct award (Procurement Act 2023 ss.41-44 and Schedule 5)
  A contracting authority may award a public contract directly, without competition, only where a
  direct award justification in Schedule 5 applies (s.41(1), (6)) or regulations under s.42 treat
  one as applying, or where it switches from a competitive tendering procedure that produced no
  suitable tenders or requests to participate (s.43). Before awarding either way it must publish a
  transparency notice (UK5) (s.44(1)); only a user choice contract (Sch 5 para 15) is exempt
  (s.44(3)). An excluded supplier may be awarded a contract under s.41 only where there is an
  overriding public interest (s.41(2), (5)), and never under s.43; before any direct award the
  authority must consider whether the supplier is excludable (s.41(4), s.43(6)).

  Several justifications carry conditions a record can show: a repeat award (para 8) needs an
  earlier contract awarded by competitive tendering within the 5 years ending with the day the
  transparency notice is published, whose tender notice or documents announced the intention to
  rely on para 8; urgency (para 13) must be unavoidable, that is neither attributable to the
  authority nor foreseeable (para 14); user choice (para 15) is only for light touch services
  (para 16(a)); paras 18 and 20 are only for defence and security contracts, and para 20 only for a
  defence authority contract that is not defence and security only under s.7(1)(g).

  The record below is a £600,000 (VAT included) central government services contract, above the
  2026 row 11 threshold of £135,018, awarded directly because only the developer of a proprietary
  system can maintain it (Sch 5 para 6). The transparency notice was published on Mon 2 Feb 2026,
  the contract award notice on Mon 16 Feb 2026 (so the standstill ends on Wed 25 Feb 2026), and the
  contract was entered into on Mon 2 Mar 2026.

  Background:
    Given a procurement record:
      """
      id: MOJ-DA-2026-004
      title: Support for the prison case-management system
      authority: {name: Ministry of Justice, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 600000, vat_included: true}
        cpv: ["72267000"]
      procedure:
        type: direct_award
        direct_award_ground: sch5_para6
        direct_award_justification: Only the developer of the proprietary system can maintain it
        commenced: 2026-02-02
      supplier: {name: Casework Systems Ltd, excluded: false, excludable: false, on_debarment_list: false}
      notices:
        - {code: UK5, date: 2026-02-02}
        - {code: UK6, date: 2026-02-16}
        - {code: UK7, date: 2026-03-10}
      milestones:
        conflicts_assessment: 2026-01-26
        contract_entered: 2026-03-02
      """

  # -- s.41(1): a direct award justification must apply ------------------------------------------

  @PA23-DA-01 @PA23-DA-02 @PA23-DA-03 @PA23-DA-04 @PA23-DA-05 @PA23-DA-06 @PA23-DA-17 @PA23-DA-18 @PA23-DA-19 @PA23-DA-23 @PA23-DA-24 @direct_award_route
  Scenario: A direct award with a justification, a prior transparency notice and a supplier that is not excluded
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And the determination direct_award.route is s41
    And the determination direct_award.justification is sch5_para6
    And the determination direct_award.transparency_notice is Mon 2 Feb 2026
    And the standstill ends on Wed 25 Feb 2026
    And finding PA23-DA-01 is not raised
    And finding PA23-DA-02 is not raised
    And finding PA23-DA-03 is not raised
    And finding PA23-DA-04 is not raised
    And finding PA23-DA-05 is not raised
    And finding PA23-DA-06 is not raised
    And finding PA23-DA-17 is not raised
    And finding PA23-DA-18 is not raised
    And finding PA23-DA-19 is not raised
    And finding PA23-DA-23 is not raised
    And finding PA23-DA-24 is not raised
    And there are no findings
    And the procedure is permitted

  @PA23-DA-01
  Scenario: A direct award that names no justification is not permitted (s.41(1))
    Given the record has procedure.direct_award_ground set to null
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-01 is raised
    And the finding PA23-DA-01 cites "PA2023 s.41(1)"
    And the procedure is not permitted

  @PA23-DA-01 @PA23-DA-02
  Scenario Outline: Schedule 5 para <para> (or s.42) is a direct award justification
    Given the record has procedure.direct_award_ground set to <ground>
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-01 is not raised
    And finding PA23-DA-02 is not raised

    Examples:
      | para | ground      | justification                                   |
      | 2    | sch5_para2  | prototypes and development                      |
      | 4    | sch5_para4  | unique work of art or artistic performance      |
      | 5    | sch5_para5  | intellectual property or other exclusive rights |
      | 6    | sch5_para6  | absence of competition for technical reasons    |
      | 7    | sch5_para7  | additional goods, services or works             |
      | 8    | sch5_para8  | repeat goods, services or works                 |
      | 10   | sch5_para10 | commodities                                     |
      | 11   | sch5_para11 | advantageous terms on insolvency                |
      | 13   | sch5_para13 | extreme and unavoidable urgency                 |
      | 15   | sch5_para15 | user choice contracts                           |
      | 18   | sch5_para18 | transport for deployed forces                   |
      | 19   | sch5_para19 | qualifying defence contracts                    |
      | 20   | sch5_para20 | armed forces capability                         |
      | s.42 | s42         | regulations to protect life, etc.               |

  @PA23-DA-02 @PA23-DA-01
  Scenario: Schedule 5 para 1 only introduces the Schedule and is not a justification
    Given the record has procedure.direct_award_ground set to sch5_para1
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-02 is raised
    And the finding PA23-DA-02 cites "PA2023 Sch.5 para 1"
    And finding PA23-DA-01 is not raised
    And the procedure is not permitted

  @PA23-DA-03 @PA23-DA-01 @direct_award_justification
  Scenario Outline: Para <para> only explains a justification, which is read as <read_as>
    Given the record has procedure.direct_award_ground set to sch5_para<para>
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-03 is raised
    And finding PA23-DA-01 is not raised
    And the determination direct_award.justification is <read_as>

    Examples:
      | para | read_as     | what it explains                                         |
      | 3    | sch5_para2  | "novel goods or services" in para 2                      |
      | 9    | null        | "existing goods" and "existing supplier" in paras 7 and 8 |
      | 12   | sch5_para11 | "undergoing insolvency proceedings" in para 11           |
      | 14   | sch5_para13 | when urgency is "unavoidable" for para 13                |
      | 16   | sch5_para15 | "user choice services" in para 15                        |
      | 17   | sch5_para15 | the conditions of para 15                                |

  # -- s.44: the transparency notice comes first --------------------------------------------------

  @PA23-DA-04
  Scenario: A contract awarded directly without a transparency notice (s.44(1))
    Given the record has notices set to [{code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-04 is raised
    And the finding PA23-DA-04 cites "PA2023 s.44(1)"
    And the procedure is not permitted

  @PA23-DA-04
  Scenario: A transparency notice that is only planned is not published
    Given the record has notices set to [{code: UK5, date: 2026-02-02, planned: true}, {code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-04 is raised

  @PA23-DA-04
  Scenario: Before the contract is entered into, a missing transparency notice is not yet a breach
    Given the record has notices set to []
    And the record has milestones.contract_entered set to null
    When the procurement is checked as at 2026-02-10
    Then finding PA23-DA-04 is not raised

  @PA23-DA-05 @PA23-DA-06
  Scenario: A transparency notice published after the contract was entered into is too late
    Given the record has notices set to [{code: UK6, date: 2026-02-16}, {code: UK5, date: 2026-03-03}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-05 is raised
    And finding PA23-DA-06 is raised
    And the procedure is not permitted

  @PA23-DA-05 @PA23-DA-10 @PA23-DA-11
  Scenario Outline: An urgent award with its transparency notice on <uk5> and the contract on Mon 2 Mar 2026
    # Para 13 awards have no standstill (s.51(3)(a)), so the notice and the contract may fall on the
    # same day; the record gives no times, so the same day is accepted.
    Given the record has procedure.direct_award_ground set to sch5_para13
    And the record has procedure.urgency_attributable_to_authority set to false
    And the record has procedure.urgency_foreseeable set to false
    And the record has notices set to [{code: UK5, date: <uk5>}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-05 <outcome>

    Examples:
      | uk5        | outcome       |
      | 2026-02-27 | is not raised |
      | 2026-03-02 | is not raised |
      | 2026-03-03 | is raised     |

  @PA23-DA-06 @PA23-DA-05
  Scenario: A transparency notice published after the contract award notice is too late
    Given the record has notices set to [{code: UK6, date: 2026-02-16}, {code: UK5, date: 2026-02-17}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-06 is raised
    And the finding PA23-DA-06 cites "PA2023 s.44(1)"
    And finding PA23-DA-05 is not raised
    And the procedure is not permitted

  @PA23-DA-06
  Scenario: A transparency notice published on the same day as the contract award notice
    Given the record has notices set to [{code: UK5, date: 2026-02-16}, {code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-06 is not raised

  @PA23-DA-04 @PA23-DA-12 @standstill_required @is_light_touch
  Scenario: A user choice contract needs no transparency notice (s.44(3))
    # Social work services (CPV 85311000) are light touch (PR 2024 Sch 1); £700,000 is above the
    # row 8 light touch threshold of £663,540. A user choice contract also needs no contract award
    # notice (s.50(6)(b)) and, being light touch, has no standstill (s.51(3)(f)).
    Given the record has authority set to {name: Leeds City Council, type: sub_central}
    And the record has contract.cpv set to ["85311000"]
    And the record has contract.estimated_value set to {amount: 700000, vat_included: true}
    And the record has procedure.direct_award_ground set to sch5_para15
    And the record has notices set to []
    When the procurement is checked as at 2026-06-01
    Then the record is a public contract
    And the determination standstill.required is false
    And finding PA23-DA-04 is not raised
    And finding PA23-DA-12 is not raised
    And there are no findings

  @PA23-DA-04
  Scenario: Only user choice is exempt: an urgent light touch award still needs a transparency notice
    Given the record has authority set to {name: Leeds City Council, type: sub_central}
    And the record has contract.cpv set to ["85311000"]
    And the record has contract.estimated_value set to {amount: 700000, vat_included: true}
    And the record has procedure.direct_award_ground set to sch5_para13
    And the record has procedure.urgency_attributable_to_authority set to false
    And the record has procedure.urgency_foreseeable set to false
    And the record has notices set to []
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-04 is raised

  # -- Sch 5 para 8: repeat goods, services or works -----------------------------------------------

  @PA23-DA-07 @PA23-DA-08 @PA23-DA-09 @CYCLE-UP-DA-01 @repeat_award_window_start @standstill_required
  Scenario: A repeat award after a competitive contract awarded on the first day of the 5 years
    # The transparency notice was published on Mon 2 Feb 2026. The period of 5 years ending with
    # that day began on Wed 3 Feb 2021 (a 5-year period beginning 3 Feb 2021 ends on 2 Feb 2026).
    Given the record has procedure.direct_award_ground set to sch5_para8
    And the record has procedure.previous_contract set to {awarded: 2021-02-03, competitive: true, repeat_ground_stated: true}
    When the procurement is checked as at 2026-06-01
    Then the determination direct_award.repeat_award_window_starts is Wed 3 Feb 2021
    And finding PA23-DA-07 is not raised
    And finding PA23-DA-08 is not raised
    And finding PA23-DA-09 is not raised
    And prompt CYCLE-UP-DA-01 is not raised
    And the determination standstill.required is true
    And the standstill ends on Wed 25 Feb 2026
    And there are no findings
    And the procedure is permitted

  @PA23-DA-07 @repeat_award_window_start
  Scenario Outline: The earlier contract must be awarded within the 5 years ending with the transparency notice day (<when>)
    Given the record has procedure.direct_award_ground set to sch5_para8
    And the record has procedure.previous_contract set to {awarded: <awarded>, competitive: true, repeat_ground_stated: true}
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-07 <outcome>

    Examples:
      | awarded    | outcome       | when                                            |
      | 2021-02-02 | is raised     | one day before the period began                 |
      | 2021-02-03 | is not raised | the first day of the period                     |
      | 2026-02-02 | is not raised | the day the transparency notice was published   |
      | 2026-02-03 | is raised     | after the transparency notice                   |

  @PA23-DA-07
  Scenario: An earlier contract awarded one day outside the period makes para 8 unavailable
    Given the record has procedure.direct_award_ground set to sch5_para8
    And the record has procedure.previous_contract set to {awarded: 2021-02-02, competitive: true, repeat_ground_stated: true}
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-07 is raised
    And the finding PA23-DA-07 cites "PA2023 Sch.5 para 8(a)"
    And the procedure is not permitted

  @PA23-DA-07 @repeat_award_window_start
  Scenario Outline: The 5 years ending with 29 February 2028 begin on 1 March 2023 (<awarded>)
    # 29 Feb 2023 does not exist; a 5-year period beginning 1 Mar 2023 ends on 29 Feb 2028, and one
    # beginning 28 Feb 2023 ends on 27 Feb 2028, so 28 Feb 2023 is outside the period.
    Given the record has procedure.commenced set to 2028-02-29
    And the record has notices set to [{code: UK5, date: 2028-02-29}]
    And the record has milestones.contract_entered set to null
    And the record has procedure.direct_award_ground set to sch5_para8
    And the record has procedure.previous_contract set to {awarded: <awarded>, competitive: true, repeat_ground_stated: true}
    When the procurement is checked as at 2028-06-01
    Then the determination direct_award.repeat_award_window_starts is Wed 1 Mar 2023
    And finding PA23-DA-07 <outcome>

    Examples:
      | awarded    | outcome       |
      | 2023-02-28 | is raised     |
      | 2023-03-01 | is not raised |

  @PA23-DA-08
  Scenario: A repeat award after an earlier contract that was not competitively tendered
    Given the record has procedure.direct_award_ground set to sch5_para8
    And the record has procedure.previous_contract set to {awarded: 2023-05-10, competitive: false, repeat_ground_stated: true}
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-08 is raised
    And the procedure is not permitted

  @PA23-DA-09
  Scenario: A repeat award the earlier tender notice and documents did not announce
    Given the record has procedure.direct_award_ground set to sch5_para8
    And the record has procedure.previous_contract set to {awarded: 2023-05-10, competitive: true, repeat_ground_stated: false}
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-09 is raised
    And the finding PA23-DA-09 cites "PA2023 Sch.5 para 8(b)"
    And the procedure is not permitted

  @PA23-DA-07 @PA23-DA-08 @PA23-DA-09
  Scenario: Without the earlier contract's details para 8 cannot be shown to apply
    Given the record has procedure.direct_award_ground set to sch5_para8
    When the procurement is checked as at 2026-06-01
    Then rule PA23-DA-07 is not demonstrated for lack of procedure.previous_contract.awarded
    And rule PA23-DA-08 is not demonstrated for lack of procedure.previous_contract.competitive
    And rule PA23-DA-09 is not demonstrated for lack of procedure.previous_contract.repeat_ground_stated

  @PA23-DA-07 @PA23-DA-04
  Scenario: Without a transparency notice the 5-year period cannot be counted
    Given the record has procedure.direct_award_ground set to sch5_para8
    And the record has procedure.previous_contract set to {awarded: 2023-05-10, competitive: true, repeat_ground_stated: true}
    And the record has notices set to [{code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then rule PA23-DA-07 is not demonstrated for lack of notices
    And finding PA23-DA-04 is raised

  # -- Sch 5 paras 13-14: extreme and unavoidable urgency ------------------------------------------

  @PA23-DA-10 @PA23-DA-11 @standstill_required
  Scenario: Urgency neither caused by the authority nor foreseeable is unavoidable
    Given the record has procedure.direct_award_ground set to sch5_para13
    And the record has procedure.urgency_attributable_to_authority set to false
    And the record has procedure.urgency_foreseeable set to false
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-10 is not raised
    And finding PA23-DA-11 is not raised
    And the determination standstill.required is false
    And the procedure is permitted

  @PA23-DA-10
  Scenario: Urgency attributable to the authority is not unavoidable (para 14(a))
    Given the record has procedure.direct_award_ground set to sch5_para13
    And the record has procedure.urgency_attributable_to_authority set to true
    And the record has procedure.urgency_foreseeable set to false
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-10 is raised
    And the finding PA23-DA-10 cites "PA2023 Sch.5 para 14(a)"
    And the procedure is not permitted

  @PA23-DA-11
  Scenario: Urgency the authority could have foreseen is not unavoidable (para 14(b))
    Given the record has procedure.direct_award_ground set to sch5_para13
    And the record has procedure.urgency_attributable_to_authority set to false
    And the record has procedure.urgency_foreseeable set to true
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-11 is raised
    And the finding PA23-DA-11 cites "PA2023 Sch.5 para 14(b)"
    And the procedure is not permitted

  @PA23-DA-10 @PA23-DA-11
  Scenario: Without the facts of the urgency its unavoidability cannot be shown
    Given the record has procedure.direct_award_ground set to sch5_para13
    When the procurement is checked as at 2026-06-01
    Then rule PA23-DA-10 is not demonstrated for lack of procedure.urgency_attributable_to_authority
    And rule PA23-DA-11 is not demonstrated for lack of procedure.urgency_foreseeable

  @PA23-DA-10 @PA23-DA-03
  Scenario: A record naming para 14 is checked as a para 13 urgency award
    Given the record has procedure.direct_award_ground set to sch5_para14
    And the record has procedure.urgency_attributable_to_authority set to true
    And the record has procedure.urgency_foreseeable set to false
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-03 is raised
    And finding PA23-DA-10 is raised

  # -- Sch 5 paras 15-17: user choice ----------------------------------------------------------------

  @PA23-DA-12
  Scenario: User choice is not available for a contract that is not light touch (para 16(a))
    # The record's software maintenance services (CPV 72267000) are not light touch services.
    Given the record has procedure.direct_award_ground set to sch5_para15
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-12 is raised
    And the finding PA23-DA-12 cites "PA2023 Sch.5 para 16(a)"
    And the procedure is not permitted

  # -- Sch 5 paras 18-20: defence and security ----------------------------------------------------

  @PA23-DA-13
  Scenario: Para 18 (deployed-forces transport) is only for a defence and security contract
    Given the record has procedure.direct_award_ground set to sch5_para18
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-13 is raised
    And the finding PA23-DA-13 cites "PA2023 Sch.5 para 18(a)"
    And the procedure is not permitted

  @PA23-DA-13
  Scenario: Para 18 for a defence and security contract
    # A defence and security services contract is judged against row 3 (£415,440 from 2026).
    Given the record has authority set to {name: Ministry of Defence, type: central_government, defence_authority: true}
    And the record has contract.defence_and_security set to true
    And the record has procedure.direct_award_ground set to sch5_para18
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-13 is not raised
    And the procedure is permitted

  @PA23-DA-14
  Scenario: Para 19 is not available for a new contract that would not be a qualifying defence contract (para 19(1)(c))
    Given the record has authority set to {name: Ministry of Defence, type: central_government, defence_authority: true}
    And the record has contract.defence_and_security set to true
    And the record has contract.qualifying_defence_contract set to false
    And the record has procedure.direct_award_ground set to sch5_para19
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-14 is raised
    And the finding PA23-DA-14 cites "PA2023 Sch.5 para 19(1)(c)"
    And the procedure is not permitted

  @PA23-DA-14
  Scenario: Para 19 for a new contract that would be a qualifying defence contract
    # Being a defence and security contract (s.7) is not itself a condition of para 19: the
    # contract here is not recorded as one, and the justification still stands.
    Given the record has authority set to {name: Ministry of Defence, type: central_government, defence_authority: true}
    And the record has contract.qualifying_defence_contract set to true
    And the record has procedure.direct_award_ground set to sch5_para19
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-14 is not raised
    And the procedure is permitted

  @PA23-DA-14
  Scenario: Without saying whether the new contract is a qualifying defence contract, para 19 cannot be shown to apply
    Given the record has authority set to {name: Ministry of Defence, type: central_government, defence_authority: true}
    And the record has contract.defence_and_security set to true
    And the record has procedure.direct_award_ground set to sch5_para19
    When the procurement is checked as at 2026-06-01
    Then rule PA23-DA-14 is not demonstrated for lack of contract.qualifying_defence_contract

  @PA23-DA-15 @PA23-DA-16
  Scenario Outline: Para 20 is only for a defence authority contract (<case>)
    Given the record has authority.defence_authority set to <defence_authority>
    And the record has contract.defence_and_security set to <dands>
    And the record has procedure.direct_award_ground set to sch5_para20
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-15 is raised
    And finding PA23-DA-16 <s7_1_g_rule>
    And the procedure is not permitted

    Examples:
      | case                                                | defence_authority | dands | s7_1_g_rule   |
      | a defence and security contract of another authority | false             | true  | is not raised |
      | a defence authority's contract that is not D&S      | true              | false | is not raised |

  @PA23-DA-15 @PA23-DA-16
  Scenario: Para 20 for a defence authority's defence and security contract
    Given the record has authority set to {name: Ministry of Defence, type: central_government, defence_authority: true}
    And the record has contract.defence_and_security set to true
    And the record has procedure.direct_award_ground set to sch5_para20
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-15 is not raised
    And finding PA23-DA-16 is not raised
    And the procedure is permitted

  @PA23-DA-16 @PA23-DA-15
  Scenario: Para 20 is not available where the contract is defence and security only under s.7(1)(g)
    Given the record has authority set to {name: Ministry of Defence, type: central_government, defence_authority: true}
    And the record has contract.defence_and_security set to true
    And the record has contract.defence_only_under_s7_1_g set to true
    And the record has procedure.direct_award_ground set to sch5_para20
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-16 is raised
    And the finding PA23-DA-16 cites "PA2023 Sch.5 para 20(b)"
    And finding PA23-DA-15 is not raised
    And the procedure is not permitted

  # -- the supplier: excluded, debarred, excludable ------------------------------------------------

  @PA23-DA-17
  Scenario: A direct award to an excluded supplier needs an overriding public interest (s.41(2), (5))
    Given the record has supplier.excluded set to true
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-17 is raised
    And the finding PA23-DA-17 cites "PA2023 s.41(2)"
    And the procedure is not permitted

  @PA23-DA-17 @PA23-DA-23
  Scenario Outline: An excluded supplier may be awarded the contract for an overriding public interest (s.41(5)(<limb>))
    Given the record has supplier.excluded set to true
    And the record has supplier.overriding_public_interest set to <interest>
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-17 is not raised
    And finding PA23-DA-23 is not raised
    And the procedure is permitted

    Examples:
      | limb | interest                         | what it is                                              |
      | a    | critical_national_infrastructure | constructing, maintaining or operating CNI              |
      | b    | sector_reliance                  | a sector on which defence, security or the economy relies |
      | c    | military_security_operations     | military or security operations, armed forces, agencies |

  @PA23-DA-17
  Scenario: Without the supplier's exclusion status the award cannot be shown to be lawful
    Given the record has supplier.excluded set to null
    When the procurement is checked as at 2026-06-01
    Then rule PA23-DA-17 is not demonstrated for lack of supplier.excluded

  @PA23-DA-23 @PA23-DA-17
  Scenario: The urgency interest (s.41(5)(d)) is available only for a paragraph 13 award
    # The record's award relies on para 6 (technical reasons), not on extreme and unavoidable urgency.
    Given the record has supplier.excluded set to true
    And the record has supplier.overriding_public_interest set to urgency_no_alternative
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-23 is raised
    And the finding PA23-DA-23 cites "PA2023 s.41(5)(d)"
    And finding PA23-DA-17 is not raised
    And the procedure is not permitted

  @PA23-DA-23 @PA23-DA-17 @PA23-DA-10 @PA23-DA-11
  Scenario: An urgent award (para 13) to an excluded supplier that alone can perform in time
    Given the record has procedure.direct_award_ground set to sch5_para13
    And the record has procedure.urgency_attributable_to_authority set to false
    And the record has procedure.urgency_foreseeable set to false
    And the record has supplier.excluded set to true
    And the record has supplier.overriding_public_interest set to urgency_no_alternative
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-23 is not raised
    And finding PA23-DA-17 is not raised
    And finding PA23-DA-10 is not raised
    And finding PA23-DA-11 is not raised
    And the procedure is permitted

  @PA23-DA-18 @PA23-DA-17 @PA23-DA-24
  Scenario: A supplier debarred on a mandatory ground is excluded, whatever the record says (s.57(1)(b))
    Given the record has supplier.on_debarment_list set to true
    And the record has supplier.debarment_ground set to mandatory
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-18 is raised
    And the finding PA23-DA-18 cites "PA2023 s.57(1)(b)"
    And finding PA23-DA-17 is not raised
    And finding PA23-DA-24 is not raised
    And the procedure is not permitted

  @PA23-DA-18
  Scenario: A supplier debarred on a mandatory ground may be awarded a contract under s.41 for an overriding public interest
    Given the record has supplier.on_debarment_list set to true
    And the record has supplier.debarment_ground set to mandatory
    And the record has supplier.overriding_public_interest set to critical_national_infrastructure
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-18 is not raised
    And the procedure is permitted

  @PA23-DA-18 @PA23-DA-21
  Scenario: A supplier debarred on a mandatory ground may never be awarded a contract after a switch (s.43(1))
    # s.43 has no overriding public interest exception, so naming one does not help.
    Given the record has procedure.switched_from_competition set to true
    And the record has procedure.no_suitable_tenders set to true
    And the record has notices set to [{code: UK4, date: 2026-01-05}, {code: UK5, date: 2026-02-02}, {code: UK6, date: 2026-02-16}]
    And the record has supplier.on_debarment_list set to true
    And the record has supplier.debarment_ground set to mandatory
    And the record has supplier.overriding_public_interest set to critical_national_infrastructure
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-18 is raised
    And finding PA23-DA-21 is not raised
    And the procedure is not permitted

  @PA23-DA-24 @PA23-DA-18 @PA23-DA-17
  Scenario Outline: A supplier on the debarment list for a <ground> ground may be excluded or excludable
    Given the record has supplier.on_debarment_list set to true
    And the record has supplier.debarment_ground set to <value>
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-24 is raised
    And finding PA23-DA-18 is not raised
    And finding PA23-DA-17 is not raised
    And the procedure is permitted

    Examples:
      | ground        | value         |
      | discretionary | discretionary |
      | unrecorded    | null          |

  @PA23-DA-24 @PA23-DA-18 @PA23-DA-17
  Scenario: A debarred supplier the record treats as excluded is reported as excluded
    Given the record has supplier.on_debarment_list set to true
    And the record has supplier.excluded set to true
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-17 is raised
    And finding PA23-DA-18 is not raised
    And finding PA23-DA-24 is not raised
    And the procedure is not permitted

  @PA23-DA-19
  Scenario: An excludable supplier may be awarded the contract once its status has been considered (s.41(4))
    Given the record has supplier.excludable set to true
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-19 is raised
    And the finding PA23-DA-19 cites "PA2023 s.41(4)"
    And the procedure is permitted

  # -- s.43: switching to direct award ----------------------------------------------------------------

  @PA23-DA-20 @PA23-DA-21 @PA23-DA-22 @PA23-DA-01 @PA23-DA-04 @PA23-DA-17 @direct_award_route
  Scenario: A switch to direct award after a competition that produced no suitable tenders (s.43)
    Given the record has procedure.switched_from_competition set to true
    And the record has procedure.no_suitable_tenders set to true
    And the record has procedure.direct_award_ground set to null
    And the record has notices set to [{code: UK4, date: 2026-01-05}, {code: UK5, date: 2026-02-02}, {code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then the determination direct_award.route is s43
    And finding PA23-DA-20 is not raised
    And finding PA23-DA-21 is not raised
    And finding PA23-DA-22 is not raised
    And finding PA23-DA-01 is not raised
    And finding PA23-DA-04 is not raised
    And finding PA23-DA-17 is not raised
    And the procedure is permitted

  @PA23-DA-20
  Scenario: No switch to direct award where a suitable tender was received (s.43(1)(b))
    Given the record has procedure.switched_from_competition set to true
    And the record has procedure.no_suitable_tenders set to false
    And the record has notices set to [{code: UK4, date: 2026-01-05}, {code: UK5, date: 2026-02-02}, {code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-20 is raised
    And the finding PA23-DA-20 cites "PA2023 s.43(1)"
    And the procedure is not permitted

  @PA23-DA-20
  Scenario: A switch cannot be shown lawful without knowing whether any tender was suitable
    Given the record has procedure.switched_from_competition set to true
    And the record has notices set to [{code: UK4, date: 2026-01-05}, {code: UK5, date: 2026-02-02}, {code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then rule PA23-DA-20 is not demonstrated for lack of procedure.no_suitable_tenders

  @PA23-DA-21 @PA23-DA-17
  Scenario: A switched direct award may never go to an excluded supplier (s.43(1))
    Given the record has procedure.switched_from_competition set to true
    And the record has procedure.no_suitable_tenders set to true
    And the record has supplier.excluded set to true
    And the record has notices set to [{code: UK4, date: 2026-01-05}, {code: UK5, date: 2026-02-02}, {code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-21 is raised
    And finding PA23-DA-17 is not raised
    And the procedure is not permitted

  @PA23-DA-19
  Scenario: Before a switched award the authority must consider whether the supplier is excludable (s.43(6)(a))
    Given the record has procedure.switched_from_competition set to true
    And the record has procedure.no_suitable_tenders set to true
    And the record has supplier.excludable set to true
    And the record has notices set to [{code: UK4, date: 2026-01-05}, {code: UK5, date: 2026-02-02}, {code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-19 is raised

  @PA23-DA-22
  Scenario: A switch needs an invitation to tender in a competitive procedure (s.43(1)(a))
    Given the record has procedure.switched_from_competition set to true
    And the record has procedure.no_suitable_tenders set to true
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-22 is raised

  @PA23-DA-04
  Scenario: A switched direct award still needs a transparency notice (s.44(1))
    Given the record has procedure.switched_from_competition set to true
    And the record has procedure.no_suitable_tenders set to true
    And the record has notices set to [{code: UK4, date: 2026-01-05}, {code: UK6, date: 2026-02-16}]
    When the procurement is checked as at 2026-06-01
    Then finding PA23-DA-04 is raised
    And the procedure is not permitted

  # -- prompt: "no reasonable alternatives" (paras 5(b) and 6(b)) ---------------------------------

  @CYCLE-UP-DA-01
  Scenario Outline: A single-supplier direct award (para <para>) asks whether alternatives were tested with the market
    Given the record has procedure.direct_award_ground set to sch5_para<para>
    When the procurement is checked as at 2026-06-01
    Then prompt CYCLE-UP-DA-01 is raised

    Examples:
      | para |
      | 5    |
      | 6    |

  @CYCLE-UP-DA-01
  Scenario: A competitive award raises no single-supplier question
    Given the record has procedure.type set to open
    And the record has procedure.direct_award_ground set to null
    When the procurement is checked as at 2026-06-01
    Then prompt CYCLE-UP-DA-01 is not raised
