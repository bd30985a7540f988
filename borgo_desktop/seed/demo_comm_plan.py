"""The demo's communication plan: what the office told whom in each phase of Cascina
Boldinasco (before the allocation, the move-in, the first year, steady state), with what
material and how many it reached and how many came.

Actions before the reference day are done (with their reach) or were cancelled; the later
ones are planned. Each is created and closed on its own day, like the office did it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from borgo_desktop.models.communication import PlanAudience as A, PlanPhase as P
from borgo_desktop.services.communication.plan import (
    ActionInput, Reach, cancel_action, create_action, mark_done,
)
from borgo_desktop.services.core.context import Context

OFFICE, COOP, SOCIAL = "Ufficio di borgo", "Cooperativa (gestore sociale)", "Assistente sociale"

# phase, audience, title, date, channel, owner, template, material,
# then (reached, came) when done, a reason when cancelled, None while planned.
ACTIONS: tuple[tuple, ...] = (
    (P.PRE_ALLOCATION, A.COMUNE, "Presentazione del progetto alla Direzione Casa",
     date(2025, 12, 3), "Riunione", COOP, "", "Relazione e planimetrie", (12, 9)),
    (P.PRE_ALLOCATION, A.NEIGHBOURHOOD, "Incontro pubblico con il Municipio 8",
     date(2026, 1, 22), "Incontro pubblico", COOP, "", "Presentazione e volantino", (400, 85)),
    (P.PRE_ALLOCATION, A.CITY, "Comunicato sull'apertura del bando",
     date(2026, 2, 2), "Comunicato stampa", COOP, "", "Comunicato e scheda del bando", (14, 0)),
    (P.PRE_ALLOCATION, A.PARTNERS, "Tavolo con le associazioni del quartiere",
     date(2026, 2, 12), "Riunione", OFFICE, "", "Verbale e calendario", (11, 8)),
    (P.PRE_ALLOCATION, A.CITY, "Pagina del bando sul sito e sui social",
     date(2026, 2, 16), "Sito web", COOP, "", "Pagina web e tre post", (5200, 0)),
    (P.PRE_ALLOCATION, A.RESIDENTS, "Sportello informativo per i candidati",
     date(2026, 3, 5), "Porta a porta", OFFICE, "", "Scheda dei requisiti", (140, 96)),
    (P.MOVE_IN, A.RESIDENTS, "Lettera di benvenuto ai primi nuclei",
     date(2026, 4, 8), "Lettera ai nuclei", OFFICE, "BENVENUTO", "", (14, 0)),
    (P.MOVE_IN, A.RESIDENTS, "Consegna delle chiavi e visita della cascina",
     date(2026, 4, 15), "Incontro", OFFICE, "", "Kit di benvenuto", (14, 13)),
    (P.MOVE_IN, A.RESIDENTS, "Scheda sulla raccolta differenziata",
     date(2026, 5, 4), "Avviso in bacheca", OFFICE, "DIFFERENZIATA", "", (30, 0)),
    (P.MOVE_IN, A.NEIGHBOURHOOD, "Porte aperte in cascina per il quartiere",
     date(2026, 5, 23), "Locandina", COOP, "", "Locandine nei negozi di via De Lemene",
     (250, 120)),
    (P.MOVE_IN, A.COMUNE, "Resoconto degli ingressi al Comune",
     date(2026, 7, 10), "Relazione", COOP, "", "Relazione trimestrale", (3, 0)),
    (P.MOVE_IN, A.PARTNERS, "Presentazione del doposcuola alle famiglie",
     date(2026, 6, 18), "Riunione", SOCIAL, "", "Volantino del doposcuola",
     "La scuola ha chiesto di spostarla a settembre: vedi l'azione del primo anno."),
    (P.FIRST_YEAR, A.RESIDENTS, "Prima assemblea degli abitanti",
     date(2026, 9, 24), "Assemblea", OFFICE, "ASSEMBLEA", "Ordine del giorno", (32, 21)),
    (P.FIRST_YEAR, A.PARTNERS, "Doposcuola: incontro con la scuola e le famiglie",
     date(2026, 9, 30), "Riunione", SOCIAL, "", "Volantino del doposcuola", (18, 15)),
    (P.FIRST_YEAR, A.RESIDENTS, "Festa d'autunno in cascina",
     date(2026, 10, 17), "Locandina", COOP, "FESTA-A3", "", (120, 64)),
    (P.FIRST_YEAR, A.RESIDENTS, "Questionario sui primi sei mesi",
     date(2026, 11, 9), "Porta a porta", OFFICE, "", "Questionario di due pagine", None),
    (P.FIRST_YEAR, A.NEIGHBOURHOOD, "Articolo sul giornale di quartiere",
     date(2026, 12, 1), "Comunicato stampa", COOP, "", "Articolo e foto della festa", None),
    (P.FIRST_YEAR, A.RESIDENTS, "Seconda assemblea: turni e regole della sala",
     date(2027, 1, 21), "Assemblea", OFFICE, "ASSEMBLEA", "", None),
    (P.FIRST_YEAR, A.COMUNE, "Relazione sul primo anno alla Direzione Casa",
     date(2027, 4, 15), "Relazione", COOP, "", "Relazione annuale e indicatori", None),
    (P.STEADY, A.RESIDENTS, "Manuale dell'abitante aggiornato",
     date(2027, 6, 1), "Lettera ai nuclei", OFFICE, "", "Manuale dell'abitante", None),
    (P.STEADY, A.CITY, "Giornata dell'abitare collaborativo",
     date(2027, 9, 25), "Incontro pubblico", COOP, "", "Locandina e programma", None),
    (P.STEADY, A.PARTNERS, "Tavolo annuale con le associazioni",
     date(2027, 10, 14), "Riunione", OFFICE, "", "Calendario delle attività", None),
)


def build_comm_plan(on_day: Callable[[date], Context], reference_day: date) -> None:
    """The plan's actions; ``on_day`` gives the demo's context on a given day."""
    for phase, audience, title, day, channel, owner, template, material, outcome in ACTIONS:
        created_on = min(day, reference_day)
        action = create_action(on_day(created_on), ActionInput(
            phase, audience, title, day, channel, owner, template_code=template,
            material=material))
        if isinstance(outcome, tuple):
            mark_done(on_day(day), action.id, Reach(*outcome))
        elif isinstance(outcome, str):
            cancel_action(on_day(day), action.id, outcome)
