"""The communication plan: validation, reach (typed, or counted from a linked mailing's
deliveries), the life of an action (planned, done, cancelled), audit and the printed plan."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models.communication import DeliveryChannel, PlanAudience, PlanPhase, PlanStatus
from borgo_desktop.services.communication import deliveries, plan
from borgo_desktop.services.communication.deliveries import SentInput
from borgo_desktop.services.communication.merge import BatchRequest, run_batch
from borgo_desktop.services.communication.plan import ActionInput, Reach
from borgo_desktop.services.core import audit

from helpers.comm_world import invitation, water_notice

ASSEMBLY = ActionInput(PlanPhase.MOVE_IN, PlanAudience.RESIDENTS, "Assemblea di benvenuto",
                       date(2026, 11, 20), channel="Assemblea", owner="Ufficio di borgo",
                       material="Presentazione del regolamento")


def test_an_action_needs_phase_audience_title_and_date(ctx):
    with pytest.raises(ValidationError) as refused:
        plan.create_action(ctx, ActionInput(None, None, "  ", None))
    problems = refused.value.problems
    assert set(problems) == {"phase", "audience", "title", "planned_on"}
    assert problems["planned_on"].text == "Indicare la data dell'azione."
    with pytest.raises(ValidationError) as long:
        plan.create_action(ctx, ActionInput(PlanPhase.STEADY, PlanAudience.CITY, "x" * 161,
                                            date(2026, 12, 1)))
    assert "160 caratteri" in long.value.problems["title"].text
    assert plan.list_actions(ctx) == []


def test_create_edit_and_list_with_audit(ctx, admin_ctx):
    action = plan.create_action(ctx, ASSEMBLY)
    assert (action.status, action.delivered, action.attended) == (PlanStatus.PLANNED, 0, 0)
    assert action.material_text == "Presentazione del regolamento"
    moved = plan.update_action(ctx, action.id, ActionInput(
        PlanPhase.MOVE_IN, PlanAudience.RESIDENTS, "Assemblea di benvenuto", date(2026, 11, 21),
        channel="Assemblea", owner="Ufficio di borgo", material="Presentazione del regolamento"))
    assert moved.planned_on == date(2026, 11, 21)
    other = plan.create_action(ctx, ActionInput(PlanPhase.PRE_ALLOCATION, PlanAudience.COMUNE,
                                                "Relazione al Comune", date(2026, 10, 1)))
    assert [a.id for a in plan.list_actions(ctx)] == [other.id, action.id]
    assert [a.id for a in plan.list_actions(ctx, phase=PlanPhase.MOVE_IN)] == [action.id]
    assert plan.list_actions(ctx, audience=PlanAudience.CITY) == []
    entries = audit.list_entries(admin_ctx, action_prefix="comm_plan.", limit=10)
    assert [e.action for e in entries] == ["comm_plan.create", "comm_plan.update",
                                           "comm_plan.create"]
    assert tuple(entries[1].fields) == ("planned_on",) and "Assemblea di benvenuto" in entries[1].detail


def test_done_with_reach_typed_and_came_not_more_than_reached(ctx):
    action = plan.create_action(ctx, ASSEMBLY)
    with pytest.raises(ValidationError) as negative:
        plan.mark_done(ctx, action.id, Reach(-1, 0))
    assert "negativo" in negative.value.problems["delivered"].text
    with pytest.raises(ValidationError) as missing:
        plan.mark_done(ctx, action.id, Reach(None, 0))
    assert "raggiunti" in missing.value.problems["delivered"].text
    with pytest.raises(ValidationError) as more:
        plan.mark_done(ctx, action.id, Reach(40, 41))
    assert more.value.problems["attended"].text == ("I presenti (41) non possono essere più "
                                                    "dei raggiunti (40).")
    done = plan.mark_done(ctx, action.id, Reach(40, 28))
    assert (done.status, done.delivered, done.attended, done.counted) == (PlanStatus.DONE, 40, 28,
                                                                          False)
    with pytest.raises(UserError, match="solo un'azione programmata"):
        plan.mark_done(ctx, action.id, Reach(40, 28))
    fixed = plan.update_action(ctx, action.id, done.to_input(), Reach(45, 30))
    assert (fixed.delivered, fixed.attended) == (45, 30)


def test_an_action_in_the_future_is_not_done_yet_nor_has_reach_while_planned(ctx):
    later = plan.create_action(ctx, ActionInput(PlanPhase.FIRST_YEAR, PlanAudience.NEIGHBOURHOOD,
                                                "Festa di quartiere", date(2027, 5, 1)))
    with pytest.raises(UserError, match="si segna come svolta da quel giorno"):
        plan.mark_done(ctx, later.id, Reach(100, 50))
    with pytest.raises(UserError, match="quando l'azione è svolta"):
        plan.update_action(ctx, later.id, later.to_input(), Reach(10, 5))


def test_cancel_needs_a_reason_and_freezes_the_action(ctx, admin_ctx):
    action = plan.create_action(ctx, ASSEMBLY)
    with pytest.raises(ValidationError) as refused:
        plan.cancel_action(ctx, action.id, " ")
    assert "perché" in refused.value.problems["reason"].text
    cancelled = plan.cancel_action(ctx, action.id, "sala non disponibile")
    assert cancelled.status == PlanStatus.CANCELLED
    assert cancelled.notes.endswith("sala non disponibile")
    with pytest.raises(UserError, match="annullata"):
        plan.update_action(ctx, action.id, ASSEMBLY)
    with pytest.raises(UserError, match="solo un'azione programmata"):
        plan.cancel_action(ctx, action.id, "ancora")
    assert audit.list_entries(admin_ctx, limit=1)[0].action == "comm_plan.cancel"


def test_reach_of_an_action_linked_to_a_mailing_comes_from_the_delivery_log(ctx, borgo,
                                                                             tmp_path):
    invitation(ctx)
    water_notice(ctx)
    letters = run_batch(ctx, BatchRequest("INVITO", "staircase:DL51-A"), tmp_path / "l.pdf")
    with pytest.raises(UserError) as unknown:
        plan.create_action(ctx, ActionInput(**{**ASSEMBLY.__dict__, "mailing_code": "NOPE"}))
    assert unknown.value.field == "mailing_code"
    with pytest.raises(UserError) as mismatch:
        plan.create_action(ctx, ActionInput(**{**ASSEMBLY.__dict__, "template_code": "ACQUA",
                                               "mailing_code": letters.code}))
    assert "INVITO" in mismatch.value.text and mismatch.value.field == "template_code"
    action = plan.create_action(ctx, ActionInput(**{**ASSEMBLY.__dict__,
                                                    "mailing_code": letters.code}))
    assert (action.template_code, action.mailing_code, action.delivered) == (
        "INVITO", letters.code, 0)  # printed, not yet delivered
    items = deliveries.mailing_deliveries(ctx, letters.id)
    deliveries.record_sent(ctx, [items[0].id], SentInput(DeliveryChannel.LETTERBOX,
                                                         date(2026, 11, 18)))
    assert plan.get_action(ctx, action.id).delivered == 1
    with pytest.raises(ValidationError) as typed:
        plan.mark_done(ctx, action.id, Reach(10, 1))
    assert "registro delle consegne" in typed.value.problems["delivered"].text
    with pytest.raises(ValidationError) as more:
        plan.mark_done(ctx, action.id, Reach(None, 2))
    assert "(1)" in more.value.problems["attended"].text
    done = plan.mark_done(ctx, action.id, Reach(None, 1))
    assert (done.delivered, done.attended, done.counted) == (1, 1, True)
    deliveries.record_sent(ctx, [items[1].id], SentInput(DeliveryChannel.HAND, date(2026, 11, 19)))
    assert plan.get_action(ctx, action.id).delivered == 2


def test_the_printed_plan_lists_the_actions_by_phase_and_audience(ctx, admin_ctx, tmp_path):
    done = plan.create_action(ctx, ASSEMBLY)
    plan.mark_done(ctx, done.id, Reach(40, 28))
    plan.create_action(ctx, ActionInput(PlanPhase.PRE_ALLOCATION, PlanAudience.COMUNE,
                                        "Relazione trimestrale al Comune", date(2026, 10, 1),
                                        channel="Relazione", owner="Responsabile"))
    path = plan.print_plan(ctx, tmp_path / "piano.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Piano di comunicazione" in text
    assert "Assemblea di benvenuto" in text and "Relazione trimestrale al Comune" in text
    assert "Fase: Prima dell'assegnazione" in text and "Fase: Ingresso" in text
    assert "Abitanti · 1 azioni" in text and "Svolta" in text
    assert text.index("Fase: Prima dell'assegnazione") < text.index("Relazione trimestrale")
    assert text.index("Fase: Ingresso") < text.index("Assemblea di benvenuto")
    assert audit.list_entries(admin_ctx, limit=1)[0].action == "print.comm_plan"
