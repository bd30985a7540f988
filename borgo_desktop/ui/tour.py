"""The screenshot tour: every main screen rendered with the data in the store, to PNG files.

Run by ``borgo-desktop tour --out DIR`` on the demo database; the pictures are for looking
at the program as a user would (and for the README), not for tests to compare.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import date, time, timedelta
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from borgo_desktop.services.core import listing
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.widgets.theme import apply_theme

SIZE = (1366, 800)
BAD_TAX_CODE = "RSSMRA80A01F205Z"  # right shape, wrong check character


def run_tour(ctx: Context, out_dir: Path,
             inspect: Callable[[str, QWidget], None] | None = None) -> list[Path]:
    """Every screen to ``out_dir``; ``inspect`` (tests) sees each screen as it is saved."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # only matters if no app exists yet
    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    from borgo_desktop.ui.main_window import MainWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    saved: list[Path] = []

    def shot(name: str, widget: QWidget | None = None, pixmap: QPixmap | None = None) -> None:
        app.processEvents()
        path = out / name
        (pixmap or (widget or window).grab()).save(str(path))
        saved.append(path)
        if inspect is not None:
            inspect(name, widget or window)

    window.open_area("today")
    shot("00_oggi.png")  # the home page, what the program opens on
    window.open_area("households")
    shot("01_nuclei.png")
    largest = _first_id(ctx, "households", "members", descending=True)
    if largest is not None:
        window.open_household(largest)
        shot("02_nucleo.png")
    form = window.new_household()
    _fill_bad_form(form)
    shot("03_nuovo_nucleo.png", form)
    form.mark_clean()
    form.reject()
    window.open_area("persons")
    shot("04_persone.png")
    window.open_area("units")
    shot("05_alloggi.png")
    window.open_area("households")
    window.search_box.setText("ros")
    window.search_box.run_search()
    shot("06_ricerca.png", pixmap=_with_popup(window, window.search_box.popup))
    window.search_box.popup.hide()
    window.search_box.clear()
    window.open_area("allocation")
    shot("07_assegnazioni.png")
    unit = (_first_id(ctx, "units", "code", filters={"status": "let"})
            or _first_id(ctx, "units", "code"))
    if unit is not None:
        window.open_unit(unit)
        shot("08_alloggio.png")
    resident = _first_id(ctx, "households", "code", filters={"status": "resident"})
    _tickets_tour(ctx, window, resident or largest, shot)
    _spaces_tour(window, shot)
    community = window.open_area("community")
    for index, name in ((1, "17_comunita_eventi.png"), (3, "18_comunita_turni.png"),
                        (4, "19_servizi_quartiere.png")):
        community.tabs.setCurrentIndex(index)
        shot(name)
    from borgo_desktop.ui.violations.tour import violation_screens

    violation_screens(window, shot)
    from borgo_desktop.ui.ledger.arrears_tour import arrears_screens, ledger_screens

    arrears_screens(window, shot)
    ledger_screens(window, shot)
    from borgo_desktop.ui.communication.tour import communication_screens

    communication_screens(window, shot)
    from borgo_desktop.ui.reporting.tour import reporting_screens

    reporting_screens(window, shot)
    _data_protection(ctx, shot)
    _lock_shot(window, ctx, shot)
    window.close()
    window.deleteLater()
    _admin_shots(ctx, shot)
    _login_shot(ctx, shot)
    from borgo_desktop.ui.casework.tour import case_screens

    case_screens(ctx, lambda c: _window(MainWindow, c), shot)
    app.processEvents()
    return saved


def _lock_shot(window, ctx: Context, shot) -> None:
    """The idle lock over the window, a household form still open under it."""
    from borgo_desktop.ui.accounts.screen_lock import ScreenLock

    form = window.new_household()
    form.members[0].surname.setText("Gallo")
    lock = ScreenLock(window, ctx, lambda _ctx, _password: None, minutes=0)
    lock.lock()
    shot("40_schermo_bloccato.png", pixmap=_with_popup(window, lock.dialog))
    lock.dialog.try_unlock()
    form.mark_clean()
    form.reject()


def _admin_shots(ctx: Context, shot) -> None:
    from borgo_desktop.ui.main_window import MainWindow

    admin = Context(ctx.store, Actor("admin", "admin", "Amministratore"), ctx.today)
    window = _window(MainWindow, admin)
    window.open_area("users")
    shot("41_utenti.png", window)
    window.open_area("audit")
    shot("42_registro_operazioni.png", window)
    window.close()
    window.deleteLater()


def _login_shot(ctx: Context, shot) -> None:
    from borgo_desktop.ui.accounts.login_dialog import LoginDialog
    from borgo_desktop.ui.main_window import describe_database

    dialog = LoginDialog(None, describe_database(ctx), "m.rossi")
    dialog.password.setText("una frase segreta")
    dialog.show()
    shot("43_accesso.png", dialog)
    dialog.close()
    dialog.deleteLater()


def _data_protection(ctx: Context, shot) -> None:
    """The administrator's «Protezione dati» tabs and a person's consents."""
    from borgo_desktop.services import privacy
    from borgo_desktop.services.core import search
    from borgo_desktop.services.core.context import Actor
    from borgo_desktop.ui.privacy.data_protection_dialog import DataProtectionDialog
    from borgo_desktop.ui.registry.consent_dialog import ConsentDialog

    admin = dataclasses.replace(ctx, actor=Actor("admin", "admin", "Amministratore"))
    dialog = DataProtectionDialog(admin)
    dialog.show()
    hit = next((h for h in search.search(admin, "ros") if h.kind == search.KIND_PERSON), None)
    if hit is not None:
        dialog.access.search_box.setText(hit.title)
        dialog.access.choose(hit)
    shot("20_protezione_dati_accesso.png", dialog)
    dialog.tabs.setCurrentWidget(dialog.retention)
    dialog.retention.table.selectAll()
    shot("21_protezione_dati_conservazione.png", dialog)
    dialog.tabs.setCurrentWidget(dialog.register)
    shot("22_registro_consensi.png", dialog)
    dialog.close()
    register = privacy.consent_register(admin)
    if register:
        consents = ConsentDialog(ctx, register[0].person_id, register[0].person_name)
        consents.show()
        shot("23_consensi_persona.png", consents)
        consents.close()


def _window(window_class, ctx: Context) -> QWidget:
    window = window_class(ctx)
    window.resize(*SIZE)
    window.show()
    return window


def _tickets_tour(ctx: Context, window, household, shot) -> None:
    """The maintenance area: list, a ticket with its timeline, board, planning, quick report."""
    area = window.open_area("tickets")
    shot("09_segnalazioni.png")
    ticket = (_first_id(ctx, "tickets", "code", True, {"status": "in_progress"})
              or _first_id(ctx, "tickets", "code", True))
    if ticket is not None:
        page = window.open_ticket(ticket)
        shot("10_segnalazione.png")
        notice = page.run("notice")
        if notice is not None:
            shot("10b_avviso_inquilini.png", notice)
            notice.mark_clean()
            notice.reject()
    window.open_area("tickets")
    area.tabs.setCurrentWidget(area.board)
    shot("11_bacheca.png")
    area.tabs.setCurrentWidget(area.planning)
    shot("12_programmata.png")
    area.tabs.setCurrentWidget(area.list_page)
    if household is not None:
        form = window.open_household(household).report_fault()
        form.category.setCurrentIndex(form.category.findData("plumbing"))
        form.summary.setText("Perdita d'acqua dal soffitto del bagno")
        form.description.setPlainText("Macchia di umidità che si allarga sopra la vasca.")
        shot("13_nuova_segnalazione.png", form)
        form.mark_clean()
        form.reject()


def _spaces_tour(window, shot) -> None:
    """The after-school room's week, every space on a Saturday and, on the demo data, a
    request refused before saving (the party room is taken)."""
    page = window.open_area("spaces")
    rooms = {s.code: s for s in page.spaces}
    if "SC-DOPOSCUOLA" in rooms:
        page.space_combo.setCurrentIndex(
            page.space_combo.findData(str(rooms["SC-DOPOSCUOLA"].id)))
    if page.occurrences:
        page.select_booking(page.occurrences[0].id)
    shot("14_spazi_settimana.png")
    saturday = page.first_day() + timedelta(days=5)
    page.mode.setCurrentIndex(1)
    page.go_to(saturday)
    shot("15_spazi_giorno.png")
    if "SC-SALA" not in rooms:
        return
    form = page.new_booking(rooms["SC-SALA"].id, saturday, time(16, 0), time(20, 0))
    form.title_edit.setText("Cena di condominio")
    form.requester.setText("Rossi Mario")
    form.refresh_availability()
    shot("16_prenotazione.png", form)
    form.mark_clean()
    form.reject()


def _first_id(ctx: Context, spec_name: str, sort: str, descending: bool = False,
              filters: dict | None = None):
    rows = listing.fetch_page(ctx, listing.SPECS[spec_name], filters or {}, sort, descending, 0, 1)
    return rows[0].id if rows else None


def _fill_bad_form(form) -> None:
    """A new household being typed, whose codice fiscale is refused (shown under the field)."""
    form.phone.setText("02 1234567")
    form.isee.setText("8.450,00")
    member = form.members[0]
    member.surname.setText("Rossi")
    member.given_name.setText("Mario")
    member.birth_date.set_value(date(1980, 1, 1))
    member.sex.setCurrentIndex(member.sex.findData("M"))
    member.birth_place.setText("Milano")
    member.citizenship.setText("italiana")
    member.tax_code.setText(BAD_TAX_CODE)
    form.save()  # refused: nothing is written, the form shows why


def _with_popup(window: QWidget, popup: QWidget) -> QPixmap:
    """The window with the search popup drawn where it floats (it is a separate window)."""
    picture = window.grab()
    if popup.isVisible():
        painter = QPainter(picture)
        offset = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
        painter.drawPixmap(offset, popup.grab())
        painter.end()
    return picture
