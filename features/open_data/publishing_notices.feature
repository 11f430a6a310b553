Feature: Publishing notices as open data (OCDS 1.1, as Find a Tender publishes them)
  From a procurement record procrules writes the notice a contracting authority publishes, as
  an OCDS release package in Find a Tender's shape: the form code on the notice's document, the
  Act as legal basis, net and gross values, the buyer's kind of authority, CPV codes, whether it is
  above threshold. The same record always gives the same bytes. A notice the record cannot fill
  is refused with the list of what is missing: procrules never publishes half a notice.

  @above_threshold
  Scenario: A contract award notice carries the standstill and the assessment summaries date
    Given the example record "ocds/lifecycle-open.yml"
    When the notice UK6 is built from the record
    Then the notice's /releases/0/awards/0/documents/0/noticeType is "UK6"
    And the notice's /releases/0/awards/0/standstillPeriod/endDate is "2026-04-29T23:59:59Z"
    And the notice's /releases/0/awards/0/assessmentSummariesDateSent is "2026-04-20T00:00:00Z"
    And the notice's /releases/0/awards/0/aboveThreshold is true
    And the notice's /releases/0/tender/legalBasis/id is "2023/54"
    And the notice is valid against procrules' notice schemas
    And the notice is valid against the OCDS schema "fts-patched-release-schema.json"
    And no output contains contact details

  @scope_light_touch
  Scenario: A light touch tender notice says so
    Given the example record "kinds/light-touch.yaml"
    When the notice UK4 is built from the record
    Then the notice's /releases/0/tender/specialRegime is ["lightTouch"]
    And the notice's /releases/0/tender/procurementMethodDetails is "Competitive flexible procedure"
    And the notice is valid against the OCDS schema "release-schema.json"

  @regime @above_threshold @scope_light_touch
  Scenario: A notice read back gives the same determinations
    Given the example record "kinds/light-touch.yaml"
    When the notice UK4 is built from the record
    And the notice is read back
    And the procurement is checked as at 2026-03-01
    Then the regime is act
    And the threshold is £663,540 from row 8
    And the determination scope.light_touch is true

  @above_threshold
  Scenario: A contract details notice is refused while the record lacks the supplier and the notice's date
    Given the example record "kinds/open-procedure.yaml"
    Then building the notice UK7 fails for lack of /supplier/name
    And building the notice UK7 fails for lack of /notices

  @above_threshold
  Scenario: A contract change notice names the Schedule 8 ground
    Given the example record "ocds/contract-change.yml"
    When the notice UK10 is built from the record
    Then the notice's /releases/0/contracts/0/amendments/0/rationaleClassifications/0/id is "2023/54/schedule/8/paragraph/5"
    And the notice's /releases/0/tag is ["contractAmendment"]
    And the notice is valid against procrules' notice schemas
