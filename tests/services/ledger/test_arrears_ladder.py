"""The reminder ladder: each step keeps who, when, the balance and the next deadline; legal
steps come in order, after the previous deadline, from managers only — and are refused while
the household is supported (a pact in force, a signed plan, a pending no-fault assessment)
unless a manager overrides with a reason, which is audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models.arrears import ArrearsCause, LadderStep as S
from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework import cases
from borgo_desktop.models.casework import NoteKind
from borgo_desktop.services.casework.records import (
    GoalInput, NoteInput, PlanInput as PactInput, add_note, agree_plan, save_plan,
)
from borgo_desktop.services.ledger import arrears_file, ladder, nofault, plans
from borgo_desktop.services.ledger.ladder import StepInput
from borgo_desktop.services.core.permissions import PermissionDenied
from arrears_world import charge_months, on

START = date(2026, 11, 25)


@pytest.fixture
def behind(ctx, world):
    charge_months(ctx, "2026-09", "2026-10", "2026-11")
    return world.rossi


def test_the_ladder_in_order_with_its_deadlines(ctx, admin_ctx, behind):
    with pytest.raises(ValidationError) as refused:  # no formal notice before a reminder
        ladder.take_step(ctx, behind.id, S.FORMAL_NOTICE)
    assert "Promemoria cordiale" in refused.value.problems["step"].text
    ladder.take_step(on(ctx, START, "front_desk", "sportello"), behind.id, S.FRIENDLY_REMINDER)
    with pytest.raises(ValidationError):  # the reminder's 15 days first
        ladder.take_step(on(ctx, START + timedelta(days=10)), behind.id, S.FORMAL_NOTICE)
    with pytest.raises(ValidationError) as refused:
        ladder.take_step(ctx, behind.id, S.SOCIAL_MEETING)
    assert "cause" in refused.value.problems
    ladder.take_step(on(ctx, START, "social_worker", "assistente"), behind.id, S.SOCIAL_MEETING,
                     StepInput("Lavoro perso a settembre", cause=ArrearsCause.JOB_LOSS))
    notice_day = START + timedelta(days=16)
    ladder.take_step(on(ctx, notice_day), behind.id, S.FORMAL_NOTICE)
    final_day = notice_day + timedelta(days=31)
    ladder.take_step(on(ctx, final_day), behind.id, S.FINAL_NOTICE)
    with pytest.raises(ValidationError):
        ladder.take_step(on(ctx, final_day + timedelta(days=16)), behind.id, S.HANDED_OVER)
    ladder.take_step(on(ctx, final_day + timedelta(days=16)), behind.id, S.HANDED_OVER,
                     StepInput(recipient="Comune di Milano, Direzione Casa"))
    found = arrears_file.arrears_file(on(ctx, final_day + timedelta(days=16)), behind.id)
    assert [s.step for s in found.steps] == [S.FRIENDLY_REMINDER, S.SOCIAL_MEETING,
                                            S.FORMAL_NOTICE, S.FINAL_NOTICE, S.HANDED_OVER]
    reminder, meeting, notice, final, handed = found.steps
    assert reminder.by == "sportello" and reminder.deadline == START + timedelta(days=15)
    assert meeting.cause == ArrearsCause.JOB_LOSS and meeting.by == "assistente"
    assert notice.deadline == notice.happened_on + timedelta(days=30)
    assert notice.balance_cents == found.balance.balance_cents > 0
    assert handed.recipient.startswith("Comune di Milano")


@pytest.mark.parametrize("role", ["front_desk", "social_worker"])
def test_only_a_manager_takes_legal_steps(ctx, behind, role):
    ladder.take_step(on(ctx, START, "front_desk"), behind.id, S.FRIENDLY_REMINDER)
    with pytest.raises(PermissionDenied):
        ladder.take_step(on(ctx, START + timedelta(days=16), role), behind.id, S.FORMAL_NOTICE)


def _pact(ctx, household):
    worker = on(ctx, START, "social_worker", "assistente")
    case_id = cases.open_case(worker, household.id, CaseOrigin.OFFICE, "Accompagnamento")
    add_note(worker, case_id, NoteInput(NoteKind.OFFICE_MEETING, START, "Primo colloquio"))
    save_plan(worker, case_id, PactInput([GoalInput("Pagare il canone corrente", "Nessun canone arretrato")]))
    agree_plan(worker, case_id, START)


def _signed_plan(ctx, household):
    plan = plans.propose_plan(ctx, household.id, plans.PlanInput(6, date(2026, 12, 10)))
    plans.sign_plan(ctx, plan)


def _pending_assessment(ctx, household):
    nofault.open_assessment(on(ctx, START, "social_worker", "assistente"), household.id,
                            nofault.NoFaultInput(ArrearsCause.JOB_LOSS, date(2026, 9, 1)))


@pytest.mark.parametrize("support,reason", [
    (_pact, "patto di accompagnamento"), (_signed_plan, "piano di rientro"),
    (_pending_assessment, "morosità incolpevole")])
def test_legal_step_refused_while_supported(ctx, admin_ctx, behind, support, reason):
    ladder.take_step(on(ctx, START, "front_desk"), behind.id, S.FRIENDLY_REMINDER)
    support(ctx, behind)
    later = on(ctx, START + timedelta(days=16))
    with pytest.raises(UserError) as refused:
        ladder.take_step(later, behind.id, S.FORMAL_NOTICE)
    assert "Passo legale rifiutato" in refused.value.text and reason in refused.value.text
    assert arrears_file.arrears_file(later, behind.id).supported
    assert [s.step for s in arrears_file.arrears_file(later, behind.id).steps] == [
        S.FRIENDLY_REMINDER]
    # A manager may go on, with a reason: kept on the step and in the audit trail.
    ladder.take_step(later, behind.id, S.FORMAL_NOTICE, StepInput(
        override_reason="Il nucleo non si presenta da tre mesi agli incontri concordati"))
    notice = arrears_file.arrears_file(later, behind.id).steps[-1]
    assert notice.step == S.FORMAL_NOTICE and notice.override_reason.startswith("Il nucleo")
    entries = [e for e in audit.list_entries(admin_ctx, limit=10) if e.action == "arrears.override"]
    assert entries and "tre mesi" in entries[0].detail


def test_no_legal_step_without_a_debt(ctx, world):
    ladder.take_step(on(ctx, START, "front_desk"), world.verdi.id, S.FRIENDLY_REMINDER)
    with pytest.raises(ValidationError) as refused:
        ladder.take_step(on(ctx, START + timedelta(days=16)), world.verdi.id, S.FORMAL_NOTICE)
    assert "non ha debiti" in refused.value.problems["step"].text


def test_sending_the_reminder_an_alert_proposed(ctx, behind):
    from borgo_desktop.services.core import settings
    from borgo_desktop.services.ledger import warnings

    settings.set_setting(ctx, "arrears.warning_rules", [{"rule": "unpaid_after_days", "days": 10}])
    warnings.run_warnings(ctx)
    desk = on(ctx, START, "front_desk", "sportello")
    [pending] = [r for r in arrears_file.reminders_to_send(desk) if r.household_id == behind.id]
    step_id = ladder.take_step(desk, behind.id, S.FRIENDLY_REMINDER, StepInput("Consegnato a mano"))
    assert step_id == pending.id
    assert behind.id not in {r.household_id for r in arrears_file.reminders_to_send(desk)}
    [sent] = arrears_file.arrears_file(ctx, behind.id).steps
    assert sent.happened_on == START and "Consegnato a mano" in sent.note
