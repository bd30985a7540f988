"""Registry use cases: buildings, units, households and their members, leases.

Every call is one transaction; results are frozen views (services/registry/views.py), never
ORM objects. Invalid input raises :class:`ValidationError` listing every problem.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import (
    Building, Candidacy, CommonSpace, Household, Lease, Membership, Person, TargetCategory, Unit,
)
from borgo_desktop.models.enums import HouseholdStatus, LeaseStatus, Relation, Stage, UnitStatus
from borgo_desktop.services.core import audit, search
from borgo_desktop.services.casework import triggers as case_triggers
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import current_members, current_membership, get_or_fail
from borgo_desktop.services.core.permissions import Permission, allowed, require
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
    check_building, check_household, check_members, check_people, check_person, check_unit,
)
from borgo_desktop.services.core.problems import Problems
from borgo_desktop.services.core.versions import check_version
from borgo_desktop.services.registry.views import (
    BuildingView, HouseholdDetail, PersonView, UnitView, building_view, household_detail_of,
    person_view, unit_view, visible_to,
)


def _detail(ctx: Context, session: Session, household_id: uuid.UUID) -> HouseholdDetail:
    return visible_to(ctx.actor, household_detail_of(session, household_id))


# --- buildings, units, common spaces ------------------------------------------------------

def create_building(ctx: Context, data: BuildingInput) -> BuildingView:
    require(ctx, Permission.ESTATE_MANAGE)
    problems = Problems()
    check_building(data, problems)
    with ctx.store.unit_of_work() as session:
        if session.scalar(select(Building.id).where(Building.code == data.code.strip())):
            problems.add("code", "Esiste già un edificio con codice {code}.", code=data.code)
        problems.raise_if_any()
        building = Building(code=data.code.strip(), name=data.name.strip(),
                            address=data.address.strip(), cap=data.cap.strip(),
                            municipio=data.municipio, city=data.city)
        ctx.stamp(building)
        session.add(building)
        session.flush()
        audit.record(ctx, session, "building.create", "building", building.id, detail=building.code)
        session.commit()
        return building_view(building)


def list_buildings(ctx: Context) -> list[BuildingView]:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        return [building_view(b) for b in session.scalars(select(Building).order_by(Building.code))]


def unit_code_for(building_code: str, staircase: str, number: str) -> str:
    return "-".join(part for part in (building_code, staircase, number) if part).upper()


def create_unit(ctx: Context, data: UnitInput) -> UnitView:
    require(ctx, Permission.ESTATE_MANAGE)
    with ctx.store.unit_of_work() as session:
        unit = add_unit(ctx, session, data)
        audit.record(ctx, session, "unit.create", "unit", unit.id, detail=unit.code)
        session.commit()
        return unit_view(unit)


def add_unit(ctx: Context, session: Session, data: UnitInput,
             problems: Problems | None = None) -> Unit:
    """A new unit in the caller's transaction (the form's, or an import's for many units).

    Raises :class:`ValidationError` with every problem; ``problems`` may carry some already."""
    problems = problems or Problems()
    check_unit(data, problems)
    if data.status == UnitStatus.RETIRED:
        problems.add("status", "Un alloggio nuovo non può essere dismesso.")
    building = session.scalar(select(Building).where(Building.code == data.building_code))
    if building is None:
        problems.add("building_code", "Edificio sconosciuto: {code}.", code=data.building_code)
    code = data.code.strip() or unit_code_for(data.building_code, data.staircase, data.number)
    if session.scalar(select(Unit.id).where(Unit.code == code)):
        problems.add("number", "Esiste già un alloggio con codice {code}.", code=code)
    problems.raise_if_any()
    unit = Unit(building=building, code=code, **_unit_fields(data))
    ctx.stamp(unit)
    session.add(unit)
    session.flush()
    search.reindex_unit(session, unit)
    return unit


# Statuses the unit's form may set; the others follow the lease, the allocation or «Dismetti».
FORM_STATUSES = (UnitStatus.VACANT, UnitStatus.RENOVATION, UnitStatus.UNAVAILABLE)


def update_unit(ctx: Context, unit_id: uuid.UUID, data: UnitInput) -> UnitView:
    require(ctx, Permission.ESTATE_MANAGE)
    problems = Problems()
    check_unit(data, problems)
    with ctx.store.unit_of_work() as session:
        unit = get_or_fail(session, Unit, unit_id, "Alloggio")
        if data.status != unit.status and not (unit.status in FORM_STATUSES
                                               and data.status in FORM_STATUSES):
            problems.add("status", "Lo stato «{status}» non si cambia dal modulo: segue il "
                         "contratto, l'assegnazione o la dismissione.",
                         status=(unit.status if unit.status not in FORM_STATUSES
                                 else data.status).label)
        problems.raise_if_any()
        for name, value in _unit_fields(data).items():
            setattr(unit, name, value)
        ctx.stamp(unit)
        audit.record(ctx, session, "unit.update", "unit", unit.id, audit.changed_fields(unit),
                     unit.code)
        search.reindex_unit(session, unit)
        session.commit()
        return unit_view(unit)


def _unit_fields(data: UnitInput) -> dict:
    return dict(staircase=data.staircase.strip(), floor=data.floor, number=data.number.strip(),
                surface_m2=data.surface_m2, rooms=data.rooms, regime=data.regime,
                rent_model=data.rent_model, rent_rate_cents=data.rent_rate_cents,
                accessible=data.accessible, status=data.status,
                cadastral_sheet=data.cadastral_sheet, cadastral_parcel=data.cadastral_parcel,
                cadastral_sub=data.cadastral_sub)


def get_unit(ctx: Context, unit_id: uuid.UUID) -> UnitView:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        return unit_view(get_or_fail(session, Unit, unit_id, "Alloggio"))


def find_unit(ctx: Context, code: str) -> UnitView | None:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        unit = session.scalar(select(Unit).where(Unit.code == code.strip().upper()))
        return unit_view(unit) if unit else None


def list_units(ctx: Context, status: UnitStatus | None = None) -> list[UnitView]:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        query = select(Unit).order_by(Unit.code)
        if status is not None:
            query = query.where(Unit.status == status)
        return [unit_view(u) for u in session.scalars(query)]


def create_common_space(ctx: Context, building_code: str, code: str, name: str,
                        purpose: str = "", surface_m2: float | None = None,
                        capacity: int | None = None) -> uuid.UUID:
    require(ctx, Permission.SPACE_MANAGE)
    problems = Problems()
    required_name = name.strip()
    if not required_name:
        problems.add("name", "Il campo «{label}» è obbligatorio.", label="Nome")
    with ctx.store.unit_of_work() as session:
        building = session.scalar(select(Building).where(Building.code == building_code))
        if building is None:
            problems.add("building_code", "Edificio sconosciuto: {code}.", code=building_code)
        problems.raise_if_any()
        space = CommonSpace(building_id=building.id, code=code, name=required_name,
                            purpose=purpose, surface_m2=surface_m2, capacity=capacity)
        ctx.stamp(space)
        session.add(space)
        session.flush()
        audit.record(ctx, session, "space.create", "space", space.id, detail=code)
        session.commit()
        return space.id


# --- households and persons -----------------------------------------------------------------

def next_household_code(session: Session) -> str:
    number = (session.scalar(select(func.count(Household.id))) or 0) + 1
    while session.scalar(select(Household.id).where(Household.code == f"N{number:05d}")):
        number += 1
    return f"N{number:05d}"


def create_household(ctx: Context, data: HouseholdInput, members: list[MemberInput],
                     joined_on: date | None = None) -> HouseholdDetail:
    """A new household with its members (exactly one reference person): the form's one call."""
    require(ctx, Permission.REGISTRY_WRITE)
    with ctx.store.unit_of_work() as session:
        household_id = add_household(ctx, session, data, members, joined_on=joined_on)
        audit.record(ctx, session, "household.create", "household", household_id,
                     detail=f"{session.get(Household, household_id).code}, "
                            f"{len(members)} componenti")
        session.commit()
        return _detail(ctx, session, household_id)


def add_household(ctx: Context, session: Session, data: HouseholdInput,
                  members: list[MemberInput], *, joined_on: date | None = None,
                  status: HouseholdStatus = HouseholdStatus.APPLICANT) -> uuid.UUID:
    """Create a household inside the caller's transaction (imports write many in one): every
    problem of the form at once, then the records."""
    code, category_id, tax_codes = _checked_new_household(ctx, session, data, members)
    household = Household(code=code, status=status)
    _apply_household(household, data, category_id)
    ctx.stamp(household)
    session.add(household)
    joined_on = joined_on or ctx.today()
    for member, tax_code in zip(members, tax_codes):
        person = _new_person(ctx, member.person, tax_code)
        session.add(person)
        session.flush()
        _join(ctx, session, person, household, member.relation, joined_on)
    session.flush()
    search.reindex_household(session, household.id)
    case_triggers.on_flags_saved(ctx, session, household.id, set(), set(household.vulnerabilities))
    return household.id


def _checked_new_household(ctx: Context, session: Session, data: HouseholdInput,
                           members: list[MemberInput]) -> tuple[str, uuid.UUID | None, list[str]]:
    """The new household's code, its category and its members' codici fiscali; or every
    problem at once: the form's rules (services/registry/forms.py), then what the records say
    (codes already taken, the category)."""
    problems = Problems()
    check_household(data, problems)
    check_members(members, problems)
    tax_codes = _checked_new_people(ctx, session, members, problems)
    code = data.code.strip() or next_household_code(session)
    if data.code and session.scalar(select(Household.id).where(Household.code == code)):
        problems.add("code", "Esiste già un nucleo con codice {code}.", code=code)
    category_id = _category_id(session, data.target_category_code, problems)
    problems.raise_if_any()
    return code, category_id, tax_codes


def _checked_new_people(ctx: Context, session: Session, members: list[MemberInput],
                        problems: Problems) -> list[str]:
    """Each member's rules (under ``members.<n>.``) and codici fiscali not yet on record nor
    repeated in the household; returns the normalised codes."""
    codes = check_people(members, ctx.today(), problems)
    seen: set[str] = set()
    taken = _existing_tax_codes(session, codes)
    for index, code in enumerate(codes):
        if code in taken:
            problems.add(f"members.{index}.tax_code",
                         "Il codice fiscale {code} è già presente in anagrafe.", code=code)
        elif code in seen:
            problems.add(f"members.{index}.tax_code",
                         "Il codice fiscale {code} è ripetuto nel nucleo.", code=code)
        seen.add(code)
    return codes


def _existing_tax_codes(session: Session, codes: list[str]) -> set[str]:
    codes = [c for c in codes if c]
    if not codes:
        return set()
    return set(session.scalars(select(Person.tax_code).where(Person.tax_code.in_(codes))))


def _category_id(session: Session, code: str, problems: Problems) -> uuid.UUID | None:
    if not code:
        return None
    category_id = session.scalar(select(TargetCategory.id).where(TargetCategory.code == code))
    if category_id is None:
        problems.add("target_category_code", "Categoria sconosciuta: {code}.", code=code)
    return category_id


def _apply_household(household: Household, data: HouseholdInput, category_id: uuid.UUID | None,
                     *, sensitive: bool = True) -> None:
    """Copy the checked form onto the record.

    ``sensitive=False`` is a role that sees ISEE, DSU and vulnerabilities masked: for it they
    are write-only. A new ISEE (a renewed DSU handed in at the desk) replaces the stored one,
    declared vulnerabilities are added; what the form leaves empty keeps what is stored, since
    the form never showed it.
    """
    household.phone, household.email = data.phone.strip(), data.email.strip()
    household.preferred_language = data.preferred_language
    household.target_category_id = category_id
    household.needs_accessible_unit = data.needs_accessible_unit
    declared = {v.value for v in data.vulnerabilities}
    if not sensitive:
        declared |= set(household.vulnerabilities or ())
    household.vulnerabilities = sorted(declared)
    if sensitive or data.isee_cents is not None:
        household.isee_cents, household.isee_expires_on = data.isee_cents, data.isee_expires_on
        household.dsu_protocol = data.dsu_protocol
    household.privacy_consent_on = data.privacy_consent_on
    household.contact_consent_on = data.contact_consent_on
    household.photo_consent_on = data.photo_consent_on
    household.notes = data.notes


def _new_person(ctx: Context, data: PersonInput, tax_code: str) -> Person:
    person = Person(tax_code=tax_code or None, **_person_fields(data))
    ctx.stamp(person)
    return person


def _person_fields(data: PersonInput) -> dict:
    return dict(surname=data.surname.strip(), given_name=data.given_name.strip(),
                birth_date=data.birth_date, birth_place=data.birth_place.strip(), sex=data.sex,
                citizenship=data.citizenship.strip(), employment=data.employment,
                education=data.education, has_disability=data.has_disability,
                phone=data.phone.strip(), email=data.email.strip())


def update_household(ctx: Context, household_id: uuid.UUID, data: HouseholdInput) -> HouseholdDetail:
    require(ctx, Permission.REGISTRY_WRITE)
    problems = Problems()
    check_household(data, problems)
    with ctx.store.unit_of_work() as session:
        household = get_or_fail(session, Household, household_id, "Nucleo")
        check_version(household, data.version)
        flags_before = set(household.vulnerabilities or ())
        category_id = _category_id(session, data.target_category_code, problems)
        problems.raise_if_any()
        _apply_household(household, data, category_id,
                         sensitive=allowed(ctx.actor, Permission.REGISTRY_SENSITIVE))
        ctx.stamp(household)
        audit.record(ctx, session, "household.update", "household", household_id,
                     audit.changed_fields(household), household.code)
        case_triggers.on_flags_saved(ctx, session, household_id, flags_before,
                                     set(household.vulnerabilities))
        session.commit()
        return _detail(ctx, session, household_id)


def get_household(ctx: Context, household_id: uuid.UUID) -> HouseholdDetail:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        return _detail(ctx, session, household_id)


def find_household(ctx: Context, code: str) -> HouseholdDetail | None:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        household_id = session.scalar(select(Household.id).where(Household.code == code))
        return _detail(ctx, session, household_id) if household_id else None


def get_person(ctx: Context, person_id: uuid.UUID) -> PersonView:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        person = get_or_fail(session, Person, person_id, "Persona")
        return visible_to(ctx.actor, person_view(person))


def household_of_person(ctx: Context, person_id: uuid.UUID) -> uuid.UUID | None:
    """The person's current household, if any."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        membership = current_membership(session, person_id)
        return membership.household_id if membership else None


def household_in_unit(ctx: Context, unit_id: uuid.UUID) -> HouseholdDetail | None:
    """The household living in the unit (active lease), else the one it is offered to."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        household_id = session.scalar(
            select(Lease.household_id).where(Lease.unit_id == unit_id,
                                             Lease.status == LeaseStatus.ACTIVE).limit(1))
        if household_id is None:
            household_id = session.scalar(
                select(Candidacy.household_id).where(Candidacy.unit_id == unit_id,
                                                     Candidacy.stage != Stage.REFUSED).limit(1))
        return _detail(ctx, session, household_id) if household_id else None


def _join(ctx: Context, session: Session, person: Person, household: Household,
          relation: Relation, joined_on: date) -> None:
    if relation == Relation.REFERENCE:
        household.reference_person_id = person.id
    membership = Membership(person_id=person.id, household_id=household.id, relation=relation,
                            joined_on=joined_on)
    ctx.stamp(membership)
    session.add(membership)


def add_member(ctx: Context, household_id: uuid.UUID, member: MemberInput,
               joined_on: date | None = None) -> HouseholdDetail:
    require(ctx, Permission.REGISTRY_WRITE)
    problems = Problems()
    with ctx.store.unit_of_work() as session:
        household = get_or_fail(session, Household, household_id, "Nucleo")
        (tax_code,) = _checked_new_people(ctx, session, [member], problems)
        if member.relation == Relation.REFERENCE and household.reference_person_id:
            problems.add("members.0.relation",
                         "Il nucleo ha già un intestatario: cambiarlo dalla scheda del nucleo.")
        problems.raise_if_any()
        person = _new_person(ctx, member.person, tax_code)
        session.add(person)
        session.flush()
        _join(ctx, session, person, household, member.relation, joined_on or ctx.today())
        search.reindex_household(session, household.id)
        audit.record(ctx, session, "member.add", "person", person.id, detail=household.code)
        session.commit()
        return _detail(ctx, session, household_id)


def update_person(ctx: Context, person_id: uuid.UUID, data: PersonInput) -> None:
    require(ctx, Permission.REGISTRY_WRITE)
    problems = Problems()
    tax_code = check_person(data, ctx.today(), problems)
    with ctx.store.unit_of_work() as session:
        person = get_or_fail(session, Person, person_id, "Persona")
        check_version(person, data.version)
        if tax_code and tax_code != person.tax_code and _existing_tax_codes(session, [tax_code]):
            problems.add("tax_code", "Il codice fiscale {code} è già presente in anagrafe.",
                         code=tax_code)
        problems.raise_if_any()
        fields = _person_fields(data)
        if not allowed(ctx.actor, Permission.REGISTRY_SENSITIVE) and not data.has_disability:
            del fields["has_disability"]  # write-only for this role: unticked keeps the stored
        for name, value in fields.items():
            setattr(person, name, value)
        person.tax_code = tax_code or None
        ctx.stamp(person)
        audit.record(ctx, session, "person.update", "person", person_id,
                     audit.changed_fields(person))
        membership = current_membership(session, person_id)
        if membership:
            search.reindex_household(session, membership.household_id)
        else:
            search.reindex_person(session, person, "")
        session.commit()


def leave_household(ctx: Context, person_id: uuid.UUID, left_on: date | None = None) -> None:
    """The person leaves their household; the membership is closed, never deleted."""
    require(ctx, Permission.REGISTRY_WRITE)
    with ctx.store.unit_of_work() as session:
        membership = current_membership(session, person_id)
        if membership is None:
            raise UserError("La persona non fa parte di alcun nucleo.")
        household = session.get(Household, membership.household_id)
        if household.reference_person_id == person_id:
            raise UserError("L'intestatario non può uscire dal nucleo: indicare prima un nuovo "
                            "intestatario.")
        _close(ctx, membership, left_on or ctx.today())
        search.reindex_household(session, household.id)
        search.reindex_person(session, session.get(Person, person_id), "")
        audit.record(ctx, session, "member.leave", "person", person_id, detail=household.code)
        session.commit()


def move_person(ctx: Context, person_id: uuid.UUID, to_household_id: uuid.UUID,
                relation: Relation, on: date | None = None) -> None:
    """Leave the current household (if any) and join another, keeping the history."""
    require(ctx, Permission.REGISTRY_WRITE)
    on = on or ctx.today()
    with ctx.store.unit_of_work() as session:
        person = get_or_fail(session, Person, person_id, "Persona")
        target = get_or_fail(session, Household, to_household_id, "Nucleo")
        old = current_membership(session, person_id)
        if old is not None:
            if old.household_id == to_household_id:
                raise UserError("La persona fa già parte di questo nucleo.")
            source = session.get(Household, old.household_id)
            if source.reference_person_id == person_id:
                raise UserError("L'intestatario non può lasciare il nucleo: indicare prima un "
                                "nuovo intestatario.")
            _close(ctx, old, on)
            session.flush()
        if relation == Relation.REFERENCE and target.reference_person_id:
            raise UserError("Il nucleo di destinazione ha già un intestatario.")
        _join(ctx, session, person, target, relation, on)
        session.flush()
        if old is not None:
            search.reindex_household(session, old.household_id)
        search.reindex_household(session, target.id)
        audit.record(ctx, session, "member.move", "person", person_id,
                     detail=f"{source.code} → {target.code}" if old is not None else target.code)
        session.commit()


def release_unit(ctx: Context, session: Session, candidacy: Candidacy) -> None:
    """The unit a candidacy holds goes back to the pool (if it is still reserved for it)."""
    unit = session.get(Unit, candidacy.unit_id) if candidacy.unit_id else None
    if unit is not None and unit.status == UnitStatus.PREALLOCATED:
        unit.status = UnitStatus.VACANT
        ctx.stamp(unit)
    candidacy.reserved_until = None


def household_leaves(ctx: Context, household_id: uuid.UUID, on: date | None = None) -> None:
    """The whole household leaves the project: its lease ends and the unit is vacant again,
    every membership closes, the status becomes «Uscito». Nothing is deleted; the retention
    rule (services/privacy) later proposes it for anonymisation."""
    require(ctx, Permission.REGISTRY_WRITE)
    on = on or ctx.today()
    if on > ctx.today():
        raise UserError("La data {date} è nel futuro.", field="on", date=fmt_date(on))
    with ctx.store.unit_of_work() as session:
        household = get_or_fail(session, Household, household_id, "Nucleo")
        if household.status == HouseholdStatus.LEFT:
            raise UserError("Il nucleo {code} risulta già uscito.", code=household.code)
        for lease in session.scalars(select(Lease).where(Lease.household_id == household_id,
                                                         Lease.status == LeaseStatus.ACTIVE)):
            if on < lease.starts_on:
                raise UserError("La data di uscita non può precedere l'inizio del contratto "
                                "({date}).", field="on", date=fmt_date(lease.starts_on))
            lease.ends_on, lease.status = on, LeaseStatus.ENDED
            ctx.stamp(lease)
            unit = session.get(Unit, lease.unit_id)
            unit.status = UnitStatus.VACANT
            ctx.stamp(unit)
        candidacy = session.scalar(select(Candidacy).where(Candidacy.household_id == household_id))
        if candidacy is not None and candidacy.stage in (Stage.PROPOSED, Stage.VISIT,
                                                         Stage.ACCEPTED):
            release_unit(ctx, session, candidacy)  # the reserved unit goes back to the pool
            ctx.stamp(candidacy)
        leaving = []
        for membership, person in current_members(session, household_id):
            _close(ctx, membership, on)
            leaving.append(person)
        household.status = HouseholdStatus.LEFT
        ctx.stamp(household)
        session.flush()
        search.reindex_household(session, household_id)
        for person in leaving:
            search.reindex_person(session, person, "")
        audit.record(ctx, session, "household.leave", "household", household_id, ["status"],
                     household.code)
        session.commit()


def _close(ctx: Context, membership: Membership, left_on: date) -> None:
    if left_on < membership.joined_on:
        raise UserError("La data di uscita non può precedere quella di ingresso ({joined}).",
                        joined=fmt_date(membership.joined_on))
    membership.left_on = left_on
    ctx.stamp(membership)


def create_lease(ctx: Context, data: LeaseInput) -> uuid.UUID:
    require(ctx, Permission.REGISTRY_WRITE)
    problems = Problems()
    if data.monthly_rent_cents < 0:
        problems.add("monthly_rent_cents", "Il canone non può essere negativo.")
    if data.ends_on and data.ends_on <= data.starts_on:
        problems.add("ends_on", "La fine del contratto deve seguire l'inizio.")
    with ctx.store.unit_of_work() as session:
        lease_id = open_lease(ctx, session, data, problems)
        audit.record(ctx, session, "lease.create", "lease", lease_id, detail=data.unit_code)
        session.commit()
        return lease_id


def open_lease(ctx: Context, session: Session, data: LeaseInput, problems: Problems) -> uuid.UUID:
    """Sign a lease inside the caller's transaction (the allocation pipeline uses it too)."""
    household = get_or_fail(session, Household, data.household_id, "Nucleo")
    unit = session.scalar(select(Unit).where(Unit.code == data.unit_code))
    if unit is None:
        problems.add("unit_code", "Alloggio sconosciuto: {code}.", code=data.unit_code)
    elif session.scalar(select(Lease.id).where(Lease.unit_id == unit.id,
                                               Lease.status == LeaseStatus.ACTIVE)):
        problems.add("unit_code", "L'alloggio {code} ha già un contratto in corso.", code=unit.code)
    problems.raise_if_any()
    lease = Lease(household_id=household.id, unit_id=unit.id, starts_on=data.starts_on,
                  ends_on=data.ends_on, monthly_rent_cents=data.monthly_rent_cents,
                  service_charges_cents=data.service_charges_cents,
                  deposit_cents=data.deposit_cents, status=LeaseStatus.ACTIVE)
    ctx.stamp(lease)
    session.add(lease)
    unit.status = UnitStatus.LET
    ctx.stamp(unit)
    session.flush()
    search.reindex_household(session, household.id)
    return lease.id


__all__ = [
    "create_building", "list_buildings", "create_unit", "update_unit", "get_unit", "find_unit",
    "list_units", "create_common_space", "create_household", "update_household",
    "add_household", "get_household", "find_household", "get_person", "household_of_person",
    "household_in_unit", "add_member", "update_person", "leave_household",
    "move_person", "household_leaves", "create_lease", "open_lease", "ValidationError",
]
