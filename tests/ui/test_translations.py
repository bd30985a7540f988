"""The English translation: complete, safe to format, compiled, and shown by the window."""

from __future__ import annotations

import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from borgo_desktop import app
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Relation, Sex
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.registry.household_form import HouseholdForm
from borgo_desktop.ui.widgets.fields import set_combo_data

ROOT = Path(__file__).resolve().parents[2]
TS = app.TRANSLATIONS_DIR / "borgo_en.ts"
QM = TS.with_suffix(".qm")


def qt_tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} comes with PySide6"
    return found


def messages() -> list[tuple[str, str, ET.Element]]:
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in ET.parse(TS).getroot().iter("context")
            for message in context.iter("message")]


def placeholders(text: str) -> set[str]:
    return {field for _lit, field, _spec, _conv in string.Formatter().parse(text)
            if field is not None}


def accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def test_every_entry_is_translated_and_keeps_its_placeholders_and_accelerators():
    entries = messages()
    assert len(entries) > 400  # the window, the vocabulary, the lists and the service messages
    contexts = {context for context, _source, _node in entries}
    assert {"MainWindow", "Vocabulary", "Listing", "UserError", "PipelineModel"} <= contexts
    unfinished = [(c, s) for c, s, node in entries if node.get("type") or not node.text]
    assert not unfinished, "run tools/update_translations.py"
    broken = [(c, s, node.text) for c, s, node in entries
              if placeholders(s) != placeholders(node.text)
              or accelerators(s) != accelerators(node.text)]
    assert not broken


def test_the_compiled_qm_is_the_committed_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh)],
                   check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == QM.read_bytes(), "run tools/update_translations.py"


def test_every_window_string_and_service_message_is_in_the_ts():
    # The script builds the .ts afresh in a temporary folder and compares: no file is written.
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"),
                           "--check"], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture
def english(qapp):
    locale = QLocale()
    installed = app.install_translators(qapp, "en")
    yield installed
    for translator in installed:  # the other tests read the Italian source texts
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_the_window_speaks_english(qtbot, ctx, world, english):
    assert english, "borgo_en.qm must ship in the package"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert [window.navigation.item(r).text() for r in range(window.navigation.count())] == [
        "Today", "Households", "People", "Units", "Allocation", "Maintenance",
        "Shared spaces", "Community", "Rents and arrears", "Violations", "Communications",
        "Accompaniment",
        "Dashboard"]
    households = window.open_area("households")
    model = households.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Code", "Reference person", "Members", "Category", "Allocation stage", "Unit", "Status",
        "Phone"]
    assert households.count_label.text() == "3 households"
    assert model.data(model.index(0, 6)) == "Being allocated"  # an enum label in a cell
    pipeline = window.open_area("allocation").model
    assert pipeline.headerData(4, Qt.Orientation.Horizontal) == "Stage"


def test_a_refused_household_form_explains_itself_in_english(qtbot, ctx, world, english):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    born = date(1985, 2, 10)
    member = form.members[0]
    member.surname.setText("Gallo")
    member.given_name.setText("Pietro")
    member.tax_code.setText(make_tax_code("Gallo", "Pietro", born, "M", "F205"))
    member.birth_date.set_value(born)
    set_combo_data(member.sex, Sex.M.value)
    set_combo_data(member.relation, Relation.REFERENCE.value)
    form.phone.setText("abc")
    form.isee.setText("1.000,00")  # an ISEE without its expiry date

    form.save()  # refused by the service: a ValidationError with two problems

    assert form.errors.label("phone").text() == "Invalid phone number: abc"
    assert form.errors.label("isee_expires_on").text() == (
        "Enter the expiry date of the ISEE certificate.")
    assert form.banner.text() == (
        "The form contains 2 errors: please correct the highlighted fields.")


def test_the_words_inside_service_messages_are_translated_too(english):
    from borgo_desktop.errors import UserError
    from borgo_desktop.ui.widgets.texts import error_text

    refused = UserError("Non è possibile {verb}: il nucleo è nella fase «{stage}»; {hint}.",
                        verb="registrare la visita", stage="Candidato",
                        hint="prima va proposto un alloggio")
    assert error_text(refused) == ("Cannot record the visit: the household is at stage "
                                   "“Candidate”; a unit must be offered first.")
    # Data (codes, names) are left as they are.
    assert "N00001" in error_text(UserError("Esiste già un nucleo con codice {code}.", code="N00001"))


def test_a_permission_refusal_names_role_and_action_in_english(english, ctx):
    import dataclasses

    from borgo_desktop.services.core.context import Actor
    from borgo_desktop.services.core.permissions import Permission, PermissionDenied, require
    from borgo_desktop.ui.widgets.texts import error_text

    clerk = dataclasses.replace(ctx, actor=Actor("mario", "front_desk"))
    with pytest.raises(PermissionDenied) as refused:
        require(clerk, Permission.AUDIT_READ)
    assert error_text(refused.value) == (
        "The role “front desk” does not allow you to consult the audit log.")


def test_the_maintenance_screens_speak_english(qtbot, ctx, world, english):
    from borgo_desktop.services.tickets import tickets

    detail = tickets.create_ticket(ctx, tickets.TicketInput(
        category_code="plumbing", summary="Perdita", unit_id=world.units.a2.id,
        reporter_household_id=world.bianchi.id))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.open_ticket(detail.ticket.id)
    assert page.buttons["triage"].text() == "Triage"
    assert page.status_chip.text() == "New"
    assert page.title.text() == f"Ticket {detail.ticket.code}"
    dialog = page.run("wait")
    assert dialog.windowTitle() == "On hold"
    dialog.reject()
    area = window.open_area("tickets")
    assert area.list_page.count_label.text() == "1 ticket"
    assert area.tabs.tabText(1) == "Board and counters"


def test_a_ticket_refusal_names_the_actions_in_english(english, ctx):
    from borgo_desktop.errors import UserError
    from borgo_desktop.services.tickets import tickets
    from borgo_desktop.ui.widgets.texts import error_text
    from helpers.ticket_world import build_world, leak

    ticket = tickets.create_ticket(ctx, leak(build_world(ctx))).ticket
    with pytest.raises(UserError) as refused:
        tickets.resolve(ctx, ticket.id)
    assert error_text(refused.value) == (
        f"Cannot mark the ticket as resolved: ticket {ticket.code} is “New”. "
        "What can be done now: triage the ticket.")
    # The Italian text (CLI, log) is the same as before: the actions joined by commas.
    assert refused.value.text.endswith("Ora si può: valutare la segnalazione.")


def test_a_booking_conflict_names_the_weekday_in_english(english, ctx):
    from borgo_desktop.services.spaces import bookings
    from borgo_desktop.ui.widgets.texts import error_text
    from helpers.spaces_support import booking, make_spaces

    rooms = make_spaces(ctx)
    saturday, sunday = date(2026, 12, 12), date(2026, 12, 13)
    bookings.create(ctx, booking(rooms["SALA"], saturday, "15:00", "19:00"))
    with pytest.raises(bookings.BookingRefused) as taken:
        bookings.create(ctx, booking(rooms["SALA"], saturday, "16:00", "17:00"))
    assert "Saturday 12/12/2026 15:00–19:00" in error_text(taken.value)
    assert "sabato 12/12/2026 15:00–19:00" in taken.value.text  # the Italian stays whole
    with pytest.raises(bookings.BookingRefused) as closed:
        bookings.create(ctx, booking(rooms["DOPO"], sunday, "10:00", "11:00"))
    english_text = error_text(closed.value)
    assert "Sunday" in english_text and "domenica" not in english_text
