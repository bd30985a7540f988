"""Allocation plan: categories and quotas, pipeline transitions, fit guards, move-in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import (
    HouseholdStatus, MoveInItem, Regime, Relation, RentModel, Sex, Stage, UnitStatus,
)
from borgo_desktop.services.allocation import allocation as alloc
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core import search
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, MemberInput, PersonInput, UnitInput,
)

TODAY = date(2026, 11, 25)  # the ctx fixture's today


def member(surname, given, born, sex, relation=Relation.CHILD):
    code = make_tax_code(surname, given, born, sex, "F205")
    return MemberInput(PersonInput(surname, given, code, born, Sex(sex)), relation)


@dataclass
class World:
    single: object  # 1 member, FRAGILI, needs an accessible unit, no ISEE
    trio: object    # 3 members, GIOVANI
    five: object    # 5 members, GIOVANI


def unit(number, staircase, surface, rooms, model=RentModel.PER_M2, rate=9000,
         accessible=False, status=UnitStatus.VACANT):
    regime = Regime.PUBLIC if model == RentModel.INCOME_BAND else Regime.CAPPED
    return UnitInput("DL55", staircase, 1, number, surface, rooms, regime, model, rate,
                     accessible=accessible, status=status)


@pytest.fixture
def world(ctx) -> World:
    registry.create_building(ctx, BuildingInput("DL55", "Cascina Boldinasco 55",
                                                "Via De Lemene 55", "20151", 8))
    for data in (unit("1", "A", 40, 2), unit("2", "A", 60, 3, accessible=True),
                 unit("12", "B", 95, 5, RentModel.INCOME_BAND, 0),
                 unit("13", "B", 30, 1, RentModel.FLAT, 25000),
                 unit("1", "C", 70, 3, status=UnitStatus.RENOVATION)):
        registry.create_unit(ctx, data)
    alloc.save_category(ctx, "GIOVANI", "Giovani coppie e famiglie", 1)
    alloc.save_category(ctx, "FRAGILI", "Nuclei fragili", 2)
    valid_isee = dict(isee_cents=1_000_000, isee_expires_on=date(2026, 12, 31))
    single = registry.create_household(
        ctx, HouseholdInput(target_category_code="FRAGILI", needs_accessible_unit=True),
        [member("Bianchi", "Anna", date(1950, 3, 4), "F", Relation.REFERENCE)])
    trio = registry.create_household(
        ctx, HouseholdInput(target_category_code="GIOVANI", **valid_isee),
        [member("Rossi", "Mario", date(1985, 5, 6), "M", Relation.REFERENCE),
         member("Verdi", "Laura", date(1987, 7, 8), "F", Relation.SPOUSE),
         member("Rossi", "Luca", date(2015, 9, 10), "M")])
    five = registry.create_household(
        ctx, HouseholdInput(target_category_code="GIOVANI", **valid_isee),
        [member("Neri", "Paolo", date(1980, 1, 2), "M", Relation.REFERENCE),
         member("Gialli", "Sara", date(1982, 2, 3), "F", Relation.SPOUSE),
         member("Neri", "Marco", date(2010, 4, 5), "M"),
         member("Neri", "Giulia", date(2012, 6, 7), "F"),
         member("Neri", "Pietro", date(2016, 8, 9), "M")])
    return World(single.id, trio.id, five.id)


def stage_of(ctx, household_id):
    return registry.get_household(ctx, household_id).stage


def unit_status(ctx, code):
    return registry.find_unit(ctx, code).status


def sign(ctx, household_id):
    return alloc.sign_contract(ctx, household_id, date(2026, 12, 1), 45000, 3000, 90000)


def drive(ctx, household_id, unit_code, until: Stage):
    """Walk the happy path up to ``until``."""
    steps = [
        (Stage.CANDIDATE, lambda: alloc.add_candidate(ctx, household_id, on=date(2026, 11, 2))),
        (Stage.PROPOSED, lambda: alloc.propose_unit(ctx, household_id, unit_code)),
        (Stage.VISIT, lambda: alloc.record_visit(ctx, household_id)),
        (Stage.ACCEPTED, lambda: alloc.accept_offer(ctx, household_id)),
        (Stage.SIGNED, lambda: sign(ctx, household_id)),
        (Stage.MOVED_IN, lambda: alloc.move_in(ctx, household_id)),
    ]
    for stage, step in steps:
        step()
        if stage == until:
            return
    raise AssertionError(until)


# --- transitions -----------------------------------------------------------------------------

def test_happy_path_moves_unit_and_household_through_every_status(ctx, world):
    hid = world.trio
    alloc.add_candidate(ctx, hid, on=date(2026, 11, 2), note="segnalato dal Comune")
    assert stage_of(ctx, hid) == Stage.CANDIDATE
    alloc.propose_unit(ctx, hid, "dl55-a-2")  # codes are matched case-insensitively
    detail = registry.get_household(ctx, hid)
    assert (detail.stage, detail.stage_unit_code) == (Stage.PROPOSED, "DL55-A-2")
    assert detail.reserved_until == date(2026, 12, 25)  # today + 30 reservation days
    assert unit_status(ctx, "DL55-A-2") == UnitStatus.PREALLOCATED
    alloc.record_visit(ctx, hid)
    alloc.accept_offer(ctx, hid)
    assert unit_status(ctx, "DL55-A-2") == UnitStatus.PREALLOCATED
    lease_id = sign(ctx, hid)
    detail = registry.get_household(ctx, hid)
    assert detail.stage == Stage.SIGNED and detail.status == HouseholdStatus.APPLICANT
    assert detail.active_lease.id == lease_id and detail.active_lease.monthly_rent_cents == 45000
    assert unit_status(ctx, "DL55-A-2") == UnitStatus.LET
    assert [t.item for t in detail.move_in] == list(MoveInItem)
    assert all(t.done_on is None for t in detail.move_in)
    alloc.move_in(ctx, hid, on=TODAY)
    detail = registry.get_household(ctx, hid)
    assert (detail.stage, detail.status) == (Stage.MOVED_IN, HouseholdStatus.RESIDENT)
    assert detail.unit.code == "DL55-A-2"

    events = alloc.history(ctx, hid)
    assert [(e.from_stage, e.to_stage) for e in events] == [
        (None, Stage.CANDIDATE), (Stage.CANDIDATE, Stage.PROPOSED),
        (Stage.PROPOSED, Stage.VISIT), (Stage.VISIT, Stage.ACCEPTED),
        (Stage.ACCEPTED, Stage.SIGNED), (Stage.SIGNED, Stage.MOVED_IN)]
    assert [e.unit_code for e in events] == [""] + ["DL55-A-2"] * 5
    assert events[0].happened_on == date(2026, 11, 2)
    assert events[0].note == "segnalato dal Comune"
    assert {e.by for e in events} == {"tester"}


ACTION_CALLS = {
    "add_candidate": lambda ctx, hid: alloc.add_candidate(ctx, hid),
    "propose_unit": lambda ctx, hid: alloc.propose_unit(ctx, hid, "DL55-B-12"),
    "record_visit": lambda ctx, hid: alloc.record_visit(ctx, hid),
    "accept_offer": lambda ctx, hid: alloc.accept_offer(ctx, hid),
    "refuse_offer": lambda ctx, hid: alloc.refuse_offer(ctx, hid, "troppo lontano"),
    "reopen_candidate": lambda ctx, hid: alloc.reopen_candidate(ctx, hid),
    "sign_contract": lambda ctx, hid: sign(ctx, hid),
    "move_in": lambda ctx, hid: alloc.move_in(ctx, hid),
}


def test_available_actions_follow_the_pipeline():
    assert alloc.available_actions(None) == ("add_candidate",)
    assert alloc.available_actions(Stage.CANDIDATE) == ("propose_unit",)
    assert alloc.available_actions(Stage.PROPOSED) == ("record_visit", "refuse_offer")
    assert alloc.available_actions(Stage.VISIT) == ("accept_offer", "refuse_offer")
    assert alloc.available_actions(Stage.ACCEPTED) == ("sign_contract",)
    assert alloc.available_actions(Stage.REFUSED) == ("reopen_candidate",)
    assert alloc.available_actions(Stage.SIGNED) == ("move_in",)
    assert alloc.available_actions(Stage.MOVED_IN) == ()


@pytest.mark.parametrize("until", [None, Stage.CANDIDATE, Stage.PROPOSED, Stage.VISIT,
                                   Stage.ACCEPTED, Stage.SIGNED, Stage.MOVED_IN])
def test_every_action_not_allowed_at_a_stage_is_refused_and_changes_nothing(ctx, world, until):
    hid = world.trio
    if until is not None:
        drive(ctx, hid, "DL55-A-2", until)
    before = alloc.history(ctx, hid)
    refused = [a for a in ACTION_CALLS if a not in alloc.available_actions(until)]
    for action in refused:
        with pytest.raises(UserError) as caught:
            ACTION_CALLS[action](ctx, hid)
        expected = until.label if until else "non è nel percorso di assegnazione"
        assert expected in caught.value.text, (action, caught.value.text)
    assert stage_of(ctx, hid) == until
    assert alloc.history(ctx, hid) == before


def test_refused_transition_message_names_the_stage_and_the_way_forward(ctx, world):
    alloc.add_candidate(ctx, world.trio)
    with pytest.raises(UserError) as caught:
        alloc.record_visit(ctx, world.trio)
    assert caught.value.text == ("Non è possibile registrare la visita: il nucleo è nella fase "
                                 "«Candidato»; prima va proposto un alloggio.")


@pytest.mark.parametrize("refuse_at", [Stage.PROPOSED, Stage.VISIT])
def test_refusal_frees_the_unit_and_reopen_returns_to_candidate(ctx, world, refuse_at):
    hid = world.trio
    drive(ctx, hid, "DL55-A-2", refuse_at)
    with pytest.raises(UserError):
        alloc.refuse_offer(ctx, hid, "   ")
    alloc.refuse_offer(ctx, hid, "Alloggio al piano senza ascensore")
    detail = registry.get_household(ctx, hid)
    assert detail.stage == Stage.REFUSED and detail.reserved_until is None
    assert detail.refusal_reason == "Alloggio al piano senza ascensore"
    assert unit_status(ctx, "DL55-A-2") == UnitStatus.VACANT
    (row,) = alloc.pipeline(ctx, Stage.REFUSED)
    assert (row.unit_code, row.refusal_reason) == ("DL55-A-2", "Alloggio al piano senza ascensore")

    alloc.reopen_candidate(ctx, hid, note="nuova disponibilità")
    detail = registry.get_household(ctx, hid)
    assert detail.stage == Stage.CANDIDATE
    assert (detail.stage_unit_code, detail.refusal_reason) == ("", "")
    events = alloc.history(ctx, hid)
    assert events[-2].note == "Alloggio al piano senza ascensore"
    assert (events[-1].from_stage, events[-1].to_stage) == (Stage.REFUSED, Stage.CANDIDATE)
    alloc.propose_unit(ctx, hid, "DL55-A-2")  # the unit can be offered again
    assert unit_status(ctx, "DL55-A-2") == UnitStatus.PREALLOCATED


def test_reopen_does_not_free_a_unit_meanwhile_reserved_for_someone_else(ctx, world):
    drive(ctx, world.trio, "DL55-A-2", Stage.PROPOSED)
    alloc.refuse_offer(ctx, world.trio, "rinuncia")
    drive(ctx, world.single, "DL55-A-2", Stage.PROPOSED)
    alloc.reopen_candidate(ctx, world.trio)
    assert unit_status(ctx, "DL55-A-2") == UnitStatus.PREALLOCATED
    assert registry.get_household(ctx, world.single).stage_unit_code == "DL55-A-2"


def test_step_dates_are_neither_future_nor_before_the_previous_step(ctx, world):
    with pytest.raises(UserError, match="nel futuro"):
        alloc.add_candidate(ctx, world.trio, on=date(2026, 11, 26))
    alloc.add_candidate(ctx, world.trio, on=date(2026, 11, 10))
    alloc.propose_unit(ctx, world.trio, "DL55-A-2")
    with pytest.raises(UserError, match="precede"):
        alloc.record_visit(ctx, world.trio, on=date(2026, 11, 20))
    with pytest.raises(UserError, match="nel passato"):
        alloc.propose_unit(ctx, world.five, "DL55-B-12", reserved_until=date(2026, 11, 1))
    assert stage_of(ctx, world.trio) == Stage.PROPOSED


# --- fit between household and unit ----------------------------------------------------------

def fit_texts(ctx, household_id, unit_code) -> list[str]:
    return [problem.text for problem in alloc.fit_problems(ctx, household_id, unit_code)]


def test_fit_reasons_size_rooms_accessibility_and_availability(ctx, world):
    assert alloc.fit_problems(ctx, world.trio, "DL55-A-2") == []
    assert alloc.fit_problems(ctx, world.five, "DL55-B-12") == []
    (too_small,) = fit_texts(ctx, world.five, "DL55-A-1")
    assert "troppo piccolo per 5 persone" in too_small and "66" in too_small  # 56 + 10
    single_big = fit_texts(ctx, world.single, "DL55-B-12")
    assert len(single_big) == 3
    assert "sottoutilizzato" in single_big[0] and "5 locali per una persona" in single_big[0]
    assert "accessibile" in single_big[1] and "ISEE" in single_big[2]
    (renovation,) = fit_texts(ctx, world.trio, "DL55-C-1")
    assert "non è disponibile" in renovation and "In ristrutturazione" in renovation
    assert fit_texts(ctx, world.trio, "XX-9") == ["Alloggio sconosciuto: XX-9."]


def test_fit_reports_reservation_and_expired_isee(ctx, world):
    drive(ctx, world.trio, "DL55-A-2", Stage.PROPOSED)
    code = registry.get_household(ctx, world.trio).code
    (reserved,) = fit_texts(ctx, world.single, "DL55-A-2")
    assert f"riservato al nucleo {code} fino al 25/12/2026" in reserved
    assert alloc.fit_problems(ctx, world.trio, "DL55-A-2") == []  # its own reservation
    registry.update_household(ctx, world.five, HouseholdInput(
        target_category_code="GIOVANI", isee_cents=900_000, isee_expires_on=date(2026, 10, 31)))
    (expired,) = fit_texts(ctx, world.five, "DL55-B-12")
    assert "scaduta il 31/10/2026" in expired


def test_propose_refuses_an_unfit_unit_with_every_reason(ctx, world):
    alloc.add_candidate(ctx, world.single)
    with pytest.raises(UserError) as caught:
        alloc.propose_unit(ctx, world.single, "DL55-B-12")
    assert caught.value.field == "unit_code"
    assert "sottoutilizzato" in caught.value.text and "accessibile" in caught.value.text
    assert stage_of(ctx, world.single) == Stage.CANDIDATE
    assert unit_status(ctx, "DL55-B-12") == UnitStatus.VACANT


def test_size_standard_comes_from_the_settings(ctx, world):
    from borgo_desktop.services.core.settings import set_setting
    set_setting(ctx, "allocation.min_surface_by_size", {"1": 28, "2": 38, "3": 65, "4": 70})
    set_setting(ctx, "allocation.extra_person_surface", 30)
    set_setting(ctx, "allocation.max_spare_rooms", 1)
    (trio,) = fit_texts(ctx, world.trio, "DL55-A-2")
    assert "troppo piccolo per 3 persone: 60 m² invece di almeno 65 m²" in trio
    (five,) = fit_texts(ctx, world.five, "DL55-B-12")
    assert "almeno 100 m²" in five  # 70 + 30 for the fifth person
    (spare,) = fit_texts(ctx, world.single, "DL55-A-2")
    assert "3 locali per una persona (al massimo 2)" in spare


# --- quota, lease, move-in -------------------------------------------------------------------

def test_signing_beyond_the_category_quota_is_refused(ctx, world):
    drive(ctx, world.trio, "DL55-A-2", Stage.SIGNED)  # GIOVANI quota is 1
    drive(ctx, world.five, "DL55-B-12", Stage.ACCEPTED)
    with pytest.raises(UserError, match="quota della categoria «Giovani coppie e famiglie» è "
                                        "esaurita: 1 alloggi assegnati su 1"):
        sign(ctx, world.five)
    assert stage_of(ctx, world.five) == Stage.ACCEPTED
    assert unit_status(ctx, "DL55-B-12") == UnitStatus.PREALLOCATED
    assert registry.get_household(ctx, world.five).leases == ()
    alloc.save_category(ctx, "GIOVANI", "Giovani coppie e famiglie", 2)
    sign(ctx, world.five)
    assert unit_status(ctx, "DL55-B-12") == UnitStatus.LET


def test_sign_contract_validates_amounts(ctx, world):
    drive(ctx, world.trio, "DL55-A-2", Stage.ACCEPTED)
    with pytest.raises(ValidationError) as caught:
        alloc.sign_contract(ctx, world.trio, date(2026, 12, 1), -1,
                            ends_on=date(2026, 11, 30))
    assert set(caught.value.problems) == {"monthly_rent_cents", "ends_on"}
    assert stage_of(ctx, world.trio) == Stage.ACCEPTED


def test_move_in_checklist_completion(ctx, world):
    drive(ctx, world.trio, "DL55-A-2", Stage.ACCEPTED)
    with pytest.raises(UserError, match="firma del contratto"):
        alloc.complete_move_in_task(ctx, world.trio, MoveInItem.KEYS, TODAY)
    sign(ctx, world.trio)
    with pytest.raises(UserError):
        alloc.complete_move_in_task(ctx, world.trio, MoveInItem.KEYS, date(2026, 12, 2))
    alloc.complete_move_in_task(ctx, world.trio, MoveInItem.KEYS, TODAY, note="3 mazzi")
    alloc.move_in(ctx, world.trio)
    alloc.complete_move_in_task(ctx, world.trio, MoveInItem.METERS, TODAY)
    tasks = {t.item: t for t in registry.get_household(ctx, world.trio).move_in}
    assert (tasks[MoveInItem.KEYS].done_on, tasks[MoveInItem.KEYS].done_by,
            tasks[MoveInItem.KEYS].note) == (TODAY, "tester", "3 mazzi")
    assert tasks[MoveInItem.METERS].done_on == TODAY
    assert tasks[MoveInItem.INVENTORY].done_on is None and len(tasks) == len(MoveInItem)


# --- read side -------------------------------------------------------------------------------

def test_quota_board_counts_by_category(ctx, world):
    alloc.save_category(ctx, "VECCHIA", "Categoria dismessa", 3, active=False)
    drive(ctx, world.trio, "DL55-A-2", Stage.MOVED_IN)
    drive(ctx, world.five, "DL55-B-12", Stage.PROPOSED)
    alloc.add_candidate(ctx, world.single)
    assert [r.category_code for r in alloc.quota_board(ctx)] == ["FRAGILI", "GIOVANI"]
    loose = registry.create_household(ctx, HouseholdInput(), [
        member("Blu", "Ivo", date(1990, 1, 1), "M", Relation.REFERENCE)])
    alloc.add_candidate(ctx, loose.id)
    board = {r.category_code: r for r in alloc.quota_board(ctx)}
    assert board["GIOVANI"] == alloc.QuotaRow("GIOVANI", "Giovani coppie e famiglie", 1,
                                              in_pipeline=1, allocated=1, moved_in=1, remaining=0)
    assert board["FRAGILI"] == alloc.QuotaRow("FRAGILI", "Nuclei fragili", 2,
                                              in_pipeline=1, allocated=0, moved_in=0, remaining=2)
    assert board[""].label == "Senza categoria" and board[""].in_pipeline == 1
    alloc.save_category(ctx, "GIOVANI", "Giovani coppie e famiglie", 0)
    assert {r.category_code: r for r in alloc.quota_board(ctx)}["GIOVANI"].remaining == -1


def test_pipeline_rows_and_stage_filter(ctx, world):
    drive(ctx, world.trio, "DL55-A-2", Stage.PROPOSED)
    alloc.add_candidate(ctx, world.five, on=date(2026, 11, 3))
    rows = alloc.pipeline(ctx)
    assert [r.stage for r in rows] == [Stage.CANDIDATE, Stage.PROPOSED]
    five, trio = rows
    assert (five.size, five.reference_name, five.stage_changed_on) == (5, "Neri Paolo",
                                                                       date(2026, 11, 3))
    assert (trio.household_id, trio.size, trio.reference_name) == (world.trio, 3, "Rossi Mario")
    assert (trio.category_label, trio.unit_code) == ("Giovani coppie e famiglie", "DL55-A-2")
    assert (trio.reserved_until, trio.stage_changed_on) == (date(2026, 12, 25), TODAY)
    assert [r.household_id for r in alloc.pipeline(ctx, Stage.PROPOSED)] == [world.trio]
    assert alloc.pipeline(ctx, Stage.SIGNED) == []


def test_history_is_append_only_and_ordered(ctx, world):
    drive(ctx, world.trio, "DL55-A-2", Stage.PROPOSED)
    first = alloc.history(ctx, world.trio)
    alloc.refuse_offer(ctx, world.trio, "rinuncia")
    alloc.reopen_candidate(ctx, world.trio)
    alloc.propose_unit(ctx, world.trio, "DL55-A-2")
    later = alloc.history(ctx, world.trio)
    assert later[:len(first)] == first and len(later) == len(first) + 3
    assert [e.to_stage for e in later] == [Stage.CANDIDATE, Stage.PROPOSED, Stage.REFUSED,
                                          Stage.CANDIDATE, Stage.PROPOSED]
    for previous, event in zip(later, later[1:]):
        assert event.from_stage == previous.to_stage
    assert alloc.history(ctx, world.five) == []


def test_search_finds_the_household_by_the_proposed_unit(ctx, world):
    def household_hits():
        return {h.ref_id for h in search.search(ctx, "DL55-B-12") if h.kind == "household"}

    assert world.five not in household_hits()
    drive(ctx, world.five, "DL55-B-12", Stage.PROPOSED)
    assert household_hits() == {world.five}
    alloc.refuse_offer(ctx, world.five, "rinuncia")
    assert world.five not in household_hits()


# --- categories and rent ---------------------------------------------------------------------

def test_save_category_validates_and_updates_by_code(ctx, world):
    with pytest.raises(ValidationError) as caught:
        alloc.save_category(ctx, " ", "", -1)
    assert set(caught.value.problems) == {"code", "label", "quota"}
    before = {c.code: c for c in alloc.list_categories(ctx)}
    updated = alloc.save_category(ctx, "FRAGILI", "Nuclei in fragilità", 4, "con progetto",
                                  active=False)
    assert updated.id == before["FRAGILI"].id
    assert alloc.list_categories(ctx) == [updated, before["GIOVANI"]]
    assert (updated.label, updated.quota, updated.description, updated.active) == (
        "Nuclei in fragilità", 4, "con progetto", False)


def test_suggest_rent_by_rent_model(ctx, world):
    assert alloc.suggest_rent_cents(ctx, world.trio, "DL55-A-2") == 45000  # 90 €/m² × 60 / 12
    assert alloc.suggest_rent_cents(ctx, world.trio, "DL55-A-1") == 30000
    assert alloc.suggest_rent_cents(ctx, world.trio, "DL55-B-13") == 25000  # flat
    assert alloc.suggest_rent_cents(ctx, world.five, "DL55-B-12") == 20000  # ISEE 10.000 €
    with pytest.raises(UserError, match="ISEE"):
        alloc.suggest_rent_cents(ctx, world.single, "DL55-B-12")
