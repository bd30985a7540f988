"""Violations and guests in the data-protection tools: the access report lists them (with
their steps), the retention preview counts them, anonymising removes the names of the
household's people from the texts and the guests' names, keeping rows and outcomes."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import func, select

from borgo_desktop.models import GuestStay, Violation, ViolationStep
from borgo_desktop.models.violations import GuestRelation, ViolationOutcome
from borgo_desktop.services import privacy
from borgo_desktop.services.registry import registry
from borgo_desktop.services.privacy.identity import REDACTED
from borgo_desktop.services.violations import guests, workflow
from borgo_desktop.services.privacy.violations import SECTION
from borgo_desktop.services.violations.workflow import StepInput, ViolationInput
from violation_world import make_world


def _history(ctx):
    world = make_world(ctx)
    vid = workflow.report(ctx, ViolationInput(
        world.rossi.id, "noise", date(2026, 10, 3), "Anna Bianchi, vicina",
        "Mario Rossi ha tenuto la musica alta fino all'una.", 1))
    workflow.advance(ctx, vid, "verify", StepInput("Confermato: chiamare Rossi Mario."))
    workflow.advance(ctx, vid, "resolve", StepInput("Mediazione con Mario Rossi.",
                                                    outcome=ViolationOutcome.MEDIATION))
    guests.register_guest(ctx, guests.GuestInput(world.rossi.id, "Zio Tonino",
                                                 GuestRelation.OTHER_RELATIVE, date(2026, 10, 1),
                                                 date(2026, 12, 31), note="Fratello di Mario"))
    return world


def test_the_access_report_lists_violations_and_guests(ctx, admin_ctx):
    world = _history(ctx)
    person = world.rossi.members[0].person.id
    rows = privacy.build_report(admin_ctx, person).sections[SECTION]
    violation, guest = rows
    assert violation["Codice"].startswith("V2026-") and violation["Stato"].label == "Risolta"
    assert "Silenzio" in violation["Articolo citato"] and len(violation["Passaggi"]) == 3
    assert guest["Voce"] == "Ospite registrato" and "Zio Tonino" in guest["Descrizione"]
    assert list(privacy.build_report(admin_ctx, person).sections)[-1] == "Registro delle operazioni"


def test_retention_counts_then_anonymises_keeping_rows(ctx, admin_ctx):
    world = _history(ctx)
    registry.household_leaves(ctx, world.rossi.id, date(2026, 11, 25))
    admin_ctx = dataclasses.replace(admin_ctx, today=lambda: date(2032, 1, 1))  # 5 years on
    [candidate] = [c for c in privacy.preview(admin_ctx)[1] if c.household_id == world.rossi.id]
    assert "1 violazione del regolamento, 1 ospite registrato" in candidate.also_held
    assert privacy.anonymise(admin_ctx, [world.rossi.id]) == 1
    with ctx.store.read() as session:
        violation = session.scalar(select(Violation))
        assert "Mario" not in violation.description and REDACTED in violation.description
        assert violation.reported_by == "Anna Bianchi, vicina"  # not the household's person
        assert violation.outcome == ViolationOutcome.MEDIATION
        notes = session.scalars(select(ViolationStep.note)).all()
        assert not any("Rossi" in n for n in notes) and len(notes) == 3
        stay = session.scalar(select(GuestStay))
        assert (stay.guest_name, stay.note) == ("Anonimo", "")
        assert session.scalar(select(func.count()).select_from(Violation)) == 1
