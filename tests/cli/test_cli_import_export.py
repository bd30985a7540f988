"""The import/export sub-commands: exit codes, printed problems, the report file."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from borgo_desktop.cli import main
from borgo_desktop.exchange.households_sheet import HEADERS
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models import Person


@pytest.fixture
def data_dir(cli_data):
    """A data folder set up with its accounts (tests/conftest.py), the manager logged in."""
    return cli_data


def sheet(path, rows):
    book = openpyxl.Workbook()
    book.active.append(list(HEADERS))
    for code, surname, name, born, sex, relation in rows:
        tax_code = make_tax_code(surname, name, born, sex, "F205")
        book.active.append([code, surname, name, tax_code, born, sex, relation])
    book.save(path)
    return path


FAMILY = [("N1", "Rossi", "Mario", date(1980, 3, 12), "M", "Intestatario"),
          ("N1", "Rossi", "Luca", date(2012, 5, 20), "M", "Figlio/a"),
          ("N2", "Verdi", "Carla", date(1960, 1, 1), "F", "Intestatario")]


def persons_in(data_dir) -> int:
    store = data_dir.context().store
    try:
        with store.read() as session:
            return session.scalar(select(func.count(Person.id)))
    finally:
        store.close()


def run(data_dir, *args) -> int:
    return main([*map(str, args), *data_dir.args()])


def test_template_then_good_import_then_export(data_dir, tmp_path, capsys):
    template = tmp_path / "modello.xlsx"
    assert run(data_dir, "import", "households", "--template", template) == 0
    assert openpyxl.load_workbook(template).sheetnames == ["Nuclei", "Istruzioni"]

    assert run(data_dir, "import", "households", sheet(tmp_path / "in.xlsx", FAMILY)) == 0
    assert "Importati 2 nuclei (3 persone)." in capsys.readouterr().out
    assert persons_in(data_dir) == 3

    out = tmp_path / "persone.csv"
    assert run(data_dir, "export", "persons", "--format", "csv", "--out", out) == 0
    assert "3 righe esportate" in capsys.readouterr().out
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["Rossi", "Rossi", "Verdi"]  # sorted by surname
    assert {r[1] for r in rows[1:]} == {"Luca", "Mario", "Carla"}


def test_invalid_file_exits_2_prints_problems_and_writes_the_report(data_dir, tmp_path, capsys):
    rows = FAMILY + [("N3", "Neri", "Ugo", date(2099, 1, 1), "M", "Intestatario")]
    report = tmp_path / "problemi.csv"
    code = run(data_dir, "import", "households", sheet(tmp_path / "in.xlsx", rows),
               "--report", report)
    captured = capsys.readouterr()
    assert code == 2
    assert "riga 5, colonna Data di nascita: La data di nascita 01/01/2099 è nel futuro." \
        in captured.err
    assert "File rifiutato: 1 riga non valida, nessun dato scritto." in captured.out
    lines = list(csv.reader(report.read_text(encoding="utf-8").splitlines()))
    assert lines == [["row", "column", "reason"],
                     ["5", "Data di nascita", "La data di nascita 01/01/2099 è nel futuro."]]
    assert persons_in(data_dir) == 0


def test_skip_invalid_and_dry_run_exit_0(data_dir, tmp_path, capsys):
    rows = FAMILY + [("N3", "Neri", "Ugo", date(2099, 1, 1), "M", "Intestatario")]
    path = sheet(tmp_path / "in.xlsx", rows)
    assert run(data_dir, "import", "households", path, "--skip-invalid", "--dry-run") == 0
    assert "nessun dato scritto" in capsys.readouterr().out
    assert persons_in(data_dir) == 0
    assert run(data_dir, "import", "households", path, "--skip-invalid") == 0
    assert persons_in(data_dir) == 3


def test_not_a_spreadsheet_exits_2(data_dir, tmp_path, capsys):
    path = tmp_path / "documento.xlsx"
    path.write_bytes(b"%PDF-1.7 not a workbook")
    report = tmp_path / "problemi.csv"
    assert run(data_dir, "import", "households", path, "--report", report) == 2
    assert "non è un foglio Excel" in capsys.readouterr().out
    assert report.read_text(encoding="utf-8").splitlines()[1].startswith("1,,")


def test_export_xlsx_of_units(data_dir, tmp_path):
    out = tmp_path / "alloggi.xlsx"
    assert run(data_dir, "export", "units", "--out", out) == 0
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "Codice" and len(rows) == 1


def test_units_template_then_the_messy_sheet_refused_then_skipped(data_dir, tmp_path, capsys):
    from pathlib import Path

    from borgo_desktop.services.registry import registry
    from borgo_desktop.services.registry.forms import BuildingInput

    ctx = data_dir.context()
    try:
        for code in ("DL51", "DL59"):
            registry.create_building(ctx, BuildingInput(code, "Corte", "via De Lemene 51",
                                                        "20151", 8))
    finally:
        ctx.store.close()
    template = tmp_path / "modello_alloggi.xlsx"
    assert run(data_dir, "import", "units", "--template", template) == 0
    assert openpyxl.load_workbook(template).sheetnames == ["Alloggi", "Istruzioni"]
    messy = Path(__file__).parents[1] / "services" / "registry" / "data" / "alloggi_disordinati.csv"
    assert run(data_dir, "import", "units", messy) == 2
    captured = capsys.readouterr()
    assert "riga 10, colonna Edificio: Edificio sconosciuto: DL99" in captured.err
    assert "File rifiutato: 6 righe non valide, nessun dato scritto." in captured.out
    assert run(data_dir, "import", "units", messy, "--skip-invalid") == 0
    assert "Importati 3 alloggi; saltate 6 righe non valide." in capsys.readouterr().out
