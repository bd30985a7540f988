"""Data-protection tools: consent records, the access report and retention by anonymisation."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models import AuditEntry, Disposal, Household, Lease, Person
from borgo_desktop.models.enums import (
    ConsentMethod, ConsentPurpose, HouseholdStatus, LeaseStatus, Regime, Relation, RentModel,
    Sex, UnitStatus,
)
from borgo_desktop.services import privacy
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.core import audit, search
from borgo_desktop.services.registry import registry
from borgo_desktop.services.privacy import access
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)

BORN = date(1979, 4, 2)
TAX = make_tax_code("Colombo", "Giulia", BORN, "F", "F205")


def colombo(ctx, **fields):
    registry.create_building(ctx, BuildingInput("DL51", "Cascina Boldinasco", "Via De Lemene 51",
                                                "20151", 8))
    registry.create_unit(ctx, UnitInput("DL51", "A", 1, "4", 62.5, 3, Regime.CAPPED,
                                        RentModel.PER_M2, 9000))
    child = make_tax_code("Colombo", "Luca", date(2008, 9, 30), "M", "F205")
    household = registry.create_household(
        ctx, HouseholdInput(phone="02 555 1234", isee_cents=1_200_000,
                            isee_expires_on=date(2026, 12, 31), notes="Nota riservata", **fields),
        [MemberInput(PersonInput("Colombo", "Giulia", TAX, BORN, Sex.F, "Milano",
                                 phone="333 1234567", has_disability=True), Relation.REFERENCE),
         MemberInput(PersonInput("Colombo", "Luca", child, date(2008, 9, 30), Sex.M),
                     Relation.CHILD)], joined_on=date(2014, 12, 1))
    registry.create_lease(ctx, LeaseInput(household.id, "DL51-A-4", date(2015, 1, 1), 45000,
                                          deposit_cents=90000, ends_on=date(2019, 6, 30)))
    return household


@pytest.fixture
def household(ctx):
    return colombo(ctx)


def giulia_id(household):
    return household.members[0].person.id


# --- consents --------------------------------------------------------------------------------

def test_consent_is_recorded_withdrawn_and_kept_as_history(ctx, household):
    person = giulia_id(household)
    given = privacy.record_consent(ctx, person, ConsentPurpose.PHOTOS, date(2026, 3, 1),
                                   ConsentMethod.SIGNED_FORM, "modulo n. 12")
    assert given.active and given.recorded_by == "tester"
    assert privacy.active_purposes(ctx, person) == {ConsentPurpose.PHOTOS}
    privacy.withdraw_consent(ctx, given.id, date(2026, 6, 1))
    assert privacy.active_purposes(ctx, person) == set()
    assert privacy.active_purposes(ctx, person, on=date(2026, 5, 31)) == {ConsentPurpose.PHOTOS}
    again = privacy.record_consent(ctx, person, ConsentPurpose.PHOTOS, date(2026, 9, 1),
                                   ConsentMethod.VERBAL)
    assert [c.id for c in privacy.list_consents(ctx, person)] == [again.id, given.id]
    actions = [e["Operazione"] for e in access.collectors()["Registro delle operazioni"](
        ctx, person)]
    assert actions.count("consent.give") == 2 and actions.count("consent.withdraw") == 1


def test_consent_validation_names_every_problem(ctx, household):
    person = giulia_id(household)
    with pytest.raises(ValidationError) as caught:
        privacy.record_consent(ctx, person, None, date(2027, 1, 1), None)
    assert set(caught.value.problems) == {"purpose", "given_on", "method"}
    privacy.record_consent(ctx, person, ConsentPurpose.CONTACT_SMS, date(2026, 1, 1),
                           ConsentMethod.EMAIL)
    with pytest.raises(ValidationError, match="già registrato"):
        privacy.record_consent(ctx, person, ConsentPurpose.CONTACT_SMS, date(2026, 2, 1),
                               ConsentMethod.EMAIL)


def test_withdrawal_dates_are_checked(ctx, household):
    consent = privacy.record_consent(ctx, giulia_id(household), ConsentPurpose.LOCAL_SERVICES,
                                     date(2026, 3, 1), ConsentMethod.SIGNED_FORM)
    with pytest.raises(UserError, match="precedere"):
        privacy.withdraw_consent(ctx, consent.id, date(2026, 2, 1))
    with pytest.raises(UserError, match="futuro"):
        privacy.withdraw_consent(ctx, consent.id, date(2027, 2, 1))
    privacy.withdraw_consent(ctx, consent.id, date(2026, 4, 1))
    with pytest.raises(UserError, match="già stato revocato"):
        privacy.withdraw_consent(ctx, consent.id, date(2026, 4, 2))


def test_consent_register_filters(admin_ctx, ctx, household):
    person = giulia_id(household)
    photo = privacy.record_consent(ctx, person, ConsentPurpose.PHOTOS, date(2026, 3, 1),
                                   ConsentMethod.SIGNED_FORM)
    privacy.record_consent(ctx, person, ConsentPurpose.CONTACT_EMAIL, date(2026, 3, 1),
                           ConsentMethod.EMAIL)
    privacy.withdraw_consent(ctx, photo.id, date(2026, 4, 1))
    assert len(privacy.consent_register(admin_ctx)) == 2
    assert [c.purpose for c in privacy.consent_register(admin_ctx, active_only=True)] == [
        ConsentPurpose.CONTACT_EMAIL]
    assert privacy.consent_register(admin_ctx, ConsentPurpose.PHOTOS)[0].person_name == \
        "Colombo Giulia"


# --- access report ---------------------------------------------------------------------------

def test_access_report_holds_everything_about_the_person(admin_ctx, ctx, household, tmp_path):
    person = giulia_id(household)
    privacy.record_consent(ctx, person, ConsentPurpose.PHOTOS, date(2026, 3, 1),
                           ConsentMethod.SIGNED_FORM)
    audit.record_view(ctx, "person", person)
    allocation.add_candidate(ctx, household.id, note="Segnalata dal Comune")
    json_path, pdf_path = privacy.write_report(admin_ctx, person, tmp_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    sections = data["sezioni"]
    assert data["codice_fiscale"] == TAX
    assert sections["Dati anagrafici"][0]["Telefono"] == "333 1234567"
    assert sections["Dati anagrafici"][0]["Disabilità dichiarata"] is True
    assert sections["Nuclei familiari"][0]["Nucleo"] == household.code
    assert sections["Nuclei familiari"][0]["ISEE"].startswith("12.000")
    assert sections["Alloggi e contratti"][0]["Alloggio"] == "DL51-A-4"
    assert sections["Consensi"][0]["Finalità"] == "Foto e riprese"
    assert sections["Candidatura e ingresso"][0]["Stato"] == "Candidato"
    assert sections["Percorso di assegnazione"][0]["Nota"] == "Segnalata dal Comune"
    assert {"household.create", "lease.create", "person.view", "consent.give"} <= {
        e["Operazione"] for e in sections["Registro delle operazioni"]}
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "Colombo Giulia" in text and "DL51-A-4" in text and "Foto e riprese" in text
    last = audit.list_entries(admin_ctx, limit=1)[0]
    assert (last.action, last.entity_id, last.actor) == ("privacy.access_report", str(person),
                                                          "admin")
    assert TAX not in last.detail


def test_later_areas_plug_in_their_own_section(admin_ctx, household, monkeypatch):
    monkeypatch.setattr(access, "_COLLECTORS", dict(access._COLLECTORS))
    privacy.register_collector("Segnalazioni", lambda ctx, person_id: [
        {"Numero": 7, "Aperta il": date(2026, 5, 4), "Per": str(person_id)}])
    report = privacy.build_report(admin_ctx, giulia_id(household))
    assert list(report.sections)[-2:] == ["Segnalazioni", "Registro delle operazioni"]
    assert report.as_json()["sezioni"]["Segnalazioni"] == [
        {"Numero": 7, "Aperta il": "2026-05-04", "Per": str(giulia_id(household))}]


# --- retention -------------------------------------------------------------------------------

def left(ctx, household_id):
    registry.household_leaves(ctx, household_id, date(2019, 6, 30))


def test_household_leaves_ends_lease_frees_unit_and_closes_memberships(ctx, admin_ctx,
                                                                       household):
    left(ctx, household.id)
    detail = registry.get_household(ctx, household.id)
    assert detail.status == HouseholdStatus.LEFT and detail.members == ()
    assert {m.left_on for m in detail.past_members} == {date(2019, 6, 30)}
    assert detail.leases[0].status == LeaseStatus.ENDED and detail.leases[0].ends_on == \
        date(2019, 6, 30)
    assert registry.find_unit(ctx, "DL51-A-4").status == UnitStatus.VACANT
    assert audit.list_entries(admin_ctx, limit=1)[0].action == "household.leave"
    with pytest.raises(UserError, match="già uscito"):
        registry.household_leaves(ctx, household.id)


def test_household_cannot_leave_before_its_lease_or_in_the_future(ctx, household):
    with pytest.raises(UserError, match="futuro"):
        registry.household_leaves(ctx, household.id, date(2027, 1, 1))
    with pytest.raises(UserError, match="inizio del contratto"):
        registry.household_leaves(ctx, household.id, date(2014, 12, 31))
    assert registry.get_household(ctx, household.id).status == HouseholdStatus.APPLICANT


def test_retention_preview_respects_the_setting(admin_ctx, ctx, household):
    assert privacy.preview(admin_ctx) == (5, [])  # still applicant
    left(ctx, household.id)
    years, found = privacy.preview(admin_ctx)  # lease ended 30/06/2019: 7 years ago
    assert years == 5 and [(c.household_code, c.left_on, c.persons) for c in found] == [
        (household.code, date(2019, 6, 30), 2)]
    privacy.set_retention_years(admin_ctx, 8)
    assert privacy.preview(admin_ctx) == (8, [])
    assert audit.list_entries(admin_ctx, action_prefix="setting.")[0].entity_id == \
        "privacy.retention_years"
    for wrong in (0, 51, "5"):
        with pytest.raises(UserError, match="tra 1 e 50"):
            privacy.set_retention_years(admin_ctx, wrong)


def test_anonymise_strips_identity_keeps_money_and_statistics(admin_ctx, ctx, household):
    left(ctx, household.id)
    _years, found = privacy.preview(admin_ctx)
    assert privacy.anonymise(admin_ctx, [c.household_id for c in found]) == 1
    with ctx.store.read() as session:
        people = session.scalars(select(Person).order_by(Person.given_name)).all()
        h = session.get(Household, household.id)
        lease = session.scalar(select(Lease))
        disposal = session.scalar(select(Disposal))
        dump = " ".join(str(v) for p in people for v in vars(p).values()) + " ".join(
            str(v) for v in vars(h).values())
        assert {p.surname for p in people} == {"Anonimo"}
        assert sorted((p.birth_date, p.sex) for p in people) == [(date(1975, 1, 1), Sex.F),
                                                                  (date(2005, 1, 1), Sex.M)]
        assert all(p.tax_code is None and not p.has_disability for p in people)
        assert h.isee_cents is None and h.code == household.code
        assert (lease.monthly_rent_cents, lease.deposit_cents) == (45000, 90000)
        assert (disposal.household_id, disposal.rule_years, disposal.persons) == (
            household.id, 5, 2)
        disposal_id = disposal.id
    for secret in (TAX, "Colombo", "Giulia", "333 1234567", "02 555 1234", "Nota riservata"):
        assert secret not in dump
    assert search.search(ctx, "Colombo") == []
    entry = audit.list_entries(admin_ctx, action_prefix="privacy.anonymise")[0]
    assert entry.entity_id == str(household.id) and "Colombo" not in entry.detail
    assert audit.verify(ctx).ok
    # Idempotent: nothing is proposed any more, and a stale confirmation does nothing.
    assert privacy.preview(admin_ctx) == (5, [])
    assert privacy.anonymise(admin_ctx, [household.id]) == 0
    assert [(d.household_code, d.left_on, d.persons, d.by) for d in privacy.disposals(
        admin_ctx)] == [(household.code, date(2019, 6, 30), 2, "admin")]
    with ctx.store.read() as session:
        assert session.scalar(select(Disposal.id).where(Disposal.id != disposal_id)) is None
        assert len(session.scalars(select(AuditEntry).where(
            AuditEntry.action == "privacy.anonymise")).all()) == 1


def test_a_person_now_in_another_household_is_not_anonymised(admin_ctx, ctx, household):
    other = registry.create_household(ctx, HouseholdInput(), [MemberInput(PersonInput(
        "Bruni", "Aldo", make_tax_code("Bruni", "Aldo", date(1960, 1, 1), "M", "F205"),
        date(1960, 1, 1), Sex.M), Relation.REFERENCE)])
    luca = household.members[1].person.id
    registry.move_person(ctx, luca, other.id, Relation.OTHER, date(2019, 6, 30))
    left(ctx, household.id)
    _years, found = privacy.preview(admin_ctx)
    privacy.anonymise(admin_ctx, [c.household_id for c in found])
    assert registry.get_person(ctx, luca).surname == "Colombo"
    assert registry.get_person(ctx, giulia_id(household)).surname == "Anonimo"


def test_anonymise_needs_a_selection(admin_ctx):
    with pytest.raises(UserError, match="Nessun nucleo"):
        privacy.anonymise(admin_ctx, [])
