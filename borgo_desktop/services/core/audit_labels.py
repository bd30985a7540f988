"""Italian names of the audit trail's action codes, for the audit window, exports and prints.

Codes are "entity.verb" ("household.update"), a few are single words ("permission_denied").
A code listed in ACTIONS has a name of its own; any other "entity.verb" is named from its
parts ("Segnalazione: chiusura"), so a code added by a new area still reads as Italian.
``translate`` lets the window pass the words through its translator ("Vocabulary" context).
"""

from __future__ import annotations

from typing import Callable

ACTIONS: dict[str, str] = {
    "permission_denied": "Operazione negata dal ruolo",
    "household.view": "Apertura scheda nucleo",
    "person.view": "Apertura scheda persona",
    "household.create": "Nuovo nucleo",
    "household.update": "Modifica nucleo",
    "person.update": "Modifica persona",
    "member.add": "Aggiunta di un componente",
    "member.leave": "Uscita dal nucleo",
    "member.move": "Passaggio ad altro nucleo",
    "household.leave": "Uscita del nucleo dal progetto",
    "consent.give": "Consenso registrato",
    "consent.withdraw": "Consenso revocato",
    "privacy.access_report": "Rapporto di accesso ai dati di una persona",
    "privacy.retention_preview": "Anteprima della conservazione dei dati",
    "privacy.anonymise": "Anonimizzazione di nuclei usciti",
    "setting.update": "Impostazione modificata",
    "report.indicator_saved": "Indicatore per il Comune salvato",
    "report.indicator_restored": "Indicatore per il Comune riportato al predefinito",
    "report.indicators_imported": "Elenco degli indicatori del Comune importato",
    "report.package": "Pacchetto per il Comune preparato e inviato",
    "report.reopen": "Periodo inviato al Comune riaperto",
    "report.monthly": "Rapporto mensile stampato",
    "report.pseudonym_key": "Chiave dei pseudonimi creata",
    "report.comune_key": "Chiave pubblica del Comune impostata",
    "esf.entry": "Dati FSE+ all'ingresso",
    "esf.exit": "Esito FSE+ all'uscita",
    "esf.follow": "Esito FSE+ a sei mesi",
    "case.open": "Apertura di una cartella sociale",
    "case.note": "Nota nella cartella sociale",
    "case.amend": "Correzione di una nota",
    "case.assessment": "Valutazione nella cartella sociale",
    "case.plan": "Patto di accompagnamento salvato",
    "case.plan_agreed": "Patto di accompagnamento firmato",
    "case.review": "Verifica del patto",
    "case.referral": "Invio ad altro servizio",
    "case.referral_status": "Esito di un invio",
    "case.stage": "Cambio di fase del percorso",
    "case.assign": "Assegnazione della cartella",
    "case.unassign": "Fine dell'assegnazione della cartella",
    "case.grant": "Accesso concesso alla cartella",
    "building.create": "Nuovo edificio",
    "unit.create": "Nuovo alloggio",
    "unit.update": "Modifica alloggio",
    "unit.retire": "Alloggio dismesso",
    "building.update": "Modifica edificio",
    "building.retire": "Edificio dismesso",
    "space.create": "Nuovo spazio comune",
    "space.update": "Modifica spazio comune",
    "space.retire": "Spazio comune dismesso",
    "import.units": "Importazione di alloggi",
    "lease.create": "Nuovo contratto",
    "movein.complete": "Ingresso nell'alloggio",
    "category.save": "Categoria di assegnazione salvata",
    "allocation.add_candidate": "Inserimento tra i candidati",
    "allocation.propose_unit": "Proposta di un alloggio",
    "allocation.record_visit": "Visita dell'alloggio",
    "allocation.accept_offer": "Offerta accettata",
    "allocation.refuse_offer": "Offerta rifiutata",
    "allocation.reopen_candidate": "Rimesso tra i candidati",
    "allocation.sign_contract": "Firma del contratto",
    "allocation.move_in": "Ingresso registrato",
    "import.households": "Importazione di nuclei",
    "print.household": "Stampa scheda nucleo",
    "account.create": "Nuovo utente",
    "account.enable": "Utente riattivato",
    "account.disable": "Utente disattivato",
    "account.role": "Cambio di ruolo di un utente",
    "account.password_change": "Cambio della propria password",
    "account.password_reset": "Password reimpostata dall'amministratore",
    "login": "Accesso",
    "login_failed": "Accesso non riuscito",
    "logout": "Uscita dal programma",
    "unlock": "Sblocco dello schermo",
    "account.recover": "Nuova password con la chiave di recupero",
    "audit.anchor_key": "Chiave di firma delle ancore creata",
    "keys.rotate": "Cambio della chiave del database",
    "audit.checkpoint": "Stampa foglio di controllo del registro",
    # maintenance
    "ticket.triage": "Segnalazione valutata",
    "ticket.assign": "Segnalazione assegnata",
    "ticket.start": "Lavoro avviato",
    "ticket.wait": "Segnalazione in attesa",
    "ticket.resolve": "Segnalazione risolta",
    "ticket.reopen": "Segnalazione riaperta",
    "ticket.costs": "Costi di una segnalazione",
    "ticket.appointment": "Appuntamento di accesso",
    "ticket.attachment": "Allegato a una segnalazione",
    "print.work_order": "Stampa ordine di lavoro",
    "print.notice": "Stampa avviso agli inquilini",
    "print.maintenance_month": "Stampa rapporto mensile di manutenzione",
    # shared spaces and community
    "booking.use": "Presenze o chiavi di una prenotazione",
    "directory.save": "Servizio del quartiere salvato",
    "selfservice.save": "Servizio autogestito salvato",
    "directory.delete": "Servizio del quartiere eliminato",
    "group.leave": "Uscita da un gruppo",
    "group.member": "Ingresso in un gruppo",
    "plan.save": "Manutenzione programmata salvata",
    "rota.plan": "Turni pianificati",
    "rota.turn": "Turno registrato",
    "rules.acknowledge": "Presa visione delle regole",
    "rules.publish": "Nuova versione delle regole",
    "print.programme": "Stampa programma settimanale",
    "print.rota": "Stampa turni",
    "print.rota_board": "Stampa turni per la bacheca (senza nomi)",
    "print.leaflet": "Stampa volantino dei servizi",
    # communication
    "template.save": "Modello di comunicazione salvato",
    "template.retire": "Modello di comunicazione ritirato",
    "template.restore": "Modello di comunicazione ripristinato",
    "mailing.print": "Stampa di una comunicazione",
    "mailing.email": "Invio per e-mail di una comunicazione",
    "delivery.sent": "Consegna di una comunicazione registrata",
    "delivery.receipt": "Ricevuta di una comunicazione registrata",
    "delivery.returned": "Comunicazione tornata al mittente",
    "comm_plan.create": "Nuova azione del piano di comunicazione",
    "comm_plan.update": "Modifica di un'azione del piano di comunicazione",
    "comm_plan.done": "Azione del piano di comunicazione svolta",
    "comm_plan.cancel": "Azione del piano di comunicazione annullata",
    "print.comm_plan": "Stampa del piano di comunicazione",
    # house rules: violations and guests
    "violation.view": "Apertura di una violazione del regolamento",
    "violation.report": "Violazione del regolamento segnalata",
    "violation.verify": "Violazione verificata",
    "violation.dismiss": "Violazione archiviata",
    "violation.verbal_warning": "Richiamo verbale",
    "violation.written_warning": "Richiamo scritto",
    "violation.formal_notice": "Diffida per violazione del regolamento",
    "violation.resolve": "Violazione risolta",
    "violation.escalate": "Violazione segnalata al Comune",
    "print.violation_letter": "Stampa lettera per una violazione",
    "guest.register": "Ospite registrato",
    "guest.authorise": "Ospitalità autorizzata",
    "guest.renew": "Ospitalità rinnovata",
    "guest.end": "Fine dell'ospitalità",
    # arrears: alerts, the reminder ladder, repayment plans, no-fault assessments
    "arrears.alert": "Allerta di morosità",
    "arrears.alert_seen": "Allerta di morosità vista dall'assistente sociale",
    "arrears.step": "Passaggio del percorso di sollecito",
    "arrears.override": "Passo legale nonostante il sostegno (motivato dal responsabile)",
    "arrears.view": "Consultazione della pratica di morosità",
    "plan.propose": "Piano di rientro proposto",
    "plan.sign": "Piano di rientro firmato",
    "plan.withdraw": "Piano di rientro ritirato",
    "plan.revise": "Piano di rientro rivisto",
    "plan.complete": "Piano di rientro completato",
    "plan.default": "Piano di rientro decaduto",
    "nofault.open": "Valutazione di morosità incolpevole aperta",
    "nofault.update": "Valutazione di morosità incolpevole aggiornata",
    "nofault.decide": "Decisione sulla morosità incolpevole",
    "print.arrears_letter": "Stampa lettera di sollecito",
    "print.repayment_plan": "Stampa piano di rientro",
    "print.receipt": "Stampa ricevuta di pagamento",
    "print.statement": "Stampa estratto conto",
    # accompaniment
    "print.case_pact": "Stampa patto di accompagnamento",
    "print.case_summary": "Stampa sintesi per l'équipe",
    # rent ledger
    "ledger.charge_run": "Addebiti mensili emessi",
    "ledger.charge": "Addebito a un nucleo",
    "ledger.credit_note": "Nota di credito",
    "ledger.reconcile": "Conguaglio delle spese",
    "ledger.balance_view": "Consultazione del saldo di un nucleo",
    "ledger.statement_view": "Consultazione dell'estratto conto",
    "ledger.arrears_view": "Consultazione dell'elenco delle morosità",
    "ledger.rebuild": "Ricalcolo dei saldi",
    "payment.record": "Pagamento registrato allo sportello",
    "payment.reverse": "Storno di un pagamento",
    "payment.import": "Importazione di un estratto conto bancario",
    "payment.assign": "Movimento bancario abbinato a mano",
    "payment.dismiss": "Movimento bancario scartato",
    "payment.iban": "IBAN di pagamento registrato",
    "print.receipt": "Stampa ricevuta di pagamento",
    "print.statement": "Stampa estratto conto",
}

ENTITIES: dict[str, str] = {
    "household": "Nucleo", "person": "Persona", "member": "Componente", "unit": "Alloggio",
    "building": "Edificio", "lease": "Contratto", "category": "Categoria",
    "movein": "Ingresso", "candidacy": "Candidatura", "space": "Spazio comune",
    "booking": "Prenotazione", "ticket": "Segnalazione", "contractor": "Ditta",
    "case": "Cartella sociale", "user": "Utente", "account": "Utente", "password": "Password",
    "backup": "Copia di sicurezza", "audit": "Registro", "settings": "Impostazioni",
    "consent": "Consenso", "retention": "Conservazione dei dati", "login": "Accesso",
    "recovery": "Chiave di recupero", "event": "Evento", "group": "Gruppo",
    "period": "Periodo", "payment": "Pagamento",
    "template": "Modello di comunicazione", "mailing": "Comunicazione",
    "delivery": "Consegna",
    "violation": "Violazione del regolamento", "guest": "Ospite",
}

VERBS: dict[str, str] = {
    "create": "creazione", "add": "aggiunta", "update": "modifica", "save": "salvataggio",
    "view": "apertura", "open": "apertura", "close": "chiusura", "delete": "eliminazione",
    "disable": "disattivazione", "enable": "riattivazione", "deactivate": "disattivazione",
    "activate": "riattivazione", "reset": "reimpostazione", "change": "cambio",
    "role": "cambio di ruolo", "assign": "assegnazione", "approve": "approvazione",
    "reject": "rifiuto", "cancel": "annullamento", "restore": "ripristino",
    "verify": "verifica", "failed": "non riuscito", "ok": "riuscito", "anonymise": "anonimizzazione",
    "grant": "accesso concesso", "revoke": "accesso revocato", "comment": "commento",
}

# "export.households", "print.persons", "import.x": the verb comes first, then a list name.
LIST_VERBS: dict[str, str] = {"export": "Esportazione elenco", "print": "Stampa elenco",
                              "import": "Importazione"}
LISTS: dict[str, str] = {"households": "nuclei", "persons": "persone", "units": "alloggi",
                         "audit": "registro delle operazioni", "tickets": "segnalazioni",
                         "bookings": "prenotazioni", "arrears": "morosità",
                         "violations": "violazioni", "deliveries": "registro delle consegne"}


def _same(text: str) -> str:
    return text


def action_label(code: str, translate: Callable[[str], str] = _same) -> str:
    """The Italian name of an action code ("" stays ""; an unknown code is shown as it is)."""
    if code in ACTIONS:
        return translate(ACTIONS[code])
    head, _, tail = code.partition(".")
    if head in LIST_VERBS and tail:
        return f"{translate(LIST_VERBS[head])} {translate(LISTS.get(tail, tail))}"
    if head in ENTITIES and tail in VERBS:
        return f"{translate(ENTITIES[head])}: {translate(VERBS[tail])}"
    return code


def words() -> list[str]:
    """Every word action_label may translate (the translation tool collects them)."""
    return [*ACTIONS.values(), *ENTITIES.values(), *VERBS.values(), *LIST_VERBS.values(),
            *LISTS.values()]
