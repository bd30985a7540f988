"""Retention: households that left long ago are proposed for anonymisation, then anonymised.

Never a silent deletion (DOMAIN.md): :func:`preview` lists the proposal, the administrator
confirms, :func:`anonymise` strips what identifies people and writes one ``Disposal`` row per
household plus an audit entry. Kept: the household code and status, its leases and amounts
(accounting), memberships and stages, sex, a five-year birth band, employment and education
(statistics). Running it twice changes nothing the second time.

Other areas hook in with :func:`register_anonymiser` (blank what they hold that identifies the
household's people, keeping rows, counts and dates) and :func:`register_holding` (a line of
the preview, so the administrator sees what else is held before confirming).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.models import (
    Candidacy, CandidacyEvent, Disposal, Household, Lease, Membership, MoveInTask, Person,
)
from borgo_desktop.models.enums import HouseholdStatus
from borgo_desktop.services.core import audit, search, settings
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.privacy.identity import Identity
from borgo_desktop.services.core.settings import read_settings

ANONYMOUS = "Anonimo"
BIRTH_BAND_YEARS = 5
YEARS_KEY = "privacy.retention_years"
MIN_YEARS, MAX_YEARS = 1, 50

# fn(ctx, session, household, identity of the people being anonymised) -> records changed
Anonymiser = Callable[[Context, Session, Household, Identity], int]
# fn(session, household, identity) -> one Italian line for the preview, or "" for nothing held
Holding = Callable[[Session, Household, Identity], str]
_ANONYMISERS: list[Anonymiser] = []
_HOLDINGS: list[Holding] = []


def register_anonymiser(fn: Anonymiser) -> Anonymiser:
    _ANONYMISERS.append(fn)
    return fn


def register_holding(fn: Holding) -> Holding:
    _HOLDINGS.append(fn)
    return fn


@dataclass(frozen=True)
class RetentionCandidate:
    household_id: uuid.UUID
    household_code: str
    left_on: date
    persons: int
    also_held: tuple[str, ...] = ()  # what other areas hold ("2 segnalazioni di manutenzione")


@dataclass(frozen=True)
class DisposalView:
    household_code: str
    left_on: date
    anonymised_on: date
    persons: int
    rule_years: int
    by: str


def disposals(ctx: Context) -> list[DisposalView]:
    """The register of households anonymised so far, newest first."""
    require(ctx, Permission.DATA_PROTECTION)
    with ctx.store.read() as session:
        rows = session.execute(select(Disposal, Household.code)
                               .join(Household, Disposal.household_id == Household.id)
                               .order_by(Disposal.anonymised_on.desc(), Household.code)).all()
        return [DisposalView(code, d.left_on, d.anonymised_on, d.persons, d.rule_years,
                             d.created_by) for d, code in rows]


def _years_ago(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _left_on(session: Session, household: Household) -> date:
    """When the household left: its last lease end or last member exit, else the status change."""
    ends = session.scalar(select(func.max(Lease.ends_on)).where(Lease.household_id == household.id))
    exits = session.scalar(select(func.max(Membership.left_on))
                           .where(Membership.household_id == household.id))
    known = [d for d in (ends, exits) if d is not None]
    return max(known) if known else household.updated_at.date()


def _candidates(session: Session, today: date) -> tuple[int, list[RetentionCandidate]]:
    years = int(read_settings(session, YEARS_KEY)[YEARS_KEY])
    limit = _years_ago(today, years)
    done = select(Disposal.household_id)
    households = session.scalars(select(Household).where(
        Household.status == HouseholdStatus.LEFT, Household.id.not_in(done))
        .order_by(Household.code))
    found = []
    for household in households:
        left_on = _left_on(session, household)
        if left_on <= limit:
            persons = session.scalar(select(func.count(func.distinct(Membership.person_id)))
                                     .where(Membership.household_id == household.id)) or 0
            identity = Identity.of([p for _, p in _leaving(session, household.id)], household)
            held = tuple(line for fn in _HOLDINGS if (line := fn(session, household, identity)))
            found.append(RetentionCandidate(household.id, household.code, left_on, persons,
                                            held))
    return years, found


def set_retention_years(ctx: Context, years: int) -> None:
    """Change the rule (office setting, audited)."""
    require(ctx, Permission.SETTINGS_MANAGE)
    if type(years) is not int or not MIN_YEARS <= years <= MAX_YEARS:
        raise UserError("Indicare un numero di anni tra {low} e {high}.", field="years",
                        low=MIN_YEARS, high=MAX_YEARS)
    settings.set_setting(ctx, YEARS_KEY, years)


def preview(ctx: Context) -> tuple[int, list[RetentionCandidate]]:
    """(years of the rule, households proposed for anonymisation). Writes nothing but the audit."""
    require(ctx, Permission.DATA_PROTECTION)
    with ctx.store.read() as session:
        years, found = _candidates(session, ctx.today())
    audit.record_event(ctx, "privacy.retention_preview",
                       detail=f"{len(found)} nuclei, {years} anni")
    return years, found


def anonymise(ctx: Context, household_ids: list[uuid.UUID]) -> int:
    """Anonymise the confirmed households that the rule still proposes; returns how many.

    Households no longer proposed (already anonymised, back in the project, rule changed)
    are skipped, so a repeated or stale confirmation is harmless.
    """
    require(ctx, Permission.DATA_PROTECTION)
    if not household_ids:
        raise UserError("Nessun nucleo selezionato da rendere anonimo.")
    wanted = set(household_ids)
    with ctx.store.unit_of_work() as session:
        years, found = _candidates(session, ctx.today())
        done = 0
        for candidate in (c for c in found if c.household_id in wanted):
            persons, elsewhere = _anonymise_household(ctx, session, candidate.household_id)
            disposal = Disposal(household_id=candidate.household_id, left_on=candidate.left_on,
                                rule_years=years, persons=persons, anonymised_on=ctx.today())
            ctx.stamp(disposal)
            session.add(disposal)
            session.flush()
            audit.record(ctx, session, "privacy.anonymise", "household", candidate.household_id,
                         detail=f"{candidate.household_code}, {persons} persone, "
                                f"regola {years} anni, {elsewhere} record di altre aree")
            done += 1
        session.commit()
        return done


def _leaving(session: Session, household_id: uuid.UUID) -> list[tuple[int, Person]]:
    """The household's people to anonymise, each with its number in the household."""
    person_ids = session.scalars(select(Membership.person_id)
                                 .where(Membership.household_id == household_id).distinct())
    found = []
    for number, person_id in enumerate(sorted(person_ids), start=1):
        # Someone who moved on to a household still in the project stays a live record.
        elsewhere = session.scalar(select(Membership.id).where(
            Membership.person_id == person_id, Membership.household_id != household_id,
            Membership.left_on.is_(None)))
        if elsewhere is None:
            found.append((number, session.get(Person, person_id)))
    return found


def _anonymise_household(ctx: Context, session: Session,
                         household_id: uuid.UUID) -> tuple[int, int]:
    """(persons anonymised, records of other areas changed)."""
    household = session.get(Household, household_id)
    leaving = _leaving(session, household_id)
    # Other areas first: they recognise names and phones that are about to be blanked.
    identity = Identity.of([p for _, p in leaving], household)
    elsewhere = sum(fn(ctx, session, household, identity) for fn in _ANONYMISERS)
    household.phone = household.email = household.dsu_protocol = household.notes = ""
    household.isee_cents = household.isee_expires_on = None
    household.vulnerabilities = []
    household.privacy_consent_on = household.contact_consent_on = None
    household.photo_consent_on = None
    ctx.stamp(household)
    candidacies = select(Candidacy).where(Candidacy.household_id == household_id)
    for candidacy in session.scalars(candidacies):
        candidacy.refusal_reason = ""
        ctx.stamp(candidacy)
        for event in session.scalars(select(CandidacyEvent)
                                     .where(CandidacyEvent.candidacy_id == candidacy.id)):
            event.note = ""
    for task in session.scalars(select(MoveInTask).where(MoveInTask.household_id == household_id)):
        task.note = ""
    for number, person in leaving:
        _anonymise_person(ctx, person, household.code, number)
        search.reindex_person(session, person, household.code)
    search.reindex_household(session, household_id)
    return len(leaving), elsewhere


def _anonymise_person(ctx: Context, person: Person, household_code: str, number: int) -> None:
    band = person.birth_date.year - person.birth_date.year % BIRTH_BAND_YEARS
    person.surname, person.given_name = ANONYMOUS, f"{household_code}-{number}"
    person.tax_code = None
    person.birth_date = date(band, 1, 1)
    person.birth_place = person.citizenship = person.phone = person.email = ""
    person.has_disability = False
    ctx.stamp(person)
