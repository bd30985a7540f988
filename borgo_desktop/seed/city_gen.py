"""Rows of the city-scale data set (plain dicts for bulk inserts): buildings, units and
households with their members. :mod:`borgo_desktop.seed.city` links and writes them."""

from __future__ import annotations

import math
import random
import string
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from borgo_desktop.models.base import new_id
from borgo_desktop.models.enums import (
    HouseholdStatus, Regime, Relation, RentModel, UnitStatus, Vulnerability,
)
from borgo_desktop.seed.people import (
    SHAPES, PeopleMaker, PersonSeed, dsu_protocol, landline, pick_origin,
)
from borgo_desktop.seed.streets import NEIGHBOURHOODS
from borgo_desktop.services.registry.registry import unit_code_for

SIZE_WEIGHTS = {1: 35, 2: 26, 3: 16, 4: 13, 5: 6, 6: 3, 7: 1}
SHAPES_BY_SIZE = {
    1: (("elder_alone", 45), ("adult_alone", 30), ("young_worker", 8), ("student", 5),
        ("disabled_alone", 12)),
    2: (("elder_couple", 35), ("adult_couple", 20), ("young_couple", 15),
        ("single_mother_1", 25), ("single_father_1", 5)),
    3: (("family_1", 45), ("single_mother_2", 25), ("young_family", 20), ("disabled_child", 10)),
    4: (("family_2", 60), ("three_generations", 15), ("single_mother_3", 15),
        ("family_disabled", 10)),
    5: (("family_3", 1),),
    6: (("family_4", 60), ("big_three_generations", 40)),
    7: (("family_5", 1),),
}
# The allocation category a household would apply under, by the shape of the family.
CATEGORY_BY_SHAPE = {
    "elder_alone": "ANZIANI", "young_couple": "GIOVANI_COPPIE", "young_family": "GIOVANI_COPPIE",
    "single_mother_1": "MONOGENITORIALI", "single_mother_2": "MONOGENITORIALI",
    "single_mother_3": "MONOGENITORIALI", "single_father_1": "MONOGENITORIALI",
    "disabled_alone": "DISABILITA", "disabled_child": "DISABILITA",
    "family_disabled": "DISABILITA", "student": "STUDENTI", "young_worker": "STUDENTI",
}
ROOMS_WEIGHTS = {1: 15, 2: 35, 3: 35, 4: 15}
SURFACE_BY_ROOMS = {1: (28, 42), 2: (40, 62), 3: (58, 85), 4: (78, 110)}
ROOMS_FOR_SIZE = {1: (1, 2, 3), 2: (2, 1, 3), 3: (2, 3, 4), 4: (3, 4, 2), 5: (4, 3, 2),
                  6: (4, 3, 2), 7: (4, 3, 2)}


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs)
    return rng.choices(values, weights)[0]


@dataclass
class Stamp:
    """Audit columns shared by every row of one build."""

    user: str
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def __call__(self, **values) -> dict:
        return {"id": new_id(), "created_at": self.at, "updated_at": self.at,
                "created_by": self.user, "updated_by": self.user, **values}


def make_buildings(rng: random.Random, stamp: Stamp, count: int) -> list[dict]:
    streets = [(quarter, municipio, cap, street)
               for quarter, municipio, cap, names in NEIGHBOURHOODS for street in names]
    numbers: dict[str, int] = {}
    rows = []
    for index in range(count):
        quarter, municipio, cap, street = streets[index % len(streets)]
        numbers[street] = numbers.get(street, 0) + rng.randint(2, 9)
        address = f"{street} {numbers[street]}"
        rows.append(stamp(code=f"ERP{index + 1:04d}", name=f"{quarter} - {address}",
                          address=address, cap=cap, city="Milano", municipio=municipio))
    return rows


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` spread over ``parts`` uneven but positive shares."""
    weights = [rng.randint(40, 110) for _ in range(parts)]
    shares = [max(1, total * w // sum(weights)) for w in weights]
    for index in range(total - sum(shares)):
        shares[index % parts] += 1
    return shares


def make_units(rng: random.Random, stamp: Stamp, buildings: list[dict], total: int) -> list[dict]:
    rows = []
    for building, size in zip(buildings, _split(rng, total, len(buildings))):
        staircases = max(1, math.ceil(size / 28))
        per_staircase = math.ceil(size / staircases)
        sheet, parcel = str(rng.randint(1, 680)), str(rng.randint(10, 900))
        for k in range(size):
            staircase = string.ascii_uppercase[k // per_staircase]
            within = k % per_staircase
            floor = within // 4
            rooms = _weighted(rng, ROOMS_WEIGHTS.items())
            regime = _weighted(rng, ((Regime.PUBLIC, 85), (Regime.CAPPED, 12),
                                     (Regime.TEMPORARY, 3)))
            model, rate = {
                Regime.PUBLIC: (RentModel.INCOME_BAND, 0),
                Regime.CAPPED: (RentModel.PER_M2, rng.choice((8_000, 8_500, 9_000, 9_500))),
                Regime.TEMPORARY: (RentModel.FLAT, rng.randint(12, 26) * 1_000),
            }[regime]
            number = f"{within + 1:02d}"
            rows.append(stamp(
                building_id=building["id"],
                code=unit_code_for(building["code"], staircase, number),
                staircase=staircase, floor=floor, number=number, cadastral_sheet=sheet,
                cadastral_parcel=parcel, cadastral_sub=str(700 + len(rows) % 900),
                surface_m2=float(rng.randint(*SURFACE_BY_ROOMS[rooms])), rooms=rooms,
                accessible=rng.random() < (0.5 if floor == 0 else 0.15), regime=regime,
                rent_model=model, rent_rate_cents=rate, status=UnitStatus.VACANT))
    return rows


@dataclass
class CityHousehold:
    row: dict
    members: list[tuple[dict, Relation]]
    shape: str
    since: date | None = None  # living together (for tenants: in the unit) since

    def settle(self, rng: random.Random, since: date, consent_on: date) -> None:
        """Date the household: memberships from ``since``, consents given on ``consent_on``."""
        self.since = since
        self.row.update(privacy_consent_on=consent_on,
                        contact_consent_on=consent_on if rng.random() < 0.8 else None,
                        photo_consent_on=consent_on if rng.random() < 0.3 else None)


def _person_row(stamp: Stamp, p: PersonSeed) -> dict:
    return stamp(surname=p.surname, given_name=p.given_name, tax_code=p.tax_code,
                 birth_date=p.birth_date, birth_place=p.birth_place, sex=p.sex,
                 citizenship=p.citizenship, employment=p.employment, education=p.education,
                 has_disability=p.has_disability, phone=p.phone, email=p.email)


def make_household(rng: random.Random, stamp: Stamp, maker: PeopleMaker,
                   code: str) -> CityHousehold:
    size = _weighted(rng, SIZE_WEIGHTS.items())
    shape = _weighted(rng, SHAPES_BY_SIZE[size])
    origin = pick_origin(rng)
    partner = pick_origin(rng) if SHAPES[shape].partner and rng.random() < 0.07 else None
    people = maker.household(origin, SHAPES[shape], partner)
    members = [(_person_row(stamp, p), p.relation) for p in people]
    reference = people[0]
    isee = None if rng.random() < 0.05 else int(rng.triangular(0, 22_000, 6_000)) * 100
    expires = None if isee is None else date(2025 if rng.random() < 0.15 else 2026, 12, 31)
    vulnerable = {
        "elder_alone": [Vulnerability.ELDERLY_ALONE],
        "disabled_alone": [Vulnerability.DISABILITY], "disabled_child": [Vulnerability.DISABILITY],
        "family_disabled": [Vulnerability.DISABILITY],
    }.get(shape, [Vulnerability.SINGLE_PARENT] if shape.startswith("single_") else [])
    if isee is not None and isee <= 300_000:
        vulnerable = [*vulnerable, Vulnerability.INDIGENT]
    row = stamp(
        code=code, status=HouseholdStatus.RESIDENT, reference_person_id=members[0][0]["id"],
        phone=landline(rng) if shape.startswith("elder") and rng.random() < 0.4 else reference.phone,
        email=reference.email,
        preferred_language=origin.language if rng.random() < 0.5 else "italiano",
        target_category_id=None, vulnerabilities=sorted(v.value for v in vulnerable),
        needs_accessible_unit="disabled" in shape and rng.random() < 0.5, isee_cents=isee,
        isee_expires_on=expires,
        dsu_protocol=dsu_protocol(rng, expires.year) if expires else "", notes="")
    return CityHousehold(row, members, shape)


class UnitPool:
    """Free units by number of rooms, handed out to households by size."""

    def __init__(self, rng: random.Random, units: list[dict]):
        shuffled = units[:]
        rng.shuffle(shuffled)
        self.by_rooms: dict[int, list[dict]] = {}
        for unit in shuffled:
            self.by_rooms.setdefault(unit["rooms"], []).append(unit)

    def take(self, size: int) -> dict:
        for rooms in (*ROOMS_FOR_SIZE[min(size, 7)], *sorted(self.by_rooms)):
            if self.by_rooms.get(rooms):
                return self.by_rooms[rooms].pop()
        raise RuntimeError("city data: more households than units")

    def remaining(self) -> list[dict]:
        return [unit for units in self.by_rooms.values() for unit in units]


def days_back(rng: random.Random, day: date, low: int, high: int) -> date:
    return day - timedelta(days=rng.randint(low, high))
