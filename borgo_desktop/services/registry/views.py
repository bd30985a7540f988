"""Frozen views of registry records: what services hand to the window and the CLI."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.models import (
    Building, Candidacy, Household, Lease, Membership, MoveInTask, Person, TargetCategory, Unit,
)
from borgo_desktop.models.enums import (
    HANDOVER_ITEMS, Education, Employment, HouseholdStatus, LeaseStatus, MoveInItem, Regime,
    Relation, RentModel, Sex, Stage, UnitStatus,
)
from borgo_desktop.services.core.lookups import current_members, current_unit, get_or_fail
from borgo_desktop.services.core.permissions import Permission, allowed


@dataclass(frozen=True)
class BuildingView:
    id: uuid.UUID
    code: str
    name: str
    address: str
    cap: str
    municipio: int | None
    city: str = "Milano"
    retired_on: date | None = None


@dataclass(frozen=True)
class UnitView:
    id: uuid.UUID
    code: str
    building_code: str
    building_name: str
    staircase: str
    floor: int
    number: str
    surface_m2: float
    rooms: int
    accessible: bool
    regime: Regime
    rent_model: RentModel
    rent_rate_cents: int
    status: UnitStatus
    cadastral: str
    cadastral_sheet: str = ""
    cadastral_parcel: str = ""
    cadastral_sub: str = ""
    retired_on: date | None = None


@dataclass(frozen=True)
class PersonView:
    id: uuid.UUID
    surname: str
    given_name: str
    tax_code: str
    birth_date: date
    birth_place: str
    sex: Sex
    citizenship: str
    employment: Employment
    education: Education
    has_disability: bool | None  # None: masked for a role without REGISTRY_SENSITIVE
    phone: str
    email: str
    version: int | None = None  # the row_version read (services.core.versions)

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.given_name}"


@dataclass(frozen=True)
class MemberView:
    person: PersonView
    relation: Relation
    joined_on: date
    left_on: date | None


@dataclass(frozen=True)
class LeaseView:
    id: uuid.UUID
    unit_code: str
    starts_on: date
    ends_on: date | None
    monthly_rent_cents: int
    service_charges_cents: int
    deposit_cents: int
    status: LeaseStatus


@dataclass(frozen=True)
class MoveInTaskView:
    item: MoveInItem
    done_on: date | None
    done_by: str
    note: str
    due_on: date | None = None  # the follow-up steps: from the day of the move


@dataclass(frozen=True)
class HouseholdDetail:
    id: uuid.UUID
    code: str
    status: HouseholdStatus
    reference_name: str
    phone: str
    email: str
    preferred_language: str
    target_category_code: str
    target_category_label: str
    # Sensitive (REGISTRY_SENSITIVE): None when masked, see ``visible_to``.
    vulnerabilities: tuple[str, ...] | None
    needs_accessible_unit: bool  # the derived flag every role may see
    isee_cents: int | None
    isee_expires_on: date | None
    dsu_protocol: str | None
    privacy_consent_on: date | None
    contact_consent_on: date | None
    photo_consent_on: date | None
    notes: str
    members: tuple[MemberView, ...]        # current members, reference person first
    past_members: tuple[MemberView, ...]   # history: who left and when
    unit: UnitView | None
    leases: tuple[LeaseView, ...]
    stage: Stage | None
    stage_unit_code: str
    reserved_until: date | None
    refusal_reason: str
    move_in: tuple[MoveInTaskView, ...]
    sensitive_masked: bool = False  # ISEE, vulnerabilities and disability withheld
    version: int | None = None  # the row_version read (services.core.versions)

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def active_lease(self) -> LeaseView | None:
        return next((lease for lease in self.leases if lease.status == LeaseStatus.ACTIVE), None)


def building_view(b: Building) -> BuildingView:
    return BuildingView(b.id, b.code, b.name, b.address, b.cap, b.municipio, b.city,
                        b.retired_on)


def unit_view(u: Unit) -> UnitView:
    cadastral = " ".join(f"{label} {value}" for label, value in (
        ("fg.", u.cadastral_sheet), ("part.", u.cadastral_parcel), ("sub.", u.cadastral_sub))
        if value)
    return UnitView(u.id, u.code, u.building.code, u.building.name, u.staircase, u.floor,
                    u.number, u.surface_m2, u.rooms, u.accessible, u.regime, u.rent_model,
                    u.rent_rate_cents, u.status, cadastral, u.cadastral_sheet,
                    u.cadastral_parcel, u.cadastral_sub, u.retired_on)


def person_view(p: Person) -> PersonView:
    return PersonView(p.id, p.surname, p.given_name, p.tax_code or "", p.birth_date,
                      p.birth_place, p.sex, p.citizenship, p.employment, p.education,
                      p.has_disability, p.phone, p.email, p.row_version)


def member_view(m: Membership, p: Person) -> MemberView:
    return MemberView(person_view(p), m.relation, m.joined_on, m.left_on)


def lease_view(lease: Lease, unit_code: str) -> LeaseView:
    return LeaseView(lease.id, unit_code, lease.starts_on, lease.ends_on,
                     lease.monthly_rent_cents, lease.service_charges_cents,
                     lease.deposit_cents, lease.status)


def household_detail_of(session: Session, household_id: uuid.UUID) -> HouseholdDetail:
    h = get_or_fail(session, Household, household_id, "Nucleo")
    members = current_members(session, household_id)
    past = session.execute(
        select(Membership, Person).join(Person, Membership.person_id == Person.id)
        .where(Membership.household_id == household_id, Membership.left_on.is_not(None))
        .order_by(Membership.left_on.desc())).all()
    category = session.get(TargetCategory, h.target_category_id) if h.target_category_id else None
    leases = session.execute(
        select(Lease, Unit.code).join(Unit, Lease.unit_id == Unit.id)
        .where(Lease.household_id == household_id).order_by(Lease.starts_on.desc())).all()
    candidacy = session.scalar(select(Candidacy).where(Candidacy.household_id == household_id))
    stage_unit = session.get(Unit, candidacy.unit_id) if candidacy and candidacy.unit_id else None
    tasks = session.scalars(select(MoveInTask).where(MoveInTask.household_id == household_id))
    by_item = {t.item: t for t in tasks}
    unit = current_unit(session, household_id)
    reference = next((p for m, p in members if p.id == h.reference_person_id), None)
    return HouseholdDetail(
        id=h.id, code=h.code, status=h.status,
        reference_name=f"{reference.surname} {reference.given_name}" if reference else "",
        phone=h.phone, email=h.email, preferred_language=h.preferred_language,
        target_category_code=category.code if category else "",
        target_category_label=category.label if category else "",
        vulnerabilities=tuple(h.vulnerabilities or ()),
        needs_accessible_unit=h.needs_accessible_unit, isee_cents=h.isee_cents,
        isee_expires_on=h.isee_expires_on, dsu_protocol=h.dsu_protocol,
        privacy_consent_on=h.privacy_consent_on, contact_consent_on=h.contact_consent_on,
        photo_consent_on=h.photo_consent_on, notes=h.notes,
        members=tuple(member_view(m, p) for m, p in members),
        past_members=tuple(member_view(m, p) for m, p in past),
        unit=unit_view(unit) if unit else None,
        leases=tuple(lease_view(lease, code) for lease, code in leases),
        stage=candidacy.stage if candidacy else None,
        stage_unit_code=stage_unit.code if stage_unit else "",
        reserved_until=candidacy.reserved_until if candidacy else None,
        refusal_reason=candidacy.refusal_reason if candidacy else "",
        move_in=_move_in(by_item, candidacy),
        version=h.row_version,
    )


def _move_in(by_item: dict, candidacy: Candidacy | None) -> tuple[MoveInTaskView, ...]:
    """The handover's checklist (every item, done or not) once the lease is signed, then the
    follow-up steps scheduled with the move."""
    if not (candidacy and candidacy.stage in (Stage.SIGNED, Stage.MOVED_IN) or by_item):
        return ()
    views = []
    for item in MoveInItem:
        task = by_item.get(item)
        if task is not None:
            views.append(MoveInTaskView(item, task.done_on, task.done_by, task.note, task.due_on))
        elif item in HANDOVER_ITEMS:
            views.append(MoveInTaskView(item, None, "", ""))
    return tuple(views)


# --- least privilege: what a role without REGISTRY_SENSITIVE receives ----------------------

def masked_person(view: PersonView) -> PersonView:
    return replace(view, has_disability=None)


def masked_household(detail: HouseholdDetail) -> HouseholdDetail:
    """ISEE, DSU, vulnerabilities and disability withheld; "needs an accessible unit" kept."""
    def members(views: tuple[MemberView, ...]) -> tuple[MemberView, ...]:
        return tuple(replace(m, person=masked_person(m.person)) for m in views)

    return replace(detail, vulnerabilities=None, isee_cents=None, isee_expires_on=None,
                   dsu_protocol=None, members=members(detail.members),
                   past_members=members(detail.past_members), sensitive_masked=True)


def visible_to(actor, view):
    """The view as ``actor`` may see it (household detail or person)."""
    if view is None or allowed(actor, Permission.REGISTRY_SENSITIVE):
        return view
    return masked_household(view) if isinstance(view, HouseholdDetail) else masked_person(view)
