"""The pseudonymised participant micro-data and the ESF+ aggregate table of a period.

Pseudonyms are HMAC-SHA256 of the codice fiscale (or, without one, of the person's id)
under the office's key (keys.py): the same person has the same pseudonym in every period,
and without the key nobody can go back from it to the person. No name, codice fiscale,
address or free text leaves: the columns are codes, dates of entry and exit, and ages in
bands. Only complete records count (completeness.py).
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from borgo_desktop.models import Person
from borgo_desktop.models.enums import Education
from borgo_desktop.models.reporting import Declared, EsfEmployment, Participant
from borgo_desktop.services.reporting.completeness import complete_condition
from borgo_desktop.services.reporting.fn_participants import age_on
from borgo_desktop.services.reporting.indicators import SMALL_CELL, SUPPRESSED
from borgo_desktop.services.reporting.periods import Period

AGE_BANDS = ((0, 17, "0-17"), (18, 24, "18-24"), (25, 34, "25-34"), (35, 44, "35-44"),
             (45, 54, "45-54"), (55, 64, "55-64"), (65, 200, "65+"))
COLUMNS = ("pseudonimo", "codice_operazione", "data_ingresso", "data_uscita", "genere",
           "fascia_eta", "condizione_occupazionale", "isced", "nucleo_senza_occupati",
           "figli_a_carico", "unico_adulto", "senza_dimora", "migrante_minoranza",
           "disabilita", "altro_svantaggio", "esito_uscita", "data_esito_sei_mesi",
           "esito_sei_mesi")


def pseudonym(key: bytes, tax_code: str | None, person_id) -> str:
    subject = (tax_code or "").strip().upper() or f"persona:{person_id}"
    return hmac.new(key, subject.encode("utf-8"), hashlib.sha256).hexdigest()


def age_band(age: int) -> str:
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


@dataclass(frozen=True)
class Record:
    """One complete participant, as plain values (no ORM object leaves this module)."""

    pseudonym: str
    entered_on: object
    exited_on: object
    gender: str
    age: int
    employment: str
    education: str
    jobless_household: bool
    dependent_children: bool
    single_adult: bool
    homeless: bool
    migrant: str
    disability: str
    disadvantaged: str
    exit_result: str
    followed_on: object
    follow_result: str


def records(session: Session, period: Period, key: bytes) -> list[Record]:
    """Complete participants in the project during the period (entered by its end, not
    gone before its start) and those whose six-month result falls in it."""
    rows = session.execute(
        select(Participant, Person.tax_code, Person.birth_date).join(
            Person, Person.id == Participant.person_id)
        .where(complete_condition(), Participant.entered_on <= period.last,
               or_(Participant.exited_on.is_(None), Participant.exited_on >= period.first,
                   Participant.followed_on.between(period.first, period.last)))).all()
    found = []
    for p, tax_code, birth in rows:
        found.append(Record(
            pseudonym(key, tax_code, p.person_id), p.entered_on, p.exited_on, p.gender,
            age_on(birth, p.entered_on), EsfEmployment(p.employment).value,
            Education(p.education).value, p.jobless_household, p.dependent_children,
            p.single_adult, p.homeless, _declared(p.migrant), _declared(p.disability),
            _declared(p.disadvantaged), p.exit_result.value if p.exit_result else "",
            p.followed_on, p.follow_result.value if p.follow_result else ""))
    return sorted(found, key=lambda r: (r.pseudonym, r.entered_on))


def _declared(value) -> str:
    return Declared(value).value if value else Declared.NOT_DECLARED.value


def _flag(value: bool) -> str:
    return "1" if value else "0"


def _day(value) -> str:
    return value.isoformat() if value else ""


def micro_csv(found: list[Record], operation_code: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in found:
        writer.writerow([r.pseudonym, operation_code, _day(r.entered_on), _day(r.exited_on),
                         r.gender, age_band(r.age), r.employment, r.education,
                         _flag(r.jobless_household), _flag(r.dependent_children),
                         _flag(r.single_adult), _flag(r.homeless), r.migrant, r.disability,
                         r.disadvantaged, r.exit_result, _day(r.followed_on), r.follow_result])
    return out.getvalue().encode("utf-8")


def _jobless(r: Record) -> bool:
    return r.employment != EsfEmployment.EMPLOYED.value


# ESF+ common output indicators at entry (Reg. 1304/2013, Annex I), each a test on a record.
COMMON: tuple[tuple[str, str, object], ...] = (
    ("CO01", "Disoccupati, compresi i disoccupati di lunga durata",
     lambda r: r.employment in ("unemployed", "long_unemployed")),
    ("CO02", "Disoccupati di lunga durata", lambda r: r.employment == "long_unemployed"),
    ("CO03", "Persone inattive", lambda r: r.employment in ("inactive", "inactive_education")),
    ("CO04", "Persone inattive, non in istruzione né formazione",
     lambda r: r.employment == "inactive"),
    ("CO05", "Occupati, compresi i lavoratori autonomi", lambda r: r.employment == "employed"),
    ("CO06", "Persone di età inferiore a 25 anni", lambda r: r.age < 25),
    ("CO07", "Persone di età superiore a 54 anni", lambda r: r.age > 54),
    ("CO08", "Persone di età superiore a 54 anni disoccupate o inattive",
     lambda r: r.age > 54 and _jobless(r)),
    ("CO09", "Titolo fino a ISCED 2", lambda r: r.education in ("isced0", "isced1_2")),
    ("CO10", "Titolo ISCED 3 o 4", lambda r: r.education == "isced3_4"),
    ("CO11", "Titolo da ISCED 5 a 8", lambda r: r.education == "isced5_8"),
    ("CO12", "Nuclei senza occupati", lambda r: r.jobless_household),
    ("CO13", "Nuclei senza occupati con figli a carico",
     lambda r: r.jobless_household and r.dependent_children),
    ("CO14", "Unico adulto con figli a carico", lambda r: r.single_adult and r.dependent_children),
    ("CO15", "Migranti, origine straniera, minoranze", lambda r: r.migrant == "yes"),
    ("CO16", "Partecipanti con disabilità", lambda r: r.disability == "yes"),
    ("CO17", "Altre persone svantaggiate", lambda r: r.disadvantaged == "yes"),
    ("CO18", "Senza dimora o in esclusione abitativa", lambda r: r.homeless),
)


def _cells(women: int, men: int) -> tuple[str, str, str]:
    """Fewer than three people is not published; when one gender is hidden the other is
    too, or the total would give it away (complementary suppression)."""
    def shown(n: int) -> str:
        return SUPPRESSED if 0 < n < SMALL_CELL else str(n)

    w, m, total = shown(women), shown(men), shown(women + men)
    if (w == SUPPRESSED) != (m == SUPPRESSED) and total != SUPPRESSED:
        w = m = SUPPRESSED
    return w, m, total


def aggregate_rows(found: list[Record], period: Period) -> list[tuple[str, str, str, str, str]]:
    entered = [r for r in found if period.first <= r.entered_on <= period.last]
    table = [("CO00", "Partecipanti entrati nel periodo", *_cells(
        sum(r.gender == "F" for r in entered), sum(r.gender == "M" for r in entered)))]
    for code, label, test in COMMON:
        chosen = [r for r in entered if test(r)]
        table.append((code, label, *_cells(sum(r.gender == "F" for r in chosen),
                                           sum(r.gender == "M" for r in chosen))))
    return table


def aggregate_csv(rows: list[tuple]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(("codice", "indicatore", "donne", "uomini", "totale"))
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")
