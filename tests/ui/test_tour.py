"""The screenshot tour renders every main screen to a PNG of the expected size."""

from __future__ import annotations

from PySide6.QtGui import QImage

from borgo_desktop.ui.tour import run_tour

NAMES = ["01_nuclei.png", "02_nucleo.png", "03_nuovo_nucleo.png", "04_persone.png",
         "05_alloggi.png", "06_ricerca.png", "07_assegnazioni.png", "08_alloggio.png",
         "09_protezione_dati_accesso.png", "10_protezione_dati_conservazione.png",
         "11_registro_consensi.png",  # 12, a person's consents, needs a consent on record
         "13_schermo_bloccato.png", "14_utenti.png", "15_registro_operazioni.png",
         "16_accesso.png"]
DIALOGS = {"03_nuovo_nucleo.png", "09_protezione_dati_accesso.png",
           "10_protezione_dati_conservazione.png", "11_registro_consensi.png", "16_accesso.png"}


def test_the_tour_saves_every_screen(qtbot, ctx, world, tmp_path):
    paths = run_tour(ctx, tmp_path / "tour")
    assert [p.name for p in paths] == NAMES
    for path in paths:
        image = QImage(str(path))
        assert not image.isNull(), path
        if path.name not in DIALOGS:  # dialogs have their own size
            assert (image.width(), image.height()) == (1366, 800), path.name
    # The tour types a refused household: nothing of it may reach the database.
    from borgo_desktop.services import listing

    assert listing.count(ctx, listing.SPECS["households"]) == 3
