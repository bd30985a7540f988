"""`payments import` and `ledger charge|arrears|statement`: exit codes, the report, output."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from borgo_desktop.cli import main
from borgo_desktop.models.ledger import Charge, Payment
from helpers.ledger_world import build_world

FILES = Path(__file__).parents[1] / "services" / "ledger" / "bank_files"


@pytest.fixture
def data_dir(cli_data):
    ctx = cli_data.context()
    try:
        build_world(ctx)
    finally:
        ctx.store.close()
    return cli_data


def run(data_dir, *args) -> int:
    return main([*map(str, args), *data_dir.args()])


def count(data_dir, model) -> int:
    store = data_dir.context().store
    try:
        with store.read() as session:
            return session.scalar(select(func.count()).select_from(model))
    finally:
        store.close()


def test_charge_run_is_idempotent(data_dir, capsys):
    assert run(data_dir, "ledger", "charge", "--period", "2026-02", "--dry-run") == 0
    assert "3 addebiti da emettere" in capsys.readouterr().out
    assert count(data_dir, Charge) == 0
    assert run(data_dir, "ledger", "charge", "--period", "2026-02") == 0
    assert "3 addebiti emessi" in capsys.readouterr().out
    assert run(data_dir, "ledger", "charge", "--period", "2026-02") == 0
    assert "0 addebiti emessi" in capsys.readouterr().out
    assert count(data_dir, Charge) == 3
    assert run(data_dir, "ledger", "charge", "--period", "2026-13") == 1
    assert "Periodo non valido" in capsys.readouterr().err


def test_import_report_then_reimport(data_dir, tmp_path, capsys):
    for period in ("2026-01", "2026-02"):
        assert run(data_dir, "ledger", "charge", "--period", period) == 0
    report = tmp_path / "esito.csv"
    assert run(data_dir, "payments", "import", FILES / "febbraio.camt053.xml",
               "--report", report) == 0
    out = capsys.readouterr()
    assert "4 abbinati, 1 da abbinare, 3 ignorati, 1 già importati" in out.out
    assert "movimento 4: da abbinare" in out.err
    rows = list(csv.reader(report.open(encoding="utf-8")))
    assert rows[0] == ["line", "outcome", "household", "amount_cents", "reason"]
    assert rows[1][:4] == ["1", "matched", "N00001", "50000"]
    assert {r[1] for r in rows[1:]} == {"matched", "queued", "ignored", "duplicate"}
    payments = count(data_dir, Payment)
    assert run(data_dir, "payments", "import", FILES / "febbraio.camt053.xml",
               "--report", report) == 0
    assert {r[1] for r in list(csv.reader(report.open(encoding="utf-8")))[1:]} == {
        "duplicate", "ignored"}
    assert count(data_dir, Payment) == payments


def test_refused_file_exits_2_and_writes_nothing(data_dir, tmp_path, capsys):
    bad = tmp_path / "rotto.csv"
    bad.write_bytes(b"Data contabile;Importo;Descrizione\n01/02/2026;abc;BONIFICO\n")
    assert run(data_dir, "payments", "import", bad, "--report", tmp_path / "r.csv") == 2
    assert "File rifiutato: Riga 2: importo non valido" in capsys.readouterr().err
    assert not (tmp_path / "r.csv").exists()
    other = tmp_path / "altro.xml"
    other.write_bytes((FILES / "febbraio.camt053.xml").read_bytes().replace(
        b"IT60X0542811101000000123456", b"IT11G0503411701000000007788"))
    assert run(data_dir, "payments", "import", other) == 2
    assert count(data_dir, Payment) == 0


def test_dry_run_and_csv(data_dir, capsys):
    assert run(data_dir, "payments", "import", FILES / "marzo.csv", "--dry-run") == 0
    assert "Prova (nulla è stato scritto)" in capsys.readouterr().out
    assert count(data_dir, Payment) == 0


def test_arrears_and_statement(data_dir, tmp_path, capsys):
    for period in ("2026-01", "2026-02", "2026-03"):
        assert run(data_dir, "ledger", "charge", "--period", period) == 0
    assert run(data_dir, "payments", "import", FILES / "marzo.csv") == 0
    capsys.readouterr()
    assert run(data_dir, "ledger", "arrears") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Nucleo;Intestatario;Alloggio")
    assert {line.split(";")[0] for line in lines[1:]} == {"N00001", "N00003"}  # N00002 paid
    out = tmp_path / "morosi.csv"
    assert run(data_dir, "ledger", "arrears", "--bucket", "90+", "--out", out) == 0
    assert out.read_text(encoding="utf-8-sig").count("\n") >= 1
    assert run(data_dir, "ledger", "statement", "n00002") == 0
    captured = capsys.readouterr()
    rows = captured.out.splitlines()
    assert rows[0] == "Data;Voce;Descrizione;Addebito (€);Accredito (€);Saldo (€)"
    assert any(";1.050,00;" in row for row in rows)
    assert "Saldo del nucleo N00002" in captured.err
    assert run(data_dir, "ledger", "statement", "N09999") == 1


def test_help_is_italian():
    from borgo_desktop.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices
    for name in ("payments", "ledger"):
        text = sub[name].format_help()
        assert text.startswith(f"uso: borgo-desktop {name}") and "opzioni:" in text
        assert "show this help" not in text
