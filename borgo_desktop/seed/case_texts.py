"""Words of the demo and city case files: notes, goals, actions, services (no clinical detail,
as the office writes them)."""

from __future__ import annotations

import random

from borgo_desktop.models.casework import ActionOwner, NoteKind, ReferralReason

OPENINGS = {
    NoteKind.OFFICE_MEETING: ("Colloquio in ufficio con {who}.", "Incontro allo sportello con {who}."),
    NoteKind.HOME_VISIT: ("Visita domiciliare: presenti {who}.", "Visita a casa, ci accoglie {who}."),
    NoteKind.PHONE_CALL: ("Telefonata con {who}.", "Sentito/a {who} al telefono."),
    NoteKind.TEAM_MEETING: ("Riunione d'équipe sul nucleo.", "Confronto in équipe con il servizio sociale."),
    NoteKind.NOTE: ("Annotazione.", "Promemoria per il prossimo incontro."),
}
FACTS = (
    "La casa è in ordine; il riscaldamento funziona dopo l'intervento della manutenzione.",
    "Riferisce difficoltà a pagare le bollette della luce degli ultimi due mesi.",
    "Ha consegnato la nuova DSU per l'ISEE; la pratica è in corso al CAF.",
    "Il figlio maggiore frequenta con regolarità la scuola media del quartiere.",
    "Sta cercando lavoro come addetta alle pulizie; ha un colloquio la prossima settimana.",
    "Concordato un piano di rientro per le spese condominiali arretrate.",
    "Partecipa al gruppo di cucito del martedì nella sala comune.",
    "Chiede aiuto per la domanda di assegno unico e per il bonus affitto.",
    "Il contratto a termine scade a fine mese; valutiamo insieme i corsi del centro per l'impiego.",
    "I vicini di pianerottolo si offrono di accompagnarla alle visite.",
    "Iscritto al corso di italiano L2 della scuola serale di via Quarenghi.",
    "Ricevuto il pacco alimentare dell'emporio solidale.",
    "Il permesso di soggiorno va rinnovato entro tre mesi: fissato appuntamento in Questura.",
    "Pagato l'affitto di questo mese; resta da saldare una mensilità arretrata.",
    "Il nucleo partecipa alla festa di cortile e si offre per i turni del verde.",
)
CLOSINGS = (
    "Prossimo incontro tra due settimane.", "Ci risentiamo dopo il colloquio di lavoro.",
    "Da verificare alla prossima visita.", "Nessuna urgenza.", "Aggiornare il patto a gennaio.",
)
GOALS = (
    ("Mettersi in regola con l'affitto", "Nessuna mensilità arretrata per tre mesi"),
    ("Trovare un lavoro stabile", "Contratto di almeno sei mesi"),
    ("Rinnovare i documenti", "Permesso di soggiorno rinnovato"),
    ("Gestire il bilancio familiare", "Bollette pagate entro la scadenza"),
    ("Imparare l'italiano", "Livello A2 certificato"),
    ("Partecipare alla vita del borgo", "Un turno al mese nella sala comune"),
    ("Accedere alle misure di sostegno", "Domanda di assegno unico accolta"),
)
ACTIONS = (
    ("Domanda di ISEE al CAF", ActionOwner.HOUSEHOLD, ""),
    ("Iscrizione al centro per l'impiego", ActionOwner.HOUSEHOLD, ""),
    ("Accompagnamento all'ufficio anagrafe", ActionOwner.WORKER, ""),
    ("Colloquio di orientamento", ActionOwner.SERVICE, "Centro per l'impiego di Milano"),
    ("Consulenza sul debito", ActionOwner.SERVICE, "Sportello di educazione finanziaria"),
)
SERVICES = (
    ("CAF CISL di via Tracia", ReferralReason.TAX),
    ("Centro per l'impiego di Milano", ReferralReason.WORK),
    ("Servizio Sociale Professionale Territoriale del Municipio 8", ReferralReason.FAMILY),
    ("Sportello legale gratuito del Municipio 8", ReferralReason.LEGAL),
    ("Emporio solidale di Quarto Oggiaro", ReferralReason.INCOME),
    ("Casa di comunità di via Ippocrate", ReferralReason.HEALTH_ACCESS),
    ("Scuola di italiano Penny Wirton", ReferralReason.EDUCATION),
)


def note_body(rng: random.Random, kind: NoteKind, who: str) -> str:
    facts = rng.sample(FACTS, rng.randint(1, 3))
    return " ".join([rng.choice(OPENINGS[kind]).format(who=who), *facts, rng.choice(CLOSINGS)])
