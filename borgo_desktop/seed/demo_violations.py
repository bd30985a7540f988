"""The demo's house-rule violations and guests, each step on its own day through the services:
one settled by mediation, one written warning, one formal notice still running, one
escalated to the Comune, one awaiting verification, one dismissed; three guests (one
authorised, one to authorise, one past the period allowed)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from sqlalchemy import select

from borgo_desktop.models import Household
from borgo_desktop.models.enums import HouseholdStatus
from borgo_desktop.models.violations import GuestRelation, ViolationOutcome
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.violations import guests, workflow
from borgo_desktop.services.violations.workflow import StepInput, ViolationInput

# (household index, category, article, occurred, reported by, what, steps: (day, step, note,
# outcome))
STORIES = (
    (1, "noise", 1, date(2026, 10, 3), "Vicini del civico 55, scala B",
     "Musica ad alto volume e schiamazzi dopo mezzanotte, sabato 3 ottobre.",
     ((date(2026, 10, 5), "verify", "Confermato da due famiglie e dal custode.", None),
      (date(2026, 10, 6), "verbal_warning", "Colloquio in ufficio con l'intestatario: si "
       "scusa, era una festa di compleanno.", None),
      (date(2026, 10, 20), "resolve", "Incontro di mediazione con i vicini: concordato "
       "di avvisare prima delle feste e di chiudere alle 23.", ViolationOutcome.MEDIATION))),
    (2, "common_areas", 4, date(2026, 11, 2), "Custode del civico 51",
     "Due biciclette e un passeggino lasciati in modo stabile sul pianerottolo del secondo "
     "piano, davanti all'uscita di sicurezza.",
     ((date(2026, 11, 3), "verify", "Sopralluogo del custode con foto.", None),
      (date(2026, 11, 5), "written_warning", "Richiesto di usare il deposito biciclette.",
       None))),
    (5, "waste", 3, date(2026, 9, 14), "Gruppo orto condiviso",
     "Sacchi di rifiuti indifferenziati lasciati più volte accanto ai cassonetti della "
     "carta, nel cortile del civico 59.",
     ((date(2026, 9, 16), "verify", "Riconosciuti dai documenti nei sacchi.", None),
      (date(2026, 9, 18), "verbal_warning", "Spiegata la raccolta differenziata, consegnato "
       "il calendario AMSA.", None),
      (date(2026, 10, 12), "written_warning", "Il fatto si è ripetuto il 10 ottobre.", None),
      (date(2026, 11, 10), "formal_notice", "Terza segnalazione in due mesi.", None))),
    (7, "damage", None, date(2026, 8, 28), "Ufficio di borgo",
     "Porta della lavanderia comune forzata e serratura rotta; il danno non è stato "
     "riparato né rimborsato.",
     ((date(2026, 8, 31), "verify", "Perizia del tecnico: 240 euro di danno.", None),
      (date(2026, 9, 2), "formal_notice", "Richiesto il rimborso o la riparazione.", None),
      (date(2026, 10, 5), "escalate", "Nessuna risposta alla diffida: trasmessa al Comune "
       "con la perizia.", None))),
    (9, "occupants", None, date(2026, 11, 16), "Segnalazione anonima alla portineria",
     "Da alcune settimane nell'alloggio vive stabilmente una persona non registrata.",
     ()),
    (3, "animals", None, date(2026, 10, 22), "Vicina del piano terra",
     "Cane lasciato solo in balcone che abbaia per ore.",
     ((date(2026, 10, 27), "dismiss", "Sopralluogo: il cane era di un ospite per due giorni, "
       "ora non c'è più.", None),)),
)


def _households(ctx: Context) -> list:
    with ctx.store.read() as session:
        return list(session.scalars(select(Household.id).where(
            Household.status == HouseholdStatus.RESIDENT).order_by(Household.code)))


def build_violations(on_day: Callable[[date], Context], today: date) -> None:
    """Called once by seed/demo.py build_demo, after the house rules were acknowledged."""
    ctx = on_day(today)
    households = _households(ctx)
    if len(households) < 10:
        return
    for index, category, article, occurred, by, what, steps in STORIES:
        household = households[index]
        reported = occurred + timedelta(days=1)
        violation = workflow.report(on_day(reported), ViolationInput(
            household, category, occurred, by, what, article))
        for day, step, note, outcome in steps:
            workflow.advance(on_day(day), violation, step, StepInput(note, outcome=outcome))
    stays = (
        (households[4], "Rosa Esposito", GuestRelation.PARENT_OR_CHILD, date(2026, 9, 1),
         date(2027, 2, 28), True, "Madre dell'intestataria, dopo un ricovero."),
        (households[6], "Karim Benali", GuestRelation.OTHER_RELATIVE, date(2026, 11, 10),
         date(2027, 1, 10), False, "Cugino, in attesa di un alloggio per lavoro."),
        (households[8], "Luca Sala", GuestRelation.OTHER, date(2026, 5, 1),
         date(2026, 10, 31), True, "Amico del figlio, per il periodo di tirocinio."),
    )
    for household, name, relation, start, until, authorised, note in stays:
        stay = guests.register_guest(on_day(start), guests.GuestInput(
            household, name, relation, start, until, note=note))
        if authorised:
            guests.authorise_stay(on_day(start + timedelta(days=3)), stay)
