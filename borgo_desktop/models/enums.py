"""Closed vocabularies of the registry and allocation areas, with their Italian labels.

Values are stored as short English codes; ``label`` is what a user reads (the window
translates it through Qt context ``Vocabulary`` for English).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum as SAEnum


class Labelled(StrEnum):
    @property
    def label(self) -> str:
        return self._labels()[self.value]

    @classmethod
    def _labels(cls) -> dict[str, str]:
        raise NotImplementedError

    @classmethod
    def from_label(cls, text: str) -> "Labelled | None":
        wanted = text.strip().casefold()
        for member in cls:
            if member.label.casefold() == wanted or member.value == wanted:
                return member
        return None


def column_type(enum_cls: type[StrEnum]) -> SAEnum:
    """Stored as VARCHAR holding the value (portable, no native enum types)."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda cls: [m.value for m in cls],
    )


class Regime(Labelled):
    CAPPED = "capped"
    PUBLIC = "public"
    TEMPORARY = "temporary"

    @classmethod
    def _labels(cls):
        return {"capped": "Canone calmierato (SAS)", "public": "Edilizia pubblica (SAP)",
                "temporary": "Emergenza abitativa temporanea"}


class RentModel(Labelled):
    PER_M2 = "per_m2"          # capped rent: euro per m² per year
    INCOME_BAND = "income_band"  # public housing: from the household's income band
    FLAT = "flat"              # temporary housing: a flat monthly contribution

    @classmethod
    def _labels(cls):
        return {"per_m2": "€/m² annui", "income_band": "Fasce di reddito (ISEE)",
                "flat": "Contributo fisso mensile"}


class UnitStatus(Labelled):
    RENOVATION = "renovation"
    VACANT = "vacant"
    PREALLOCATED = "preallocated"
    LET = "let"
    UNAVAILABLE = "unavailable"

    @classmethod
    def _labels(cls):
        return {"renovation": "In ristrutturazione", "vacant": "Libero",
                "preallocated": "Preassegnato", "let": "Locato", "unavailable": "Non disponibile"}


class Sex(Labelled):
    M = "M"
    F = "F"

    @classmethod
    def _labels(cls):
        return {"M": "Maschio", "F": "Femmina"}


class Relation(Labelled):
    REFERENCE = "reference"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {"reference": "Intestatario", "spouse": "Coniuge/Convivente",
                "child": "Figlio/a", "parent": "Genitore", "other": "Altro"}


class Employment(Labelled):
    UNKNOWN = "unknown"
    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"
    LONG_TERM_UNEMPLOYED = "long_unemployed"
    STUDENT = "student"
    RETIRED = "retired"
    INACTIVE = "inactive"

    @classmethod
    def _labels(cls):
        return {"unknown": "Non indicato", "employed": "Occupato/a dipendente",
                "self_employed": "Lavoratore/trice autonomo/a", "unemployed": "Disoccupato/a",
                "long_unemployed": "Disoccupato/a di lunga durata", "student": "Studente/ssa",
                "retired": "Pensionato/a", "inactive": "Inattivo/a"}


class Education(Labelled):
    UNKNOWN = "unknown"
    ISCED_0 = "isced0"
    ISCED_1_2 = "isced1_2"
    ISCED_3_4 = "isced3_4"
    ISCED_5_8 = "isced5_8"

    @classmethod
    def _labels(cls):
        return {"unknown": "Non indicato", "isced0": "Nessun titolo",
                "isced1_2": "Licenza elementare o media (ISCED 1-2)",
                "isced3_4": "Diploma o qualifica (ISCED 3-4)",
                "isced5_8": "Laurea o superiore (ISCED 5-8)"}


class HouseholdStatus(Labelled):
    APPLICANT = "applicant"
    RESIDENT = "resident"
    LEFT = "left"

    @classmethod
    def _labels(cls):
        return {"applicant": "In assegnazione", "resident": "Residente", "left": "Uscito"}


class LeaseStatus(Labelled):
    DRAFT = "draft"
    ACTIVE = "active"
    ENDED = "ended"

    @classmethod
    def _labels(cls):
        return {"draft": "In preparazione", "active": "In corso", "ended": "Concluso"}


class Vulnerability(Labelled):
    INDIGENT = "indigent"
    HOUSING_EMERGENCY = "housing_emergency"
    DISABILITY = "disability"
    ELDERLY_ALONE = "elderly_alone"
    SINGLE_PARENT = "single_parent"
    RECENT_MIGRANT = "recent_migrant"

    @classmethod
    def _labels(cls):
        return {"indigent": "Indigente (ISEE ≤ soglia)", "housing_emergency": "Emergenza abitativa",
                "disability": "Componente con disabilità", "elderly_alone": "Anziano solo",
                "single_parent": "Nucleo monogenitoriale", "recent_migrant": "Arrivo recente in Italia"}


class Stage(Labelled):
    """Pre-allocation pipeline of a household."""

    CANDIDATE = "candidate"
    PROPOSED = "proposed"
    VISIT = "visit"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    SIGNED = "signed"
    MOVED_IN = "moved_in"

    @classmethod
    def _labels(cls):
        return {"candidate": "Candidato", "proposed": "Alloggio proposto", "visit": "Visita fatta",
                "accepted": "Accettato", "refused": "Rifiutato", "signed": "Contratto firmato",
                "moved_in": "Entrato nell'alloggio"}


class MoveInItem(Labelled):
    KEYS = "keys"
    METERS = "meters"
    INVENTORY = "inventory"
    WELCOME_PACK = "welcome_pack"
    INFO_SESSION = "info_session"

    @classmethod
    def _labels(cls):
        return {"keys": "Consegna chiavi", "meters": "Lettura contatori",
                "inventory": "Inventario dotazioni", "welcome_pack": "Kit di benvenuto",
                "info_session": "Incontro informativo"}


class ConsentPurpose(Labelled):
    PHOTOS = "photos"
    LOCAL_SERVICES = "local_services"
    CONTACT_EMAIL = "contact_email"
    CONTACT_SMS = "contact_sms"
    COMMUNITY_NEWS = "community_news"

    @classmethod
    def _labels(cls):
        return {"photos": "Foto e riprese", "local_services":
                "Condivisione dei dati con i servizi del territorio",
                "contact_email": "Contatto per e-mail", "contact_sms": "Contatto per SMS",
                "community_news": "Notizie delle attività di comunità"}


class ConsentMethod(Labelled):
    SIGNED_FORM = "signed_form"
    VERBAL = "verbal"
    EMAIL = "email"

    @classmethod
    def _labels(cls):
        return {"signed_form": "Modulo firmato", "verbal": "A voce, davanti all'operatore",
                "email": "Per e-mail"}


# --- casework (here, apart from the tables, so that reports/ can name them) -------------

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


# --- shared spaces and community -----------------------------------------------------------

class RequesterKind(Labelled):
    RESIDENT = "resident"
    GROUP = "group"
    ASSOCIATION = "association"
    OFFICE = "office"

    @classmethod
    def _labels(cls):
        return {"resident": "Abitanti", "group": "Gruppi del borgo",
                "association": "Associazioni", "office": "Ufficio di borgo"}


class BookingStatus(Labelled):
    PENDING = "pending"      # waiting for the office's approval: the slot is held
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"  # frees the slot

    @classmethod
    def _labels(cls):
        return {"pending": "In attesa di approvazione", "confirmed": "Confermata",
                "cancelled": "Annullata"}


class Audience(Labelled):
    BORGO = "borgo"
    NEIGHBOURHOOD = "neighbourhood"
    CITY = "city"

    @classmethod
    def _labels(cls):
        return {"borgo": "Borgo", "neighbourhood": "Quartiere", "city": "Città"}


class TurnStatus(Labelled):
    PLANNED = "planned"
    DONE = "done"
    MISSED = "missed"

    @classmethod
    def _labels(cls):
        return {"planned": "Da fare", "done": "Fatto", "missed": "Saltato"}


class ServiceKind(Labelled):
    SOCIAL = "social"
    HEALTH = "health"
    SCHOOL = "school"
    JOBS = "jobs"
    CAF = "caf"
    ASSOCIATION = "association"
    SHOP = "shop"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {"social": "Servizi sociali", "health": "Salute", "school": "Scuole",
                "jobs": "Lavoro", "caf": "CAF e patronati", "association": "Associazioni",
                "shop": "Negozi e mercati", "other": "Altro"}
