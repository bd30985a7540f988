"""Referrals linked to the neighbourhood directory, and the team grants a manager gives and
takes back."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy.exc import IntegrityError

from borgo_desktop.errors import StoreError, UserError, ValidationError
from borgo_desktop.models import Referral
from borgo_desktop.models.casework import ReferralReason, ReferralStatus
from borgo_desktop.models.enums import ServiceKind
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework import file as case_file, printing as case_prints, cases
from borgo_desktop.services.community import community
from borgo_desktop.services.casework import records as rec
from borgo_desktop.services.core.permissions import PermissionDenied
from helpers.support import as_admin
from helpers.case_world import MANAGER, OTHER_WORKER, WORKER, as_, make_world

CAF = community.ServiceInput("CAF Acli Niguarda", ServiceKind.CAF, address="Via Ornato 7",
                             phone="02 6610 1234")


def refer(ctx, case_id, name="", service_id=None, reason=ReferralReason.TAX):
    return rec.add_referral(ctx, case_id, rec.ReferralInput(
        name, reason, date(2026, 11, 2), "Anna Bianchi", directory_service_id=service_id))


def test_a_referral_to_a_directory_service_shows_its_current_name(ctx, tmp_path):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    service_id = community.save_service(as_(ctx, MANAGER), CAF)
    refer(worker, w.case_id, service_id=service_id)  # no name typed: the directory gives it
    refer(worker, w.case_id, "Patronato di quartiere", reason=ReferralReason.WORK)
    community.save_service(as_(ctx, MANAGER), community.ServiceInput(
        "CAF Acli – sede Niguarda", ServiceKind.CAF, address="Via Ornato 7"), service_id)

    case = case_file.open_file(worker, w.case_id)
    linked, free = sorted(case.referrals, key=lambda r: r.directory_service_id is None)
    assert (linked.directory_service_id, linked.service_name) == (service_id,
                                                                  "CAF Acli – sede Niguarda")
    assert (free.directory_service_id, free.service_name) == (None, "Patronato di quartiere")
    titles = {e.title for e in case.timeline if e.kind == "referral"}
    assert titles == {"Invio a CAF Acli – sede Niguarda", "Invio a Patronato di quartiere"}

    summary = case_prints.print_summary(worker, w.case_id, tmp_path / "sintesi.pdf")
    text = " ".join("".join(p.extract_text() for p in PdfReader(summary).pages).split())
    assert "CAF Acli – sede Niguarda" in text and "Patronato di quartiere" in text


def test_a_referral_needs_a_listed_service_or_a_name(ctx):
    w, worker = make_world(ctx), as_(ctx, WORKER)
    with pytest.raises(ValidationError) as err:
        refer(worker, w.case_id, "   ")
    assert set(err.value.problems) == {"service_name"}
    with pytest.raises(ValidationError) as err:
        refer(worker, w.case_id, service_id=uuid.uuid4())
    assert "non è più nell'elenco" in str(err.value.problems["service_name"])
    assert case_file.open_file(worker, w.case_id).referrals == ()


def test_the_database_refuses_a_referral_to_a_service_that_does_not_exist(ctx):
    w = make_world(ctx)
    with pytest.raises(StoreError) as err, ctx.store.unit_of_work() as session:
        session.add(Referral(case_id=w.case_id, service_name="Fantasma",
                             directory_service_id=uuid.uuid4(), reason=ReferralReason.TAX,
                             consent_on=date(2026, 11, 2), consent_by="Anna Bianchi",
                             sent_on=date(2026, 11, 2), status=ReferralStatus.SENT,
                             status_on=date(2026, 11, 2), outcome="", created_by="t",
                             updated_by="t"))
        session.commit()
    assert isinstance(err.value.__cause__, IntegrityError)


def test_grant_list_and_revoke_team_access(ctx):
    w, manager, other = make_world(ctx), as_(ctx, MANAGER), as_(ctx, OTHER_WORKER)
    assert cases.case_grants(manager, w.case_id) == []
    with pytest.raises(ValidationError) as err:
        cases.grant_access(manager, " ", w.case_id, "")
    assert set(err.value.problems) == {"username", "reason"}

    grant_id = cases.grant_access(manager, "assistente2", w.case_id, "Sostituzione per ferie")
    team_id = cases.grant_access(manager, "coordinatrice", None, "Coordinamento d'équipe")
    with pytest.raises(UserError, match="ha già questo accesso"):
        cases.grant_access(manager, "assistente2", w.case_id, "Di nuovo")
    listed = cases.case_grants(manager, w.case_id)
    assert [(g.id, g.username, g.all_cases, g.reason, g.granted_by) for g in listed] == [
        (grant_id, "assistente2", False, "Sostituzione per ferie", "responsabile"),
        (team_id, "coordinatrice", True, "Coordinamento d'équipe", "responsabile")]
    assert case_file.open_file(other, w.case_id).summary.id == w.case_id

    cases.revoke_access(manager, grant_id)
    assert [g.id for g in cases.case_grants(manager, w.case_id)] == [team_id]
    with pytest.raises(PermissionDenied):
        case_file.open_file(other, w.case_id)
    with pytest.raises(UserError, match="già stato revocato"):
        cases.revoke_access(manager, grant_id)
    newest = audit.list_entries(as_admin(ctx), limit=3)
    assert "case.revoke" in [e.action for e in newest]
    # Granted again after the revocation: a new grant, the old one kept as history.
    assert cases.grant_access(manager, "assistente2", w.case_id, "Visita congiunta") != grant_id


def test_a_grant_names_an_existing_case(ctx):
    make_world(ctx)
    with pytest.raises(UserError, match="Cartella"):
        cases.grant_access(as_(ctx, MANAGER), "assistente2", uuid.uuid4(), "Ferie")
