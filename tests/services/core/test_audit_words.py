"""The audit window speaks the office's words: field names in Italian, and the record named
by its code (the household's «N00012»), not by a UUID alone."""

from __future__ import annotations

import json
from datetime import date

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models import Household, Person
from borgo_desktop.models.enums import Regime, Relation, RentModel, Sex
from borgo_desktop.services.core import audit, listing
from borgo_desktop.services.core.audit_fields import FIELDS, field_label
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, MemberInput, PersonInput, UnitInput,
)

FIELDS_COLUMN = next(c for c in listing.SPECS["audit"].columns if c.key == "fields")


def _household(ctx):
    born = date(1980, 3, 12)
    person = PersonInput("Rossi", "Mario", make_tax_code("Rossi", "Mario", born, "M", "F205"),
                         born, Sex.M)
    return registry.create_household(ctx, HouseholdInput(phone="02 1234567"),
                                     [MemberInput(person, Relation.REFERENCE)])


def test_changed_fields_read_in_italian(ctx, admin_ctx):
    household = _household(ctx)
    registry.update_household(ctx, household.id, HouseholdInput(phone="02 7654321",
                                                                 email="rossi@example.it"))
    [entry] = audit.list_entries(admin_ctx, action_prefix="household.update")
    assert set(entry.fields) == {"phone", "email"}
    shown = listing.display_text(FIELDS_COLUMN, json.dumps(list(entry.fields)))
    assert shown == "e-mail, telefono"


def test_the_record_is_named_by_its_code(ctx, admin_ctx):
    household = _household(ctx)
    audit.record_view(ctx, "household", household.id)
    [view] = audit.list_entries(admin_ctx, action_prefix="household.view")
    assert view.entity_id == str(household.id) and view.detail == household.code
    person_id = household.members[0].person.id
    audit.record_view(ctx, "person", person_id)
    [seen] = audit.list_entries(admin_ctx, action_prefix="person.view")
    assert seen.detail == f"componente di {household.code}"
    registry.create_building(ctx, BuildingInput("DL51", "Corte", "via De Lemene 51", "20151", 8))
    unit = registry.create_unit(ctx, UnitInput("DL51", "A", 0, "1", 60, 3, Regime.CAPPED,
                                               RentModel.PER_M2))
    registry.update_unit(ctx, unit.id, UnitInput("DL51", "A", 1, "1", 60, 3, Regime.CAPPED,
                                                 RentModel.PER_M2))
    [update] = audit.list_entries(admin_ctx, action_prefix="unit.update")
    assert update.detail == "DL51-A-1" and listing.display_text(
        FIELDS_COLUMN, json.dumps(list(update.fields))) == "piano"
    assert audit.verify(admin_ctx).ok  # the chain covers the detail written for it


def test_every_column_the_services_record_has_an_italian_name():
    """The columns of the records whose changes the services list (changed_fields)."""
    from borgo_desktop import models

    recorded = [Household, Person, models.Unit, models.Building, models.CommonSpace,
                models.Ticket, models.Booking, models.Contractor, models.TicketCategory,
                models.CommunityEvent]
    bookkeeping = {"id", "created_at", "updated_at", "created_by", "updated_by", "row_version",
                   "deleted", "origin_device"}
    missing = {(m.__name__, c.key) for m in recorded for c in m.__table__.columns
               if c.key not in bookkeeping and c.key not in FIELDS}
    assert missing == set()
    assert field_label("a_new_field") == "a_new_field"  # shown as it is, never dropped
