"""Import of units from .xlsx/.csv: a messy office sheet, all or nothing, refusals, template."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from borgo_desktop.exchange.units_sheet import HEADERS, write_template
from borgo_desktop.models import Unit
from borgo_desktop.models.enums import Regime, RentModel, UnitStatus
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.registry import estate, registry
from borgo_desktop.services.registry.forms import BuildingInput, UnitInput
from borgo_desktop.services.registry.unit_imports import import_units

MESSY = Path(__file__).parent / "data" / "alloggi_disordinati.csv"


@pytest.fixture
def buildings(ctx):
    registry.create_building(ctx, BuildingInput("DL51", "Corte", "via De Lemene 51", "20151", 8))
    registry.create_building(ctx, BuildingInput("DL59", "Fienile", "via De Lemene 59", "20151", 8))


def count_units(ctx) -> int:
    with ctx.store.read() as session:
        return session.scalar(select(func.count(Unit.id)))


def problems_at(report):
    return {(p.row, p.column): p.reason for p in report.problems}


def write_xlsx(path, rows, headers=HEADERS):
    book = openpyxl.Workbook()
    book.active.append(list(headers))
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def test_the_messy_sheet_is_refused_whole_with_every_bad_cell(ctx, buildings):
    """Title line, BOM, odd headers, blank rows, «1°», «62,5 mq»: read; the real mistakes named."""
    report = import_units(ctx, MESSY)
    assert report.refused and report.units == 0
    assert count_units(ctx) == 0  # all or nothing
    found = problems_at(report)
    assert set(found) == {
        (6, "Superficie m²"), (7, "Locali"), (7, "Stato"), (7, "Particella"),
        (9, "Accessibile"), (9, "Particella"), (10, "Edificio"), (11, "Codice alloggio"),
        (12, "Superficie m²"), (12, "Locali"), (12, "Regime"), (12, "Canone €")}
    assert "Locato" in found[(7, "Stato")]
    assert "non è plausibile" in found[(6, "Superficie m²")]
    assert "DL99" in found[(10, "Edificio")]
    assert "già alla riga 5" in found[(11, "Codice alloggio")]
    assert "«villa»" in found[(12, "Regime")]
    assert report.summary == "File rifiutato: 6 righe non valide, nessun dato scritto."


def test_skipping_imports_the_good_rows_read_the_italian_way(ctx, admin_ctx, buildings):
    report = import_units(ctx, MESSY, skip_invalid=True)
    assert not report.refused and report.units == 3
    assert report.summary == "Importati 3 alloggi; saltate 6 righe non valide."
    first = registry.find_unit(ctx, "DL51-A-1")  # «dl51», «a», piano «T», «62,5 mq», «Sì»
    assert (first.floor, first.surface_m2, first.rooms, first.accessible) == (0, 62.5, 3, True)
    assert (first.regime, first.rent_model, first.rent_rate_cents) == (
        Regime.CAPPED, RentModel.PER_M2, 9_000)
    assert first.cadastral == "fg. 112 part. 247 sub. 701"
    second = registry.find_unit(ctx, "DL51-A-2")  # «1°», «libero»
    assert (second.floor, second.status) == (1, UnitStatus.VACANT)
    assert registry.find_unit(ctx, "DL51-C-1").status == UnitStatus.UNAVAILABLE
    assert registry.find_unit(ctx, "DL51-C-1").rent_rate_cents == 8_550
    assert registry.find_unit(ctx, "DL51-A-3") is None  # 1.062,5 m²: skipped
    entries = audit.list_entries(admin_ctx, action_prefix="import.units")
    assert len(entries) == 1 and "3 alloggi" in entries[0].detail


def test_a_clean_workbook_with_number_cells_imports_every_unit(ctx, buildings, tmp_path):
    rows = [("DL59", "B", 2.0, 7, None, 48.0, 2.0, "No", "Edilizia pubblica (SAP)", None, None,
             "Libero", 113, "88", 3),
            ("DL59", "B", -1, "8B", "DL59-EMERG-1", 35.5, 1, "sì", "Emergenza abitativa "
             "temporanea", None, 150.0, "In ristrutturazione", None, None, None)]
    path = write_xlsx(tmp_path / "alloggi.xlsx", rows)
    dry = import_units(ctx, path, dry_run=True)
    assert dry.summary == "Controllo completato: si importerebbero 2 alloggi (nessun dato scritto)."
    assert count_units(ctx) == 0
    report = import_units(ctx, path)
    assert report.summary == "Importati 2 alloggi." and count_units(ctx) == 2
    public = registry.find_unit(ctx, "DL59-B-7")
    assert (public.floor, public.rooms, public.rent_model) == (2, 2, RentModel.INCOME_BAND)
    assert public.cadastral_sub == "3"
    flat = registry.find_unit(ctx, "DL59-EMERG-1")  # the code given wins
    assert (flat.number, flat.rent_model, flat.rent_rate_cents) == ("8B", RentModel.FLAT, 15_000)
    assert flat.status == UnitStatus.RENOVATION and flat.accessible


def test_units_already_in_the_registry_or_in_a_retired_building_are_refused(ctx, buildings,
                                                                            tmp_path):
    registry.create_unit(ctx, UnitInput("DL51", "A", 0, "1", 60, 3, Regime.CAPPED,
                                        RentModel.PER_M2))
    old = registry.create_building(ctx, BuildingInput("OLD", "Rustico", "via De Lemene 55",
                                                      "20151", 8))
    estate.retire_building(ctx, old.id)
    rows = [("DL51", "A", 0, "1", None, 60, 3, None, "SAS"),
            ("OLD", None, 1, "1", None, 60, 3, None, "SAS"),
            ("DL51", "A", 0, "9", None, 60, 3, None, "SAS")]
    report = import_units(ctx, write_xlsx(tmp_path / "a.xlsx", rows, HEADERS[:9]))
    found = problems_at(report)
    assert "Esiste già un alloggio con codice DL51-A-1" in found[(2, "Interno")]
    assert found[(3, "Edificio")] == "L'edificio OLD è dismesso."
    assert (4, "Interno") not in found and report.refused
    assert registry.find_unit(ctx, "DL51-A-9") is None


def test_missing_columns_refuse_the_file_on_its_header(ctx, buildings, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [("DL51", "A", 0)], ("Edificio", "Scala", "Piano"))
    report = import_units(ctx, path)
    assert report.refused
    assert {p.column for p in report.problems} == {"Interno", "Superficie m²", "Locali",
                                                   "Regime"}
    assert report.summary.startswith("File rifiutato: mancano le colonne obbligatorie")


def test_the_template_reads_back_as_a_sheet_of_units(ctx, buildings, tmp_path):
    write_template(tmp_path / "modello.xlsx")
    book = openpyxl.load_workbook(tmp_path / "modello.xlsx")
    assert [c.value for c in book.worksheets[0][1]] == list(HEADERS)
    assert book.worksheets[1].title == "Istruzioni"
    sheet = book.worksheets[0]
    sheet.append(["DL51", "A", 1, "4", None, "70,5", 3, "No", "SAS", None, "90,00"])
    book.save(tmp_path / "compilato.xlsx")
    assert import_units(ctx, tmp_path / "compilato.xlsx").units == 1


def test_only_who_manages_the_estate_imports_units(ctx, buildings):
    desk = Context(store=ctx.store, actor=Actor("desk", "front_desk"), today=ctx.today)
    with pytest.raises(PermissionDenied):
        import_units(desk, MESSY, dry_run=True)
