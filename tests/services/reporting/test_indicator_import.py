"""The Comune's list of indicators from a CSV: all or nothing, every problem in Italian by row
and column; restoring a default the office changed; managers only."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.models.audit import AuditEntry
from borgo_desktop.models.reporting import Indicator
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.reporting import indicators
from borgo_desktop.services.reporting.indicator_import import import_indicators
from borgo_desktop.services.reporting.indicators import (
    DEFAULTS, IndicatorDef, changed_from_default, compute, list_indicators,
)

GOOD = ("code;comune_code;label;unit;function;active\n"
        "ACC_NEW;1.1;Nuclei presi in carico;nuclei;cases_new;Sì\n"
        "VIO_CLOSED;;Violazioni chiuse;violazioni;violations_closed;No\n"
        "tkt_guasti;3.2;Guasti segnalati;segnalazioni;tickets_opened;\n")


def write(tmp_path, text, name="elenco.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def office_rows(demo):
    with demo.store.read() as session:
        return {row.code: row.label for row in session.scalars(select(Indicator))}


def test_a_good_file_renames_switches_off_and_adds(demo, tmp_path):
    before = {d.code: d for d in list_indicators(demo)}
    report = import_indicators(demo, write(tmp_path, GOOD))
    assert not report.refused and report.indicators == 3, report.problems
    assert report.summary == "Importati 3 indicatori."
    now = {d.code: d for d in list_indicators(demo)}
    assert now["ACC_NEW"].label == "Nuclei presi in carico" and now["ACC_NEW"].comune_code == "1.1"
    assert now["ACC_NEW"].position == before["ACC_NEW"].position  # a known code keeps its place
    assert now["VIO_CLOSED"].active is False
    added = now["TKT_GUASTI"]  # codes are stored in upper case
    assert added.position > max(d.position for d in before.values()) and added.active
    table = compute(demo, "2026-Q4", suppress=False)
    codes = [r.code for r in table.rows if not r.detail]
    assert "VIO_CLOSED" not in codes and codes[-1] == "TKT_GUASTI"
    assert table.total("TKT_GUASTI") == table.total("TKT_OPENED")
    with demo.store.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.action, last.actor) == ("report.indicators_imported", demo.actor.username)


def test_italian_headers_and_a_title_line_above_them(demo, tmp_path):
    text = ("Elenco indicatori del Comune di Milano (anno 2026)\n"
            "Codice;Codice Comune;Descrizione;Unità;Funzione;Attivo\n"
            "ACC_NEW;1.1;Nuclei presi in carico;nuclei;cases_new;si\n")
    assert import_indicators(demo, write(tmp_path, text)).indicators == 1


def test_a_dry_run_writes_nothing(demo, tmp_path):
    report = import_indicators(demo, write(tmp_path, GOOD), dry_run=True)
    assert not report.refused and "nessun dato scritto" in report.summary
    assert office_rows(demo) == {}


def test_an_unknown_function_refuses_the_whole_file(demo, tmp_path):
    text = GOOD + "NEW_ONE;;Nuovo;nuclei;cases_nuovi;\nEVIL;;Male;nuclei;__import__('os');\n"
    report = import_indicators(demo, write(tmp_path, text))
    assert report.refused and report.indicators == 0
    assert report.summary == "File rifiutato: 2 righe non valide, nessun dato scritto."
    by_row = {p.row: p for p in report.problems}
    assert by_row[5].column == "Funzione" and "cases_new" in by_row[5].reason  # a suggestion
    assert by_row[6].reason.startswith("Funzione sconosciuta «__import__('os')»")
    assert office_rows(demo) == {}  # all or nothing: the three good rows were not written


def test_a_repeated_code_and_bad_cells_are_named(demo, tmp_path):
    text = ("code;comune_code;label;unit;function;active\n"
            "ACC_NEW;;Uno;nuclei;cases_new;\n"
            "acc_new;;Due;nuclei;cases_new;\n"
            "ACC NEW;;;nuclei;cases_new;forse\n")
    report = import_indicators(demo, write(tmp_path, text))
    found = {(p.row, p.column): p.reason for p in report.problems}
    assert found[(3, "Codice")] == "Codice ACC_NEW ripetuto nel file (già alla riga 2)."
    assert found[(4, "Codice")] == "Il codice può contenere solo lettere, cifre e trattini bassi."
    assert found[(4, "Descrizione")] == "Il campo «Descrizione» è obbligatorio."
    assert found[(4, "Attivo")].startswith("Valore non riconosciuto «forse»")
    assert report.refused and office_rows(demo) == {}


@pytest.mark.parametrize("text, reason", [
    ("code;label;unit\nX;Y;nuclei\n", "Mancano le colonne obbligatorie: «Funzione»."),
    ("code;label;unit;function\n", "Il file contiene soltanto l'intestazione"),
])
def test_a_file_without_the_columns_or_rows_is_refused(demo, tmp_path, text, reason):
    report = import_indicators(demo, write(tmp_path, text))
    assert report.refused and report.problems[0].reason.startswith(reason)
    assert report.summary.startswith("File rifiutato:")


def test_only_managers_import(demo, tmp_path):
    desk = dataclasses.replace(demo, actor=Actor("sportello", "front_desk"))
    with pytest.raises(PermissionDenied):
        import_indicators(desk, write(tmp_path, GOOD))
    with pytest.raises(PermissionDenied):
        indicators.restore_default(desk, "ACC_NEW")
    assert office_rows(demo) == {}


def test_restoring_a_default_the_office_changed(demo):
    changed = dataclasses.replace(DEFAULTS[0], label="Nuclei presi in carico", active=False)
    indicators.save_indicator(demo, changed)
    current = next(d for d in list_indicators(demo) if d.code == DEFAULTS[0].code)
    assert changed_from_default(current)
    assert indicators.restore_default(demo, DEFAULTS[0].code) == DEFAULTS[0]
    current = next(d for d in list_indicators(demo) if d.code == DEFAULTS[0].code)
    assert current == DEFAULTS[0] and not changed_from_default(current)
    indicators.save_indicator(demo, IndicatorDef("NEW_ONE", "Nuovo", "nuclei", "cases_new"))
    with pytest.raises(UserError, match="aggiunto dall'ufficio"):
        indicators.restore_default(demo, "NEW_ONE")


def test_a_function_s_parameters_are_checked(demo, monkeypatch):
    from borgo_desktop.services.reporting import functions

    base = functions.FUNCTIONS["cases_new"]
    monkeypatch.setitem(functions.FUNCTIONS, "cases_of", dataclasses.replace(
        base, key="cases_of", params=("categoria",)))
    problems = indicators.Problems()
    indicators.check_indicator(IndicatorDef("X", "X", "nuclei", "cases_of",
                                            params=(("altro", "1"),)), problems)
    assert set(problems.items) == {"params.categoria", "params.altro"}
