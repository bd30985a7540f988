"""ESF+ participant data on the case file: prefill, completeness rules, the completeness list,
exit and six-month results, who may write them."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models import Case, CaseWorker
from borgo_desktop.models.enums import Education
from borgo_desktop.models.reporting import Declared, EsfEmployment, EsfResult
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.reporting import participants
from borgo_desktop.services.reporting.indicators import compute
from borgo_desktop.services.reporting.participants import EntryInput


def as_worker(ctx, username="assistente"):
    return dataclasses.replace(ctx, actor=Actor(username, "social_worker"))


def open_case_of(demo, username="assistente", closed=False):
    with demo.store.read() as session:
        return session.scalar(
            select(Case.id).join(CaseWorker, CaseWorker.case_id == Case.id)
            .where(CaseWorker.username == username, CaseWorker.removed_on.is_(None),
                   Case.closed_on.is_not(None) if closed else Case.closed_on.is_(None))
            .order_by(Case.opened_on).limit(1))


def full_entry(view, **changes) -> EntryInput:
    data = dataclasses.replace(
        view.entry, entered_on=date(2026, 11, 2), gender=view.entry.gender or "F",
        employment=view.entry.employment or EsfEmployment.UNEMPLOYED,
        education=view.entry.education or Education.ISCED_3_4,
        jobless_household=True if view.entry.jobless_household is None else view.entry.jobless_household,
        dependent_children=bool(view.entry.dependent_children), single_adult=bool(view.entry.single_adult),
        homeless=False, migrant=Declared.NOT_DECLARED)
    return dataclasses.replace(data, **changes)


def test_the_form_is_prefilled_from_the_registry(demo):
    worker = as_worker(demo)
    views = participants.participants_of_case(worker, open_case_of(demo))
    assert views and all(v.id is None and v.entry.gender in ("M", "F") for v in views)
    assert all(v.missing == ("dati di ingresso",) for v in views)


def test_a_record_counts_only_when_complete(demo):
    worker, case_id = as_worker(demo), open_case_of(demo)
    first = participants.participants_of_case(worker, case_id)[0]
    partial = full_entry(first, education=None)
    participants.save_entry(worker, case_id, partial)
    view = next(v for v in participants.participants_of_case(worker, case_id) if v.id)
    assert view.missing == ("titolo di studio",) and not view.complete
    assert compute(demo, "2026-Q4", suppress=False).total("ESF_ENTERED") == 0
    gaps = participants.completeness_list(worker)
    assert any(g.name == first.name and "titolo di studio" in g.missing for g in gaps)
    participants.save_entry(worker, case_id, full_entry(first))
    view = next(v for v in participants.participants_of_case(worker, case_id) if v.id)
    assert view.complete and view.unasked == ("disabilità", "altro svantaggio")
    table = compute(demo, "2026-Q4", suppress=False)
    assert table.total("ESF_ENTERED") == 1
    assert table.detail("ESF_ENTERED") == {"donne" if view.entry.gender == "F" else "uomini": 1}
    assert not any(g.name == first.name for g in participants.completeness_list(worker))


def test_sensitive_answers_are_never_required_and_allow_not_declared(demo):
    worker, case_id = as_worker(demo), open_case_of(demo)
    first = participants.participants_of_case(worker, case_id)[0]
    participants.save_entry(worker, case_id, full_entry(
        first, migrant=None, disability=Declared.NOT_DECLARED, disadvantaged=None))
    view = next(v for v in participants.participants_of_case(worker, case_id) if v.id)
    assert view.complete and view.unasked == ("origine straniera o minoranza", "altro svantaggio")


def test_entry_data_are_checked_in_italian(demo):
    worker, case_id = as_worker(demo), open_case_of(demo)
    first = participants.participants_of_case(worker, case_id)[0]
    with pytest.raises(ValidationError) as error:
        participants.save_entry(worker, case_id, full_entry(
            first, entered_on=date(2027, 1, 1), gender="X", education=Education.UNKNOWN))
    assert set(error.value.problems) == {"entered_on", "gender", "education"}
    assert "futura" in error.value.problems["entered_on"].text
    with pytest.raises(ValidationError, match="precedere l'apertura"):
        participants.save_entry(worker, case_id, full_entry(first, entered_on=date(2020, 1, 1)))
    with pytest.raises(ValidationError, match="non fa parte del nucleo"):
        participants.save_entry(worker, case_id, full_entry(first, person_id=uuid.uuid4()))


def test_exit_and_six_months_results(demo):
    worker, case_id = as_worker(demo), open_case_of(demo)
    first = participants.participants_of_case(worker, case_id)[0]
    pid = participants.save_entry(worker, case_id, full_entry(first))
    with pytest.raises(UserError, match="Prima dell'esito a sei mesi"):
        participants.save_follow_up(worker, pid, date(2026, 11, 20), EsfResult.EMPLOYED)
    with pytest.raises(ValidationError) as error:
        participants.save_exit(worker, pid, date(2026, 11, 1), None)
    assert set(error.value.problems) == {"on", "result"}
    participants.save_exit(worker, pid, date(2026, 11, 20), EsfResult.JOB_SEEKING)
    with pytest.raises(ValidationError, match="sei mesi"):
        participants.save_follow_up(worker, pid, date(2026, 11, 24), EsfResult.EMPLOYED)
    later = dataclasses.replace(worker, today=lambda: date(2027, 5, 25))
    participants.save_follow_up(later, pid, date(2027, 5, 22), EsfResult.EMPLOYED)
    table = compute(demo, "2026-Q4", suppress=False)
    assert table.total("ESF_EXITED") == 1
    manager_later = dataclasses.replace(demo, today=lambda: date(2027, 5, 25))
    assert compute(manager_later, "2027-Q2", suppress=False).total("ESF_FOLLOWED") == 1


def test_the_list_asks_for_the_exit_result_of_a_closed_case(demo):
    worker, case_id = as_worker(demo), open_case_of(demo, closed=True)
    if case_id is None:
        pytest.skip("the demo has no closed case of this worker")
    with demo.store.read() as session:
        closed_on = session.get(Case, case_id).closed_on
    first = participants.participants_of_case(worker, case_id)[0]
    early = dataclasses.replace(worker, today=lambda: closed_on)
    with demo.store.read() as session:
        opened = session.get(Case, case_id).opened_on
    participants.save_entry(early, case_id, full_entry(first, entered_on=opened))
    gap = next(g for g in participants.completeness_list(worker) if g.case_id == case_id)
    assert "esito all'uscita" in gap.missing and gap.due > closed_on


def test_only_the_case_s_worker_writes(demo):
    case_id = open_case_of(demo)
    first = participants.participants_of_case(as_worker(demo), case_id)[0]
    with pytest.raises(PermissionDenied):
        participants.save_entry(as_worker(demo, "assistente_x"), case_id, full_entry(first))
    with pytest.raises(PermissionDenied):
        participants.save_entry(dataclasses.replace(demo, actor=Actor("desk", "front_desk")),
                                case_id, full_entry(first))
