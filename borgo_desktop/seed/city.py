"""A city-scale data set, the order of the Comune's own stock: 30,000 units in 400
buildings, 27,000 households, about 65,000 persons, leases and an allocation pipeline.

Made for performance work, so it is written with bulk Core inserts in one transaction
rather than through the per-record services; the search index rows come from the same
functions the services use (``search.person_entry`` and friends). ``factor`` scales it.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date, datetime, time as clock, timedelta, timezone
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.models import (
    Building, Candidacy, CandidacyEvent, Household, Lease, Membership, MoveInTask, Person,
    SearchEntry, Unit,
)
from borgo_desktop.models.enums import (
    HouseholdStatus, LeaseStatus, MoveInItem, Regime, RentModel, Stage, UnitStatus,
)
from borgo_desktop.seed import demo_plan
from borgo_desktop.seed.city_cases import build_city_cases
from borgo_desktop.seed.city_spaces import build_city_spaces
from borgo_desktop.seed.city_gen import (
    CATEGORY_BY_SHAPE, CityHousehold, Stamp, UnitPool, make_buildings, make_household,
    make_units,
)
from borgo_desktop.seed.city_tickets import build_city_tickets
from borgo_desktop.seed.people import PeopleMaker
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.core import search
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.registry.registry import next_household_code
from borgo_desktop.services.core.settings import get_setting

SEED = 2026_8
REFERENCE_DAY = demo_plan.REFERENCE_DAY
PEOPLE_DAY = date(2025, 1, 1)
BUILDINGS, UNITS, HOUSEHOLDS = 400, 30_000, 27_000
# Households in the allocation pipeline, by stage; every other household is a sitting tenant.
PIPELINE = {Stage.MOVED_IN: 1_500, Stage.SIGNED: 100, Stage.ACCEPTED: 150, Stage.VISIT: 200,
            Stage.PROPOSED: 300, Stage.REFUSED: 250, Stage.CANDIDATE: 1_200}
PATH = (Stage.CANDIDATE, Stage.PROPOSED, Stage.VISIT, Stage.ACCEPTED, Stage.SIGNED,
        Stage.MOVED_IN)
# Days before the reference day of the last step, and between a step and the one before.
LAST_STEP_DAYS = {Stage.MOVED_IN: (5, 700), Stage.SIGNED: (1, 25), Stage.ACCEPTED: (1, 10),
                  Stage.VISIT: (1, 10), Stage.PROPOSED: (0, 20), Stage.REFUSED: (5, 300),
                  Stage.CANDIDATE: (0, 500)}
GAP_DAYS = {Stage.PROPOSED: (20, 200), Stage.VISIT: (2, 10), Stage.ACCEPTED: (1, 7),
            Stage.REFUSED: (1, 10), Stage.SIGNED: (3, 20), Stage.MOVED_IN: (3, 15)}
REFUSALS = ("Alloggio troppo lontano dal lavoro.", "Piano alto senza ascensore.",
            "Il nucleo ha trovato un'altra soluzione.", "Alloggio ritenuto troppo piccolo.")
SHARE_RENOVATION, SHARE_UNAVAILABLE = 0.03, 0.01
CHUNK = 10_000
MARKER_BUILDING = "ERP0001"


@dataclass(frozen=True)
class CitySummary:
    buildings: int
    units: int
    households: int
    persons: int
    leases: int
    candidacies: int
    search_entries: int
    seconds: float


class _Rec(dict):
    """A row read by attribute, so the search-entry functions accept it like a record."""

    __getattr__ = dict.__getitem__


def scaled(count: int, factor: float) -> int:
    return max(1, round(count * factor))


def build_city(ctx: Context, progress: Callable[[str], None] | None = None,
               factor: float = 1.0) -> CitySummary:
    say = progress or (lambda _text: None)
    started = time.perf_counter()

    def phase(text: str) -> None:
        say(f"[{time.perf_counter() - started:6.1f} s] {text}")

    with ctx.store.read() as session:
        if session.scalar(select(Building.id).where(Building.code == MARKER_BUILDING)):
            raise UserError("I dati di scala cittadina sono già presenti in questo database.")
    rng, stamp = random.Random(SEED), Stamp(ctx.actor.username)
    phase("Categorie del piano di assegnazione")
    categories = _categories(ctx, factor)
    with ctx.store.unit_of_work() as session:
        phase("Edifici e alloggi")
        buildings = make_buildings(rng, stamp, scaled(BUILDINGS, factor))
        units = make_units(rng, stamp, buildings, scaled(UNITS, factor))
        phase("Nuclei familiari e persone")
        taken = set(session.scalars(select(Person.tax_code).where(Person.tax_code.is_not(None))))
        maker = PeopleMaker(rng, PEOPLE_DAY, taken)
        first = int(next_household_code(session)[1:])
        households = [make_household(rng, stamp, maker, f"N{first + i:05d}")
                      for i in range(scaled(HOUSEHOLDS, factor))]
        phase("Contratti e percorso di assegnazione")
        links = _Links(rng, stamp, units, categories,
                       get_setting(ctx, "allocation.income_bands"))
        stages = _stages(rng, len(households), factor)
        for household, stage in zip(households, stages):
            links.place(household, stage)
        links.close_units(len(units))
        phase("Scrittura nel database")
        persons = [row for h in households for row, _relation in h.members]
        for model, rows in ((Building, buildings), (Unit, units), (Person, persons),
                            (Household, [h.row for h in households]),
                            (Membership, _memberships(stamp, households)),
                            (Lease, links.leases), (Candidacy, links.candidacies),
                            (CandidacyEvent, links.events), (MoveInTask, links.tasks)):
            _insert(session, model, rows)
            phase(f"  {model.__tablename__}: {len(rows)} righe")
        phase("Indice di ricerca")
        entries = _existing_entries(session) + _search_rows(buildings, units, households, links)
        search.rebuild_index(session, entries)
        session.commit()
    build_city_cases(ctx, factor, phase)
    phase("Segnalazioni di manutenzione")
    build_city_tickets(ctx, REFERENCE_DAY, factor, phase)
    build_city_spaces(ctx, progress=phase, factor=factor)  # its own transaction
    summary = CitySummary(len(buildings), len(units), len(households), len(persons),
                          len(links.leases), len(links.candidacies), len(entries),
                          time.perf_counter() - started)
    phase(f"Completato in {summary.seconds:.1f} s: {summary.buildings} edifici, "
          f"{summary.units} alloggi, {summary.households} nuclei, {summary.persons} persone.")
    return summary


def _categories(ctx: Context, factor: float) -> dict[str, object]:
    """The demo's categories with quotas for a city-wide yearly plan (kept if present)."""
    existing = {c.code: c.id for c in allocation.list_categories(ctx)}
    for code, label, quota, description in demo_plan.CATEGORIES:
        if code not in existing:
            existing[code] = allocation.save_category(
                ctx, code, label, scaled(quota * 66, factor), description).id
    return existing


def _stages(rng: random.Random, count: int, factor: float) -> list[Stage | None]:
    """The pipeline stage of each household (None: a sitting tenant), shuffled."""
    stages: list[Stage | None] = []
    for stage, base in PIPELINE.items():
        stages += [stage] * min(scaled(base, factor), count - len(stages))
    stages += [None] * (count - len(stages))
    rng.shuffle(stages)
    return stages


def _insert(session: Session, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(model.__table__.insert(), rows[start:start + CHUNK])


def _memberships(stamp: Stamp, households: list[CityHousehold]) -> list[dict]:
    return [stamp(person_id=person["id"], household_id=h.row["id"], relation=relation,
                  joined_on=max(h.since, person["birth_date"]), left_on=None)
            for h in households for person, relation in h.members]


class _Links:
    """Leases, candidacies, their history and move-in checklists; unit statuses follow."""

    def __init__(self, rng: random.Random, stamp: Stamp, units: list[dict],
                 categories: dict[str, object], bands: list):
        self.rng, self.stamp, self.categories, self.bands = rng, stamp, categories, bands
        self.pool = UnitPool(rng, units)
        self.leases: list[dict] = []
        self.candidacies: list[dict] = []
        self.events: list[dict] = []
        self.tasks: list[dict] = []
        self.unit_of: dict[object, str] = {}  # household id -> code shown in the search entry

    def place(self, household: CityHousehold, stage: Stage | None) -> None:
        rng, size = self.rng, len(household.members)
        if stage is None:  # a sitting tenant, for years
            reference_born = household.members[0][0]["birth_date"]
            earliest = date(reference_born.year + 20, reference_born.month, 1)
            starts = min(max(REFERENCE_DAY - timedelta(days=rng.randint(200, 40 * 365)),
                             earliest), REFERENCE_DAY)
            household.settle(rng, starts, starts)
            self._lease(household, self.pool.take(size), starts)
            return
        steps = self._steps(stage)
        household.settle(rng, steps[0][1] - timedelta(days=rng.randint(30, 4_000)), steps[0][1])
        category = CATEGORY_BY_SHAPE.get(household.shape)
        if category is None and rng.random() < 0.4:
            category = "EMERGENZA"
        household.row["target_category_id"] = self.categories.get(category)
        if stage == Stage.CANDIDATE:
            unit = None
        elif stage == Stage.REFUSED:
            unit = {}  # a unit nobody took, chosen in close_units
        else:
            unit = self.pool.take(size)
        if stage != Stage.MOVED_IN:
            household.row["status"] = HouseholdStatus.APPLICANT
        self._candidacy(household, stage, steps, unit)

    def _steps(self, stage: Stage) -> list[tuple[Stage, date]]:
        rng = self.rng
        if stage == Stage.REFUSED:
            path = [Stage.CANDIDATE, Stage.PROPOSED] + ([Stage.VISIT] if rng.random() < 0.6
                                                        else []) + [Stage.REFUSED]
        else:
            path = list(PATH[:PATH.index(stage) + 1])
        day = REFERENCE_DAY - timedelta(days=rng.randint(*LAST_STEP_DAYS[stage]))
        steps = [(path[-1], day)]
        for previous, following in zip(reversed(path[:-1]), reversed(path[1:])):
            day -= timedelta(days=rng.randint(*GAP_DAYS[following]))
            steps.insert(0, (previous, day))
        return steps

    def _candidacy(self, household: CityHousehold, stage: Stage,
                   steps: list[tuple[Stage, date]], unit: dict | None) -> None:
        hid, stamp, rng = household.row["id"], self.stamp, self.rng
        proposed = dict(steps).get(Stage.PROPOSED)
        holding = stage in (Stage.PROPOSED, Stage.VISIT, Stage.ACCEPTED)
        candidacy = stamp(
            household_id=hid, stage=stage, unit_id=unit.get("id") if unit else None,
            reserved_until=proposed + timedelta(days=30) if holding else None,
            refusal_reason=rng.choice(REFUSALS) if stage == Stage.REFUSED else "",
            stage_changed_at=datetime.combine(steps[-1][1], clock(9), timezone.utc))
        events = [stamp(candidacy_id=candidacy["id"], from_stage=previous, to_stage=to_stage,
                        unit_id=None, happened_on=day,
                        note=candidacy["refusal_reason"] if to_stage == Stage.REFUSED else "")
                  for (previous, _), (to_stage, day) in zip([(None, None), *steps], steps)]
        candidacy["_unit"], candidacy["_events"] = unit, events  # linked in close_units
        self.candidacies.append(candidacy)
        self.events += events
        if holding:
            unit["status"] = UnitStatus.PREALLOCATED
            self.unit_of[hid] = unit["code"]
        elif stage in (Stage.SIGNED, Stage.MOVED_IN):
            starts = dict(steps)[Stage.SIGNED] + timedelta(days=rng.randint(0, 10))
            moved = dict(steps).get(Stage.MOVED_IN)
            self._lease(household, unit, min(starts, moved) if moved else starts)
            self._checklist(hid, moved)

    def _lease(self, household: CityHousehold, unit: dict, starts: date) -> None:
        rng, isee = self.rng, household.row["isee_cents"]
        if unit["rent_model"] == RentModel.PER_M2:
            rent = round(unit["rent_rate_cents"] * unit["surface_m2"] / 12)
        elif unit["rent_model"] == RentModel.FLAT:
            rent = unit["rent_rate_cents"]
        else:
            rent = next(cents for ceiling, cents in self.bands
                        if ceiling is None or (isee is not None and isee <= ceiling))
        temporary = unit["regime"] == Regime.TEMPORARY
        self.leases.append(self.stamp(
            household_id=household.row["id"], unit_id=unit["id"], starts_on=starts,
            ends_on=starts + timedelta(days=730) if temporary else None,
            monthly_rent_cents=rent, service_charges_cents=rng.choice((2_500, 3_500, 4_500)),
            deposit_cents=3 * rent if unit["regime"] == Regime.CAPPED else 0,
            status=LeaseStatus.ACTIVE))
        unit["status"] = UnitStatus.LET
        self.unit_of[household.row["id"]] = unit["code"]

    def _checklist(self, household_id, moved: date | None) -> None:
        for delay, item in enumerate(MoveInItem):
            done = moved + timedelta(days=delay * 3) if moved else None
            if done is not None and (done > REFERENCE_DAY or self.rng.random() < 0.1):
                done = None
            self.tasks.append(self.stamp(household_id=household_id, item=item, done_on=done,
                                         done_by=self.stamp.user if done else "", note=""))

    def close_units(self, total_units: int) -> None:
        """Refused offers point at units left vacant; some free units are out of use."""
        free = self.pool.remaining()
        for candidacy in self.candidacies:
            unit, events = candidacy.pop("_unit"), candidacy.pop("_events")
            if unit == {}:
                unit = self.rng.choice(free)
                candidacy["unit_id"] = unit["id"]
            for event in events[1:] if unit else ():  # the steps after the first: the offer
                event["unit_id"] = unit["id"]
        out_of_use = self.rng.sample(free, min(len(free), round(
            total_units * (SHARE_RENOVATION + SHARE_UNAVAILABLE))))
        for index, unit in enumerate(out_of_use):
            renovation = index < len(out_of_use) * SHARE_RENOVATION / (
                SHARE_RENOVATION + SHARE_UNAVAILABLE)
            unit["status"] = UnitStatus.RENOVATION if renovation else UnitStatus.UNAVAILABLE


def _existing_entries(session: Session) -> list[dict]:
    table = SearchEntry.__table__
    rows = session.execute(select(table.c.kind, table.c.ref_id, table.c.title,
                                  table.c.subtitle, table.c.body))
    return [dict(row._mapping) for row in rows]


def _entry(kind: str, ref_id, title: str, subtitle: str, words: list[str]) -> dict:
    return {"kind": kind, "ref_id": ref_id, "title": title, "subtitle": subtitle,
            "body": " ".join(w for w in words if w)}


def _search_rows(buildings: list[dict], units: list[dict], households: list[CityHousehold],
                 links: _Links) -> list[dict]:
    by_id = {b["id"]: _Rec(b) for b in buildings}
    rows = [_entry(search.KIND_UNIT, u["id"], *search.unit_entry(_Rec(u), by_id[u["building_id"]]))
            for u in units]
    for household in households:
        members = [_Rec(person) for person, _relation in household.members]
        code = household.row["code"]
        unit_code = links.unit_of.get(household.row["id"], "")
        rows.append(_entry(search.KIND_HOUSEHOLD, household.row["id"],
                           *search.household_entry(_Rec(household.row), members, unit_code)))
        rows += [_entry(search.KIND_PERSON, p.id, *search.person_entry(p, code)) for p in members]
    return rows
