"""List exports: the rows fetch_page gives, as typed .xlsx cells or Italian ';' CSV text."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from borgo_desktop.errors import UserError
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Regime, Relation, RentModel, Sex
from borgo_desktop.services.core import listing
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.exports import csv_value, export_rows, xlsx_value
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)


def member(surname, name, born, sex, relation, **extra):
    code = make_tax_code(surname, name, born, sex.value, "F205")
    return MemberInput(PersonInput(surname, name, code, born, sex, **extra), relation)


@pytest.fixture
def data(ctx):
    registry.create_building(ctx, BuildingInput("A", "Cascina Boldinasco", "via De Lemene 51",
                                                "20151", 8))
    registry.create_unit(ctx, UnitInput("A", "1", 2, "01", 62.5, 3, Regime.CAPPED,
                                        RentModel.PER_M2, accessible=True))
    registry.create_unit(ctx, UnitInput("A", "1", 3, "02", 48.0, 2, Regime.PUBLIC,
                                        RentModel.INCOME_BAND))
    rossi = registry.create_household(ctx, HouseholdInput(code="N001", phone="02 1234567"), [
        member("Rossi", "Mario", date(1980, 3, 12), Sex.M, Relation.REFERENCE),
        member("Bianchi", "Anna", date(1982, 7, 1), Sex.F, Relation.SPOUSE,
               citizenship="italiana", phone="+39 333 1234567")])
    registry.create_household(ctx, HouseholdInput(code="N002"), [
        member("=1+1", "Zoe", date(1999, 12, 31), Sex.F, Relation.REFERENCE)])
    registry.create_lease(ctx, LeaseInput(rossi.id, "A-1-01", date(2025, 1, 1), 45000))
    return ctx


def read_xlsx(path):
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return sheet, [list(row) for row in sheet.iter_rows(values_only=True)]


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents right
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def labels(name):
    return [c.label for c in listing.SPECS[name].columns]


def test_persons_xlsx_has_real_dates_and_italian_labels(data, tmp_path):
    path = tmp_path / "persone.xlsx"
    assert export_rows(data, "persons", {}, "", False, path) == 3
    sheet, rows = read_xlsx(path)
    assert sheet.title == "Persone" and rows[0] == labels("persons")
    by_name = {r[1]: r for r in rows[1:]}
    anna = by_name["Anna"]
    assert anna[:2] == ["Bianchi", "Anna"] and anna[3] == datetime(1982, 7, 1)
    assert anna[4:] == ["Femmina", "italiana", "N001", "+39 333 1234567"]
    assert sheet.cell(row=2, column=4).number_format == "DD/MM/YYYY"
    assert [r[0] for r in rows[1:]] == ["=1+1", "Bianchi", "Rossi"]  # default order: surname
    assert sheet.cell(row=2, column=1).data_type == "s"  # text, not a formula
    assert sheet.cell(row=1, column=1).font.b and sheet.freeze_panes == "A2"


def test_persons_csv_is_italian_text_with_semicolons(data, tmp_path):
    path = tmp_path / "persone.csv"
    assert export_rows(data, "persons", {}, "", False, path) == 3
    rows = read_csv(path)
    assert rows[0] == labels("persons")
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["Anna"][3:5] == ["01/07/1982", "Femmina"]
    assert by_name["Mario"][4] == "Maschio" and by_name["Mario"][5] == ""
    assert by_name["Anna"][7] == "+39 333 1234567"  # a phone number is left alone
    assert by_name["Zoe"][0] == "'=1+1"  # Excel must not run it as a formula


def test_households_export_in_both_formats(data, tmp_path):
    export_rows(data, "households", {}, "", False, tmp_path / "n.xlsx")
    export_rows(data, "households", {}, "", False, tmp_path / "n.csv")
    _sheet, xlsx_rows = read_xlsx(tmp_path / "n.xlsx")
    csv_rows = read_csv(tmp_path / "n.csv")
    assert xlsx_rows[0] == csv_rows[0] == labels("households")
    assert xlsx_rows[1] == ["N001", "Rossi Mario", 2, None, None, "A-1-01", "In assegnazione",
                            "02 1234567"]
    assert csv_rows[1] == ["N001", "Rossi Mario", "2", "", "", "A-1-01", "In assegnazione",
                           "02 1234567"]
    assert csv_rows[2][:3] == ["N002", "'=1+1 Zoe", "1"]


def test_units_export_booleans_decimals_and_enums(data, tmp_path):
    export_rows(data, "units", {}, "", False, tmp_path / "a.xlsx")
    export_rows(data, "units", {}, "", False, tmp_path / "a.csv")
    sheet, xlsx_rows = read_xlsx(tmp_path / "a.xlsx")
    csv_rows = read_csv(tmp_path / "a.csv")
    assert xlsx_rows[1] == ["A-1-01", "Cascina Boldinasco", "1", 2, 62.5, 3, "Sì",
                            "Canone calmierato (SAS)", "Locato"]
    assert sheet.cell(row=2, column=5).number_format == "#,##0.00"
    assert csv_rows[1:] == [
        ["A-1-01", "Cascina Boldinasco", "1", "2", "62,50", "3", "Sì", "Canone calmierato (SAS)",
         "Locato"],
        ["A-1-02", "Cascina Boldinasco", "1", "3", "48,00", "2", "No", "Edilizia pubblica (SAP)",
         "Libero"]]


def test_export_follows_filters_sort_and_reads_every_page(data, tmp_path, monkeypatch):
    monkeypatch.setattr(listing, "PAGE_SIZE", 2)
    seen = []
    path = tmp_path / "p.csv"
    count = export_rows(data, "persons", {"sex": Sex.F}, "birth_date", True, path,
                        progress=lambda done, total: seen.append((done, total)))
    spec = listing.SPECS["persons"]
    expected = listing.fetch_page(data, spec, {"sex": Sex.F}, "birth_date", True, 0, 100)
    assert count == len(expected) == 2
    assert [r[1] for r in read_csv(path)[1:]] == [r.values[1] for r in expected] == ["Zoe", "Anna"]
    assert seen[-1] == (2, 2)
    assert export_rows(data, "persons", {"text": "rossi"}, "", False, tmp_path / "r.xlsx") == 1


def test_all_pages_are_written(data, tmp_path, monkeypatch):
    monkeypatch.setattr(listing, "PAGE_SIZE", 2)
    assert export_rows(data, "persons", None, "", False, tmp_path / "p.xlsx") == 3
    assert len(read_xlsx(tmp_path / "p.xlsx")[1]) == 4


def test_format_comes_from_the_extension_unless_given(data, tmp_path):
    export_rows(data, "units", {}, "", False, tmp_path / "a.dat", fmt="csv")
    assert read_csv(tmp_path / "a.dat")[0] == labels("units")
    with pytest.raises(UserError, match="Formato di esportazione non riconosciuto"):
        export_rows(data, "units", {}, "", False, tmp_path / "a.txt")
    with pytest.raises(UserError, match="Elenco sconosciuto"):
        export_rows(data, "no_such_list", {}, "", False, tmp_path / "a.csv")
    with pytest.raises(UserError, match="non esiste"):
        export_rows(data, "units", {}, "", False, tmp_path / "nowhere" / "a.csv")
    (tmp_path / "taken.xlsx").mkdir()
    with pytest.raises(UserError, match="Impossibile scrivere taken.xlsx"):
        export_rows(data, "units", {}, "", False, tmp_path / "taken.xlsx")


def test_empty_list_writes_only_the_header(ctx, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    assert export_rows(ctx, "units", {}, "", False, out / "a.xlsx") == 0
    assert read_xlsx(out / "a.xlsx")[1] == [labels("units")]
    assert list(out.iterdir()) == [out / "a.xlsx"]  # no temporary file left behind


def test_money_and_missing_values():
    money = listing.Column("rent", "Canone", None, listing.MONEY)
    assert csv_value(money, 123450) == "1.234,50 €"
    assert xlsx_value(money, 123450) == Decimal("1234.50")
    assert csv_value(money, None) == "" and xlsx_value(money, None) is None
    flag = listing.Column("ok", "Ok", None, listing.BOOL)
    assert (csv_value(flag, True), xlsx_value(flag, False)) == ("Sì", "No")
