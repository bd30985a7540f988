"""What the registry forms send, and the rules that check it (all problems at once)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from borgo_desktop.identifiers import check_tax_code, validate_cap, validate_email, validate_phone
from borgo_desktop.models.enums import (
    Education, Employment, Regime, Relation, RentModel, Sex, UnitStatus, Vulnerability,
)
from borgo_desktop.services.core.problems import Problems, required

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildingInput:
    code: str
    name: str
    address: str
    cap: str
    municipio: int | None = None
    city: str = "Milano"


@dataclass(frozen=True)
class UnitInput:
    building_code: str
    staircase: str
    floor: int
    number: str
    surface_m2: float
    rooms: int
    regime: Regime
    rent_model: RentModel
    rent_rate_cents: int = 0
    accessible: bool = False
    status: UnitStatus = UnitStatus.VACANT
    cadastral_sheet: str = ""
    cadastral_parcel: str = ""
    cadastral_sub: str = ""
    code: str = ""  # derived from building, staircase and number when empty


@dataclass(frozen=True)
class PersonInput:
    surname: str
    given_name: str
    tax_code: str
    birth_date: date | None
    sex: Sex | None
    birth_place: str = ""
    citizenship: str = ""
    employment: Employment = Employment.UNKNOWN
    education: Education = Education.UNKNOWN
    has_disability: bool = False
    phone: str = ""
    email: str = ""
    # The operator confirmed a codice fiscale that does not match birth date/sex/place
    # (it happens with codes issued by mistake); logged, never silent.
    accept_tax_code_mismatch: bool = False
    version: int | None = None  # the version the form was read at (None: not checked)


@dataclass(frozen=True)
class MemberInput:
    person: PersonInput
    relation: Relation


@dataclass(frozen=True)
class HouseholdInput:
    code: str = ""  # assigned automatically when empty
    phone: str = ""
    email: str = ""
    preferred_language: str = "italiano"
    target_category_code: str = ""
    vulnerabilities: tuple[Vulnerability, ...] = ()
    needs_accessible_unit: bool = False
    isee_cents: int | None = None
    isee_expires_on: date | None = None
    dsu_protocol: str = ""
    privacy_consent_on: date | None = None
    contact_consent_on: date | None = None
    photo_consent_on: date | None = None
    notes: str = ""
    version: int | None = None  # the version the form was read at (None: not checked)


@dataclass(frozen=True)
class LeaseInput:
    household_id: object
    unit_code: str
    starts_on: date
    monthly_rent_cents: int
    service_charges_cents: int = 0
    deposit_cents: int = 0
    ends_on: date | None = None


def check_person(data: PersonInput, today: date, problems: Problems) -> str:
    """Validate a person; returns the normalised codice fiscale."""
    required(problems, "surname", data.surname, "Cognome")
    required(problems, "given_name", data.given_name, "Nome")
    if data.birth_date is None:
        problems.add("birth_date", "Il campo «{label}» è obbligatorio.", label="Data di nascita")
    elif data.birth_date > today:
        problems.add("birth_date", "La data di nascita {value} è nel futuro.",
                     value=data.birth_date.strftime("%d/%m/%Y"))
    elif data.birth_date.year < 1900:
        problems.add("birth_date", "La data di nascita {value} non è plausibile.",
                     value=data.birth_date.strftime("%d/%m/%Y"))
    if data.sex is None:
        problems.add("sex", "Il campo «{label}» è obbligatorio.", label="Sesso")
    checked = check_tax_code(data.tax_code or "", birth_date=data.birth_date,
                             sex=data.sex.value if data.sex else None, birth_place=data.birth_place)
    if checked.error is not None:
        problems.add("tax_code", checked.error.template, **checked.error.params)
    elif checked.mismatches:
        if data.accept_tax_code_mismatch:
            log.warning("tax code %s accepted despite: %s", checked.code,
                        "; ".join(m.text for m in checked.mismatches))
        else:
            first = checked.mismatches[0]
            problems.add("tax_code", first.template + " Correggere o confermare l'eccezione.",
                         **first.params)
    if data.phone:
        problems.check("phone", validate_phone, data.phone)
    if data.email:
        problems.check("email", validate_email, data.email)
    return checked.code


def check_people(members: list[MemberInput], today: date, problems: Problems) -> list[str]:
    """Each member's person, its problems under ``members.<n>.``; the normalised codici fiscali."""
    codes = []
    for index, member in enumerate(members):
        sub = Problems(prefix=f"members.{index}.")
        codes.append(check_person(member.person, today, sub))
        problems.merge(sub)
    return codes


def check_household(data: HouseholdInput, problems: Problems) -> None:
    if data.phone:
        problems.check("phone", validate_phone, data.phone)
    if data.email:
        problems.check("email", validate_email, data.email)
    if data.isee_cents is not None and data.isee_cents < 0:
        problems.add("isee_cents", "Il valore ISEE non può essere negativo.")
    if data.isee_cents is not None and data.isee_expires_on is None:
        problems.add("isee_expires_on", "Indicare la scadenza dell'attestazione ISEE.")


def check_members(members: list[MemberInput], problems: Problems) -> None:
    references = sum(1 for m in members if m.relation == Relation.REFERENCE)
    if not members:
        problems.add("members", "Un nucleo deve avere almeno un componente.")
    elif references != 1:
        problems.add("members", "Il nucleo deve avere esattamente un intestatario (ne ha {count}).",
                     count=references)


def check_building(data: BuildingInput, problems: Problems) -> None:
    required(problems, "code", data.code, "Codice")
    required(problems, "name", data.name, "Nome")
    required(problems, "address", data.address, "Indirizzo")
    problems.check("cap", validate_cap, data.cap)
    if data.municipio is not None and not 1 <= data.municipio <= 9:
        problems.add("municipio", "Il Municipio di Milano va da 1 a 9.")


# Plausible bounds of a flat of the borgo; a value outside them is a typing mistake.
FLOORS = (-3, 40)
MAX_SURFACE_M2 = 500
MAX_ROOMS = 15
# Catasto fabbricati: foglio and subalterno are numbers, the particella (mappale) may carry a
# letter; all three are written as the visura gives them.
_CADASTRAL = {"cadastral_sheet": (re.compile(r"\d{1,5}"), "Foglio"),
              "cadastral_parcel": (re.compile(r"\d{1,6}[A-Za-z]?"), "Particella"),
              "cadastral_sub": (re.compile(r"\d{1,4}"), "Subalterno")}


def check_unit(data: UnitInput, problems: Problems) -> None:
    required(problems, "number", data.number, "Numero interno")
    if not data.surface_m2 or data.surface_m2 <= 0:
        problems.add("surface_m2", "La superficie deve essere maggiore di zero.")
    elif data.surface_m2 > MAX_SURFACE_M2:
        problems.add("surface_m2", "Una superficie di {value} m² non è plausibile per un "
                     "alloggio (al massimo {most} m²).", value=data.surface_m2,
                     most=MAX_SURFACE_M2)
    if not data.rooms or data.rooms < 1:
        problems.add("rooms", "L'alloggio deve avere almeno un locale.")
    elif data.rooms > MAX_ROOMS:
        problems.add("rooms", "Un alloggio di {value} locali non è plausibile (al massimo "
                     "{most}).", value=data.rooms, most=MAX_ROOMS)
    if not FLOORS[0] <= data.floor <= FLOORS[1]:
        problems.add("floor", "Il piano va da {low} a {high}.", low=FLOORS[0], high=FLOORS[1])
    if data.rent_rate_cents < 0:
        problems.add("rent_rate_cents", "Il canone non può essere negativo.")
    check_cadastral(data, problems)


def check_cadastral(data: UnitInput, problems: Problems) -> None:
    """Foglio, particella and subalterno: all empty, or foglio and particella at least."""
    values = {name: (getattr(data, name) or "").strip() for name in _CADASTRAL}
    if not any(values.values()):
        return
    for name, (pattern, label) in _CADASTRAL.items():
        if not values[name]:
            if name != "cadastral_sub":
                problems.add(name, "Dati catastali incompleti: indicare «{label}».", label=label)
        elif not pattern.fullmatch(values[name]):
            problems.add(name, "«{label}» catastale non valido: {value}.", label=label,
                         value=values[name])
