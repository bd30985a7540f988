"""ESF+ participant data on the case file: captured at entry, at exit (within four weeks)
and six months after; the completeness list that tells the social worker what is missing.

A participant is a person of the case's household. At entry the form is prefilled from the
registry (sex, employment, education, who lives in the household) so the worker confirms
rather than retypes; what stays empty is what the completeness list asks for. The record
counts for the Comune only when complete (completeness.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.models import Case, Household, Membership, Person
from borgo_desktop.models.enums import Education, Employment, Sex
from borgo_desktop.models.reporting import Declared, EsfEmployment, EsfResult, Participant
from borgo_desktop.services.casework.access import check_case, readable_ids
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems
from borgo_desktop.services.reporting import completeness
from borgo_desktop.services.reporting.fn_participants import age_on

ADULT = 18
EMPLOYMENT_FROM_REGISTRY = {
    Employment.EMPLOYED: EsfEmployment.EMPLOYED, Employment.SELF_EMPLOYED: EsfEmployment.EMPLOYED,
    Employment.UNEMPLOYED: EsfEmployment.UNEMPLOYED,
    Employment.LONG_TERM_UNEMPLOYED: EsfEmployment.LONG_TERM_UNEMPLOYED,
    Employment.STUDENT: EsfEmployment.INACTIVE_IN_EDUCATION,
    Employment.RETIRED: EsfEmployment.INACTIVE, Employment.INACTIVE: EsfEmployment.INACTIVE,
}


@dataclass(frozen=True)
class EntryInput:
    person_id: uuid.UUID
    entered_on: date | None
    gender: str | None = None
    employment: EsfEmployment | None = None
    education: Education | None = None
    jobless_household: bool | None = None
    dependent_children: bool | None = None
    single_adult: bool | None = None
    homeless: bool | None = None
    migrant: Declared | None = None
    disability: Declared | None = None
    disadvantaged: Declared | None = None


ENTRY_FIELDS = tuple(f.name for f in fields(EntryInput) if f.name not in ("person_id",))


@dataclass(frozen=True)
class ParticipantView:
    id: uuid.UUID | None  # None: a member not registered yet (the form's prefill)
    case_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    birth_date: date
    entry: EntryInput
    age: int | None
    exited_on: date | None
    exit_result: EsfResult | None
    followed_on: date | None
    follow_result: EsfResult | None
    missing: tuple[str, ...]
    unasked: tuple[str, ...]
    exit_due: date | None
    follow_due: date | None

    @property
    def complete(self) -> bool:
        return self.id is not None and not self.missing


def _members(session, household_id) -> list[tuple[Person, Membership]]:
    return list(session.execute(
        select(Person, Membership).join(Membership, Membership.person_id == Person.id)
        .where(Membership.household_id == household_id)
        .order_by(Membership.joined_on, Person.surname, Person.given_name)))


def _prefill(person: Person, household: list[tuple[Person, Membership]], on: date) -> dict:
    """What the registry already says, for the worker to confirm."""
    living = [p for p, m in household if m.joined_on <= on and (m.left_on is None or m.left_on > on)]
    adults = [p for p in living if age_on(p.birth_date, on) >= ADULT]
    known = [p.employment for p in adults if p.employment != Employment.UNKNOWN]
    jobless = None
    if adults and len(known) == len(adults):
        jobless = not any(e in (Employment.EMPLOYED, Employment.SELF_EMPLOYED) for e in known)
    children = any(age_on(p.birth_date, on) < ADULT for p in living)
    return {"gender": Sex(person.sex).value,
            "employment": EMPLOYMENT_FROM_REGISTRY.get(person.employment),
            "education": None if person.education == Education.UNKNOWN else person.education,
            "jobless_household": jobless, "dependent_children": children if living else None,
            "single_adult": (len(adults) == 1) if adults else None}


def _view(case: Case, person: Person, row: Participant | None, prefill: dict,
          today: date) -> ParticipantView:
    if row is not None:
        entry = EntryInput(person.id, **{name: getattr(row, name) for name in ENTRY_FIELDS})
        missing = tuple(completeness.missing(row))
        unasked = tuple(completeness.unasked(row))
    else:
        entry = EntryInput(person.id, None, **prefill)
        missing, unasked = ("dati di ingresso",), ()
    exited_on = row.exited_on if row else None
    return ParticipantView(
        row.id if row else None, case.id, person.id, f"{person.surname} {person.given_name}",
        person.birth_date, entry, age_on(person.birth_date, entry.entered_on) if entry.entered_on
        else None, exited_on, row.exit_result if row else None,
        row.followed_on if row else None, row.follow_result if row else None, missing, unasked,
        completeness.exit_due(case.closed_on) if row and row.exit_result is None else None,
        completeness.follow_due(exited_on) if row and row.follow_result is None else None)


def participants_of_case(ctx: Context, case_id: uuid.UUID) -> list[ParticipantView]:
    """Every person of the case's household: the registered ones, then the others prefilled."""
    check_case(ctx, case_id, Permission.CASE_READ)
    today = ctx.today()
    with ctx.store.read() as session:
        case = get_or_fail(session, Case, case_id, "Cartella sociale")
        household = _members(session, case.household_id)
        rows = {r.person_id: r for r in session.scalars(
            select(Participant).where(Participant.case_id == case_id))}
        seen, views = set(), []
        for person, _membership in household:
            if person.id in seen:
                continue
            seen.add(person.id)
            views.append(_view(case, person, rows.get(person.id),
                               _prefill(person, household, max(case.opened_on, min(today, case.closed_on or today))),
                               today))
    return sorted(views, key=lambda v: (v.id is None, v.name))


def _check_entry(problems: Problems, data: EntryInput, case: Case, today: date) -> None:
    if data.entered_on is None:
        problems.add("entered_on", "Indicare la data di ingresso nel progetto.")
    elif data.entered_on > today:
        problems.add("entered_on", "La data di ingresso non può essere futura.")
    elif data.entered_on < case.opened_on:
        problems.add("entered_on", "La data di ingresso non può precedere l'apertura della "
                     "cartella ({day:%d/%m/%Y}).", day=case.opened_on)
    if data.gender not in (None, "M", "F"):
        problems.add("gender", "Il genere va indicato come F o M.")
    if data.education == Education.UNKNOWN:
        problems.add("education", "Scegliere il titolo di studio o lasciarlo da completare.")


def save_entry(ctx: Context, case_id: uuid.UUID, data: EntryInput) -> uuid.UUID:
    """Record (or correct) a participant's data at entry; empty fields stay to complete."""
    check_case(ctx, case_id, Permission.CASE_WRITE)
    with ctx.store.unit_of_work() as session:
        case = get_or_fail(session, Case, case_id, "Cartella sociale")
        problems = Problems()
        _check_entry(problems, data, case, ctx.today())
        member = session.scalar(select(Membership.id).where(
            Membership.person_id == data.person_id, Membership.household_id == case.household_id)
            .limit(1))
        if member is None:
            problems.add("person_id", "La persona non fa parte del nucleo della cartella.")
        problems.raise_if_any()
        row = session.scalar(select(Participant).where(Participant.case_id == case_id,
                                                       Participant.person_id == data.person_id))
        if row is None:
            row = Participant(case_id=case_id, person_id=data.person_id)
            session.add(row)
        for name in ENTRY_FIELDS:
            setattr(row, name, getattr(data, name))
        ctx.stamp(row)
        session.flush()
        audit.record(ctx, session, "esf.entry", "case", case_id,
                     fields=[n for n in ENTRY_FIELDS if getattr(data, n) is not None])
        session.commit()
        return row.id


def _outcome(ctx: Context, participant_id: uuid.UUID, day: date | None,
             result: EsfResult | None, moment: str) -> None:
    with ctx.store.read() as session:
        case_id = get_or_fail(session, Participant, participant_id, "Partecipante").case_id
    check_case(ctx, case_id, Permission.CASE_WRITE)
    with ctx.store.unit_of_work() as session:
        row = session.get(Participant, participant_id)
        problems = Problems()
        if day is None:
            problems.add("on", "Indicare la data.")
        elif day > ctx.today():
            problems.add("on", "La data non può essere futura.")
        if result is None:
            problems.add("result", "Indicare l'esito.")
        if moment == "exit" and day and day < row.entered_on:
            problems.add("on", "L'uscita non può precedere l'ingresso ({day:%d/%m/%Y}).",
                         day=row.entered_on)
        if moment == "follow":
            if row.exited_on is None:
                raise UserError("Prima dell'esito a sei mesi va registrata l'uscita.")
            earliest = completeness.follow_due(row.exited_on)
            if day and day < earliest.replace(day=1):
                problems.add("on", "L'esito a sei mesi si registra dal {day:%d/%m/%Y} (sei mesi "
                             "dopo l'uscita).", day=earliest.replace(day=1))
        problems.raise_if_any()
        if moment == "exit":
            row.exited_on, row.exit_result = day, result
        else:
            row.followed_on, row.follow_result = day, result
        ctx.stamp(row)
        audit.record(ctx, session, f"esf.{moment}", "case", case_id)
        session.commit()


def save_exit(ctx: Context, participant_id: uuid.UUID, on: date | None,
              result: EsfResult | None) -> None:
    _outcome(ctx, participant_id, on, result, "exit")


def save_follow_up(ctx: Context, participant_id: uuid.UUID, on: date | None,
                   result: EsfResult | None) -> None:
    _outcome(ctx, participant_id, on, result, "follow")


@dataclass(frozen=True)
class Gap:
    """One line of the completeness list: whose record, what is missing, by when."""

    case_id: uuid.UUID
    household_code: str
    name: str
    missing: tuple[str, ...]
    due: date | None


def completeness_list(ctx: Context) -> list[Gap]:
    """What the worker's case files still miss for the Comune: entry data not complete,
    exit results due after a closing, six-month results due; the cases without any
    participant. Soonest deadline first."""
    require(ctx, Permission.CASE_READ)
    today = ctx.today()
    gaps: list[Gap] = []
    with ctx.store.read() as session:
        mine = readable_ids(session, ctx.actor.username)
        cases = session.execute(select(Case, Household.code).join(
            Household, Household.id == Case.household_id).where(Case.id.in_(mine))).all()
        rows = session.execute(select(Participant, Person).join(
            Person, Person.id == Participant.person_id).where(Participant.case_id.in_(mine))).all()
        by_case: dict[uuid.UUID, list] = {}
        for row, person in rows:
            by_case.setdefault(row.case_id, []).append((row, person))
        for case, code in cases:
            registered = by_case.get(case.id, [])
            if not registered and case.closed_on is None:
                gaps.append(Gap(case.id, code, "—", ("nessun partecipante registrato",), None))
            for row, person in registered:
                name = f"{person.surname} {person.given_name}"
                missing = completeness.missing(row)
                due = None
                if case.closed_on and row.exit_result is None:
                    missing.append("esito all'uscita")
                    due = completeness.exit_due(case.closed_on)
                follow = completeness.follow_due(row.exited_on)
                if row.exited_on and row.follow_result is None and follow <= today:
                    missing.append("esito a sei mesi")
                    due = follow
                if missing:
                    gaps.append(Gap(case.id, code, name, tuple(missing), due))
    return sorted(gaps, key=lambda g: (g.due or date.max, g.household_code, g.name))
