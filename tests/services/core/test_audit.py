"""The audit trail: what the operations record, nothing sensitive, and a chain that tells."""

from __future__ import annotations

import csv
import dataclasses
import json
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models import AuditEntry
from borgo_desktop.models.enums import MoveInItem, Regime, Relation, RentModel, Sex
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.core import audit
from borgo_desktop.services.registry import exports, imports, printing, registry
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)
from borgo_desktop.store import sqlite_path

BORN = date(1979, 4, 2)
TAX = make_tax_code("Colombo", "Giulia", BORN, "F", "F205")


def giulia(**extra) -> PersonInput:
    return PersonInput("Colombo", "Giulia", TAX, BORN, Sex.F, "Milano", **extra)


def entries(ctx) -> list[audit.AuditView]:
    reader = Context(store=ctx.store, actor=Actor("auditor", "admin"))
    return list(reversed(audit.list_entries(reader, limit=10_000)))


def actions(ctx) -> list[str]:
    return [e.action for e in entries(ctx)]


@pytest.fixture
def household(ctx):
    registry.create_building(ctx, BuildingInput("DL51", "Cascina Boldinasco", "Via De Lemene 51",
                                                "20151", 8))
    registry.create_unit(ctx, UnitInput("DL51", "A", 1, "4", 62.5, 3, Regime.CAPPED,
                                        RentModel.PER_M2, 9000))
    allocation.save_category(ctx, "FRAGILI", "Nuclei fragili", 2)
    return registry.create_household(
        ctx, HouseholdInput(isee_cents=1_200_000, isee_expires_on=date(2026, 12, 31),
                            notes="Seguita dai servizi sociali per disabilità"),
        [MemberInput(giulia(), Relation.REFERENCE)])


def raw(ctx, sql: str, *params) -> None:
    with sqlite3.connect(sqlite_path(ctx.store)) as conn:
        conn.execute(sql, params)


# --- what is recorded ------------------------------------------------------------------------

def test_registry_operations_are_recorded_with_actor_entity_and_field_names(ctx, household):
    clerk = dataclasses.replace(ctx, actor=Actor("mrossi", "front_desk"))
    registry.update_household(clerk, household.id, HouseholdInput(
        code=household.code, isee_cents=900_000, isee_expires_on=date(2026, 12, 31),
        notes="Seguita dai servizi sociali per disabilità", phone="02 1234567"))
    person_id = household.members[0].person.id
    registry.update_person(clerk, person_id, giulia(has_disability=True))
    child = registry.add_member(clerk, household.id, MemberInput(
        PersonInput("Colombo", "Luca", make_tax_code("Colombo", "Luca", date(2008, 9, 30), "M",
                                                     "F205"), date(2008, 9, 30), Sex.M),
        Relation.CHILD))
    registry.create_lease(clerk, LeaseInput(household.id, "DL51-A-4", date(2026, 12, 1), 45000))

    log = entries(ctx)
    assert [e.action for e in log] == [
        "building.create", "unit.create", "category.save", "household.create",
        "household.update", "person.update", "member.add", "lease.create"]
    assert {e.actor for e in log[:4]} == {"tester"} and {e.actor for e in log[4:]} == {"mrossi"}
    created, updated, person = log[3], log[4], log[5]
    assert (created.entity, created.entity_id) == ("household", str(household.id))
    assert created.detail == f"{household.code}, 1 componenti"
    assert updated.fields == ("isee_cents", "phone")  # only what changed, by name
    assert (person.entity_id, person.fields) == (str(person_id), ("has_disability",))
    assert log[6].entity_id == str(child.members[1].person.id)
    assert log[1].detail == "DL51-A-4" and log[0].entity_id  # ids filled before recording


def test_no_sensitive_value_is_ever_written_to_the_log(ctx, household):
    registry.update_person(ctx, household.members[0].person.id, giulia(phone="333 1234567"))
    with ctx.store.read() as session:
        dump = json.dumps([[e.actor, e.action, e.entity, e.entity_id, e.fields, e.detail]
                           for e in session.scalars(select(AuditEntry))], ensure_ascii=False)
    for secret in (TAX, "Colombo", "Giulia", "1200000", "12.000", "disabilità", "333 1234567"):
        assert secret not in dump


def test_allocation_steps_and_move_in_tasks_are_recorded(ctx, household):
    allocation.add_candidate(ctx, household.id)
    allocation.propose_unit(ctx, household.id, "DL51-A-4")
    allocation.refuse_offer(ctx, household.id, "Troppo lontano dalla scuola")
    allocation.reopen_candidate(ctx, household.id)
    allocation.propose_unit(ctx, household.id, "DL51-A-4")
    allocation.record_visit(ctx, household.id)
    allocation.accept_offer(ctx, household.id)
    allocation.sign_contract(ctx, household.id, date(2026, 12, 1), 45000)
    allocation.complete_move_in_task(ctx, household.id, MoveInItem.KEYS, date(2026, 11, 25))
    log = [e for e in entries(ctx) if e.entity_id == str(household.id)][1:]
    assert [e.action for e in log] == [
        "allocation.add_candidate", "allocation.propose_unit", "allocation.refuse_offer",
        "allocation.reopen_candidate", "allocation.propose_unit", "allocation.record_visit",
        "allocation.accept_offer", "allocation.sign_contract", "movein.complete"]
    assert log[1].detail == "candidate → proposed" and log[1].fields == ("stage",)
    assert "scuola" not in json.dumps([e.detail for e in log])  # the refusal reason is a note
    assert log[-1].detail == "keys" and "done_on" in log[-1].fields


def test_exports_prints_imports_and_views_are_recorded(ctx, household, tmp_path):
    assert exports.export_rows(ctx, "persons", {}, "surname", False, tmp_path / "p.csv") == 1
    printing.print_household(ctx, household.id, tmp_path / "h.pdf")
    printing.print_list(ctx, "households", {}, "code", False, tmp_path / "l.pdf")
    audit.record_view(ctx, "household", household.id)
    sheet = tmp_path / "in.csv"
    with open(sheet, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Codice nucleo", "Cognome", "Nome", "Codice fiscale", "Data di nascita",
                         "Sesso", "Relazione"])
        writer.writerow(["N900", "Rossi", "Mario", make_tax_code("Rossi", "Mario",
                         date(1980, 3, 12), "M", "F205"), "12/03/1980", "M", "Intestatario"])
    assert not imports.import_households(ctx, sheet).refused

    export, sheet_pdf, list_pdf, view, imported = entries(ctx)[-5:]
    assert (export.action, export.entity_id) == ("export.persons", "persons")
    assert export.detail == f"1 righe, csv, sha256 {audit.file_digest(tmp_path / 'p.csv')}"
    assert sheet_pdf.action == "print.household" and sheet_pdf.entity_id == str(household.id)
    assert list_pdf.action == "print.households" and list_pdf.detail.startswith("1 righe")
    assert (view.action, view.entity_id) == ("household.view", str(household.id))
    assert (imported.action, imported.detail) == ("import.households", "1 nuclei, 1 persone")


def test_a_refused_operation_writes_no_entry(ctx, household):
    before = actions(ctx)
    with pytest.raises(ValidationError):
        registry.update_household(ctx, household.id, HouseholdInput(email="non-una-mail"))
    with pytest.raises(ValidationError):  # same codice fiscale again
        registry.create_household(ctx, HouseholdInput(), [MemberInput(giulia(), Relation.REFERENCE)])
    with pytest.raises(UserError):
        allocation.propose_unit(ctx, household.id, "DL51-A-4")  # not a candidate yet
    assert actions(ctx) == before


def test_an_entry_shares_the_transaction_of_its_change(ctx):
    with ctx.store.unit_of_work() as session:
        audit.record(ctx, session, "test.rolled_back")
    assert actions(ctx) == []


def test_list_entries_filters(ctx, admin_ctx, household):
    other = dataclasses.replace(ctx, actor=Actor("mrossi", "front_desk"))
    audit.record_view(other, "person", household.members[0].person.id)
    assert [e.action for e in audit.list_entries(admin_ctx, actor="mrossi")] == ["person.view"]
    assert [e.action for e in audit.list_entries(admin_ctx, action_prefix="household.")] == [
        "household.create"]
    assert len(audit.list_entries(admin_ctx, entity_id=household.members[0].person.id)) == 1
    assert [e.seq for e in audit.list_entries(admin_ctx, offset=1, limit=2)] == [4, 3]
    now = datetime.now(timezone.utc)
    assert audit.list_entries(admin_ctx, since=now + timedelta(minutes=1)) == []
    assert len(audit.list_entries(admin_ctx, until=now + timedelta(minutes=1))) == 5


# --- the chain -------------------------------------------------------------------------------

def test_an_empty_log_verifies(ctx):
    assert audit.verify(ctx) == audit.VerifyResult(
        True, 0, None, "Registro delle attività integro: 0 voci controllate.")


def test_an_intact_chain_verifies_across_batches(ctx, household, monkeypatch):
    monkeypatch.setattr(audit, "BATCH", 2)
    result = audit.verify(ctx)
    assert (result.ok, result.checked, result.first_bad_seq) == (True, 4, None)
    assert entries(ctx)[0].seq == 1


def test_a_changed_entry_is_named(ctx, household):
    raw(ctx, "UPDATE audit_log SET detail = 'N00099, 1 componenti' WHERE seq = 4")
    result = audit.verify(ctx)
    assert (result.ok, result.checked, result.first_bad_seq) == (False, 3, 4)
    assert "n. 4 è stata modificata" in result.reason


def test_a_deleted_entry_is_named_by_the_gap(ctx, household):
    raw(ctx, "DELETE FROM audit_log WHERE seq = 2")
    result = audit.verify(ctx)
    assert (result.ok, result.first_bad_seq) == (False, 3)
    assert result.reason == "Manca la voce n. 2: è stata cancellata dal registro."


def test_a_deleted_and_renumbered_entry_breaks_the_chain(ctx, household):
    raw(ctx, "DELETE FROM audit_log WHERE seq = 2")
    raw(ctx, "UPDATE audit_log SET seq = seq - 1 WHERE seq > 2")
    assert audit.verify(ctx).first_bad_seq == 2


def test_two_swapped_entries_are_detected(ctx, household):
    raw(ctx, "UPDATE audit_log SET seq = 100 WHERE seq = 2")
    raw(ctx, "UPDATE audit_log SET seq = 2 WHERE seq = 3")
    raw(ctx, "UPDATE audit_log SET seq = 3 WHERE seq = 100")
    result = audit.verify(ctx)
    assert (result.ok, result.first_bad_seq) == (False, 2)


def test_a_rewritten_hash_is_caught_by_the_next_entry(ctx, household):
    # Changing an entry and recomputing its own hash still breaks the link to the next one.
    with ctx.store.unit_of_work() as session:
        entry = session.get(AuditEntry, 2)
        entry.detail = "altro"
        entry.hash = audit.entry_hash(entry)
        session.commit()
    result = audit.verify(ctx)
    assert (result.ok, result.first_bad_seq) == (False, 3)
    assert "non segue la precedente" in result.reason


def test_appending_after_verification_continues_the_chain(ctx, household):
    audit.record_view(ctx, "household", household.id)
    log = entries(ctx)
    assert [e.seq for e in log] == [1, 2, 3, 4, 5]
    with ctx.store.read() as session:
        chain = [(e.prev_hash, e.hash) for e in session.scalars(select(AuditEntry)
                                                                  .order_by(AuditEntry.seq))]
    assert chain[0][0] == "0" * 64
    assert all(b[0] == a[1] for a, b in zip(chain, chain[1:]))
    assert audit.verify(ctx).ok
