"""Register input: CSV and XLSX rows through a column mapping, and every message the reader gives."""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]

from procrules.errors import InputError
from procrules.io.tabular import Mapping, Row, iter_rows, load_mapping
from procrules.model.record import Record

ROOT = Path(__file__).resolve().parents[2]
REGISTERS = ROOT / "examples" / "registers"
EXAMPLE_CSV = REGISTERS / "council-contracts.csv"
EXAMPLE_XLSX = REGISTERS / "council-contracts.xlsx"

SMALL = """\
fields:
  id: {column: Ref, optional: true}
  authority.name: {value: Oakford Town Council}
  authority.type: {column: Body, default: sub_central, values: {Council: sub_central, Department: central_government}}
  contract.subject: {column: Type, values: {Goods: goods, Services: services, Works: works}}
  contract.estimated_value.amount: {column: Value, optional: true}
  contract.estimated_value.vat_included: {value: true}
  procedure.type: {column: Route, optional: true, values: {Open: open, Tender: null}}
  milestones.contract_entered: {column: Signed, optional: true}
  supplier.sme: {column: SME, optional: true}
  notices:
    - {code: UK6, column: Award notice, optional: true}
    - {code: UK7, column: Contract details notice published, optional: true}
"""


def small_mapping(tmp_path: Path, text: str = SMALL) -> Mapping:
    path = tmp_path / "map.yaml"
    path.write_text(text, encoding="utf-8")
    return load_mapping(path)


def write_csv(tmp_path: Path, text: str, name: str = "reg.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def rows(path: Path, mapping: Mapping, **kw: Any) -> list[Row]:
    return list(iter_rows(path, mapping, **kw))


def one_cell(tmp_path: Path, heading: str, cell: str) -> Row:
    """The one row of a register whose only filled cells are Type=Goods and `heading`=`cell`."""
    headings = ["Ref", "Type", "Value", "Signed", "SME", "Route", "Award notice"]
    cells = ["R1", "Goods", "", "", "", "", ""]
    cells[headings.index(heading)] = f'"{cell}"'
    [row] = rows(write_csv(tmp_path, ",".join(headings) + "\n" + ",".join(cells) + "\n"), small_mapping(tmp_path))
    return row


# -- the examples ----------------------------------------------------------------------------------
def test_example_csv_and_xlsx_read_to_the_same_records() -> None:
    mapping = load_mapping(None)
    from_csv, from_xlsx = rows(EXAMPLE_CSV, mapping), rows(EXAMPLE_XLSX, mapping)
    assert [r.number for r in from_csv] == list(range(2, 14))
    assert [r.number for r in from_xlsx] == [r.number for r in from_csv]
    assert [r.data for r in from_xlsx] == [r.data for r in from_csv]
    assert [[(p.subject, p.pointer, p.message) for p in r.problems] for r in from_xlsx] == \
           [[(p.subject, p.pointer, p.message) for p in r.problems] for r in from_csv]


def test_example_rows_are_records_except_the_two_bad_ones() -> None:
    read = rows(EXAMPLE_CSV, load_mapping(None))
    assert [r.number for r in read if r.data is None] == [12, 13]
    records = [Record.model_validate(r.data) for r in read if r.data is not None]
    assert len(records) == 10
    first = records[0]
    assert first.id == "RDC-2026-001" and first.authority.type == "sub_central"
    assert first.contract.estimated_value.amount == 4_200_000 and first.contract.estimated_value.vat_rate == 0.2
    assert [(n.code, n.date) for n in first.notices] == [
        ("UK4", date(2025, 11, 3)), ("UK6", date(2025, 12, 22)), ("UK7", date(2026, 1, 12))]
    assert first.milestones.contract_entered == date(2026, 1, 5)
    by_id = {r.id: r for r in records}
    assert by_id["RDC-2026-004"].procedure.type is None  # "Quote" is not a procedure of the Act
    assert by_id["RDC-2026-010"].contract.cpv == ["34144510"]  # picked out of "34144510 - Waste-collection ..."
    assert by_id["RDC-2026-010"].notices[-1].date == date(2026, 6, 1)  # an ISO date among UK ones
    assert by_id["RDC-2026-003"].supplier is not None and by_id["RDC-2026-003"].supplier.vcse is True  # "Y"


def test_example_bad_rows_messages() -> None:
    read = rows(EXAMPLE_CSV, load_mapping(None))
    assert [str(p) for r in read for p in r.problems] == [
        f'{EXAMPLE_CSV}: row 12, column "Contract Value": /contract/estimated_value/amount expected an amount in '
        'pounds such as 12500 or £12,500.00; found "twelve thousand"',
        f'{EXAMPLE_CSV}: row 13, column "Date Signed": /milestones/contract_entered expected a date such as '
        '31/03/2026, 2026-03-31 or 31 Mar 2026; found "31/02/2026" (there is no 31 February 2026)',
    ]


def test_example_xlsx_is_what_the_tool_makes() -> None:
    spec = importlib.util.spec_from_file_location("make_example_xlsx", ROOT / "tools" / "make_example_xlsx.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    assert tool.workbook_bytes(EXAMPLE_CSV) == EXAMPLE_XLSX.read_bytes(), "run python tools/make_example_xlsx.py"


# -- cells -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "amount"), [
    ("£1,234.50", 1234.5), ("1234.5", 1234.5), ("12500", 12500), ("£ 12,500.00", 12500), ("£1.2m", 1_200_000),
    ("250k", 250_000), ("GBP 980", 980),
], ids=["pounds-commas-pence", "plain", "whole", "space-after-pound", "millions", "thousands", "gbp"])
def test_money(tmp_path: Path, cell: str, amount: float) -> None:
    row = one_cell(tmp_path, "Value", cell)
    assert row.problems == [] and row.data is not None
    assert row.data["contract"]["estimated_value"]["amount"] == amount


@pytest.mark.parametrize("cell", ["", "  ", "N/A", "tbc", "-"], ids=["empty", "spaces", "n/a", "tbc", "dash"])
def test_blank_cells_give_no_value(tmp_path: Path, cell: str) -> None:
    row = one_cell(tmp_path, "Value", cell)
    assert row.problems == [] and row.data is not None
    assert row.data["contract"]["estimated_value"] == {"vat_included": True}


@pytest.mark.parametrize(("cell", "hint"), [
    ("twelve thousand", ""), ("1234,50", ""), ("-500", " (an amount cannot be negative)"),
], ids=["words", "comma-decimals", "negative"])
def test_bad_money(tmp_path: Path, cell: str, hint: str) -> None:
    row = one_cell(tmp_path, "Value", cell)
    assert row.data is None
    assert [str(p) for p in row.problems] == [
        f'{tmp_path / "reg.csv"}: row 2, column "Value": /contract/estimated_value/amount expected an amount in pounds '
        f'such as 12500 or £12,500.00; found "{cell}"{hint}']


@pytest.mark.parametrize(("cell", "day"), [
    ("31/03/2026", date(2026, 3, 31)), ("04/01/2026", date(2026, 1, 4)), ("1/4/2026", date(2026, 4, 1)),
    ("2026-03-31", date(2026, 3, 31)), ("31 Mar 2026", date(2026, 3, 31)), ("01-April-2026", date(2026, 4, 1)),
    ("31/03/2026 00:00:00", date(2026, 3, 31)), ("2026-03-31T00:00:00", date(2026, 3, 31)),
], ids=["uk", "uk-day-first", "uk-one-digit", "iso", "month-name", "full-month-name", "excel-export", "iso-time"])
def test_dates_are_read_day_first(tmp_path: Path, cell: str, day: date) -> None:
    row = one_cell(tmp_path, "Signed", cell)
    assert row.problems == [] and row.data is not None
    assert row.data["milestones"]["contract_entered"] == day


@pytest.mark.parametrize(("cell", "hint"), [
    ("31/02/2026", " (there is no 31 February 2026)"),
    ("03/31/2026", " (there is no month 31; dates are read day first)"),
    ("next week", ""),
], ids=["impossible", "us-month-first", "words"])
def test_bad_dates(tmp_path: Path, cell: str, hint: str) -> None:
    row = one_cell(tmp_path, "Signed", cell)
    assert row.data is None
    [problem] = row.problems
    assert problem.subject == 'row 2, column "Signed"' and problem.pointer == "/milestones/contract_entered"
    assert problem.message == f'expected a date such as 31/03/2026, 2026-03-31 or 31 Mar 2026; found "{cell}"{hint}'


@pytest.mark.parametrize(("cell", "sme"), [("Yes", True), ("y", True), ("TRUE", True), ("1", True), ("No", False),
                                           ("N", False), ("false", False), ("0", False)])
def test_yes_no(tmp_path: Path, cell: str, sme: bool) -> None:
    row = one_cell(tmp_path, "SME", cell)
    assert row.data is not None and row.data["supplier"] == {"sme": sme}


def test_bad_yes_no(tmp_path: Path) -> None:
    [problem] = one_cell(tmp_path, "SME", "maybe").problems
    assert problem.message == 'expected yes or no (Yes, Y, True or 1; No, N, False or 0); found "maybe"'


def test_translations_and_null(tmp_path: Path) -> None:
    row = one_cell(tmp_path, "Route", "open")  # matched ignoring case
    assert row.data is not None and row.data["procedure"] == {"type": "open"}
    row = one_cell(tmp_path, "Route", "Tender")  # translated to null: no value
    assert row.data is not None and "procedure" not in row.data
    row = one_cell(tmp_path, "Route", "Competitive Flexible")  # an enum value, spelt as words
    assert row.data is not None and row.data["procedure"] == {"type": "competitive_flexible"}


def test_unknown_word_says_what_is_expected(tmp_path: Path) -> None:
    [problem] = one_cell(tmp_path, "Route", "Opne").problems
    assert problem.message == 'expected one of Open, Tender; found "Opne" (did you mean `Open`?)'
    [problem] = one_cell(tmp_path, "Type", "Supplies").problems
    assert problem.pointer == "/contract/subject"
    assert problem.message == 'expected one of Goods, Services, Works; found "Supplies"'


def test_notices_from_date_columns(tmp_path: Path) -> None:
    row = one_cell(tmp_path, "Award notice", "02/03/2026")
    assert row.data is not None and row.data["notices"] == [{"code": "UK6", "date": date(2026, 3, 2)}]


# -- rows and files --------------------------------------------------------------------------------
def test_blank_rows_are_skipped_and_numbers_stay_spreadsheet_rows(tmp_path: Path) -> None:
    text = "Ref,Type\nA,Goods\n,\n\n  ,  \nB,Works\n"
    read = rows(write_csv(tmp_path, text), small_mapping(tmp_path))
    assert [(r.number, r.data and r.data["id"]) for r in read] == [(2, "A"), (6, "B")]


def test_id_from_the_row_number_when_there_is_no_reference(tmp_path: Path) -> None:
    read = rows(write_csv(tmp_path, "Ref,Type\n,Goods\nX-9,Goods\n", name="q3-register.csv"), small_mapping(tmp_path))
    assert [r.data["id"] for r in read if r.data] == ["q3-register:row 2", "X-9"]


def test_every_bad_cell_is_reported_and_the_next_row_still_read(tmp_path: Path) -> None:
    text = "Ref,Type,Value,Signed\nA,Gods,lots,yesterday\nB,Goods,100,01/01/2026\n"
    first, second = rows(write_csv(tmp_path, text), small_mapping(tmp_path))
    assert first.data is None
    assert [p.subject for p in first.problems] == ['row 2, column "Type"', 'row 2, column "Value"',
                                                    'row 2, column "Signed"']
    assert first.problems[0].message.endswith('found "Gods" (did you mean `Goods`?)')
    assert second.problems == [] and second.data is not None


def test_bom_and_heading_spacing_and_case(tmp_path: Path) -> None:
    text = "Ref, TYPE ,  award   NOTICE\nA,Works,05/05/2026\n"
    [row] = rows(write_csv(tmp_path, text, encoding="utf-8-sig"), small_mapping(tmp_path))
    assert row.problems == []
    assert row.data == {"id": "A", "authority": {"name": "Oakford Town Council", "type": "sub_central"},
                        "contract": {"subject": "works", "estimated_value": {"vat_included": True}},
                        "notices": [{"code": "UK6", "date": date(2026, 5, 5)}]}


def test_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Ref,Type,Value\nA,Goods,£1,000\nB,Goods,£2000\n".replace("£1,000", '"£1,000"'),
                     encoding="cp1252")
    first, second = rows(path, small_mapping(tmp_path))
    assert first.data is not None and first.data["contract"]["estimated_value"]["amount"] == 1000
    assert [str(p) for p in first.problems] == [
        f"{path}: warning: not UTF-8 (line 2); read as Windows-1252 (cp1252): check £ signs and accented letters, "
        "or save the file as CSV UTF-8"]
    assert second.problems == [] and second.data is not None


def test_missing_column_names_the_closest_heading(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Reference,Contract Type,Contract value (£)\nA,Goods,1\n")
    mapping = load_mapping(None)
    with pytest.raises(InputError) as info:
        rows(path, mapping)
    assert info.value.summary == f"{path}: the register lacks columns the mapping needs ({mapping.source})"
    [name, value] = [str(p) for p in info.value.problems]
    assert name.startswith(f'{path}: row 1 (headings): /authority/name no column headed "Organisation Name" or ')
    assert name.endswith(' (for authority.name); the headings are "Reference", "Contract Type", "Contract value (£)"')
    assert value.startswith(f'{path}: row 1 (headings): /contract/estimated_value/amount no column headed '
                            '"Contract Value" or "Total Value"')
    assert value.endswith('(for contract.estimated_value.amount); the closest heading is "Contract value (£)"')


def test_header_row_option_and_duplicate_headings(tmp_path: Path) -> None:
    mapping = small_mapping(tmp_path, "header_row: 3\n" + SMALL)
    read = rows(write_csv(tmp_path, "Contracts register Q3\n\nRef,Type\nA,Goods\n"), mapping)
    assert [(r.number, r.data and r.data["id"]) for r in read] == [(4, "A")]
    with pytest.raises(InputError) as info:
        rows(write_csv(tmp_path, "x\n\nRef,Type,Type\nA,Goods,Works\n"), mapping)
    assert [p.message for p in info.value.problems] == ['2 columns are headed "Type"; rename all but one']


@pytest.mark.parametrize(("name", "text", "message"), [
    ("missing.csv", None, "no such file"), ("old.xls", "", "an old-style .xls workbook; save it as .xlsx or CSV"),
    ("reg.pdf", "", "expected a .csv or .xlsx register"), ("empty.csv", "", "no column headings (the file is empty)"),
    ("bad.xlsx", "not a zip", "not a readable Excel .xlsx workbook"),
])
def test_unreadable_files(tmp_path: Path, name: str, text: str | None, message: str) -> None:
    path = tmp_path / name
    if text is not None:
        path.write_text(text)
    with pytest.raises(InputError, match=re.escape(message)):
        rows(path, small_mapping(tmp_path))


def test_sheet_is_for_workbooks(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=re.escape("--sheet is for .xlsx workbooks")):
        rows(write_csv(tmp_path, "Ref,Type\nA,Goods\n"), small_mapping(tmp_path), sheet="Sheet1")


# -- XLSX ------------------------------------------------------------------------------------------
def write_xlsx(tmp_path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, table in sheets.items():
        sheet = book.create_sheet(title)
        for row in table:
            sheet.append(row)
    path = tmp_path / "reg.xlsx"
    book.save(path)
    return path


def test_xlsx_cell_types(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, {"Notes": [["Read me"]], "Register": [
        ["Ref", "Type", "Value", "Signed", "SME", "Award notice"],
        [1001, "Works", 12500.5, datetime(2026, 3, 31), True, 46113],
        [None, None, None, None, None, None],
        ["B", "Goods", 7, "31/03/2026", 0, None],
    ]})
    first, second = rows(path, small_mapping(tmp_path), sheet="Register")
    assert (first.number, second.number) == (2, 4)
    assert first.problems == [] and first.data is not None
    assert first.data["id"] == "1001"
    assert first.data["contract"]["estimated_value"]["amount"] == 12500.5
    assert first.data["milestones"] == {"contract_entered": date(2026, 3, 31)}
    assert first.data["supplier"] == {"sme": True}
    assert first.data["notices"] == [{"code": "UK6", "date": date(2026, 4, 1)}]  # an Excel serial day number
    assert second.data is not None and second.data["supplier"] == {"sme": False}


def test_xlsx_default_sheet_is_the_first_and_unknown_sheet_has_did_you_mean(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, {"Register": [["Ref", "Type"], ["A", "Goods"]], "Old": [["x"]]})
    assert [r.data and r.data["id"] for r in rows(path, small_mapping(tmp_path))] == ["A"]
    expected = 'no sheet "Registr" (did you mean `Register`?); sheets: Register, Old'
    with pytest.raises(InputError, match=re.escape(expected)):
        rows(path, small_mapping(tmp_path), sheet="Registr")


# -- mappings --------------------------------------------------------------------------------------
def test_bundled_mapping_loads_and_is_the_default() -> None:
    mapping = load_mapping(None)
    assert mapping.source.endswith("contracts-register.yaml")
    paths = [fm.path for fm in mapping.fields]
    assert {"id", "authority.name", "contract.subject", "contract.estimated_value.amount", "notices"} <= set(paths)


@pytest.mark.parametrize(("change", "message"), [
    (("contract.estimated_value.amount:", "contract.estimated_value.amout:"),
     "map.yaml:6:3: /fields/contract.estimated_value.amout unknown record field `contract.estimated_value.amout` "
     "(did you mean `contract.estimated_value.amount`?)"),
    (("{column: Value, optional: true}", "{colum: Value, optional: true}"),
     "map.yaml:6:37: /fields/contract.estimated_value.amount/colum unknown key `colum` (did you mean `column`?)"),
    (("{value: true}", "{value: perhaps}"),
     'map.yaml:7:43: /fields/contract.estimated_value.vat_included/value expected yes or no (Yes, Y, True or 1; No, '
     'N, False or 0); found "perhaps"'),
    (("Department: central_government", "Department: central_govt"),
     'map.yaml:4:87: /fields/authority.type/values/Department expected one of central_government, sub_central, '
     'public_undertaking, private_utility; found "central_govt" (did you mean `central_government`?)'),
    (("code: UK6", "code: UK18"), "map.yaml:12:8: /fields/notices/0/code expected a notice code UK1 to UK17; "
     "found 'UK18'"),
    (("fields:", "fields:\n  contract.lots: {column: Lots}"), "map.yaml:2:3: /fields/contract.lots `contract.lots` is "
     "a list a register column cannot fill; lists read from columns: notices, contract.options_and_extensions, "
     "contract.cpv"),
    (("  contract.subject:", "  #"), "map.yaml:1:1: /fields no column or value for `contract.subject`, which every "
     "record needs"),
    (("fields:", "date_formats: [MM/DD/YYYY]\nfields:"), "map.yaml:1:1: /date_formats unknown date format "
     "`MM/DD/YYYY` (month-first US dates are not read: a UK register writes DD/MM/YYYY); known: DD/MM/YYYY, "
     "YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY, DD/MM/YY, DD MMM YYYY"),
    (("fields:", "sheets: Register\nfields:"), "map.yaml:1:1: /sheets unknown key `sheets` (did you mean `sheet`?)"),
    (("{column: Signed, optional: true}", "{column: Signed, value: 2026-01-01}"),
     "map.yaml:9:3: /fields/milestones.contract_entered give either `column:` (a heading, or alternatives) or "
     "`value:` (a constant)"),
], ids=["unknown-field", "unknown-key", "bad-constant", "bad-translation", "notice-code", "list-field",
        "required-field", "us-dates", "top-level-key", "column-and-value"])
def test_mapping_errors(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    assert change[0] in SMALL
    with pytest.raises(InputError) as info:
        small_mapping(tmp_path, SMALL.replace(*change))
    assert info.value.summary == f"{tmp_path / 'map.yaml'}: invalid column mapping"
    assert [str(p).replace(str(tmp_path) + "/", "") for p in info.value.problems] == [message]


def test_mapping_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such mapping file"):
        load_mapping(tmp_path / "none.yaml")
    with pytest.raises(InputError, match="YAML syntax error"):
        small_mapping(tmp_path, "fields: {a: [}\n")
    with pytest.raises(InputError, match="expected a mapping with `fields:`"):
        small_mapping(tmp_path, "- a list\n")


def test_a_group_can_be_switched_on_by_a_word(tmp_path: Path) -> None:
    text = SMALL + ("  contract.framework: {column: Framework, optional: true, values: {Yes: {}, No: null}}\n"
                    "  contract.framework.term_years: {column: Years, optional: true}\n"
                    "  contract.cpv: [{column: CPV}, {column: Other CPV, optional: true}]\n")
    path = write_csv(tmp_path, "Ref,Type,Framework,Years,CPV\nA,Works,Yes,,45000000\nB,Works,No,,"
                               '"45233142; 45000000-7"\nC,Works,Yes,6,03000000\n')
    a, b, c = (r.data for r in rows(path, small_mapping(tmp_path, text)))
    assert a is not None and a["contract"]["framework"] == {} and a["contract"]["cpv"] == ["45000000"]
    assert b is not None and "framework" not in b["contract"] and b["contract"]["cpv"] == ["45233142", "45000000-7"]
    assert c is not None and c["contract"]["framework"] == {"term_years": 6.0}
    for data in (a, b, c):
        Record.model_validate(data)


def test_the_readme_example_is_a_valid_mapping(tmp_path: Path) -> None:
    readme = (ROOT / "mappings" / "README.md").read_text(encoding="utf-8")
    example = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    mapping = small_mapping(tmp_path, example)
    assert (mapping.header_row, mapping.sheet) == (3, "Contracts")
    path = write_csv(tmp_path, "Oakford Town Council\nQ3 2026\n"
                               "Contract Ref,Title,Category,Total Value,Supplier,Size,Route\n"
                               "OTC-1,Hand tools,Supplies,£900,Tools Ltd,Small,Quote\n")
    [row] = rows(path, mapping)
    assert row.problems == []
    assert row.data == {"id": "OTC-1", "title": "Hand tools",
                        "authority": {"name": "Oakford Town Council", "type": "sub_central"},
                        "contract": {"subject": "goods", "estimated_value": {
                            "amount": 900.0, "vat_included": False, "vat_rate": 0.2}},
                        "supplier": {"name": "Tools Ltd", "sme": True}}


def test_utf16_unicode_text_export(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Ref\tType\tValue\nA\tGoods\t£1,500\n", name="export.tsv", encoding="utf-16")
    [row] = rows(path, small_mapping(tmp_path))
    assert row.problems == [] and row.data is not None
    assert row.data["contract"]["estimated_value"]["amount"] == 1500
