"""borgo-desktop letters: a batch from the command line."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.conftest import run_cli

from helpers import comm_world


def test_letters_to_a_staircase_and_to_one_household(cli_data, tmp_path, capsys):
    ctx = cli_data.context()
    borgo = comm_world.build(ctx)
    comm_world.invitation(ctx)
    comm_world.water_notice(ctx)
    ctx.store.close()
    out = tmp_path / "scala.pdf"
    assert run_cli(["letters", "--template", "INVITO", "--to", "staircase:DL51-A", "--out", out,
                    *cli_data.args()]) == 0
    printed = capsys.readouterr()
    assert "2 nuclei (scala A di Cascina 51), 2 pagine" in printed.out
    assert "lingue: ar 1, it 1" in printed.out and "2/2" in printed.err
    assert len(PdfReader(str(out)).pages) == 2
    one = tmp_path / "uno.pdf"
    assert run_cli(["letters", "--template", "INVITO", "--to", f"household:{borgo.martin.code}",
                    "--out", one, *cli_data.args()]) == 0
    assert "Claire Martin" in PdfReader(str(one)).pages[0].extract_text()


def test_letters_refused_with_a_clear_message(cli_data, tmp_path, capsys):
    ctx = cli_data.context()
    comm_world.build(ctx)
    comm_world.water_notice(ctx)
    ctx.store.close()
    assert run_cli(["letters", "--template", "ACQUA", "--to", "staircase:DL51-A", "--out",
                    tmp_path / "a.pdf", *cli_data.args()]) == 1
    assert "Indicare data dell'evento" in capsys.readouterr().err
    assert run_cli(["letters", "--template", "ACQUA", "--to", "staircase:DL51-A", "--out",
                    tmp_path / "a.pdf", "--field", "data.evento=martedì 1/12",
                    "--field", "ora.evento=dalle 9 alle 13", *cli_data.args()]) == 0
    assert run_cli(["letters", "--template", "NESSUNO", "--to", "all", "--out",
                    tmp_path / "b.pdf", *cli_data.args()]) == 1
    assert "Modello «NESSUNO» non trovato." in capsys.readouterr().err


def test_handbook_in_arabic_from_the_command_line(cli_data, tmp_path, capsys):
    ctx = cli_data.context()
    comm_world.build(ctx)
    ctx.store.close()
    out = tmp_path / "manuale-ar.pdf"
    assert run_cli(["handbook", "--lang", "ar", "--out", out, *cli_data.args()]) == 0
    assert "Manuale dei residenti (ar)" in capsys.readouterr().out
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert any("\u0600" <= ch <= "\u06ff" for ch in text) and "112" in text
    with pytest.raises(SystemExit):
        run_cli(["handbook", "--lang", "de", "--out", out, *cli_data.args()])
    assert "scelta non valida: 'de'" in capsys.readouterr().err


def test_comm_plan_prints_the_plan(cli_data, tmp_path, capsys):
    from datetime import date

    from borgo_desktop.models.communication import PlanAudience, PlanPhase
    from borgo_desktop.services.communication.plan import ActionInput, create_action

    ctx = cli_data.context()
    create_action(ctx, ActionInput(PlanPhase.STEADY, PlanAudience.PARTNERS,
                                   "Tavolo con le associazioni", date(2026, 12, 10)))
    ctx.store.close()
    out = tmp_path / "piano.pdf"
    assert run_cli(["comm", "plan", "--out", out, *cli_data.args()]) == 0
    assert "Piano di comunicazione (1 azioni)" in capsys.readouterr().out
    assert "Tavolo con le associazioni" in PdfReader(str(out)).pages[0].extract_text()
