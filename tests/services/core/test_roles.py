"""Every role against every protected service call: allowed, or PermissionDenied and audited.

The expectation comes from one place, the table below (call -> permission it needs), checked
against ``ROLE_PERMISSIONS``; a call "allowed" may still fail for a business reason (a
UserError), but never with PermissionDenied. A test also checks the table covers every public
function of the protected service modules, so a new call cannot slip in unguarded.
"""

from __future__ import annotations

import inspect
import uuid
from datetime import date

import pytest

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import (
    ConsentMethod, ConsentPurpose, MoveInItem, Regime, Relation, RentModel, Sex,
)
from borgo_desktop.services import privacy
from borgo_desktop.services.allocation import allocation, follow_up, views as allocation_views
from borgo_desktop.services.core import audit, listing, search, settings
from borgo_desktop.services.community import community
from borgo_desktop.services.registry import (
    estate, exports, imports, printing, registry, unit_imports,
)
from borgo_desktop.services.core.context import ROLES, Actor, Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.privacy import access, consents, retention
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)
from helpers.permission_matrix import refused_roles

P = Permission


def _person(surname, given, born, sex="F"):
    return PersonInput(surname, given, make_tax_code(surname, given, born, sex, "F205"), born,
                       Sex(sex))


@pytest.fixture
def world(ctx, tmp_path):
    registry.create_building(ctx, BuildingInput("DL51", "Cascina", "Via De Lemene 51", "20151"))
    unit = registry.create_unit(ctx, UnitInput("DL51", "A", 1, "4", 62.5, 3, Regime.CAPPED,
                                               RentModel.PER_M2, 9000))
    household = registry.create_household(
        ctx, HouseholdInput(isee_cents=900_000, isee_expires_on=date(2026, 12, 31)),
        [MemberInput(_person("Colombo", "Giulia", date(1979, 4, 2)), Relation.REFERENCE),
         MemberInput(_person("Colombo", "Ada", date(2010, 1, 1)), Relation.CHILD)])
    consent = privacy.record_consent(ctx, household.members[0].person.id, ConsentPurpose.PHOTOS,
                                     date(2026, 1, 1), ConsentMethod.SIGNED_FORM)
    return dict(unit=unit, household=household, hid=household.id,
                pid=household.members[0].person.id, child=household.members[1].person.id,
                consent=consent.id, tmp=tmp_path)


NOBODY = uuid.UUID(int=1)  # no such record: an allowed call fails after the permission check

# call name -> (permission, function(ctx, world))
CALLS = {
    # community: the front desk records, only the manager organises
    "community.acknowledge": (P.COMMUNITY_RECORD,
                              lambda c, w: community.acknowledge(c, NOBODY, w["hid"])),
    "community.record_turn": (P.COMMUNITY_RECORD,
                              lambda c, w: community.record_turn(c, NOBODY, True)),
    "community.publish_rules": (P.COMMUNITY_MANAGE, lambda c, w: community.publish_rules(
        c, "Regolamento", "1. Silenzio dalle 22.", date(2026, 1, 1))),
    # after the move: the desk's list of follow-up steps due
    "follow_up.due_steps": (P.ALLOCATION_READ, lambda c, w: follow_up.due_steps(c)),
    # the estate: manager and administrator
    "estate.get_building": (P.REGISTRY_READ, lambda c, w: estate.get_building(c, NOBODY)),
    "estate.list_estate_buildings": (P.REGISTRY_READ,
                                     lambda c, w: estate.list_estate_buildings(c)),
    "estate.update_building": (P.ESTATE_MANAGE, lambda c, w: estate.update_building(
        c, NOBODY, BuildingInput("DL51", "Cascina", "Via De Lemene 51", "20151"))),
    "estate.retire_building": (P.ESTATE_MANAGE,
                               lambda c, w: estate.retire_building(c, NOBODY)),
    "estate.retire_unit": (P.ESTATE_MANAGE, lambda c, w: estate.retire_unit(c, NOBODY)),
    "estate.list_common_spaces": (P.REGISTRY_READ, lambda c, w: estate.list_common_spaces(c)),
    "estate.save_common_space": (P.ESTATE_MANAGE, lambda c, w: estate.save_common_space(
        c, estate.CommonSpaceInput("DL51", "", ""))),
    "estate.retire_common_space": (P.ESTATE_MANAGE,
                                   lambda c, w: estate.retire_common_space(c, NOBODY)),
    # registry
    "registry.create_building": (P.ESTATE_MANAGE, lambda c, w: registry.create_building(
        c, BuildingInput("DL99", "Nuovo", "Via Nuova 1", "20151"))),
    "registry.list_buildings": (P.REGISTRY_READ, lambda c, w: registry.list_buildings(c)),
    "registry.create_unit": (P.ESTATE_MANAGE, lambda c, w: registry.create_unit(c, UnitInput(
        "DL51", "B", 2, "9", 50, 2, Regime.CAPPED, RentModel.PER_M2, 9000))),
    "registry.update_unit": (P.ESTATE_MANAGE, lambda c, w: registry.update_unit(
        c, w["unit"].id, UnitInput("DL51", "A", 1, "4", 63, 3, Regime.CAPPED, RentModel.PER_M2))),
    "registry.get_unit": (P.REGISTRY_READ, lambda c, w: registry.get_unit(c, w["unit"].id)),
    "registry.find_unit": (P.REGISTRY_READ, lambda c, w: registry.find_unit(c, "DL51-A-4")),
    "registry.list_units": (P.REGISTRY_READ, lambda c, w: registry.list_units(c)),
    "registry.create_common_space": (P.SPACE_MANAGE, lambda c, w: registry.create_common_space(
        c, "DL51", "SALA", "Sala comune")),
    "registry.create_household": (P.REGISTRY_WRITE, lambda c, w: registry.create_household(
        c, HouseholdInput(), [MemberInput(_person("Bruni", "Aldo", date(1960, 1, 1), "M"),
                                          Relation.REFERENCE)])),
    "registry.update_household": (P.REGISTRY_WRITE, lambda c, w: registry.update_household(
        c, w["hid"], HouseholdInput(code=w["household"].code, phone="02 1234567"))),
    "registry.get_household": (P.REGISTRY_READ, lambda c, w: registry.get_household(c, w["hid"])),
    "registry.find_household": (P.REGISTRY_READ,
                                lambda c, w: registry.find_household(c, w["household"].code)),
    "registry.get_person": (P.REGISTRY_READ, lambda c, w: registry.get_person(c, w["pid"])),
    "registry.household_of_person": (P.REGISTRY_READ,
                                     lambda c, w: registry.household_of_person(c, w["pid"])),
    "registry.household_in_unit": (P.REGISTRY_READ,
                                   lambda c, w: registry.household_in_unit(c, w["unit"].id)),
    "registry.add_member": (P.REGISTRY_WRITE, lambda c, w: registry.add_member(
        c, w["hid"], MemberInput(_person("Colombo", "Bea", date(2012, 2, 2)), Relation.CHILD))),
    "registry.update_person": (P.REGISTRY_WRITE, lambda c, w: registry.update_person(
        c, w["pid"], _person("Colombo", "Giulia", date(1979, 4, 2)))),
    "registry.leave_household": (P.REGISTRY_WRITE,
                                 lambda c, w: registry.leave_household(c, w["child"])),
    "registry.move_person": (P.REGISTRY_WRITE, lambda c, w: registry.move_person(
        c, w["child"], w["hid"], Relation.CHILD)),
    "registry.household_leaves": (P.REGISTRY_WRITE,
                                  lambda c, w: registry.household_leaves(c, w["hid"])),
    "registry.create_lease": (P.REGISTRY_WRITE, lambda c, w: registry.create_lease(
        c, LeaseInput(w["hid"], "DL51-A-4", date(2026, 12, 1), 45000))),
    # allocation
    "allocation.save_category": (P.ALLOCATION_WRITE,
                                 lambda c, w: allocation.save_category(c, "GIOVANI", "Giovani", 1)),
    "allocation.add_candidate": (P.ALLOCATION_WRITE,
                                 lambda c, w: allocation.add_candidate(c, w["hid"])),
    "allocation.propose_unit": (P.ALLOCATION_WRITE,
                                lambda c, w: allocation.propose_unit(c, w["hid"], "DL51-A-4")),
    "allocation.record_visit": (P.ALLOCATION_WRITE,
                                lambda c, w: allocation.record_visit(c, w["hid"])),
    "allocation.accept_offer": (P.ALLOCATION_WRITE,
                                lambda c, w: allocation.accept_offer(c, w["hid"])),
    "allocation.refuse_offer": (P.ALLOCATION_WRITE,
                                lambda c, w: allocation.refuse_offer(c, w["hid"], "troppo caro")),
    "allocation.reopen_candidate": (P.ALLOCATION_WRITE,
                                    lambda c, w: allocation.reopen_candidate(c, w["hid"])),
    "allocation.sign_contract": (P.ALLOCATION_WRITE, lambda c, w: allocation.sign_contract(
        c, w["hid"], date(2026, 12, 1), 45000)),
    "allocation.move_in": (P.ALLOCATION_WRITE, lambda c, w: allocation.move_in(c, w["hid"])),
    "allocation.complete_move_in_task": (P.ALLOCATION_WRITE,
                                         lambda c, w: allocation.complete_move_in_task(
                                             c, w["hid"], MoveInItem.KEYS, date(2026, 11, 1))),
    "allocation.list_categories": (P.REGISTRY_READ,
                                   lambda c, w: allocation_views.list_categories(c)),
    "allocation.quota_board": (P.ALLOCATION_READ, lambda c, w: allocation_views.quota_board(c)),
    "allocation.pipeline": (P.ALLOCATION_READ, lambda c, w: allocation_views.pipeline(c)),
    "allocation.history": (P.ALLOCATION_READ, lambda c, w: allocation_views.history(c, w["hid"])),
    "allocation.fit_problems": (P.ALLOCATION_READ, lambda c, w: allocation_views.fit_problems(
        c, w["hid"], "DL51-A-4")),
    "allocation.suggest_rent_cents": (P.ALLOCATION_WRITE, lambda c, w:
                                      allocation_views.suggest_rent_cents(c, w["hid"], "DL51-A-4")),
    # lists, import, export, print
    "listing.count.households": (P.REGISTRY_READ,
                                 lambda c, w: listing.count(c, listing.SPECS["households"])),
    "listing.fetch_page.persons": (P.REGISTRY_READ,
                                   lambda c, w: listing.fetch_page(c, listing.SPECS["persons"])),
    "imports.import_households": (P.IMPORT_DATA, lambda c, w: imports.import_households(
        c, w["tmp"] / "missing.xlsx", dry_run=True)),
    # Importing units needs ESTATE_MANAGE too: every role with IMPORT_DATA has it.
    "unit_imports.import_units": (P.IMPORT_DATA, lambda c, w: unit_imports.import_units(
        c, w["tmp"] / "missing.xlsx", dry_run=True)),
    "exports.export_rows.households": (P.EXPORT_PERSONAL, lambda c, w: exports.export_rows(
        c, "households", None, "", False, w["tmp"] / "n.csv")),
    "exports.export_rows.units": (P.REGISTRY_READ, lambda c, w: exports.export_rows(
        c, "units", None, "", False, w["tmp"] / "u.csv")),
    "printing.print_list.persons": (P.EXPORT_PERSONAL, lambda c, w: printing.print_list(
        c, "persons", None, "", False, w["tmp"] / "p.pdf")),
    "printing.print_list.units": (P.REGISTRY_READ, lambda c, w: printing.print_list(
        c, "units", None, "", False, w["tmp"] / "u.pdf")),
    "printing.print_household": (P.EXPORT_PERSONAL, lambda c, w: printing.print_household(
        c, w["hid"], w["tmp"] / "h.pdf")),
    # settings, audit, search
    "settings.set_setting": (P.SETTINGS_MANAGE,
                             lambda c, w: settings.set_setting(c, "allocation.max_spare_rooms", 2)),
    "audit.list_entries": (P.AUDIT_READ, lambda c, w: audit.list_entries(c)),
    "audit.actors": (P.AUDIT_READ, lambda c, w: audit.actors(c)),
    "audit.action_codes": (P.AUDIT_READ, lambda c, w: audit.action_codes(c)),
    "search.search": (P.REGISTRY_READ, lambda c, w: search.search(c, "colombo")),
    # data protection
    "privacy.record_consent": (P.REGISTRY_WRITE, lambda c, w: privacy.record_consent(
        c, w["pid"], ConsentPurpose.CONTACT_SMS, date(2026, 2, 1), ConsentMethod.VERBAL)),
    "privacy.withdraw_consent": (P.REGISTRY_WRITE, lambda c, w: privacy.withdraw_consent(
        c, w["consent"], date(2026, 3, 1))),
    "privacy.list_consents": (P.REGISTRY_READ, lambda c, w: privacy.list_consents(c, w["pid"])),
    "privacy.active_purposes": (P.REGISTRY_READ,
                                lambda c, w: privacy.active_purposes(c, w["pid"])),
    "privacy.consent_register": (P.DATA_PROTECTION, lambda c, w: privacy.consent_register(c)),
    "privacy.build_report": (P.DATA_PROTECTION,
                             lambda c, w: privacy.build_report(c, w["pid"])),
    "privacy.person_by_tax_code": (P.DATA_PROTECTION, lambda c, w: privacy.person_by_tax_code(
        c, w["household"].members[0].person.tax_code)),
    "privacy.write_report": (P.DATA_PROTECTION,
                             lambda c, w: privacy.write_report(c, w["pid"], w["tmp"] / "out")),
    "privacy.set_retention_years": (P.SETTINGS_MANAGE,
                                    lambda c, w: privacy.set_retention_years(c, 7)),
    "privacy.disposals": (P.DATA_PROTECTION, lambda c, w: privacy.disposals(c)),
    "privacy.preview": (P.DATA_PROTECTION, lambda c, w: privacy.preview(c)),
    "privacy.anonymise": (P.DATA_PROTECTION, lambda c, w: privacy.anonymise(c, [w["hid"]])),
}

# Public functions of the guarded modules that need no permission, and why.
UNGUARDED = {
    "registry.add_household", "registry.open_lease", "registry.release_unit",  # in the caller's unit of work
    "registry.next_household_code", "registry.unit_code_for",
    "follow_up.due_on", "follow_up.schedule",  # a date sum; inside allocation.move_in
    "allocation.available_actions",  # pure: which buttons a stage offers
    "settings.get_setting", "settings.read_settings", "settings.read_setting",  # not personal
    "settings.write_value",  # in the caller's unit of work, after the caller's own check
    "audit.record", "audit.record_event", "audit.record_view", "audit.changed_fields",
    "audit.file_digest", "audit.entry_hash", "audit.verify",  # verify: reveals no content
    "search.fold", "search.query_words", "search.person_entry", "search.household_entry",
    "search.unit_entry", "search.reindex_household", "search.reindex_person",
    "search.reindex_unit", "search.rebuild_index",  # index upkeep inside a unit of work
    "imports.write_report_csv", "exports.xlsx_value", "exports.csv_value",
    "imports.file_refusal", "imports.count_words", "unit_imports.unit_input",  # pure wording
    "registry.add_unit",  # in the caller's unit of work (the form's or an import's)
    "listing.iter_rows", "listing.display_text",  # the list's own permission, as fetch_page
    "allocation.stage_counts", "allocation.allocated_in", "allocation.fit_reasons",
    "allocation.unit_by_code", "allocation.category_view",  # session helpers
    "privacy.register_collector", "privacy.collectors",  # wiring at import time
    "privacy.register_related_ids", "privacy.register_anonymiser", "privacy.register_holding",
    "privacy.household_ids",  # a session helper of the collectors
    "privacy.display_value",  # formatting
}


def _public_functions(module, prefix):
    return {f"{prefix}.{name}" for name, fn in inspect.getmembers(module, inspect.isfunction)
            if not name.startswith("_") and fn.__module__ == module.__name__}


def test_the_table_covers_every_public_service_call():
    modules = [(registry, "registry"), (estate, "estate"), (allocation, "allocation"),
               (follow_up, "follow_up"),
               (allocation_views, "allocation"), (imports, "imports"), (exports, "exports"),
               (printing, "printing"), (settings, "settings"), (audit, "audit"),
               (search, "search"), (listing, "listing"), (consents, "privacy"),
               (access, "privacy"), (retention, "privacy"), (unit_imports, "unit_imports")]
    public = set().union(*(_public_functions(m, p) for m, p in modules))
    covered = {name.rsplit(".", 1)[0] if name.count(".") > 1 else name for name in CALLS}
    assert public - covered - UNGUARDED == set()


def _as(ctx, role):
    return Context(store=ctx.store, actor=Actor(f"u_{role}", role), today=ctx.today)


@pytest.mark.parametrize("name", list(CALLS))
def test_every_role_against_every_call(ctx, admin_ctx, world, name):
    permission, call = CALLS[name]
    for role in refused_roles(ctx, name, lambda actor: allowed(actor, permission), call, world):
        last = audit.list_entries(admin_ctx, limit=1)[0]
        assert (last.action, last.actor, last.detail) == (
            "permission_denied", f"u_{role}", permission.value), (role, name)


def test_each_role_is_refused_something_and_allowed_something():
    for role in ROLES:
        needed = {permission for permission, _call in CALLS.values()}
        mine = {p for p in needed if allowed(Actor("x", role), p)}
        assert mine and mine != needed, role


# --- least privilege on what the views carry ------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
def test_sensitive_fields_reach_only_roles_allowed_to_see_them(ctx, world, role):
    detail = registry.get_household(_as(ctx, role), world["hid"])
    person = registry.get_person(_as(ctx, role), world["pid"])
    if allowed(Actor("x", role), P.REGISTRY_SENSITIVE):
        assert detail.isee_cents == 900_000 and detail.vulnerabilities == ()
        assert person.has_disability is False and not detail.sensitive_masked
    else:
        assert (detail.isee_cents, detail.isee_expires_on, detail.dsu_protocol,
                detail.vulnerabilities) == (None, None, None, None)
        assert detail.sensitive_masked and person.has_disability is None
        assert {m.person.has_disability for m in detail.members} == {None}
    assert detail.needs_accessible_unit is False  # the derived flag reaches everyone


def test_front_desk_hands_in_a_new_isee_without_reading_or_erasing_the_old(ctx, world):
    desk = _as(ctx, "front_desk")
    code = world["household"].code
    registry.update_household(desk, world["hid"], HouseholdInput(code=code, phone="02 7654321"))
    stored = registry.get_household(ctx, world["hid"])  # the manager sees it
    assert (stored.isee_cents, stored.phone) == (900_000, "02 7654321")
    registry.update_household(desk, world["hid"], HouseholdInput(
        code=code, isee_cents=500_000, isee_expires_on=date(2027, 12, 31)))
    assert registry.get_household(ctx, world["hid"]).isee_cents == 500_000
    registry.update_person(desk, world["pid"], _person("Colombo", "Giulia", date(1979, 4, 2)))
    assert registry.get_person(ctx, world["pid"]).has_disability is False
