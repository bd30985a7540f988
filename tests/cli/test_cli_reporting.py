"""`borgo-desktop report indicators`: the table of a period on the terminal or in a file."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSWORD, run_cli


def test_report_indicators_as_json(cli_data, tmp_path, capsys):
    out = tmp_path / "indicatori.json"
    assert run_cli(["report", "indicators", "--period", "2026-Q4", "--format", "json",
                    "--out", out, *cli_data.args()]) == 0
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["periodo"] == "2026-Q4" and body["al"] == "2026-12-31"
    assert {r["codice"] for r in body["indicatori"]} >= {"ACC_NEW", "ARR_OWING", "UNIT_VACANT"}


def test_report_indicators_as_text(cli_data, capsys):
    assert run_cli(["report", "indicators", "--period", "2026-Q3", *cli_data.args()]) == 0
    assert "Indicatori 3° trimestre 2026" in capsys.readouterr().out


def test_a_wrong_period_is_an_italian_error(cli_data, capsys):
    assert run_cli(["report", "indicators", "--period", "2026-Q9", *cli_data.args()]) == 1
    assert "Periodo non valido" in capsys.readouterr().err


def test_the_front_desk_may_not(cli_data, capsys, monkeypatch):
    assert run_cli(["users", "add", "desk", "--role", "front_desk", "--password-stdin",
                    *cli_data.args("admin")], "provvisoria dello sportello\n", monkeypatch) == 0
    monkeypatch.setenv("BORGO_PASSWORD", "provvisoria dello sportello")
    assert run_cli(["users", "passwd", "desk", "--password-stdin", *cli_data.args("desk")],
                   PASSWORD + "\n", monkeypatch) == 0
    monkeypatch.setenv("BORGO_PASSWORD", PASSWORD)
    assert run_cli(["report", "indicators", "--period", "2026-Q4", *cli_data.args("desk")]) == 1
    assert "non consente" in capsys.readouterr().err


def _comune_key(tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = tmp_path / "comune.pem"
    public.write_bytes(private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    secret = tmp_path / "comune_privata.pem"
    secret.write_bytes(private.private_bytes(serialization.Encoding.PEM,
                                             serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption()))
    return public, secret


def test_keys_package_verify_and_log(cli_data, tmp_path, capsys):
    pytest.importorskip("jsonschema", reason="pip install -e '.[test]' (jsonschema)")
    public, secret = _comune_key(tmp_path)
    out = tmp_path / "2026-Q4.borgo"
    assert run_cli(["report", "package", "--period", "2026-Q4", "--out", out,
                    *cli_data.args()]) == 1
    assert "chiave dei pseudonimi" in capsys.readouterr().err
    assert run_cli(["report", "keys", "--new-pseudonym-key", *cli_data.args()]) == 1  # manager
    assert run_cli(["report", "keys", "--new-pseudonym-key", "--comune-key", public,
                    *cli_data.args("admin")]) == 0
    assert "Chiave dei pseudonimi: presente" in capsys.readouterr().out
    assert run_cli(["comune", "package", "--period", "2026-Q4", "--out", out,
                    *cli_data.args()]) == 0
    assert "contenuto SHA-256" in capsys.readouterr().out
    assert run_cli(["comune", "verify", out]) == 0
    assert "involucro (contenuto non verificato" in capsys.readouterr().out
    assert run_cli(["report", "verify", out, "--private-key", secret]) == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    assert run_cli(["report", "verify", out]) == 1
    assert "NON integro" in capsys.readouterr().out
    assert run_cli(["report", "package", "--period", "2026-Q4", "--out", out,
                    *cli_data.args()]) == 1
    assert "già stato inviato" in capsys.readouterr().err
    assert run_cli(["report", "reopen", "--period", "2026-Q4", "--reason",
                    "Correzione richiesta dal Comune", *cli_data.args()]) == 0
    assert run_cli(["report", "log", *cli_data.args()]) == 0
    assert "Riaperto" in capsys.readouterr().out


def test_report_monthly(cli_data, tmp_path, capsys):
    out = tmp_path / "novembre.pdf"
    assert run_cli(["report", "monthly", "--month", "2026-11", "--out", out,
                    *cli_data.args()]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert run_cli(["report", "monthly", "--out", out, *cli_data.args()]) == 1
    assert "Indicare il mese" in capsys.readouterr().err


def test_report_indicators_import_checks_then_writes(cli_data, tmp_path, capsys):
    good = tmp_path / "elenco.csv"
    good.write_text("code;comune_code;label;unit;function;active\n"
                    "ACC_NEW;1.1;Nuclei presi in carico;nuclei;cases_new;Sì\n", encoding="utf-8")
    bad = tmp_path / "sbagliato.csv"
    bad.write_text("code;label;unit;function\nX;Y;nuclei;os.system\n", encoding="utf-8")
    assert run_cli(["report", "indicators-import", bad, *cli_data.args()]) == 1
    captured = capsys.readouterr()
    assert "riga 2, colonna «Funzione»: Funzione sconosciuta «os.system»" in captured.err
    assert "File rifiutato: 1 riga non valida" in captured.out
    assert run_cli(["report", "indicators-import", good, "--dry-run", *cli_data.args()]) == 0
    assert "si importerebbero 1 indicatore" in capsys.readouterr().out
    assert run_cli(["report", "indicators-import", good, *cli_data.args()]) == 0
    assert "Importato 1 indicatore." in capsys.readouterr().out
    assert run_cli(["report", "indicators", "--period", "2026-Q4", *cli_data.args()]) == 0
    assert "Nuclei presi in carico" in capsys.readouterr().out
