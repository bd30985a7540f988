"""The data-protection tools across the areas: tickets, bookings, community life and cases
appear in the access report (cases without their content) and lose names on anonymisation."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from borgo_desktop.models import (
    Booking, BookingSeries, CaseNote, EventParticipant, GroupMember, RotaTurn, Ticket,
    TicketAppointment, TicketEvent,
)
from borgo_desktop.models.casework import CaseOrigin, CloseReason, NoteKind, ReferralReason
from borgo_desktop.models.enums import Audience
from borgo_desktop.services import privacy
from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.services.casework import cases
from borgo_desktop.services.community import community
from borgo_desktop.services.registry import registry
from borgo_desktop.services.tickets import tickets
from borgo_desktop.services.casework.records import (
    NoteInput, ReferralInput, add_note, add_referral,
)
from borgo_desktop.services.privacy.identity import REDACTED, Identity
from helpers.spaces_support import EVERY_DAY, booking
from helpers.case_world import WORKER, as_
from tests.services.privacy.test_privacy import colombo, giulia_id, left

COUNTED = (Ticket, TicketEvent, BookingSeries, Booking, GroupMember, EventParticipant, RotaTurn,
           CaseNote)
SECRET_NOTE = "Colloquio: debiti con la finanziaria, ansia del figlio"


@pytest.fixture
def world(ctx):
    """The Colombo household with a ticket, a booking, a group and a closed case, then gone."""
    household = colombo(ctx)
    giulia = giulia_id(household)
    unit = registry.find_unit(ctx, "DL51-A-4")
    ticket = tickets.create_ticket(ctx, tickets.TicketInput(
        category_code="plumbing", summary="Perdita dal lavandino", unit_id=unit.id,
        reporter_household_id=household.id, reporter_name="Giulia Colombo 333 1234567",
        description="Chiamare la sig.ra Colombo al 333.123.4567 prima di salire")).ticket
    tickets.add_comment(ctx, ticket.id, "Parlato con Giulia Colombo, passa il tecnico")
    space = registry.create_common_space(ctx, "DL51", "DL51-SALA", "Sala comune", "Feste", 40, 30)
    spaces.update_space(ctx, space, spaces.SpaceInput(30, "", EVERY_DAY))
    bookings.create(ctx, booking(space, date(2026, 12, 5), "16:00", "19:00",
                                 title="Compleanno di Luca", who="Colombo Giulia"))
    bookings.create(ctx, booking(space, date(2026, 12, 6), "16:00", "19:00",
                                 title="Merenda", who="Rossi Anna"))
    group = community.save_group(ctx, "Orto condiviso")
    community.add_member(ctx, group, giulia, referent=True)
    community.create_event(ctx, community.EventInput("Festa d'estate", date(2018, 7, 1), "Cortile",
                                                     Audience.BORGO, participant_ids=(giulia,)))
    rules = community.publish_rules(ctx, "Regolamento", "Rispettare gli orari", date(2015, 1, 1))
    community.acknowledge(ctx, rules, household.id, date(2015, 1, 10))
    stairs = community.save_self_service(ctx, "Pulizia scale")
    community.plan_rota(ctx, stairs, [household.id], date(2019, 5, 1), 1)
    with ctx.store.read() as session:
        turn = session.scalar(select(RotaTurn.id))
    community.record_turn(ctx, turn, False, "Giulia Colombo malata, chiamare 333 1234567")
    worker = as_(ctx, WORKER)
    case_id = cases.open_case(worker, household.id, CaseOrigin.COMUNE, "Invio", on=date(2018, 3, 1))
    add_note(worker, case_id, NoteInput(NoteKind.OFFICE_MEETING, date(2018, 3, 5), SECRET_NOTE))
    add_referral(worker, case_id, ReferralInput("CAF Acli", ReferralReason.TAX, date(2018, 3, 5),
                                                "Giulia Colombo", date(2018, 3, 6)))
    cases.close_case(worker, case_id, CloseReason.MOVED_OUT, on=date(2019, 6, 1))
    return household, giulia, ticket


def test_access_report_lists_every_area_and_no_case_content(admin_ctx, world, tmp_path):
    household, giulia, ticket = world
    json_path, pdf_path = privacy.write_report(admin_ctx, giulia, tmp_path)
    raw = json_path.read_text(encoding="utf-8")
    data = json.loads(raw)
    sections = data["sezioni"]
    assert [t["Codice"] for t in sections["Segnalazioni di manutenzione"]] == [ticket.code]
    [reported] = sections["Segnalazioni di manutenzione"]
    assert reported["Segnalata da"].startswith(f"nucleo {household.code}")
    assert reported["Commenti"][0].endswith("Parlato con Giulia Colombo, passa il tecnico")
    assert [(b["Titolo"], b["Richiedente"]) for b in
            sections["Prenotazioni degli spazi comuni"]] == [("Compleanno di Luca",
                                                              "Colombo Giulia")]
    assert [(r["Voce"], r["Descrizione"], r["Data"], r["Nucleo"], r["Dettaglio"])
            for r in sections["Vita di comunità"]] == [
        ("Gruppo", "Orto condiviso", "2026-11-25", "", "referente"),
        ("Evento", "Festa d'estate", "2018-07-01", "", "Cortile"),
        ("Regolamento accettato", "Regolamento (v. 1)", "2015-01-10", household.code, ""),
        ("Turno", "Pulizia scale", "2019-05-01", household.code,
         "Saltato, Giulia Colombo malata, chiamare 333 1234567")]
    [case] = sections["Accompagnamento sociale: cartelle"]
    assert (case["Nucleo"], case["Aperta il"], case["Chiusa il"], case["Fase attuale"]) == (
        household.code, "2018-03-01", "2019-06-01", "Chiuso")
    assert case["Assistente sociale"] == ["Giulia Ferri"] and case["Annotazioni nel diario"] == 1
    [referral] = sections["Accompagnamento sociale: invii ai servizi"]
    assert (referral["Servizio"], referral["Consenso dato il"], referral["Consenso di"]) == (
        "CAF Acli", "2018-03-05", "Giulia Colombo")
    assert "assistente sociale" in data["note_alle_sezioni"]["Accompagnamento sociale: cartelle"]
    assert SECRET_NOTE not in raw and "finanziaria" not in raw
    assert list(sections)[-1] == "Registro delle operazioni"
    assert {"ticket.create", "case.open"} <= {e["Operazione"] for e in
                                                sections["Registro delle operazioni"]}
    text = " ".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert ticket.code in text and "Orto condiviso" in text and "CAF Acli" in text
    assert "tramite" in text and "finanziaria" not in text


def test_retention_preview_shows_what_other_areas_hold(admin_ctx, ctx, world):
    household, _giulia, _ticket = world
    left(ctx, household.id)
    [candidate] = privacy.preview(admin_ctx)[1]
    held = " | ".join(candidate.also_held)
    assert "1 segnalazione di manutenzione" in held and "1 prenotazione" in held
    assert "4 presenze in gruppi, eventi o turni" in held
    assert "1 cartella sociale chiusa (da proporre per lo scarto)" in held


def test_anonymising_blanks_names_in_other_areas_and_keeps_counts(admin_ctx, ctx, world):
    household, giulia, ticket = world
    left(ctx, household.id)
    with ctx.store.read() as session:
        before = [session.scalar(select(func.count()).select_from(m))
                  for m in COUNTED]
    assert privacy.anonymise(admin_ctx, [household.id]) == 1
    with ctx.store.read() as session:
        after = [session.scalar(select(func.count()).select_from(m))
                 for m in COUNTED]
        t = session.get(Ticket, ticket.id)
        texts = [t.reporter_name, t.description] + list(session.scalars(
            select(TicketEvent.note).where(TicketEvent.ticket_id == t.id))) + list(
            session.scalars(select(TicketAppointment.note)))
        series = {s.title: s for s in session.scalars(select(BookingSeries))}
        assert (t.reporter_household_id, t.opened_on, t.status) == (
            household.id, ticket.opened_on, ticket.status)
        description = t.description
        assert session.scalar(select(RotaTurn.note)) == f"{REDACTED} malata, chiamare {REDACTED}"
        assert description == f"Chiamare la sig.ra {REDACTED} al {REDACTED} prima di salire"
        assert series["Compleanno di Luca"].requester == f"Anonimo ({household.code})"
        assert series["Merenda"].requester == "Rossi Anna"  # somebody else's booking
        assert session.scalar(select(CaseNote.body)) == SECRET_NOTE  # the case file is kept
    assert before == after
    dump = " ".join(texts)
    for secret in ("Colombo", "Giulia", "333", "1234567"):
        assert secret not in dump
    report = privacy.build_report(admin_ctx, giulia).as_json()["sezioni"]
    assert report["Vita di comunità"][0]["Descrizione"] == "Orto condiviso"
    assert report["Dati anagrafici"][0]["Cognome"] == "Anonimo"
    # Idempotent: a second confirmation changes nothing in any area.
    assert privacy.anonymise(admin_ctx, [household.id]) == 0
    with ctx.store.read() as session:
        assert session.get(Ticket, ticket.id).description == description
        assert session.scalar(select(BookingSeries.requester).where(
            BookingSeries.title == "Compleanno di Luca")) == f"Anonimo ({household.code})"


def test_identity_finds_names_in_either_order_and_phones_however_spaced():
    identity = Identity((("Giulia", "Colombo"),), ("3331234567",), ("g.colombo@example.it",))
    assert identity.matches("COLOMBO  giulia") and identity.matches("tel 333-123 45 67")
    assert identity.matches("scrivere a G.Colombo@example.it")
    assert not identity.matches("Colombo Anna") and not identity.matches("")
    assert identity.scrub("Giulia Colombo (333 1234567), figlia della Colombo") == \
        f"{REDACTED} ({REDACTED}), figlia della {REDACTED}"
    assert identity.scrub("la Colombo", surnames=False) == "la Colombo"
