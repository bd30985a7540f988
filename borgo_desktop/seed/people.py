"""Plausible households of people, shared by the demo borgo and the city-scale data set.

Everything comes from the caller's ``random.Random`` and reference date, so the same seed
gives the same people. Codici fiscali come from :func:`make_tax_code` and are kept unique
(two people with the same name, birth day and place would clash: the second is born a day
later instead, as omocodia is out of scope for made-up data).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Education, Employment, Relation, Sex
from borgo_desktop.seed.names import MILANO, ORIGIN_WEIGHTS, ORIGINS, Origin


@dataclass(frozen=True)
class Shape:
    """Who lives together: the reference person's age band, a partner, children, a parent."""

    ref_age: tuple[int, int]
    partner: bool = False
    children: int = 0
    grandparent: bool = False
    ref_sex: str = ""           # "" = either
    disabled: str = ""          # "", "reference" or "child" (the eldest child)
    child_age: tuple[int, int] = (0, 17)

    @property
    def size(self) -> int:
        return 1 + self.partner + self.children + self.grandparent


SHAPES: dict[str, Shape] = {
    "elder_alone": Shape((68, 89)),
    "elder_couple": Shape((66, 84), partner=True),
    "adult_alone": Shape((35, 66)),
    "student": Shape((19, 25)),
    "young_worker": Shape((22, 31)),
    "young_couple": Shape((23, 34), partner=True),
    "adult_couple": Shape((40, 66), partner=True),
    "young_family": Shape((25, 36), partner=True, children=1, child_age=(0, 4)),
    "single_mother_1": Shape((23, 47), children=1, ref_sex="F"),
    "single_mother_2": Shape((27, 49), children=2, ref_sex="F"),
    "single_mother_3": Shape((30, 48), children=3, ref_sex="F"),
    "single_father_1": Shape((32, 55), children=1, ref_sex="M", child_age=(6, 17)),
    "family_1": Shape((30, 55), partner=True, children=1),
    "family_2": Shape((31, 52), partner=True, children=2),
    "family_3": Shape((33, 50), partner=True, children=3),
    "family_4": Shape((35, 52), partner=True, children=4),
    "family_5": Shape((38, 54), partner=True, children=5),
    "three_generations": Shape((34, 52), partner=True, children=1, grandparent=True),
    "big_three_generations": Shape((36, 52), partner=True, children=3, grandparent=True),
    "disabled_alone": Shape((30, 62), disabled="reference"),
    "disabled_child": Shape((45, 62), partner=True, children=1, disabled="child",
                            child_age=(18, 34)),
    "family_disabled": Shape((35, 52), partner=True, children=2, disabled="child",
                             child_age=(4, 17)),
}


@dataclass(frozen=True)
class PersonSeed:
    surname: str
    given_name: str
    sex: Sex
    birth_date: date
    birth_place: str
    belfiore: str
    citizenship: str
    relation: Relation
    employment: Employment = Employment.UNKNOWN
    education: Education = Education.UNKNOWN
    has_disability: bool = False
    phone: str = ""
    email: str = ""
    tax_code: str = ""


_MOBILE = ("320", "328", "331", "333", "334", "335", "338", "339", "340", "345", "347", "348",
           "349", "351", "366", "371", "380", "388", "392")
_MAIL_DOMAINS = ("example.com", "example.org", "example.net")
_ADULT_WORK = ((Employment.EMPLOYED, 48), (Employment.SELF_EMPLOYED, 7),
               (Employment.UNEMPLOYED, 13), (Employment.LONG_TERM_UNEMPLOYED, 8),
               (Employment.INACTIVE, 14), (Employment.UNKNOWN, 4))
_ADULT_SCHOOL = ((Education.ISCED_0, 6), (Education.ISCED_1_2, 38), (Education.ISCED_3_4, 38),
                 (Education.ISCED_5_8, 14), (Education.UNKNOWN, 4))


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs)
    return rng.choices(values, weights)[0]


def pick_origin(rng: random.Random) -> Origin:
    return ORIGINS[_weighted(rng, ORIGIN_WEIGHTS.items())]


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", "", plain.lower())


def mobile_phone(rng: random.Random) -> str:
    return f"{rng.choice(_MOBILE)} {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}"


def landline(rng: random.Random) -> str:
    return f"02 {rng.randrange(3000, 9000)} {rng.randrange(1000, 10000)}"


def email_for(rng: random.Random, given_name: str, surname: str) -> str:
    tail = str(rng.randrange(1, 99)) if rng.random() < 0.4 else ""
    return f"{slug(given_name)}.{slug(surname)}{tail}@{rng.choice(_MAIL_DOMAINS)}"


def dsu_protocol(rng: random.Random, year: int) -> str:
    """Shaped like INPS's: INPS-ISEE-<year>-<8 digits><letter>-<2 digits>."""
    letter = chr(ord("A") + rng.randrange(26))
    return f"INPS-ISEE-{year}-{rng.randrange(10**7, 10**8)}{letter}-00"


class PeopleMaker:
    """Makes the members of households around a fixed reference date."""

    def __init__(self, rng: random.Random, today: date, taken: set[str] | None = None):
        self.rng, self.today = rng, today
        self.taken = taken if taken is not None else set()  # tax codes already used

    def born(self, age_low: int, age_high: int) -> date:
        age = self.rng.randint(age_low, age_high)
        return self.today - timedelta(days=age * 365 + self.rng.randrange(365) + age // 4)

    def age(self, birth: date) -> int:
        return (self.today - birth).days // 365

    def household(self, origin: Origin, shape: Shape, partner_origin: Origin | None = None,
                  ) -> list[PersonSeed]:
        """The members, reference person first (then partner, children, parent)."""
        rng = self.rng
        self._used: set[str] = set()  # no two members with the same given name
        ref_sex = shape.ref_sex or ("M" if shape.partner and rng.random() < 0.6
                                    else rng.choice("MF"))
        ref_born = self.born(*shape.ref_age)
        # Years in Italy of a foreign-born family: children younger than that were born here.
        years_here = rng.randint(1, max(1, min(30, self.age(ref_born) - 5)))
        naturalised = not origin.italian and years_here > 12 and rng.random() < 0.35
        ref = self._adult(origin, ref_sex, ref_born, Relation.REFERENCE, naturalised,
                          shape.disabled == "reference")
        members = [ref]
        father = ref if ref_sex == "M" else None
        mother = ref if ref_sex == "F" else None
        if shape.partner:
            other = partner_origin or origin
            low = max(18, self.age(ref.birth_date) - 6)
            born = self.born(low, max(low, self.age(ref.birth_date) + 4))
            partner = self._adult(other, "F" if ref_sex == "M" else "M", born, Relation.SPOUSE,
                                  naturalised and other is origin)
            if partner.sex == Sex.F and other.wife_takes_surname and origin.wife_takes_surname:
                partner = replace(partner, surname=ref.surname)
            members.append(partner)
            father, mother = (ref, partner) if ref_sex == "M" else (partner, ref)
        family_name = father.surname if father else rng.choice([mother.surname,
                                                               rng.choice(origin.surnames)])
        # Children born while the mother was 19 to 45 (the father 19 to 55).
        parent_age = self.age(mother.birth_date if mother else father.birth_date)
        last_birth = 45 if mother else 55
        low, high = shape.child_age
        high = max(0, min(high, parent_age - 19))
        low = min(max(low, parent_age - last_birth), high)
        births = sorted(self.born(low, high) for _ in range(shape.children))
        for index, born in enumerate(births):
            members.append(self._child(origin, family_name, born, years_here, naturalised,
                                       disabled=shape.disabled == "child" and index == 0))
        if shape.grandparent:
            age = min(95, self.age(ref.birth_date) + rng.randint(22, 34))
            surname = ref.surname if origin.wife_takes_surname else rng.choice(origin.surnames)
            members.append(self._adult(origin, "F", self.born(age, age), Relation.PARENT,
                                       naturalised, surname=surname))
        return [self._coded(p) for p in members]

    def _adult(self, origin: Origin, sex: str, born: date, relation: Relation,
               naturalised: bool, disabled: bool = False, surname: str = "") -> PersonSeed:
        rng = self.rng
        given = self._given(origin, sex)
        surname = surname or rng.choice(origin.surnames)
        place, code = rng.choice(origin.places)
        age = self.age(born)
        if age >= 67:
            work = Employment.RETIRED
        elif age < 26 and rng.random() < 0.45:
            work = Employment.STUDENT
        else:
            work = _weighted(rng, _ADULT_WORK)
        if disabled and work == Employment.EMPLOYED and rng.random() < 0.5:
            work = Employment.INACTIVE
        phone = mobile_phone(rng) if relation == Relation.REFERENCE or rng.random() < 0.6 else ""
        email = email_for(rng, given, surname) if rng.random() < 0.45 else ""
        return PersonSeed(surname, given, Sex(sex), born, place, code,
                          "Italiana" if naturalised else origin.citizenship, relation,
                          work, _weighted(rng, _ADULT_SCHOOL), disabled, phone, email)

    def _child(self, origin: Origin, surname: str, born: date, years_here: int,
               naturalised: bool, disabled: bool) -> PersonSeed:
        rng = self.rng
        sex = rng.choice("MF")
        age = self.age(born)
        here = origin.italian and rng.random() < 0.8 or not origin.italian and age < years_here
        place, code = MILANO if here else rng.choice(origin.places)
        if age >= 18:
            adult = self._adult(origin, sex, born, Relation.CHILD, naturalised, disabled,
                                surname=surname)
            return replace(adult, birth_place=place, belfiore=code)
        work = Employment.STUDENT if age >= 6 else Employment.INACTIVE
        school = Education.ISCED_1_2 if age >= 14 else Education.ISCED_0
        citizenship = "Italiana" if naturalised else origin.citizenship
        given = self._given(origin, sex)
        return PersonSeed(surname, given, Sex(sex), born, place, code, citizenship,
                          Relation.CHILD, work, school, disabled)

    def _given(self, origin: Origin, sex: str) -> str:
        pool = origin.male if sex == "M" else origin.female
        given = self.rng.choice(pool)
        while given in self._used and len(self._used) < len(pool):
            given = self.rng.choice(pool)
        self._used.add(given)
        return given

    def _coded(self, person: PersonSeed) -> PersonSeed:
        born = person.birth_date
        while True:
            code = make_tax_code(person.surname, person.given_name, born, person.sex.value,
                                 person.belfiore)
            if code not in self.taken:
                self.taken.add(code)
                return replace(person, birth_date=born, tax_code=code)
            born -= timedelta(days=1)
