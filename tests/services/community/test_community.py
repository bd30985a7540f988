"""Community life: groups and referents, events and participation figures, house rules
acknowledged by households, the rota of a self-managed service, the services directory."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Audience, HouseholdStatus, Relation, ServiceKind, Sex, TurnStatus
from borgo_desktop.services.community import community
from borgo_desktop.services.registry import registry
from borgo_desktop.models.communication import DeliveryChannel
from borgo_desktop.services.communication import deliveries
from borgo_desktop.services.community.printing import print_leaflet, print_rota
from borgo_desktop.services.registry.forms import HouseholdInput, MemberInput, PersonInput


def _household(ctx, surname: str, given: str, born: date):
    person = PersonInput(surname, given, make_tax_code(surname, given, born, "F", "F205"), born,
                         Sex.F, "Milano")
    return registry.create_household(ctx, HouseholdInput(), [MemberInput(person, Relation.REFERENCE)])


@pytest.fixture
def families(ctx):
    return [_household(ctx, *args) for args in (("Rossi", "Anna", date(1980, 1, 5)),
                                                ("Bianchi", "Sara", date(1975, 6, 9)),
                                                ("Colombo", "Ida", date(1990, 3, 3)))]


def _person_id(detail):
    return detail.members[0].person.id


def test_groups_members_and_referents(ctx, families):
    garden = community.save_group(ctx, "Orto condiviso", "Cura dell'orto del cortile")
    with pytest.raises(ValidationError) as refused:
        community.save_group(ctx, "orto condiviso")
    assert "Esiste già" in refused.value.problems["name"].text
    community.add_member(ctx, garden, _person_id(families[0]), referent=True)
    community.add_member(ctx, garden, _person_id(families[1]))
    [group] = community.list_groups(ctx)
    assert group.members == 2 and group.referents == ("Rossi Anna",)
    community.remove_member(ctx, garden, _person_id(families[1]))
    assert [m.name for m in community.group_members(ctx, garden)] == ["Rossi Anna"]
    with pytest.raises(UserError):
        community.remove_member(ctx, garden, _person_id(families[1]))


def test_events_and_participation_by_month_and_audience(ctx, families):
    people = [_person_id(f) for f in families]
    community.create_event(ctx, community.EventInput(
        "Festa d'estate", date(2026, 6, 20), "Cortile", Audience.NEIGHBOURHOOD,
        partners="Municipio 8", other_participants=40, participant_ids=tuple(people)))
    community.create_event(ctx, community.EventInput(
        "Assemblea", date(2026, 6, 5), "Sala feste", Audience.BORGO,
        participant_ids=(people[0], people[1])))
    community.create_event(ctx, community.EventInput(
        "Assemblea", date(2026, 6, 26), "Sala feste", Audience.BORGO,
        participant_ids=(people[0],)))
    figures = community.participation_figures(ctx, 2026)
    assert [(f.month, f.audience, f.events, f.residents, f.others, f.attendances)
            for f in figures] == [(6, Audience.BORGO, 2, 2, 0, 3),
                                  (6, Audience.NEIGHBOURHOOD, 1, 3, 40, 43)]
    events = community.list_events(ctx, 2026)
    assert [(e.title, e.total) for e in events][-1] == ("Assemblea", 1)
    with pytest.raises(ValidationError) as refused:
        community.create_event(ctx, community.EventInput("", None, "", Audience.CITY,
                                                         other_participants=-1))
    assert set(refused.value.problems) == {"title", "place", "held_on", "other_participants"}


def test_an_event_is_corrected_and_deleted_with_its_participants_and_audited(ctx, admin_ctx,
                                                                            families):
    from borgo_desktop.services.core.audit import list_entries

    people = [_person_id(f) for f in families]
    party = community.create_event(ctx, community.EventInput(
        "Festa d'estate", date(2026, 6, 20), "Cortile", Audience.NEIGHBOURHOOD,
        other_participants=40, participant_ids=(people[0], people[1])))
    record = community.get_event(ctx, party)
    assert record.participant_names == ("Bianchi Sara", "Rossi Anna")
    community.update_event(ctx, party, community.EventInput(
        "Festa d'estate nel cortile", date(2026, 7, 4), "Cortile", Audience.NEIGHBOURHOOD,
        other_participants=35, participant_ids=(people[1], people[2])))
    [event] = community.list_events(ctx, 2026)
    assert (event.title, event.held_on, event.residents, event.others) == (
        "Festa d'estate nel cortile", date(2026, 7, 4), 2, 35)
    assert community.get_event(ctx, party).participant_names == ("Bianchi Sara", "Colombo Ida")
    assert [(f.month, f.residents) for f in community.participation_figures(ctx, 2026)] == [(7, 2)]
    [entry] = list_entries(admin_ctx, action_prefix="event.update")
    assert set(entry.fields) == {"title", "held_on", "other_participants", "participants"}
    with pytest.raises(ValidationError) as refused:  # the same checks as a new event
        community.update_event(ctx, party, community.EventInput("", None, " ", Audience.CITY))
    assert set(refused.value.problems) == {"title", "place", "held_on"}
    community.delete_event(ctx, party)
    assert community.list_events(ctx, 2026) == [] and community.participation_figures(ctx, 2026) == []
    assert list_entries(admin_ctx, action_prefix="event.delete")[0].entity_id == str(party)
    with pytest.raises(UserError):
        community.delete_event(ctx, party)


def test_house_rules_versions_and_acknowledgements(ctx, families):
    first = community.publish_rules(ctx, "Regolamento del borgo", "1. Silenzio dalle 22.",
                                    date(2026, 1, 1))
    second = community.publish_rules(ctx, "Regolamento del borgo", "1. Silenzio dalle 22.30.",
                                     date(2026, 9, 1))
    assert community.current_rules(ctx)[1] == 2
    community.acknowledge(ctx, second, families[0].id, date(2026, 9, 10))
    with pytest.raises(UserError, match="già preso visione"):
        community.acknowledge(ctx, second, families[0].id)
    with pytest.raises(UserError, match="futura"):
        community.acknowledge(ctx, first, families[1].id, date(2027, 1, 1))
    status = {a.household_id: a.acknowledged_on for a in community.acknowledgements(ctx, second)}
    assert status[families[0].id] == date(2026, 9, 10)
    # Applicants (not yet residents) are not asked; the one who acknowledged is listed anyway.
    assert families[0].status == HouseholdStatus.APPLICANT and len(status) == 1


def test_rota_turns_done_and_missed_and_printed(ctx, families, tmp_path):
    stairs = community.save_self_service(ctx, "Pulizia scale A", "Scale e pianerottoli", 7)
    ids = [f.id for f in families]
    assert community.plan_rota(ctx, stairs, ids, date(2026, 11, 2), 6) == 6
    turns = community.rota(ctx, stairs, date(2026, 11, 1), date(2026, 12, 31))
    assert [t.household_code for t in turns] == [families[i % 3].code for i in range(6)]
    community.record_turn(ctx, turns[0].id, True)
    community.record_turn(ctx, turns[1].id, False, "Malattia")
    with pytest.raises(UserError, match="non è ancora arrivato"):
        community.record_turn(ctx, turns[5].id, True)
    # Planning again keeps what happened and replaces the planned turns.
    assert community.plan_rota(ctx, stairs, list(reversed(ids)), date(2026, 11, 2), 6) == 4
    turns = community.rota(ctx, stairs, date(2026, 11, 1), date(2026, 12, 31))
    assert [t.status for t in turns[:2]] == [TurnStatus.DONE, TurnStatus.MISSED]
    path = print_rota(ctx, stairs, date(2026, 11, 1), date(2026, 12, 31), tmp_path / "r.pdf")
    text = PdfReader(path).pages[0].extract_text()
    assert "Turni: Pulizia scale A" in text and "Rossi Anna" in text and "saltato" in text


def test_the_front_desk_records_acknowledgements_and_turns_but_does_not_organise(ctx, families):
    import dataclasses

    from borgo_desktop.services.core.audit import list_entries
    from borgo_desktop.services.core.context import Actor
    from borgo_desktop.services.core.permissions import PermissionDenied

    rules = community.publish_rules(ctx, "Regolamento del borgo", "1. Silenzio dalle 22.",
                                    date(2026, 1, 1))
    stairs = community.save_self_service(ctx, "Pulizia scale A", "", 7)
    community.plan_rota(ctx, stairs, [families[0].id], date(2026, 11, 2), 2)
    turn = community.rota(ctx, stairs, date(2026, 11, 1), date(2026, 11, 30))[0]
    desk = dataclasses.replace(ctx, actor=Actor("anna.desk", "front_desk"))
    community.acknowledge(desk, rules, families[0].id)
    community.record_turn(desk, turn.id, False, "Assente")
    assert community.acknowledgements(ctx, rules)[0].acknowledged_on == ctx.today()
    assert community.rota(ctx, stairs, date(2026, 11, 1), date(2026, 11, 30))[0].status == (
        TurnStatus.MISSED)
    with pytest.raises(PermissionDenied):
        community.plan_rota(desk, stairs, [families[0].id], date(2026, 12, 7), 1)
    admin = dataclasses.replace(ctx, actor=Actor("admin", "admin"))
    recorded = [e.action for e in list_entries(admin, limit=10) if e.actor == "anna.desk"]
    assert recorded[0] == "permission_denied" and len(recorded) >= 3  # and the two records


def test_a_directory_entry_is_corrected_and_deleted(ctx, admin_ctx):
    from borgo_desktop.services.core.audit import list_entries

    caf = community.save_service(ctx, community.ServiceInput("CAF Acli", ServiceKind.CAF,
                                                             "Via Amoretti 10"))
    with pytest.raises(ValidationError) as refused:
        community.save_service(ctx, community.ServiceInput("CAF Acli", ServiceKind.CAF,
                                                           phone="abc"), caf)
    assert set(refused.value.problems) == {"phone"}
    community.save_service(ctx, community.ServiceInput("CAF Acli Quarto", ServiceKind.CAF,
                                                       "Via Amoretti 12", "02 3456789"), caf)
    [service] = community.search_services(ctx)
    assert (service.id, service.name, service.phone) == (caf, "CAF Acli Quarto", "02 3456789")
    community.delete_service(ctx, caf)
    assert community.search_services(ctx) == []
    assert list_entries(admin_ctx, action_prefix="directory.delete")[0].entity_id == str(caf)
    with pytest.raises(UserError, match="non"):  # a correction of a deleted entry is refused
        community.save_service(ctx, community.ServiceInput("CAF", ServiceKind.CAF, "Via X"), caf)


def test_directory_search_and_leaflet(ctx, tmp_path):
    community.save_service(ctx, community.ServiceInput(
        "Casa di Comunità Quarto Oggiaro", ServiceKind.HEALTH, "Via Lopez 3, Milano",
        "02 1234567", hours="lun-ven 8-16", notes="Medico di base, prelievi"))
    community.save_service(ctx, community.ServiceInput(
        "CAF Acli", ServiceKind.CAF, "Via Amoretti 10", notes="ISEE e 730"))
    with pytest.raises(ValidationError) as refused:
        community.save_service(ctx, community.ServiceInput("", ServiceKind.OTHER, phone="abc"))
    assert set(refused.value.problems) == {"name", "phone"}
    assert [s.name for s in community.search_services(ctx, "isee")] == ["CAF Acli"]
    assert [s.name for s in community.search_services(ctx, "prelievi lopez")] == [
        "Casa di Comunità Quarto Oggiaro"]
    assert len(community.search_services(ctx, kind=ServiceKind.HEALTH)) == 1
    text = PdfReader(print_leaflet(ctx, tmp_path / "l.pdf")).pages[0].extract_text()
    assert "Salute" in text and "CAF e patronati" in text and "Tel. 02 1234567" in text


def test_the_board_rota_names_nobody_and_passes_the_guard(ctx, families, tmp_path):
    """The staircase's copy: days and what was done, no household code, no name; a service
    whose description names a resident is refused (services/communication/guard.py)."""
    stairs = community.save_self_service(ctx, "Pulizia scale A", "Scale e pianerottoli", 14)
    ids = [f.id for f in families]
    community.plan_rota(ctx, stairs, ids, date(2026, 11, 2), 3)
    path = print_rota(ctx, stairs, date(2026, 11, 1), date(2026, 12, 31), tmp_path / "b.pdf",
                      board=True)
    text = PdfReader(path).pages[0].extract_text()
    assert "Turni: Pulizia scale A" in text and "Giorni dei turni" in text
    for family in families:
        assert family.code not in text
    assert "Rossi" not in text and "Referente" not in text
    # out of the communication engine: posted on the board, logged for the rota's households
    mailing = deliveries.list_mailings(ctx)[0]
    assert mailing.template_code == "TURNI-BACHECA" and mailing.recipients == len(families)
    assert {d.channel for d in deliveries.mailing_deliveries(ctx, mailing.id)} == {
        DeliveryChannel.BOARD}
    from borgo_desktop.models.enums import Regime, RentModel
    from borgo_desktop.services.registry.forms import BuildingInput, LeaseInput, UnitInput

    registry.create_building(ctx, BuildingInput("DL51", "Corte", "Via De Lemene 51", "20151", 8))
    unit = registry.create_unit(ctx, UnitInput("DL51", "A", 0, "1", 60, 3, Regime.CAPPED,
                                               RentModel.PER_M2))
    registry.create_lease(ctx, LeaseInput(families[0].id, unit.code, date(2026, 1, 1), 40_000))
    named = community.save_self_service(ctx, "Pulizia cortile", "Coordina la signora Rossi", 7)
    community.plan_rota(ctx, named, ids, date(2026, 11, 2), 2)
    with pytest.raises(UserError, match="non può nominare inquilini"):
        print_rota(ctx, named, date(2026, 11, 1), date(2026, 12, 31), tmp_path / "n.pdf",
                   board=True)
    # The office's own copy still names the households.
    office = print_rota(ctx, named, date(2026, 11, 1), date(2026, 12, 31), tmp_path / "o.pdf")
    assert families[0].code in PdfReader(office).pages[0].extract_text()
