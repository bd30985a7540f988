"""The community screens: a group made with the form, an event with residents counted by
person, a household's acknowledgement of the rules, a turn marked missed, the directory
searched; the front desk records acknowledgements and turns but changes nothing else."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from borgo_desktop.models import Household
from borgo_desktop.models.enums import Audience, HouseholdStatus, ServiceKind, TurnStatus
from borgo_desktop.services.community import community
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.community.community_page import CommunityPage


def _page(qtbot, ctx) -> CommunityPage:
    page = CommunityPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_groups_events_rules_rota_directory(qtbot, ctx, world, message_boxes, monkeypatch):
    with ctx.store.unit_of_work() as session:  # Bianchi live in A2 (the move-in is elsewhere)
        session.get(Household, world.bianchi.id).status = HouseholdStatus.RESIDENT
        session.commit()
    community.publish_rules(ctx, "Regolamento", "1. Silenzio dalle 22.", date(2026, 9, 1))
    service = community.save_self_service(ctx, "Pulizia scale", "", 7)
    community.plan_rota(ctx, service, [world.bianchi.id], date(2026, 11, 2), 4)
    community.save_service(ctx, community.ServiceInput("CAF di quartiere", ServiceKind.CAF,
                                                       "Via Amoretti 12", notes="ISEE"))
    page = _page(qtbot, ctx)

    form = page.new_group()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "obbligatorio" in form.errors.label("name").text()  # refused, form still open
    form.fields["name"].setText("Orto condiviso")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert page.groups.item(0, 0).text() == "Orto condiviso"
    page.groups.selectRow(0)
    form = page.add_members()
    picker = form.fields["people"]
    picker.query.setText("rossi mar")
    picker.add_selected()
    form.fields["referent"].setChecked(True)
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    page.groups.selectRow(0)
    assert page.members.item(0, 0).text() == "Rossi Mario" and page.members.item(0, 1).text()

    form = page.new_event()
    form.fields["title"].setText("Festa d'autunno")
    form.fields["place"].setText("Cortile")
    form.fields["held_on"].set_value(date(2026, 10, 10))
    form.fields["other_participants"].setValue(12)
    picker = form.fields["participant_ids"]
    for name in ("rossi giu", "verdi luc"):
        picker.query.setText(name)
        picker.add_selected()
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [page.events.item(0, c).text() for c in (1, 5, 6, 7)] == [
        "Festa d'autunno", "2", "12", "14"]
    assert page.figures.item(0, 0).text() == "ott"

    assert "presa visione di 0 nuclei su 1" in page.rules_label.text()
    page.acks.selectRow(0)
    page.acknowledge()
    assert "presa visione di 1 nuclei su 1" in page.rules_label.text()

    page.turns.selectRow(1)
    page.mark_turn(False)
    turns = community.rota(ctx, service, date(2026, 11, 1), date(2026, 12, 31))
    assert [t.status for t in turns][:2] == [TurnStatus.PLANNED, TurnStatus.MISSED]
    page.turns.selectRow(3)
    page.mark_turn(True)  # 23 November is past: done
    page.turns.selectRow(0)  # 2 November, still planned
    assert message_boxes == []

    page.service_query.setText("isee")
    assert page.directory.rowCount() == 1 and page.directory.item(0, 1).text() == "CAF di quartiere"
    page.service_query.setText("ospedale")
    assert page.directory.rowCount() == 0

    from borgo_desktop.ui.community import community_page

    opened = []
    monkeypatch.setattr(community_page, "open_file", opened.append)
    page.print_leaflet()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].read_bytes().startswith(b"%PDF")


def test_front_desk_records_but_does_not_change(qtbot, store, world):
    desk = Context(store, Actor("desk", "front_desk"), lambda: date(2026, 11, 25))
    page = _page(qtbot, desk)
    buttons = {b.text(): b for b in page.findChildren(QPushButton)}
    hidden = ("Nuovo gruppo", "Aggiungi membri", "Nuovo evento", "Nuova versione",
              "Pianifica turni", "Nuovo servizio")
    assert all(buttons[text].isHidden() for text in hidden)
    assert not any(buttons[text].isHidden()
                   for text in ("Registra presa visione", "Fatto", "Saltato"))
    assert not buttons["Stampa volantino"].isHidden() and not buttons["Stampa turni"].isHidden()


def test_events_directory_and_members_are_corrected_and_removed(qtbot, ctx, world, message_boxes,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    rossi, verdi = (m.person.id for m in world.rossi.members[:2])
    group = community.save_group(ctx, "Orto condiviso")
    community.add_member(ctx, group, rossi, referent=True)
    community.add_member(ctx, group, verdi)
    event = community.create_event(ctx, community.EventInput(
        "Festa d'autunno", date(2026, 10, 10), "Cortile", Audience.BORGO,
        other_participants=12, participant_ids=(rossi, verdi)))
    community.save_service(ctx, community.ServiceInput("CAF di quartiere", ServiceKind.CAF,
                                                       "Via Amoretti 12"))
    page = _page(qtbot, ctx)

    # The event: the form comes back filled in; a refused correction keeps what was typed.
    page.events.selectRow(0)
    form = page.edit_event()
    assert form.fields["title"].text() == "Festa d'autunno"
    assert form.fields["participant_ids"].ids() == community.get_event(ctx, event).participant_ids
    form.fields["place"].setText("")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and "obbligatorio" in form.errors.label("place").text()
    form.fields["place"].setText("Sala feste")
    picker = form.fields["participant_ids"]
    picker.chosen.setCurrentRow(0)
    picker.remove_selected()  # one resident was not there after all
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [page.events.item(0, c).text() for c in (1, 2, 5, 7)] == [
        "Festa d'autunno", "Sala feste", "1", "13"]

    # Deleting asks first: "No" keeps it, "Sì" deletes it.
    page.events.selectRow(0)
    page.delete_event()
    assert page.events.rowCount() == 1 and "Festa d'autunno" in message_boxes[-1][1]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes)
    page.delete_event()
    assert page.events.rowCount() == 0 and page.figures.rowCount() == 0

    # The directory entry is corrected, then deleted.
    page.directory.selectRow(0)
    form = page.edit_service()
    assert form.fields["address"].text() == "Via Amoretti 12"
    form.fields["phone"].setText("02 3456789")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert page.directory.item(0, 3).text() == "02 3456789"
    page.directory.selectRow(0)
    page.delete_service()
    assert page.directory.rowCount() == 0

    # A member leaves the group.
    page.groups.selectRow(0)
    page.members.selectRow(1)
    page.remove_member()
    page.groups.selectRow(0)
    assert [page.members.item(r, 0).text() for r in range(page.members.rowCount())] == [
        "Rossi Mario"]
