"""Registry services: validation of every form, membership history, leases, search upkeep."""

from __future__ import annotations

from datetime import date

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import (
    HouseholdStatus, Regime, Relation, RentModel, Sex, UnitStatus, Vulnerability,
)
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core import search
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)


def person(surname="Ferrari", name="Paolo", born=date(1975, 5, 17), sex="M", **extra) -> PersonInput:
    return PersonInput(surname, name, make_tax_code(surname, name, born, sex, "F205"), born,
                       Sex(sex), "Milano", **extra)


@pytest.fixture
def building(ctx):
    registry.create_building(ctx, BuildingInput("DL59", "Cascina Boldinasco - Fienile",
                                                "Via De Lemene 59", "20151", 8))
    return registry.create_unit(ctx, UnitInput("DL59", "B", 2, "7", 48.0, 2, Regime.CAPPED,
                                               RentModel.PER_M2, 9000))


def test_household_with_three_members(ctx):
    detail = registry.create_household(ctx, HouseholdInput(
        email="famiglia.ferrari@example.it", vulnerabilities=(Vulnerability.SINGLE_PARENT,)), [
        MemberInput(person(), Relation.REFERENCE),
        MemberInput(person("Ferrari", "Sara", date(2010, 2, 1), "F"), Relation.CHILD),
        MemberInput(person("Ferrari", "Marco", date(2013, 12, 24), "M"), Relation.CHILD),
    ])
    assert detail.code == "N00001" and detail.size == 3
    assert detail.reference_name == "Ferrari Paolo"
    assert detail.status == HouseholdStatus.APPLICANT
    assert detail.vulnerabilities == ("single_parent",)


@pytest.mark.parametrize("members, field, fragment", [
    ([], "members", "almeno un componente"),
    ([MemberInput(person(), Relation.CHILD)], "members", "esattamente un intestatario (ne ha 0)"),
    ([MemberInput(person(), Relation.REFERENCE),
      MemberInput(person("Ferrari", "Ada", date(1977, 1, 9), "F"), Relation.REFERENCE)],
     "members", "(ne ha 2)"),
    ([MemberInput(person(), Relation.REFERENCE), MemberInput(person(), Relation.SPOUSE)],
     "members.1.tax_code", "ripetuto"),
])
def test_household_composition_rules(ctx, members, field, fragment):
    with pytest.raises(ValidationError) as refused:
        registry.create_household(ctx, HouseholdInput(), members)
    assert fragment in refused.value.problems[field].text


def test_person_problems_are_all_reported_at_once(ctx):
    bad = PersonInput(" ", "", "RSSMRA80C12F205X", date(2030, 1, 1), None, email="non-una-mail")
    with pytest.raises(ValidationError) as refused:
        registry.create_household(ctx, HouseholdInput(), [MemberInput(bad, Relation.REFERENCE)])
    problems = refused.value.problems
    assert {"members.0.surname", "members.0.given_name", "members.0.birth_date", "members.0.sex",
            "members.0.tax_code", "members.0.email"} <= set(problems)
    assert "nel futuro" in problems["members.0.birth_date"].text
    assert "controllo" in problems["members.0.tax_code"].text


def test_tax_code_mismatch_is_refused_unless_confirmed(ctx):
    code = make_tax_code("Ferrari", "Paolo", date(1975, 5, 17), "M", "F205")
    wrong_date = PersonInput("Ferrari", "Paolo", code, date(1975, 5, 18), Sex.M)
    with pytest.raises(ValidationError) as refused:
        registry.create_household(ctx, HouseholdInput(), [MemberInput(wrong_date, Relation.REFERENCE)])
    assert "confermare" in refused.value.problems["members.0.tax_code"].text
    confirmed = PersonInput("Ferrari", "Paolo", code, date(1975, 5, 18), Sex.M,
                            accept_tax_code_mismatch=True)
    detail = registry.create_household(ctx, HouseholdInput(), [MemberInput(confirmed, Relation.REFERENCE)])
    assert detail.members[0].person.tax_code == code


def test_isee_needs_an_expiry_and_contacts_are_checked(ctx):
    with pytest.raises(ValidationError) as refused:
        registry.create_household(ctx, HouseholdInput(isee_cents=850_000, phone="abc"),
                                  [MemberInput(person(), Relation.REFERENCE)])
    assert set(refused.value.problems) == {"isee_expires_on", "phone"}


def test_person_moves_to_another_household_and_history_is_kept(ctx):
    first = registry.create_household(ctx, HouseholdInput(), [
        MemberInput(person(), Relation.REFERENCE),
        MemberInput(person("Ferrari", "Luca", date(2000, 3, 3), "M"), Relation.CHILD)],
        joined_on=date(2020, 1, 1))
    second = registry.create_household(ctx, HouseholdInput(), [
        MemberInput(person("Galli", "Irene", date(2001, 7, 7), "F"), Relation.REFERENCE)])
    luca = first.members[1].person
    registry.move_person(ctx, luca.id, second.id, Relation.SPOUSE, on=date(2026, 10, 1))
    first, second = registry.get_household(ctx, first.id), registry.get_household(ctx, second.id)
    assert [m.person.given_name for m in first.members] == ["Paolo"]
    assert [(m.person.given_name, m.left_on) for m in first.past_members] == [("Luca", date(2026, 10, 1))]
    assert [m.person.given_name for m in second.members] == ["Irene", "Luca"]
    assert any(h.subtitle.endswith(second.code) for h in search.search(ctx, "ferrari luca"))


def test_leaving_before_joining_is_refused(ctx):
    detail = registry.create_household(ctx, HouseholdInput(), [
        MemberInput(person(), Relation.REFERENCE),
        MemberInput(person("Ferrari", "Luca", date(2000, 3, 3), "M"), Relation.CHILD)])
    with pytest.raises(UserError, match="non può precedere"):
        registry.leave_household(ctx, detail.members[1].person.id, date(2026, 1, 1))


def test_reference_person_cannot_leave(ctx):
    detail = registry.create_household(ctx, HouseholdInput(), [MemberInput(person(), Relation.REFERENCE)])
    with pytest.raises(UserError, match="intestatario"):
        registry.leave_household(ctx, detail.members[0].person.id)


def test_member_leaves_and_is_still_findable(ctx):
    detail = registry.create_household(ctx, HouseholdInput(), [
        MemberInput(person(), Relation.REFERENCE),
        MemberInput(person("Ferrari", "Nonna", date(1940, 8, 8), "F"), Relation.PARENT)],
        joined_on=date(2020, 1, 1))
    registry.leave_household(ctx, detail.members[1].person.id, date(2026, 11, 1))
    assert registry.get_household(ctx, detail.id).size == 1
    hits = search.search(ctx, "ferrari nonna")
    assert [(h.kind, h.subtitle.endswith(detail.code)) for h in hits] == [("person", False)]


def test_building_and_unit_validation(ctx, building):
    with pytest.raises(ValidationError) as refused:
        registry.create_building(ctx, BuildingInput("DL59", "", "Via X", "201", 12))
    assert set(refused.value.problems) == {"code", "name", "cap", "municipio"}
    with pytest.raises(ValidationError) as refused:
        registry.create_unit(ctx, UnitInput("DL59", "B", 2, "7", 0, 0, Regime.CAPPED,
                                            RentModel.PER_M2, -1))
    assert set(refused.value.problems) == {"number", "surface_m2", "rooms", "rent_rate_cents"}
    assert building.code == "DL59-B-7" and building.status == UnitStatus.VACANT


def test_lease_lets_the_unit_and_refuses_a_second_one(ctx, building):
    detail = registry.create_household(ctx, HouseholdInput(), [MemberInput(person(), Relation.REFERENCE)])
    registry.create_lease(ctx, LeaseInput(detail.id, building.code, date(2026, 12, 1), 36_000))
    assert registry.get_unit(ctx, building.id).status == UnitStatus.LET
    detail = registry.get_household(ctx, detail.id)
    assert detail.unit.code == building.code and detail.active_lease.monthly_rent_cents == 36_000
    with pytest.raises(ValidationError, match="già un contratto"):
        registry.create_lease(ctx, LeaseInput(detail.id, building.code, date(2027, 1, 1), 1))


def test_saved_setting_overrides_the_default(ctx):
    from borgo_desktop.services.core.settings import DEFAULTS, get_setting, set_setting

    assert get_setting(ctx, "allocation.reservation_days") == DEFAULTS["allocation.reservation_days"]
    set_setting(ctx, "allocation.reservation_days", 45)
    assert get_setting(ctx, "allocation.reservation_days") == 45
    with pytest.raises(KeyError):
        set_setting(ctx, "no.such.key", 1)


def test_person_and_unit_lookups(ctx, building):
    detail = registry.create_household(ctx, HouseholdInput(), [MemberInput(person(), Relation.REFERENCE)])
    paolo = detail.members[0].person
    assert registry.get_person(ctx, paolo.id).tax_code == paolo.tax_code
    assert registry.household_of_person(ctx, paolo.id) == detail.id
    assert registry.household_in_unit(ctx, building.id) is None
    registry.create_lease(ctx, LeaseInput(detail.id, building.code, date(2026, 12, 1), 36_000))
    assert registry.household_in_unit(ctx, building.id).id == detail.id
