"""Access-report sections for the areas after the registry: maintenance tickets, bookings of
the common spaces, community life and social accompaniment.

Registered here (imported by the package), so no other area's service changes. The case
files section gives dates, stage, workers and referrals with their consent, never the
content of notes, assessments or plans: the administrator running the report has no
CASE_READ, and that content reaches the person through the assigned social worker.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.formatting import fmt_instant
from borgo_desktop.models import (
    Assessment, Building, Case, CaseNote, CaseWorker, CommonSpace, CommunityEvent,
    CommunityGroup, EventParticipant, GroupMember, Household, HouseRules, Person, Referral,
    RotaTurn, RulesAcknowledgement, SelfService, SupportPlan, TicketAppointment, TicketEvent,
    Unit,
)
from borgo_desktop.models.tickets import EventKind
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.privacy import holdings
from borgo_desktop.services.privacy.access import (
    household_ids, register_collector, register_related_ids,
)
from borgo_desktop.services.privacy.identity import Identity
from borgo_desktop.services.core.recurrence import describe_rule

CASE_NOTE = ("Il contenuto delle annotazioni del diario, delle valutazioni e del patto "
             "(obiettivi, azioni, verifiche) è riservato: viene consegnato alla persona tramite "
             "l'assistente sociale assegnato al percorso, che lo illustra in un colloquio. "
             "Qui sono riportati le date, la fase, chi segue il percorso e gli invii ai servizi "
             "con il consenso dato.")
REFERRAL_NOTE = ("Il motivo dell'invio è indicato per categoria; l'esito e il contenuto del "
                 "percorso sono consegnati tramite l'assistente sociale assegnato.")
BOOKING_NOTE = ("Le prenotazioni non sono collegate alla scheda della persona: sono elencate "
                "quelle in cui compare il suo nome, telefono o e-mail.")


def _codes(session: Session, model, ids) -> dict[uuid.UUID, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(session.execute(select(model.id, model.code).where(model.id.in_(ids))).all())


def _tickets(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        person = session.get(Person, person_id)
        households = household_ids(session, person_id)
        found = holdings.tickets(session, [person_id], households, Identity.of([person]))
        units = _codes(session, Unit, (t.unit_id for t in found))
        buildings = _codes(session, Building, (t.building_id for t in found))
        spaces = _codes(session, CommonSpace, (t.common_space_id for t in found))
        nuclei = _codes(session, Household, (t.reporter_household_id for t in found))
        ids = [t.id for t in found]
        comments = _by_ticket(session.execute(
            select(TicketEvent.ticket_id, TicketEvent.happened_at, TicketEvent.note).where(
                TicketEvent.ticket_id.in_(ids), TicketEvent.kind == EventKind.COMMENT)
            .order_by(TicketEvent.happened_at)))
        visits = _by_ticket(session.execute(
            select(TicketAppointment.ticket_id, TicketAppointment.starts_at,
                   TicketAppointment.note).where(TicketAppointment.ticket_id.in_(ids))
            .order_by(TicketAppointment.starts_at)))
        return [{"Codice": t.code, "Aperta il": t.opened_on,
                 "Luogo": units.get(t.unit_id) or spaces.get(t.common_space_id)
                 or " ".join(filter(None, (buildings.get(t.building_id), t.system))),
                 "Oggetto": t.summary, "Descrizione": t.description,
                 "Segnalata da": _reporter(t, person_id, nuclei),
                 "Canale": t.channel, "Stato": t.status, "Chiusa il": t.closed_on,
                 "Valutazione data": t.feedback_rating, "Commento alla chiusura": t.feedback_note,
                 "Appuntamenti": visits.get(t.id, []), "Commenti": comments.get(t.id, [])}
                for t in found]


def _by_ticket(rows) -> dict[uuid.UUID, list[str]]:
    """(ticket, instant, note) rows as "25/11/2026 10:00 note" lines per ticket."""
    found: dict[uuid.UUID, list[str]] = {}
    for ticket_id, at, note in rows:
        found.setdefault(ticket_id, []).append(" ".join(filter(None, (fmt_instant(at), note))))
    return found


def _reporter(ticket, person_id: uuid.UUID, nuclei: dict) -> str:
    parts = ["la persona" if ticket.reporter_person_id == person_id else "",
             f"nucleo {nuclei[ticket.reporter_household_id]}"
             if ticket.reporter_household_id in nuclei else "", ticket.reporter_name]
    return ", ".join(p for p in parts if p)


def _local(text: str) -> str:
    return f"{datetime.fromisoformat(text):%d/%m/%Y %H:%M}" if text else ""


def _bookings(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        identity = Identity.of([session.get(Person, person_id)])
        series = holdings.booking_series(session, identity)
        keys = holdings.key_handovers(session, identity)
        names = dict(session.execute(select(CommonSpace.id, CommonSpace.name).where(
            CommonSpace.id.in_({s.space_id for s in series} | {b.space_id for b in keys}))).all())
        rows = [{"Voce": "Prenotazione", "Spazio": names.get(s.space_id), "Titolo": s.title,
                 "Quando": f"{_local(s.local_start)}, {describe_rule(s.rrule)}",
                 "Richiedente": s.requester, "Recapito": s.contact, "Stato": s.status}
                for s in series]
        return rows + [{"Voce": "Ritiro delle chiavi", "Spazio": names.get(b.space_id),
                        "Titolo": b.series.title, "Quando": b.key_given_at,
                        "Richiedente": b.key_given_to, "Recapito": "", "Stato": b.status}
                       for b in keys]


def _community(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        households = household_ids(session, person_id)
        codes = _codes(session, Household, households)
        groups = session.execute(select(GroupMember, CommunityGroup.name).join(
            CommunityGroup, GroupMember.group_id == CommunityGroup.id)
            .where(GroupMember.person_id == person_id).order_by(GroupMember.joined_on)).all()
        events = session.execute(select(CommunityEvent).join(
            EventParticipant, EventParticipant.event_id == CommunityEvent.id)
            .where(EventParticipant.person_id == person_id).order_by(CommunityEvent.held_on))
        rules = session.execute(select(RulesAcknowledgement, HouseRules).join(
            HouseRules, RulesAcknowledgement.rules_id == HouseRules.id)
            .where(RulesAcknowledgement.household_id.in_(households))
            .order_by(RulesAcknowledgement.acknowledged_on)).all()
        turns = session.execute(select(RotaTurn, SelfService.name).join(
            SelfService, RotaTurn.service_id == SelfService.id)
            .where(RotaTurn.household_id.in_(households)).order_by(RotaTurn.due_on)).all()
        rows = [{"Voce": "Gruppo", "Descrizione": name, "Data": m.joined_on, "Nucleo": "",
                 "Dettaglio": "referente" if m.referent else "partecipante"} for m, name in groups]
        rows += [{"Voce": "Evento", "Descrizione": e.title, "Data": e.held_on, "Nucleo": "",
                  "Dettaglio": e.place} for e in events.scalars()]
        rows += [{"Voce": "Regolamento accettato", "Descrizione": f"{r.title} (v. {r.version})",
                  "Data": a.acknowledged_on, "Nucleo": codes.get(a.household_id),
                  "Dettaglio": ""} for a, r in rules]
        return rows + [{"Voce": "Turno", "Descrizione": name, "Data": t.due_on,
                        "Nucleo": codes.get(t.household_id),
                        "Dettaglio": ", ".join(filter(None, (t.status.label, t.note)))}
                       for t, name in turns]


def _count_by_case(session: Session, model, case_ids) -> dict[uuid.UUID, int]:
    return dict(session.execute(select(model.case_id, func.count()).where(
        model.case_id.in_(case_ids)).group_by(model.case_id)).all())


def _cases(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        households = household_ids(session, person_id)
        found = holdings.cases(session, households)
        ids = [c.id for c in found]
        codes = _codes(session, Household, households)
        workers: dict[uuid.UUID, list[str]] = {}
        for w in session.scalars(select(CaseWorker).where(CaseWorker.case_id.in_(ids))
                                 .order_by(CaseWorker.assigned_on)):
            current = "" if w.removed_on is None else " (fino al " \
                f"{w.removed_on:%d/%m/%Y})"
            workers.setdefault(w.case_id, []).append(f"{w.display_name or w.username}{current}")
        notes = _count_by_case(session, CaseNote, ids)
        assessments = _count_by_case(session, Assessment, ids)
        plans = _count_by_case(session, SupportPlan, ids)
        return [{"Nucleo": codes.get(c.household_id), "Aperta il": c.opened_on,
                 "Origine": c.origin, "Fase attuale": c.stage,
                 "Primo colloquio il": c.first_meeting_on, "Patto sottoscritto il":
                 c.pact_agreed_on, "Prossima verifica": c.next_review_due,
                 "Chiusa il": c.closed_on, "Motivo della chiusura": c.close_reason,
                 "Assistente sociale": workers.get(c.id, []),
                 "Annotazioni nel diario": notes.get(c.id, 0),
                 "Valutazioni": assessments.get(c.id, 0), "Patti": plans.get(c.id, 0)}
                for c in found]


def _referrals(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        households = household_ids(session, person_id)
        rows = session.execute(select(Referral, Household.code)
                               .join(Case, Referral.case_id == Case.id)
                               .join(Household, Case.household_id == Household.id)
                               .where(Case.household_id.in_(households))
                               .order_by(Referral.sent_on)).all()
        return [{"Nucleo": code, "Servizio": r.service_name, "Motivo": r.reason,
                 "Consenso dato il": r.consent_on, "Consenso di": r.consent_by,
                 "Inviato il": r.sent_on, "Stato": r.status} for r, code in rows]


def _related(session: Session, person_id: uuid.UUID, households: list[uuid.UUID]):
    """Audit entries about the person's tickets, bookings and case files."""
    identity = Identity.of([session.get(Person, person_id)])
    yield from (t.id for t in holdings.tickets(session, [person_id], households, identity))
    yield from (s.id for s in holdings.booking_series(session, identity))
    yield from (c.id for c in holdings.cases(session, households))


register_collector("Segnalazioni di manutenzione", _tickets)
register_collector("Prenotazioni degli spazi comuni", _bookings, BOOKING_NOTE)
register_collector("Vita di comunità", _community)
register_collector("Accompagnamento sociale: cartelle", _cases, CASE_NOTE)
register_collector("Accompagnamento sociale: invii ai servizi", _referrals, REFERRAL_NOTE)
register_related_ids(_related)
