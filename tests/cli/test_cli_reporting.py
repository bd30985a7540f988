"""`borgo-desktop report indicators`: the table of a period on the terminal or in a file."""

from __future__ import annotations

import json

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
                    *cli_data.args("admin")], PASSWORD + "\n", monkeypatch) == 0
    assert run_cli(["report", "indicators", "--period", "2026-Q4", *cli_data.args("desk")]) == 1
    assert "non consente" in capsys.readouterr().err
