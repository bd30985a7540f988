"""Every role against every case operation: refused in the services, and audited."""

from __future__ import annotations

from datetime import date

import pytest

from borgo_desktop.models.casework import (
    CaseOrigin,
    CaseStage,
    CloseReason,
    Dimension,
    NoteKind,
    ReferralReason,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework import file as case_file, cases
from borgo_desktop.services.casework import records as rec
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.core.permissions import PermissionDenied
from helpers.support import as_admin
from helpers.case_world import FRONT_DESK, MANAGER, OTHER_WORKER, WORKER, as_, make_world

FACILITY = Actor("tecnico", "facility_manager")
ADMIN = Actor("admin", "admin")
# The assigned worker comes last: allowed calls may change the case (close it, for one).
ACTORS = {"front_desk": FRONT_DESK, "facility": FACILITY, "admin": ADMIN, "manager": MANAGER,
          "other_worker": OTHER_WORKER, "worker": WORKER}
NOTE = rec.NoteInput(NoteKind.PHONE_CALL, date(2026, 11, 2), "Telefonata di controllo.")
PLAN = rec.PlanInput([rec.GoalInput("Pagare l'affitto", "Nessuna mensilità arretrata")])
REFERRAL = rec.ReferralInput("CAF di via Quarenghi", ReferralReason.TAX, date(2026, 11, 3),
                             "Anna Bianchi")

# operation -> (call, actors allowed)
OPERATIONS = {
    "open_case": (lambda c, w: cases.open_case(c, w.fresh_household(), CaseOrigin.OFFICE),
                  {"worker", "other_worker"}),
    "open_from_alert": (lambda c, w: cases.open_case_from_alert(
        c, w.household_id, CaseOrigin.ARREARS, "Tre mensilità arretrate"), set(ACTORS)),
    "open_file": (lambda c, w: case_file.open_file(c, w.case_id), {"worker"}),
    "my_cases": (lambda c, w: cases.my_cases(c), {"worker", "other_worker"}),
    "overview": (lambda c, w: cases.overview(c), {"worker", "other_worker", "manager"}),
    "stage_counts": (lambda c, w: cases.stage_counts(c), {"worker", "other_worker", "manager"}),
    "household_case": (lambda c, w: cases.household_case(c, w.household_id), set(ACTORS)),
    "search_notes": (lambda c, w: case_file.search_notes(c, "telefonata"),
                     {"worker", "other_worker"}),
    "add_note": (lambda c, w: rec.add_note(c, w.case_id, NOTE), {"worker"}),
    "save_draft": (lambda c, w: rec.save_draft(c, w.case_id, body="bozza"), {"worker"}),
    "load_draft": (lambda c, w: rec.load_draft(c, w.case_id), {"worker"}),
    "discard_draft": (lambda c, w: rec.discard_draft(c, w.case_id), {"worker"}),
    "add_assessment": (lambda c, w: rec.add_assessment(
        c, w.case_id, date(2026, 11, 4), {Dimension.HOUSING: (3, "")}), {"worker"}),
    "save_plan": (lambda c, w: rec.save_plan(c, w.case_id, PLAN), {"worker"}),
    "add_referral": (lambda c, w: rec.add_referral(c, w.case_id, REFERRAL), {"worker"}),
    "advance_stage": (lambda c, w: cases.advance_stage(c, w.case_id, CaseStage.FIRST_MEETING),
                      {"worker"}),
    "close_case": (lambda c, w: cases.close_case(c, w.case_id, CloseReason.DROPPED_OUT),
                   {"worker"}),
    "assign_worker": (lambda c, w: cases.assign_worker(c, w.case_id, "assistente3"), {"manager"}),
    "remove_worker": (lambda c, w: cases.remove_worker(c, w.case_id, "assistente"),
                      {"manager"}),
    "grant_access": (lambda c, w: cases.grant_access(c, "assistente2", w.case_id, "Ferie"),
                     {"manager"}),
    "revoke_access": (lambda c, w: cases.revoke_access(c, _grant(w)), {"manager"}),
    "case_grants": (lambda c, w: cases.case_grants(c, w.case_id), {"manager"}),
    "social_workers": (lambda c, w: cases.social_workers(c), {"manager"}),
}


def _grant(world):
    """A grant in force on the world's case (made again once the manager revoked it)."""
    manager = as_(world.ctx, MANAGER)
    current = cases.case_grants(manager, world.case_id)
    return current[0].id if current else cases.grant_access(manager, "assistente2",
                                                             world.case_id, "Ferie")


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_every_role_against_every_case_operation(ctx, operation):
    world = make_world(ctx)
    call, allowed_actors = OPERATIONS[operation]
    for key, actor in ACTORS.items():
        actor_ctx = as_(ctx, actor)
        if key in allowed_actors:
            call(actor_ctx, world)
        else:
            with pytest.raises(PermissionDenied):
                call(actor_ctx, world)
            newest = audit.list_entries(as_admin(ctx), limit=1)[0]
            assert (newest.action, newest.actor) == ("permission_denied", actor.username), key


def test_a_team_grant_opens_the_file_to_another_worker(ctx):
    world = make_world(ctx)
    with pytest.raises(PermissionDenied):
        case_file.open_file(as_(ctx, OTHER_WORKER), world.case_id)
    cases.grant_access(as_(ctx, MANAGER), "assistente2", world.case_id, "Sostituzione per ferie")
    assert case_file.open_file(as_(ctx, OTHER_WORKER), world.case_id).summary.id == world.case_id


def test_removed_worker_loses_the_file(ctx):
    world = make_world(ctx)
    cases.remove_worker(as_(ctx, MANAGER), world.case_id, "assistente")
    with pytest.raises(PermissionDenied):
        case_file.open_file(as_(ctx, WORKER), world.case_id)
