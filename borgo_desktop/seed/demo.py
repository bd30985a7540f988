"""The demo database: Cascina Boldinasco with its 45 flats, shared rooms, about forty
households and the allocation pipeline in every stage.

Everything goes through the services (so the data pass the same validation as the forms)
and comes from a fixed seed and a fixed reference day: two builds give the same people.
Each pipeline step runs with a context whose "today" is the day of that step, so the
history reads like an office that has been at work for a year.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from borgo_desktop.models import Building
from borgo_desktop.models.enums import FOLLOW_UP_ITEMS, MoveInItem, Regime, Stage, Vulnerability
from borgo_desktop.seed import demo_plan as plan, demo_tickets
from borgo_desktop.seed.demo_comm_plan import build_comm_plan
from borgo_desktop.seed.demo_communication import build_templates
from borgo_desktop.seed.demo_dataprotection import build_data_protection
from borgo_desktop.seed.demo_ledger import build_ledger
from borgo_desktop.seed.demo_cases import build_demo_cases
from borgo_desktop.seed.demo_spaces import build_spaces_and_community
from borgo_desktop.seed.demo_violations import build_violations
from borgo_desktop.seed.names import ORIGINS
from borgo_desktop.seed.people import SHAPES, PeopleMaker, PersonSeed, dsu_protocol, landline
from borgo_desktop.services.allocation import allocation, follow_up
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, MemberInput, PersonInput, UnitInput,
)

MARKER_BUILDING = "DL51"


def is_seeded(ctx: Context) -> bool:
    with ctx.store.read() as session:
        return session.scalar(select(Building.id).where(Building.code == MARKER_BUILDING)) is not None


# The demo's history is signed by fictional office staff, not by whoever runs the seed.
# The demo's history is signed by its own manager account (seed/demo_accounts.py).
DEMO_ACTOR = Actor("responsabile", "manager", "Giulia Ferri")


def on_day(ctx: Context, day: date) -> Context:
    return dataclasses.replace(ctx, actor=DEMO_ACTOR, today=lambda: day)


def build_demo(ctx: Context, *, ledger: bool = True) -> bool:
    """Create the demo borgo; does nothing (returns False) if it is already there.
    ``ledger=False`` leaves the rent history out (tests that write their own)."""
    if is_seeded(ctx):
        return False
    # Whoever runs the build, the demo's history is signed by its own accounts.
    ctx = dataclasses.replace(ctx, actor=DEMO_ACTOR)
    rng = random.Random(plan.SEED)
    today = on_day(ctx, plan.REFERENCE_DAY)
    _build_place(today)
    applicants = _applicants(rng)
    for applicant in applicants:
        applicant.household_id = _register(on_day(ctx, applicant.steps[Stage.CANDIDATE]),
                                           applicant, rng)
    units = _assign_units(today, applicants)
    for applicant in applicants:
        _walk_pipeline(ctx, applicant, units.get(applicant.recipe_index), rng)
    build_data_protection(today, DEMO_ACTOR, plan.SEED + 3)
    build_demo_cases(ctx)
    if ledger:
        build_ledger(ctx, plan.REFERENCE_DAY)
    demo_tickets.build_tickets(lambda day: on_day(ctx, day), ctx)
    build_spaces_and_community(today, plan.REFERENCE_DAY)
    build_templates(today)
    build_comm_plan(lambda day: on_day(ctx, day), plan.REFERENCE_DAY)
    build_violations(lambda day: on_day(ctx, day), plan.REFERENCE_DAY)
    return True


# --- the place ----------------------------------------------------------------------------

def _build_place(ctx: Context) -> None:
    for code, name, address, _parcel in plan.BUILDINGS:
        registry.create_building(ctx, BuildingInput(code, name, address, "20151", municipio=8))
    for unit in plan.unit_plans():
        registry.create_unit(ctx, UnitInput(
            unit.building, unit.staircase, unit.floor, unit.number, unit.surface_m2, unit.rooms,
            unit.regime, unit.rent_model, unit.rent_rate_cents, unit.accessible, unit.status,
            plan.CADASTRAL_SHEET, unit.cadastral_parcel, unit.cadastral_sub))
    for building, code, name, purpose, surface, capacity in plan.COMMON_SPACES:
        registry.create_common_space(ctx, building, code, name, purpose, surface, capacity)
    for code, label, quota, description in plan.CATEGORIES:
        allocation.save_category(ctx, code, label, quota, description)


# --- who applied, and when ------------------------------------------------------------------

@dataclass
class Applicant:
    recipe_index: int
    recipe: plan.Recipe
    members: list[PersonSeed]
    steps: dict[Stage, date]
    starts_on: date | None = None
    household_id: object = None


def _month_start(day: date, months_back: int) -> date:
    month = day.year * 12 + day.month - 1 - months_back
    return date(month // 12, month % 12 + 1, 1)


def _timeline(rng: random.Random, stage: Stage) -> tuple[dict[Stage, date], date | None]:
    """Dates of each step up to ``stage``, counted back from the reference day."""
    ref, days, steps = plan.REFERENCE_DAY, timedelta, {}
    starts_on = None
    if stage in (Stage.MOVED_IN, Stage.SIGNED):
        if stage == Stage.MOVED_IN:
            starts_on = _month_start(ref, rng.randint(1, 7))
            steps[Stage.MOVED_IN] = starts_on + days(rng.randint(0, 6))
            steps[Stage.SIGNED] = starts_on - days(rng.randint(4, 15))
        else:
            steps[Stage.SIGNED] = ref - days(rng.randint(3, 20))
            starts_on = _month_start(steps[Stage.SIGNED], -1)
        steps[Stage.ACCEPTED] = steps[Stage.SIGNED] - days(rng.randint(5, 20))
    elif stage == Stage.ACCEPTED:
        steps[Stage.ACCEPTED] = ref - days(rng.randint(1, 8))
    if Stage.ACCEPTED in steps:
        steps[Stage.VISIT] = steps[Stage.ACCEPTED] - days(rng.randint(1, 6))
    elif stage in (Stage.VISIT, Stage.REFUSED):
        steps[Stage.VISIT] = ref - days(rng.randint(1, 8) if stage == Stage.VISIT
                                        else rng.randint(20, 40))
    if Stage.VISIT in steps:
        steps[Stage.PROPOSED] = steps[Stage.VISIT] - days(rng.randint(3, 10))
    elif stage == Stage.PROPOSED:
        steps[Stage.PROPOSED] = ref - days(rng.randint(1, 10))
    if stage == Stage.REFUSED:
        steps[Stage.REFUSED] = steps[Stage.VISIT] + days(rng.randint(1, 5))
    start = steps.get(Stage.PROPOSED, ref)
    steps[Stage.CANDIDATE] = start - days(rng.randint(20, 110) if stage != Stage.CANDIDATE
                                          else rng.randint(5, 90))
    return steps, starts_on


def _applicants(rng: random.Random) -> list[Applicant]:
    maker = PeopleMaker(rng, plan.PEOPLE_DAY)
    applicants = []
    for index, recipe in enumerate(plan.RECIPES):
        partner = ORIGINS[recipe.partner_origin] if recipe.partner_origin else None
        members = maker.household(ORIGINS[recipe.origin], SHAPES[recipe.shape], partner)
        steps, starts_on = _timeline(rng, recipe.stage)
        applicants.append(Applicant(index, recipe, members, steps, starts_on))
    # Household codes follow the order of application, as they would in the office.
    return sorted(applicants, key=lambda a: (a.steps[Stage.CANDIDATE], a.recipe_index))


def _household_input(applicant: Applicant, rng: random.Random) -> HouseholdInput:
    recipe, reference = applicant.recipe, applicant.members[0]
    origin = ORIGINS[recipe.origin]
    applied = applicant.steps[Stage.CANDIDATE]
    low, high = plan.ISEE_EUROS[recipe.category]
    isee = rng.randint(low, high) * 100 + rng.choice((0, 25, 50, 80))
    # One candidate still has last year's ISEE: the office must ask for a new DSU.
    year = 2025 if recipe.stage == Stage.CANDIDATE and recipe.category == "GIOVANI_COPPIE" else 2026
    vulnerable = {
        "ANZIANI": [Vulnerability.ELDERLY_ALONE], "MONOGENITORIALI": [Vulnerability.SINGLE_PARENT],
        "DISABILITA": [Vulnerability.DISABILITY], "EMERGENZA": [Vulnerability.HOUSING_EMERGENCY],
    }.get(recipe.category, [])
    if isee <= 300_000:
        vulnerable.append(Vulnerability.INDIGENT)
    if not origin.italian and recipe.category == "EMERGENZA" and rng.random() < 0.5:
        vulnerable.append(Vulnerability.RECENT_MIGRANT)
    elderly = recipe.category == "ANZIANI"
    return HouseholdInput(
        phone=landline(rng) if elderly and rng.random() < 0.5 else reference.phone,
        email=reference.email,
        preferred_language=origin.language if rng.random() < 0.7 else "italiano",
        target_category_code=recipe.category, vulnerabilities=tuple(vulnerable),
        needs_accessible_unit=recipe.accessible, isee_cents=isee,
        isee_expires_on=date(year, 12, 31), dsu_protocol=dsu_protocol(rng, year),
        privacy_consent_on=applied,
        contact_consent_on=applied if rng.random() < 0.85 else None,
        photo_consent_on=applied if rng.random() < 0.5 else None,
        notes=recipe.note)


def _person_input(person: PersonSeed) -> PersonInput:
    return PersonInput(person.surname, person.given_name, person.tax_code, person.birth_date,
                       person.sex, person.birth_place, person.citizenship, person.employment,
                       person.education, person.has_disability, person.phone, person.email)


def _register(ctx: Context, applicant: Applicant, rng: random.Random):
    members = [MemberInput(_person_input(p), p.relation) for p in applicant.members]
    detail = registry.create_household(ctx, _household_input(applicant, rng), members,
                                       joined_on=ctx.today())
    return detail.id


# --- units and the pipeline ----------------------------------------------------------------

def _assign_units(ctx: Context, applicants: list[Applicant]) -> dict[int, str]:
    """A unit for everyone who got at least an offer, checked with the service's own rules.

    Households needing an accessible flat choose first, then larger ones; those who refused
    choose last, among the flats that nobody else took.
    """
    offered = [a for a in applicants if Stage.PROPOSED in a.steps]
    offered.sort(key=lambda a: (a.recipe.stage == Stage.REFUSED, not a.recipe.accessible,
                                -len(a.members), a.recipe_index))
    free = [u for u in plan.unit_plans() if u.status.value == "vacant"]
    chosen: dict[int, str] = {}
    for applicant in offered:
        regime = Regime.TEMPORARY if applicant.recipe.category == "EMERGENZA" else Regime.CAPPED
        options = sorted((u for u in free if u.regime == regime),
                         key=lambda u: (u.accessible != applicant.recipe.accessible, u.surface_m2))
        for unit in options:
            if not allocation.fit_problems(ctx, applicant.household_id, unit.code):
                chosen[applicant.recipe_index] = unit.code
                free.remove(unit)
                break
        else:
            raise RuntimeError(f"demo plan: no unit fits recipe {applicant.recipe_index}")
    return chosen


def _walk_pipeline(ctx: Context, applicant: Applicant, unit_code: str | None,
                   rng: random.Random) -> None:
    steps, hid, stage = applicant.steps, applicant.household_id, applicant.recipe.stage
    allocation.add_candidate(on_day(ctx, steps[Stage.CANDIDATE]), hid, on=steps[Stage.CANDIDATE],
                             note="Candidatura ricevuta dal Comune di Milano.")
    if unit_code is None:
        return
    allocation.propose_unit(on_day(ctx, steps[Stage.PROPOSED]), hid, unit_code,
                            note="Proposta secondo il piano di assegnazione.")
    if Stage.VISIT in steps:
        allocation.record_visit(on_day(ctx, steps[Stage.VISIT]), hid, on=steps[Stage.VISIT],
                                note="Visita con l'operatore dell'ufficio di borgo.")
    if stage == Stage.REFUSED:
        allocation.refuse_offer(on_day(ctx, steps[Stage.REFUSED]), hid,
                                applicant.recipe.refusal, on=steps[Stage.REFUSED])
        return
    if Stage.ACCEPTED in steps:
        allocation.accept_offer(on_day(ctx, steps[Stage.ACCEPTED]), hid, on=steps[Stage.ACCEPTED])
    if Stage.SIGNED in steps:
        _sign(on_day(ctx, steps[Stage.SIGNED]), applicant, unit_code, rng)
    if Stage.MOVED_IN in steps:
        allocation.move_in(on_day(ctx, steps[Stage.MOVED_IN]), hid, on=steps[Stage.MOVED_IN])
    if Stage.SIGNED in steps:
        _checklist(on_day(ctx, plan.REFERENCE_DAY), applicant, rng)


def _sign(ctx: Context, applicant: Applicant, unit_code: str, rng: random.Random) -> None:
    temporary = applicant.recipe.category == "EMERGENZA"
    rent = allocation.suggest_rent_cents(ctx, applicant.household_id, unit_code)
    starts = applicant.starts_on
    # Capped rent: a 3+2 years canone concordato; temporary housing: two years at most.
    ends = date(starts.year + (2 if temporary else 3), starts.month, 1) - timedelta(days=1)
    allocation.sign_contract(
        ctx, applicant.household_id, starts, rent,
        service_charges_cents=2_500 if temporary else rng.choice((4_000, 4_500, 5_000, 6_000)),
        deposit_cents=0 if temporary else 3 * rent, ends_on=ends)


_NOTES = {
    MoveInItem.KEYS: "Consegnati 2 mazzi di chiavi e il badge del portone.",
    MoveInItem.INVENTORY: "Verbale di consegna firmato, con foto della cucina e dei sanitari.",
    MoveInItem.WELCOME_PACK: "Consegnati manuale d'uso dell'alloggio e regolamento del borgo.",
    MoveInItem.INFO_SESSION: "Partecipazione all'incontro di benvenuto in Sala incontri.",
}


def _checklist(ctx: Context, applicant: Applicant, rng: random.Random) -> None:
    """Most tasks are done on the day of the move; the later ones may still be open."""
    moved = applicant.steps.get(Stage.MOVED_IN)
    signed = applicant.steps[Stage.SIGNED]
    for item, delay in ((MoveInItem.KEYS, 0), (MoveInItem.METERS, 0), (MoveInItem.INVENTORY, 1),
                        (MoveInItem.WELCOME_PACK, 5), (MoveInItem.INFO_SESSION, 20)):
        if moved is None:  # signed only: the welcome meeting sometimes comes first
            if item != MoveInItem.INFO_SESSION or rng.random() < 0.5:
                continue
            done = signed + timedelta(days=1)
        else:
            done = moved + timedelta(days=rng.randint(0, delay))
        if done > ctx.today() or rng.random() < 0.12:
            continue
        note = _NOTES.get(item) or (f"Luce {rng.randint(100, 9000)} kWh, gas "
                                    f"{rng.randint(10, 900)} m³, acqua {rng.randint(5, 300)} m³.")
        allocation.complete_move_in_task(ctx, applicant.household_id, item, done, note)
    if moved is not None:
        _follow_up(ctx, applicant, moved)


LATE_WINDOW_DAYS = 21  # how far back a check may be still open in the demo

_FOLLOW_UP_NOTES = {
    MoveInItem.RESIDENCE: "Ricevuta della dichiarazione di residenza consegnata allo sportello.",
    MoveInItem.UTILITIES: "Contratti di luce e gas intestati al nucleo.",
}


def _follow_up(ctx: Context, applicant: Applicant, moved: date) -> None:
    """Steps done on their due day when a week has passed; one household in four has its
    latest check, due in the last three weeks, still open: the desk's list shows a few late
    lines, as an office that keeps up would have (not every check since the spring)."""
    for item in FOLLOW_UP_ITEMS:
        due = follow_up.due_on(item, moved)
        late = (applicant.recipe_index % 4 == 0 and item != MoveInItem.RESIDENCE
                and due > ctx.today() - timedelta(days=LATE_WINDOW_DAYS))
        if due <= ctx.today() - timedelta(days=7) and not late:
            allocation.complete_move_in_task(ctx, applicant.household_id, item, due,
                                             _FOLLOW_UP_NOTES.get(item, "Visita senza problemi."))
