Feature: Excluded and excludable suppliers, and the competitive award (Procurement Act 2023 ss.19, 26, 28, 57 and Schedules 6 and 7)
  A supplier is an excluded supplier if the authority considers that a mandatory exclusion ground
  (Schedule 6) applies to it or to an associated person and the circumstances are continuing or
  likely to occur again, or if it or an associated person is on the debarment list by virtue of a
  mandatory ground (s.57(1)); it is an excludable supplier on the same terms for a discretionary
  ground (Schedule 7) (s.57(2)). A ground applies to the supplier when the supplier or a connected
  person (a director, a person with significant control, a parent or subsidiary, a predecessor
  company, Sch 6 para 45) has been convicted or is otherwise caught by it. In a private utility's
  procurement an excluded supplier is treated as excludable (s.57(4)).

  In deciding whether a mandatory ground applies, the decision-maker ignores any event before the
  five years ending with the day of the determination (Sch 6 para 44(1)). For some grounds it also
  ignores events before Schedule 6 came into force on 24 February 2025 (para 44(3): corporate
  manslaughter, theft-type offences), or before the three years ending with that day (para 44(4):
  fraud, labour market, tax, cartel and competition grounds); terrorism, bribery, money laundering,
  the core slavery and trafficking offences and organised crime count whenever they occurred within
  the five years (para 44(2)). For a
  discretionary ground it ignores events it knew of, or should reasonably have known of, before the
  five years, or the three years for insolvency, competition, professional misconduct, breach of
  contract and improper procurement (Sch 7 para 15(1)-(3)), and, for labour market, environmental,
  poor performance and national security, events before Schedule 7 came into force (para 15(4)).

  A period of years "ending with" a day begins on the day after the same date that many years
  earlier: the five years ending with Mon 1 Jun 2026 run from Wed 2 Jun 2021, so an event on
  Tue 1 Jun 2021, exactly five years before, is outside them; the three years ending with that day
  run from Fri 2 Jun 2023.

  In a competitive award the contract may go only to the supplier that submitted the most
  advantageous tender (s.19(1)-(2)). The tender of an excluded supplier must be disregarded
  (s.26(1)), and before assessing the tenders the authority must consider whether each supplier is
  excludable (s.26(2)). A supplier excluded or excludable only because of an associated person must
  first be told and given a reasonable opportunity to replace that person (s.26(3)-(4)); a supplier
  intending to sub-contract to an excluded supplier is treated as excluded, after being told and
  given a reasonable opportunity to find another sub-contractor (s.28(3), (5)).

  The record below is a £950,000 (VAT included) Home Office services contract, above the 2026
  row 11 threshold of £135,018, awarded after an open procedure; the supplier's status was
  determined on Mon 1 Jun 2026.

  Background:
    Given a procurement record:
      """
      id: HO-INTERPRETING-2026
      title: Interpreting services for immigration hearings
      authority: {name: Home Office, type: central_government}
      contract:
        subject: services
        estimated_value: {amount: 950000, vat_included: true}
        cpv: ["79530000"]
        light_touch: false
        lots: [{id: "1", title: Written translation}, {id: "2", title: Interpreting}]
      procedure:
        type: open
        market_engagement: false
        electronic_submission: true
        all_documents_with_tender_notice: true
        commenced: 2026-02-02
      supplier:
        name: Lingua Services Ltd
        excluded: false
        excludable: false
        on_debarment_list: false
        most_advantageous_tender: true
      notices:
        - {code: UK4, date: 2026-02-02}
        - {code: UK6, date: 2026-06-08}
      milestones:
        conflicts_assessment: 2026-01-20
        tender_deadline: 2026-03-09
        exclusion_determination: 2026-06-01
        assessment_summaries_sent: 2026-06-08
        contract_entered: 2026-06-22
      """

  @PA23-EXCL-01 @PA23-EXCL-02 @PA23-EXCL-03 @PA23-EXCL-04 @PA23-EXCL-05 @PA23-EXCL-06 @PA23-EXCL-07 @PA23-EXCL-08 @PA23-EXCL-09 @PA23-AWARD-01 @excluded_by_events @excludable_by_events @mandatory_lookback_start @discretionary_short_lookback_start
  Scenario: An award to the most advantageous tender of a supplier that is neither excluded nor excludable
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.excluded_by_events is false
    And the determination supplier_exclusion.excludable_by_events is false
    And the determination supplier_exclusion.mandatory_events_in_period is 0
    And the determination supplier_exclusion.mandatory_lookback_starts is Wed 2 Jun 2021
    And the determination supplier_exclusion.discretionary_lookback_starts is Wed 2 Jun 2021
    And the determination supplier_exclusion.discretionary_short_lookback_starts is Fri 2 Jun 2023
    And the determination supplier_exclusion.debarment is not_shown
    And finding PA23-AWARD-01 is not raised
    And finding PA23-EXCL-01 is not raised
    And finding PA23-EXCL-02 is not raised
    And finding PA23-EXCL-03 is not raised
    And finding PA23-EXCL-04 is not raised
    And finding PA23-EXCL-05 is not raised
    And finding PA23-EXCL-06 is not raised
    And finding PA23-EXCL-07 is not raised
    And finding PA23-EXCL-08 is not raised
    And finding PA23-EXCL-09 is not raised
    And there are no findings
    And the procedure is permitted

  # -- s.19(1): the most advantageous tender --------------------------------------------------------

  @PA23-AWARD-01
  Scenario: A competitive award to a supplier whose tender was not the most advantageous is not permitted (s.19(1))
    Given the record has supplier.most_advantageous_tender set to false
    When the procurement is checked as at 2026-07-01
    Then finding PA23-AWARD-01 is raised
    And the finding PA23-AWARD-01 cites "PA2023 s.19(1)"
    And the procedure is not permitted

  @PA23-AWARD-01
  Scenario: s.19 governs only competitive awards: a call-off under a framework is not judged by it
    Given the record has procedure.type set to call_off
    And the record has supplier.most_advantageous_tender set to false
    When the procurement is checked as at 2026-07-01
    Then finding PA23-AWARD-01 is not raised

  @PA23-AWARD-01
  Scenario: A record that does not say which tender was the most advantageous raises nothing under s.19(1)
    Given the record has supplier.most_advantageous_tender set to null
    When the procurement is checked as at 2026-07-01
    Then finding PA23-AWARD-01 is not raised
    And the procedure is permitted

  # -- s.26(1): the tender of an excluded supplier must be disregarded -----------------------------

  @PA23-EXCL-03
  Scenario: A competitive award to an excluded supplier is not permitted (s.26(1))
    Given the record has supplier.excluded set to true
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-03 is raised
    And the finding PA23-EXCL-03 cites "PA2023 s.26(1)"
    And the procedure is not permitted

  @PA23-EXCL-03 @PA23-EXCL-05 @supplier_debarment @supplier_excluded_on_record
  Scenario: A supplier on the debarment list by virtue of a mandatory ground is excluded, whatever the record's own status (s.57(1)(b))
    Given the record has supplier.on_debarment_list set to true
    And the record has supplier.debarment_ground set to mandatory
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.debarment is mandatory
    And finding PA23-EXCL-03 is raised
    And finding PA23-EXCL-05 is not raised
    And the procedure is not permitted

  @PA23-EXCL-03 @PA23-EXCL-04
  Scenario: A private utility treats an excluded supplier as excludable (s.57(4))
    # A private utility is a contracting authority only for a utilities contract (s.2(1)(b));
    # £950,000 is above the 2026 row 6 utilities threshold of £415,440.
    Given the record has authority set to {name: Northern Water Networks Ltd, type: private_utility}
    And the record has contract.utilities set to true
    And the record has contract.cpv set to ["71300000"]
    And the record has supplier.excluded set to true
    When the procurement is checked as at 2026-07-01
    Then the record is a public contract
    And finding PA23-EXCL-03 is not raised
    And finding PA23-EXCL-04 is raised
    And the procedure is permitted

  # -- s.26(2): an excludable supplier's status must be considered ----------------------------------

  @PA23-EXCL-04
  Scenario: A competitive award to an excludable supplier is allowed once its status has been considered (s.26(2))
    Given the record has supplier.excludable set to true
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-04 is raised
    And the finding PA23-EXCL-04 cites "PA2023 s.26(2)"
    And the procedure is permitted

  @PA23-EXCL-04 @PA23-EXCL-03 @supplier_debarment
  Scenario: A supplier on the debarment list by virtue of a discretionary ground is excludable (s.57(2)(b))
    Given the record has supplier.on_debarment_list set to true
    And the record has supplier.debarment_ground set to discretionary
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.debarment is discretionary
    And finding PA23-EXCL-04 is raised
    And finding PA23-EXCL-03 is not raised
    And the procedure is permitted

  @PA23-EXCL-05 @PA23-EXCL-03 @PA23-EXCL-04
  Scenario: A debarment list entry whose ground the record does not give may make the supplier excluded or excludable
    Given the record has supplier.on_debarment_list set to true
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-05 is raised
    And finding PA23-EXCL-03 is not raised
    And finding PA23-EXCL-04 is not raised

  # -- s.57(1) and Sch 6 para 44: mandatory grounds within the five years ---------------------------

  @PA23-EXCL-01 @PA23-EXCL-06 @mandatory_exclusion_ground_in_period @excluded_by_events
  Scenario: The record says the supplier is not excluded, but its own continuing conviction makes it excluded (s.57(1)(a))
    # Fraud Act 2006 offence (Sch 6 para 15) after Schedule 6 came into force.
    Given the record has supplier.exclusion_events set to [{ground: sch6_para15, date: 2025-06-10, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.mandatory_events_in_period is 1
    And the determination supplier_exclusion.excluded_by_events is true
    And finding PA23-EXCL-01 is raised
    And the finding PA23-EXCL-01 cites "PA2023 s.57(1)"
    And finding PA23-EXCL-06 is not raised

  @PA23-EXCL-01 @excluded_by_events
  Scenario: Self-cleaning: circumstances no longer continuing or likely to occur again do not exclude (s.57(1)(a)(ii), s.58)
    Given the record has supplier.exclusion_events set to [{ground: sch6_para15, date: 2025-06-10, person: supplier, continuing_or_likely_to_recur: false}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.mandatory_events_in_period is 1
    And the determination supplier_exclusion.excluded_by_events is false
    And finding PA23-EXCL-01 is not raised
    And there are no findings

  @excluded_by_events
  Scenario: An event that does not say whether the circumstances are continuing leaves the supplier's status undetermined
    Given the record has supplier.exclusion_events set to [{ground: sch6_para15, date: 2025-06-10, person: supplier}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.excluded_by_events is null
    And there are no findings

  @PA23-EXCL-01
  Scenario: Without the day of the determination the look-back period cannot be counted
    Given the record has milestones.exclusion_determination set to null
    And the record has supplier.exclusion_events set to [{ground: sch6_para15, date: 2025-06-10, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then rule PA23-EXCL-01 is not demonstrated for lack of milestones.exclusion_determination

  @PA23-EXCL-01 @mandatory_lookback_start @mandatory_exclusion_ground_in_period
  Scenario Outline: A money laundering conviction counts only within the five years ending with the determination (<when>)
    # Money laundering (Sch 6 para 14) counts whenever it occurred within the five years (para 44(2)(c)).
    # The five years ending with Mon 1 Jun 2026 began on Wed 2 Jun 2021.
    Given the record has supplier.exclusion_events set to [{ground: sch6_para14, date: <date>, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.mandatory_events_in_period is <counted>
    And finding PA23-EXCL-01 <outcome>

    Examples:
      | date       | counted | outcome       | when                                                    |
      | 2021-06-02 | 1       | is raised     | on the first day of the five years                      |
      | 2021-06-01 | 0       | is not raised | exactly five years before, the day before they began    |
      | 2021-05-31 | 0       | is not raised | five years and a day before                             |

  @PA23-EXCL-01
  Scenario: A money laundering conviction on the first day of the five years still counts
    Given the record has supplier.exclusion_events set to [{ground: sch6_para14, date: 2021-06-02, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-01 is raised

  @PA23-EXCL-01
  Scenario: A money laundering conviction exactly five years before the determination is ignored (Sch 6 para 44(1))
    Given the record has supplier.exclusion_events set to [{ground: sch6_para14, date: 2021-06-01, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-01 is not raised
    And there are no findings

  @known_bug @PA23-EXCL-01
  Scenario: A fraud conviction within the three years before Schedule 6 came into force counts (Sch 6 para 44(4)(b))
    # The three years ending with Mon 24 Feb 2025 began on Fri 25 Feb 2022; a conviction on
    # Wed 1 Mar 2023 is within them and within the five years ending with 1 Jun 2026, so the ground
    # applies. procrules cannot yet test an event's paragraph against the lists of para 44(3)-(4), so
    # it leaves an event before 24 Feb 2025 undetermined unless para 44(2) or para 43 applies.
    Given the record has supplier.exclusion_events set to [{ground: sch6_para15, date: 2023-03-01, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-01 is raised

  @known_bug @PA23-EXCL-01
  Scenario: A corporate manslaughter conviction before Schedule 6 came into force is ignored (Sch 6 para 44(3)(a))
    # Sun 10 Nov 2024 is within the five years but before 24 Feb 2025, so the event is ignored and
    # the supplier is not excluded; procrules leaves it undetermined (see the scenario above).
    Given the record has supplier.exclusion_events set to [{ground: sch6_para2, date: 2024-11-10, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-01 is not raised

  @PA23-EXCL-03 @PA23-EXCL-01 @excluded_by_events
  Scenario: A director's bribery conviction makes the supplier excluded, and a competitive award to it is not permitted
    # A director is a connected person (Sch 6 para 45); bribery (Sch 6 para 17) applies to the
    # supplier if it or a connected person was convicted (para 1). The record gives no status, so the
    # events decide it.
    Given the record has supplier.excluded set to null
    And the record has supplier.exclusion_events set to [{ground: sch6_para17, date: 2025-09-15, person: connected_person, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.excluded_by_events is true
    And finding PA23-EXCL-03 is raised
    And finding PA23-EXCL-01 is not raised
    And the procedure is not permitted

  @PA23-EXCL-07 @PA23-EXCL-01 @excluded_by_events
  Scenario: The national security ground (Sch 6 para 35) works only through the debarment list (para 35(3))
    Given the record has supplier.exclusion_events set to [{ground: sch6_para35, date: 2025-09-15, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-07 is raised
    And the finding PA23-EXCL-07 cites "PA2023 Sch.6 para 35(3)"
    And the determination supplier_exclusion.mandatory_events_in_period is 0
    And the determination supplier_exclusion.excluded_by_events is false
    And finding PA23-EXCL-01 is not raised

  @PA23-EXCL-08 @PA23-EXCL-03
  Scenario: A supplier treated as excluded on a conviction older than the five years (Sch 6 para 44(1))
    Given the record has supplier.excluded set to true
    And the record has supplier.exclusion_events set to [{ground: sch6_para14, date: 2020-03-02, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-08 is raised
    And the finding PA23-EXCL-08 cites "PA2023 Sch.6 para 44(1)"
    And finding PA23-EXCL-03 is raised

  @PA23-EXCL-08 @PA23-EXCL-03
  Scenario: A supplier treated as excluded on a conviction within the five years
    Given the record has supplier.excluded set to true
    And the record has supplier.exclusion_events set to [{ground: sch6_para14, date: 2025-09-15, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-08 is not raised
    And finding PA23-EXCL-03 is raised

  # -- s.26(3) and s.28: associated persons and sub-contractors -------------------------------------

  @PA23-EXCL-06 @PA23-EXCL-03 @PA23-EXCL-01 @excluded_by_events @third_party_mandatory_event
  Scenario: An intended sub-contractor's fraud conviction: the supplier must be given the chance to find another (s.28(3), (5))
    # s.28 treats the supplier as excluded only after it has been told and given a reasonable
    # opportunity to sub-contract elsewhere; the sub-contractor's event does not make the supplier
    # itself excluded under s.57.
    Given the record has supplier.exclusion_events set to [{ground: sch6_para15, date: 2025-10-01, person: subcontractor, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.excluded_by_events is false
    And finding PA23-EXCL-06 is raised
    And the finding PA23-EXCL-06 cites "PA2023 s.26(3)-(4), s.27(4), s.28(3), (5) and (7)"
    And finding PA23-EXCL-03 is not raised
    And finding PA23-EXCL-01 is not raised
    And the procedure is permitted

  @PA23-EXCL-06 @PA23-EXCL-03 @excluded_by_events
  Scenario: An associated person's conviction excludes the supplier unless it replaces that person (s.57(1)(a), s.26(3))
    # The supplier relies on the associated person to meet the conditions of participation
    # (s.26(4)); while it does, the supplier is excluded.
    Given the record has supplier.excluded set to null
    And the record has supplier.exclusion_events set to [{ground: sch6_para14, date: 2025-10-01, person: associated_person, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.excluded_by_events is true
    And finding PA23-EXCL-06 is raised
    And finding PA23-EXCL-03 is raised
    And the procedure is not permitted

  @PA23-EXCL-06
  Scenario: An intended sub-contractor's event on a discretionary ground is not a mandatory one
    Given the record has supplier.exclusion_events set to [{ground: sch7_para5, date: 2025-10-01, person: subcontractor, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-06 is not raised

  # -- s.57(2) and Sch 7 para 15: discretionary grounds ---------------------------------------------

  @PA23-EXCL-02 @excludable_by_events @discretionary_exclusion_ground_in_period
  Scenario: The record's own insolvency event makes the supplier excludable, and the record does not treat it so (s.57(2))
    Given the record has supplier.exclusion_events set to [{ground: sch7_para5, date: 2025-11-03, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.excludable_by_events is true
    And the determination supplier_exclusion.discretionary_events_in_period is 1
    And finding PA23-EXCL-02 is raised
    And the finding PA23-EXCL-02 cites "PA2023 s.57(2)"
    And the procedure is permitted

  @PA23-EXCL-02
  Scenario: An excludable supplier whose status the record has considered
    Given the record has supplier.excludable set to true
    And the record has supplier.exclusion_events set to [{ground: sch7_para5, date: 2025-11-03, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-02 is not raised

  @PA23-EXCL-02 @discretionary_short_lookback_start @discretionary_exclusion_ground_in_period
  Scenario Outline: An insolvency event counts only within the three years ending with the determination (<when>)
    # Insolvency (Sch 7 para 5) is a three-year ground (para 15(3)(a)). The three years ending with
    # Mon 1 Jun 2026 began on Fri 2 Jun 2023. The event's date is read as the day the authority
    # became aware of it.
    Given the record has supplier.exclusion_events set to [{ground: sch7_para5, date: <date>, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.discretionary_events_in_period is <counted>
    And finding PA23-EXCL-02 <outcome>

    Examples:
      | date       | counted | outcome       | when                                                   |
      | 2023-06-02 | 1       | is raised     | on the first day of the three years                    |
      | 2023-06-01 | 0       | is not raised | exactly three years before, the day before they began  |
      | 2023-05-31 | 0       | is not raised | three years and a day before                           |

  @PA23-EXCL-02
  Scenario: An insolvency event exactly three years before the determination is ignored (Sch 7 para 15(2)-(3))
    Given the record has supplier.exclusion_events set to [{ground: sch7_para5, date: 2023-06-01, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-02 is not raised
    And there are no findings

  @PA23-EXCL-02 @discretionary_exclusion_ground_in_period
  Scenario Outline: An environmental conviction counts only from the day Schedule 7 came into force (Sch 7 para 15(4)(b)) (<when>)
    # Environmental misconduct (Sch 7 para 4) is a five-year ground, but events before 24 Feb 2025
    # are ignored.
    Given the record has supplier.exclusion_events set to [{ground: sch7_para4, date: <date>, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.discretionary_events_in_period is <counted>
    And finding PA23-EXCL-02 <outcome>

    Examples:
      | date       | counted | outcome       | when                                 |
      | 2025-02-24 | 1       | is raised     | on the day Schedule 7 came into force |
      | 2025-02-23 | 0       | is not raised | the day before                       |

  @excludable_by_events
  Scenario: A breach of contract or poor performance event (Sch 7 para 12) before commencement depends on which limb it is
    # Mon 15 Jan 2024 is within the three years for a breach of contract (para 15(3)(d)) but before
    # Schedule 7 came into force, which rules out poor performance (para 15(4)(c)); the record does
    # not say which, so the supplier's status is left undetermined.
    Given the record has supplier.exclusion_events set to [{ground: sch7_para12, date: 2024-01-15, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then the determination supplier_exclusion.excludable_by_events is null
    And the determination supplier_exclusion.discretionary_events_in_period is 0

  @PA23-EXCL-09 @PA23-EXCL-04
  Scenario: A supplier treated as excludable on an improper procurement event older than the three years (Sch 7 para 15)
    Given the record has supplier.excludable set to true
    And the record has supplier.exclusion_events set to [{ground: sch7_para13, date: 2022-01-10, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-09 is raised
    And the finding PA23-EXCL-09 cites "PA2023 Sch.7 para 15(1)"
    And finding PA23-EXCL-04 is raised

  @PA23-EXCL-09
  Scenario: A supplier treated as excludable on an improper procurement event within the three years
    Given the record has supplier.excludable set to true
    And the record has supplier.exclusion_events set to [{ground: sch7_para13, date: 2025-01-10, person: supplier, continuing_or_likely_to_recur: true}]
    When the procurement is checked as at 2026-07-01
    Then finding PA23-EXCL-09 is not raised
