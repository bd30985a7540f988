"""No-fault arrears: an assessment with its cause, documents and income, tied to the case
file; recognised only with the ISEE and a large enough drop in income, with its measures."""

from __future__ import annotations

from datetime import date

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models.arrears import (
    ArrearsCause, AssessmentStatus, Measure, NoFaultDocument as D,
)
from borgo_desktop.services.casework import cases
from borgo_desktop.services.ledger import arrears_file, nofault
from borgo_desktop.services.ledger.nofault import NoFaultInput
from arrears_world import on


def test_an_assessment_from_opening_to_its_decision(ctx, world):
    worker = on(ctx, ctx.today(), "social_worker", "assistente")
    with pytest.raises(ValidationError):
        nofault.open_assessment(worker, world.rossi.id, NoFaultInput(ArrearsCause.NOT_HARDSHIP))
    assessment = nofault.open_assessment(worker, world.rossi.id, NoFaultInput(
        ArrearsCause.JOB_LOSS, date(2026, 9, 1), 180_000, 60_000, (D.ISEE,)))
    assert cases.household_case(ctx, world.rossi.id).has_case  # tied to the case file
    with pytest.raises(UserError, match="già una valutazione"):
        nofault.open_assessment(worker, world.rossi.id, NoFaultInput(ArrearsCause.JOB_LOSS))
    [view] = arrears_file.arrears_file(ctx, world.rossi.id).assessments
    assert view.status == AssessmentStatus.PENDING and view.drop_percent == 67
    assert view.missing == (D.DISMISSAL, D.PAYSLIPS) and view.case_id is not None
    with pytest.raises(ValidationError) as refused:
        nofault.decide(worker, assessment, True)
    assert "measures" in refused.value.problems
    nofault.update_assessment(worker, assessment, NoFaultInput(
        ArrearsCause.JOB_LOSS, date(2026, 9, 1), 180_000, 60_000, (D.ISEE, D.DISMISSAL)))
    nofault.decide(worker, assessment, True, (Measure.SOLIDARITY, Measure.SUSTAINABLE_PLAN),
                   "Contributo dal fondo comunale")
    [view] = arrears_file.arrears_file(ctx, world.rossi.id).assessments
    assert view.status == AssessmentStatus.RECOGNISED
    assert view.measures == (Measure.SOLIDARITY, Measure.SUSTAINABLE_PLAN)
    assert not arrears_file.arrears_file(ctx, world.rossi.id).supported  # decided: no longer pending
    with pytest.raises(UserError):
        nofault.update_assessment(worker, assessment, NoFaultInput(ArrearsCause.JOB_LOSS))


def test_not_recognised_without_the_isee_or_a_real_drop(ctx, world):
    assessment = nofault.open_assessment(ctx, world.bianchi.id, NoFaultInput(
        ArrearsCause.REDUCED_HOURS, None, 150_000, 130_000))
    with pytest.raises(ValidationError) as refused:
        nofault.decide(ctx, assessment, True, (Measure.PROVISIONAL_RENT,))
    assert {"documents", "income_after_cents"} <= set(refused.value.problems)
    with pytest.raises(ValidationError):
        nofault.decide(ctx, assessment, False)  # a refusal says why
    nofault.decide(ctx, assessment, False, note="Calo del reddito del 13%: sotto la soglia")
    [view] = arrears_file.arrears_file(ctx, world.bianchi.id).assessments
    assert view.status == AssessmentStatus.NOT_RECOGNISED and view.measures == ()
