"""`borgo-desktop users ...`: the first administrator, --password-stdin, BORGO_PASSWORD."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.conftest import PASSWORD, run_cli


def test_the_first_account_must_be_an_administrator(tmp_path, monkeypatch, capsys):
    folder = ["--data-dir", tmp_path]
    assert run_cli(["users", "add", "m.rossi", "--role", "front_desk", "--password-stdin",
                    *folder], PASSWORD + "\n", monkeypatch) == 1
    assert "amministratore" in capsys.readouterr().err
    assert run_cli(["users", "add", "anna", "--role", "admin", "--name", "Anna Bianchi",
                    "--password-stdin", *folder], PASSWORD + "\n", monkeypatch) == 0
    out = capsys.readouterr().out
    key = out.split("(mostrata una sola volta): ")[1].split()[0]
    sheet = tmp_path / "foglio-di-recupero.pdf"
    assert str(sheet) in out
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert key in text and "Conservare il foglio" in text
    assert (tmp_path / "borgo.keys").exists()


def test_users_add_list_disable_enable_passwd(cli_data, monkeypatch, capsys):
    admin = cli_data.args("admin")
    assert run_cli(["users", "add", "m.rossi", "--role", "front_desk", "--name", "Mario Rossi",
                    "--password-stdin", *admin], "frase di mario\n", monkeypatch) == 0
    assert run_cli(["users", "list", *admin]) == 0
    listing = capsys.readouterr().out
    assert "m.rossi" in listing and "sportello" in listing and "Mario Rossi" in listing

    monkeypatch.setenv("BORGO_PASSWORD", "frase di mario")
    assert run_cli(["users", "list", *cli_data.args("m.rossi")]) == 1  # temporary: change it
    assert "è temporanea" in capsys.readouterr().err
    assert run_cli(["users", "passwd", "m.rossi", "--password-stdin", *cli_data.args("m.rossi")],
                   "la mia frase nuova\n", monkeypatch) == 0  # one's own: a change
    monkeypatch.setenv("BORGO_PASSWORD", "la mia frase nuova")
    assert run_cli(["users", "list", *cli_data.args("m.rossi")]) == 1  # not an administrator
    assert "gestire gli utenti" in capsys.readouterr().err

    monkeypatch.setenv("BORGO_PASSWORD", PASSWORD)
    assert run_cli(["users", "disable", "m.rossi", *admin]) == 0
    monkeypatch.setenv("BORGO_PASSWORD", "la mia frase nuova")
    assert run_cli(["db", "current", *cli_data.args("m.rossi")]) == 1
    assert "disattivato" in capsys.readouterr().err

    monkeypatch.setenv("BORGO_PASSWORD", PASSWORD)
    assert run_cli(["users", "enable", "m.rossi", "--password-stdin", *admin],
                   "temporanea di mario\n", monkeypatch) == 0
    assert run_cli(["users", "passwd", "capo", "--password-stdin", *admin],
                   "temporanea di carla\n", monkeypatch) == 0  # another's: a reset
    monkeypatch.setenv("BORGO_PASSWORD", "temporanea di mario")
    assert run_cli(["db", "current", *cli_data.args("m.rossi")]) == 1  # the password opens,
    assert "è temporanea" in capsys.readouterr().err  # but no work before changing it
    monkeypatch.setenv("BORGO_PASSWORD", "temporanea di carla")
    assert run_cli(["db", "current", *cli_data.args("capo")]) == 1
    assert "users passwd capo --user capo" in capsys.readouterr().err
    assert run_cli(["users", "passwd", "capo", "--password-stdin", *cli_data.args("capo")],
                   "di nuovo una frase mia\n", monkeypatch) == 0
    monkeypatch.setenv("BORGO_PASSWORD", "di nuovo una frase mia")
    assert run_cli(["db", "current", *cli_data.args("capo")]) == 0


def test_a_wrong_or_missing_login_is_refused(cli_data, monkeypatch, capsys):
    monkeypatch.setenv("BORGO_PASSWORD", "non è la password")
    assert run_cli(["db", "current", *cli_data.args()]) == 1
    assert "non corretti" in capsys.readouterr().err
    assert run_cli(["db", "current", "--data-dir", cli_data.folder]) == 1
    assert "--user" in capsys.readouterr().err


def test_the_password_is_prompted_when_not_in_the_environment(cli_data, monkeypatch, capsys):
    monkeypatch.delenv("BORGO_PASSWORD")
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    assert run_cli(["db", "current", *cli_data.args()]) == 0
    assert asked == ["Password di capo: "]


def test_recovery_from_the_command_line(tmp_path, monkeypatch, capsys):
    assert run_cli(["users", "add", "anna", "--role", "admin", "--password-stdin",
                    "--data-dir", tmp_path], PASSWORD + "\n", monkeypatch) == 0
    key = capsys.readouterr().out.split("(mostrata una sola volta): ")[1].split()[0]
    monkeypatch.setenv("BORGO_RECOVERY_KEY", key)
    assert run_cli(["users", "recover", "anna", "--password-stdin", "--data-dir", tmp_path],
                   "ritrovata per fortuna\n", monkeypatch) == 0
    monkeypatch.setenv("BORGO_PASSWORD", "ritrovata per fortuna")
    assert run_cli(["users", "list", "--user", "anna", "--data-dir", tmp_path]) == 0


@pytest.mark.parametrize("command", [["users", "disable"], ["users", "passwd"]])
def test_a_username_is_needed(cli_data, command, capsys):
    assert run_cli([*command, *cli_data.args("admin")]) == 1
    assert "nome utente" in capsys.readouterr().err
