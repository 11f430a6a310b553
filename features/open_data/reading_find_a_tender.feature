Feature: Reading Find a Tender open data (OCDS 1.1, Procurement Act 2023 notices)
  Find a Tender publishes every notice as an OCDS release. Releases of one procurement (one
  ocid) are updates: procrules puts them together, in date order, into one procurement record,
  and then checks it like any other. The form code (UK4, UK6, …) is on the notice's document;
  the legal basis says which law applies: UKPGA 2023/54 is the Act, a CELEX directive is the old
  regulations. Real data has defects (an empty `buyerID`, a lot priced in the wrong currency,
  placeholder values): procrules works around them and says so, and never copies contact details.
  Whatever a notice cannot tell (a conflicts assessment, say) stays unknown, so rules that need it
  are reported as not demonstrated rather than passed.

  The sample "release-package-limit-4.json" is one real page of Find a Tender data (6 October
  2026): three contract award notices (UK6) and one tender notice (UK4).

  @regime @above_threshold
  Scenario: A contract award notice above threshold reads into a public contract under the Act
    Given the Find a Tender sample "release-package-limit-4.json"
    And the procurement "ocds-h6vhtk-06e832" read from it
    Then the record's notices are UK6
    And the record's /authority/type is "sub_central"
    And the record's /milestones/standstill_end_stated is "2026-10-15"
    When the procurement is checked as at 2026-10-07
    Then the regime is act
    And the record is a public contract
    And the estimated value is £256,378.74

  @scope_light_touch @above_threshold
  Scenario: A light touch tender notice keeps its own, higher threshold
    Given the Find a Tender sample "release-package-limit-4.json"
    And the procurement "ocds-h6vhtk-078219" read from it
    Then the record's /contract/light_touch is true
    And the record's /procedure/type is "competitive_flexible"
    When the procurement is checked as at 2026-10-07
    Then the determination scope.light_touch is true
    And the determination above_threshold is true

  @above_threshold
  Scenario: A below-threshold award agrees with the notice's own "below threshold"
    Given the Find a Tender sample "release-package-limit-4.json"
    And the procurement "ocds-h6vhtk-06d285" read from it
    When the procurement is checked as at 2026-10-07
    Then the determination above_threshold is false

  @regime
  Scenario: A lot priced in dirhams is flagged, not believed
    Given the Find a Tender sample "release-package-limit-4.json"
    Then the reading gives 4 procurements
    And the reading warns "the value is in AED" at /releases/1/tender/lots/0/value/currency
    And the reading warns "`buyerID` is not an OCDS field" at /releases/2/buyerID
    And no output contains contact details

  @regime
  Scenario: A notice under the old regulations is judged under them
    Given the OCDS data:
      """
      {"ocid": "ocds-h6vhtk-0000aa", "id": "000010-2026", "date": "2026-06-01T09:00:00Z", "tag": ["award"],
       "initiationType": "tender",
       "parties": [{"id": "B", "name": "Old Council", "roles": ["buyer"],
                    "details": {"classifications": [{"scheme": "TED_CA_TYPE", "id": "REGIONAL_AUTHORITY"}]}}],
       "buyer": {"id": "B", "name": "Old Council"},
       "tender": {"id": "T", "title": "Road salt", "legalBasis": {"scheme": "CELEX", "id": "32014L0024"},
                  "mainProcurementCategory": "goods"}}
      """
    And the procurement "ocds-h6vhtk-0000aa" read from it
    When the procurement is checked as at 2026-06-02
    Then the regime is old_regime
