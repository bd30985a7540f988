"""The labelled vocabularies of casework (stages, notes, dimensions, referrals, duties).

Apart from the tables of models/casework.py so that a printed document (reports/) can name
them without importing the ORM.
"""

from __future__ import annotations

from borgo_desktop.models.enums import Labelled


class CaseStage(Labelled):
    REFERRAL = "referral"
    FIRST_MEETING = "first_meeting"
    ANALYSIS = "analysis"
    ASSESSMENT = "assessment"
    PLAN_AGREED = "plan_agreed"
    ACTIVE = "active"
    REVIEW = "review"
    CLOSED = "closed"
    FOLLOWED_UP = "followed_up"

    @classmethod
    def _labels(cls):
        return {"referral": "Segnalazione", "first_meeting": "Primo colloquio",
                "analysis": "Analisi preliminare", "assessment": "Valutazione multidimensionale",
                "plan_agreed": "Patto sottoscritto", "active": "Percorso attivo",
                "review": "In verifica", "closed": "Chiuso",
                "followed_up": "Verifica a 6 mesi fatta"}


class CaseOrigin(Labelled):
    COMUNE = "comune"
    OFFICE = "office"
    ARREARS = "arrears"
    RULE = "rule"
    OWN_REQUEST = "own_request"

    @classmethod
    def _labels(cls):
        return {"comune": "Invio del Comune", "office": "Segnalazione dell'ufficio",
                "arrears": "Allerta morosità", "rule": "Allerta regolamento",
                "own_request": "Richiesta del nucleo"}


class CloseReason(Labelled):
    GOALS_MET = "goals_met"
    HANDED_OVER = "handed_over"
    DROPPED_OUT = "dropped_out"
    MOVED_OUT = "moved_out"

    @classmethod
    def _labels(cls):
        return {"goals_met": "Obiettivi raggiunti", "handed_over": "Affidato ai servizi",
                "dropped_out": "Interrotto dal nucleo", "moved_out": "Trasferito altrove"}


class NoteKind(Labelled):
    OFFICE_MEETING = "office_meeting"
    HOME_VISIT = "home_visit"
    PHONE_CALL = "phone_call"
    TEAM_MEETING = "team_meeting"
    NOTE = "note"

    @classmethod
    def _labels(cls):
        return {"office_meeting": "Colloquio in ufficio", "home_visit": "Visita domiciliare",
                "phone_call": "Telefonata", "team_meeting": "Riunione d'équipe",
                "note": "Annotazione"}


class Dimension(Labelled):
    HOUSING = "housing"
    INCOME = "income"
    WORK = "work"
    HEALTH = "health"
    FAMILY = "family"
    SOCIAL = "social"
    ADMIN = "admin"

    @classmethod
    def _labels(cls):
        return {"housing": "Abitare", "income": "Reddito e debiti", "work": "Lavoro",
                "health": "Salute e autonomia", "family": "Famiglia e cura",
                "social": "Relazioni sociali", "admin": "Pratiche e lingua"}


class ActionOwner(Labelled):
    HOUSEHOLD = "household"
    WORKER = "worker"
    SERVICE = "service"

    @classmethod
    def _labels(cls):
        return {"household": "Il nucleo", "worker": "L'assistente sociale",
                "service": "Servizio esterno"}


class GoalOutcome(Labelled):
    OPEN = "open"
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"
    DROPPED = "dropped"

    @classmethod
    def _labels(cls):
        return {"open": "In corso", "met": "Raggiunto", "partly": "Raggiunto in parte",
                "not_met": "Non raggiunto", "dropped": "Abbandonato"}


class ReferralStatus(Labelled):
    SENT = "sent"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"

    @classmethod
    def _labels(cls):
        return {"sent": "Inviato", "accepted": "Accettato", "in_progress": "In corso",
                "closed": "Concluso"}


class ReferralReason(Labelled):
    """Why a household is sent to a service: a category, never a clinical detail."""

    INCOME = "income"
    WORK = "work"
    TAX = "tax"
    LEGAL = "legal"
    HEALTH_ACCESS = "health_access"
    FAMILY = "family"
    EDUCATION = "education"
    COMMUNITY = "community"

    @classmethod
    def _labels(cls):
        return {"income": "Sostegno economico", "work": "Orientamento al lavoro",
                "tax": "Assistenza fiscale e pratiche", "legal": "Consulenza legale",
                "health_access": "Accesso ai servizi socio-sanitari",
                "family": "Sostegno alla famiglia", "education": "Scuola e formazione",
                "community": "Attività di comunità"}


class Duty(Labelled):
    """What the worker must do next on a case (computed, never stored)."""

    FIRST_MEETING = "first_meeting"
    SIGN_PACT = "sign_pact"
    RENEW_PACT = "renew_pact"
    PACT_EXPIRING = "pact_expiring"
    REVIEW = "review"
    FOLLOW_UP = "follow_up"
    NONE = "none"

    @classmethod
    def _labels(cls):
        return {"first_meeting": "Fissare il primo colloquio",
                "sign_pact": "Sottoscrivere il patto", "renew_pact": "Rinnovare il patto",
                "pact_expiring": "Patto in scadenza", "review": "Verifica del patto",
                "follow_up": "Verifica a 6 mesi dalla chiusura", "none": "Percorso concluso"}
