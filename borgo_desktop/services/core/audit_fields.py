"""Italian names of the fields the audit trail lists («Campi modificati»): the column names
the services record (``changed_fields``) as an office worker calls them. A name not listed
reads as itself, so a field added later is still shown, only less kindly."""

from __future__ import annotations

from typing import Callable

FIELDS: dict[str, str] = {
    # people and households
    "surname": "cognome", "given_name": "nome", "tax_code": "codice fiscale",
    "birth_date": "data di nascita", "birth_place": "luogo di nascita", "sex": "sesso",
    "citizenship": "cittadinanza", "employment": "condizione lavorativa",
    "education": "titolo di studio", "has_disability": "disabilità", "phone": "telefono",
    "email": "e-mail", "preferred_language": "lingua preferita", "notes": "note",
    "reference_person_id": "intestatario", "target_category_id": "categoria del piano",
    "vulnerabilities": "vulnerabilità", "needs_accessible_unit": "serve alloggio accessibile",
    "isee_cents": "ISEE", "isee_expires_on": "scadenza ISEE", "dsu_protocol": "protocollo DSU",
    "privacy_consent_on": "consenso privacy", "contact_consent_on": "consenso contatti",
    "photo_consent_on": "consenso foto", "status": "stato", "status_on": "data dello stato",
    "stage": "fase",
    # estate
    "code": "codice", "name": "nome", "address": "indirizzo", "cap": "CAP", "city": "comune",
    "municipio": "Municipio", "staircase": "scala", "floor": "piano", "number": "interno",
    "surface_m2": "superficie", "rooms": "locali", "accessible": "accessibile",
    "regime": "regime", "rent_model": "modello di canone", "rent_rate_cents": "tariffa",
    "cadastral_sheet": "foglio catastale", "cadastral_parcel": "particella catastale",
    "cadastral_sub": "subalterno", "retired_on": "data di dismissione",
    "building_id": "edificio", "unit_id": "alloggio",
    # shared spaces and bookings
    "purpose": "destinazione", "capacity": "capienza", "equipment": "dotazioni",
    "opening_hours": "orari di apertura", "bookable_by": "chi può prenotare",
    "rules": "regole d'uso", "keys_needed": "servono le chiavi", "key_holder": "chi ha le chiavi",
    "needs_approval": "serve l'approvazione", "bookable": "prenotabile",
    "space_id": "spazio", "common_space_id": "spazio comune", "series_id": "serie",
    "starts_at": "inizio", "ends_at": "fine", "actual_attendance": "partecipanti effettivi",
    "key_given_to": "chiavi consegnate a", "key_given_at": "consegna delle chiavi",
    "key_returned_at": "restituzione delle chiavi", "cancel_reason": "motivo dell'annullamento",
    # maintenance
    "category_id": "categoria", "summary": "oggetto", "description": "descrizione",
    "priority": "priorità", "channel": "canale", "system": "impianto", "place": "luogo",
    "reporter_name": "chi segnala", "reporter_household_id": "nucleo che segnala",
    "reporter_person_id": "persona che segnala", "contractor_id": "ditta",
    "assignee_name": "tecnico", "due_on": "scadenza", "opened_on": "data di apertura",
    "resolved_on": "data di risoluzione", "closed_on": "data di chiusura",
    "wait_reason": "motivo dell'attesa", "cost_bearer": "a carico di",
    "estimated_cost_cents": "costo stimato", "actual_cost_cents": "costo effettivo",
    "feedback_rating": "giudizio", "feedback_note": "commento", "reopen_count": "riaperture",
    "trade": "settore", "contact_person": "referente", "contract_ref": "contratto",
    "label": "nome", "active": "attiva", "sort_order": "ordine", "resolution_days": "giorni",
    "plan_id": "piano", "plan_period": "periodicità", "quota": "quota",
    # community, cases, accounts
    "title": "titolo", "audience": "destinatari", "held_on": "data", "group_id": "gruppo",
    "partners": "partner", "other_participants": "altri partecipanti", "outcome": "esito",
    "reason": "motivo", "case_id": "cartella", "service_name": "servizio",
    "directory_service_id": "servizio del quartiere", "sent_on": "data di invio",
    "consent_by": "consenso dato da", "consent_on": "data del consenso",
    "agreed_on": "data della firma", "referent": "referente", "revoked_on": "data della revoca",
    "role": "ruolo", "password_hash": "password",
}


def _same(text: str) -> str:
    return text


def field_label(name: str, translate: Callable[[str], str] = _same) -> str:
    return translate(FIELDS[name]) if name in FIELDS else name


def words() -> list[str]:
    return sorted(set(FIELDS.values()))
