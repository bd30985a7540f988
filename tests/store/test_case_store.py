"""Casework on both dialects: notes refused UPDATE by the database, one open case per
household, and the note search of the dialect adapter restricted to the worker's cases."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from borgo_desktop.errors import StoreError
from borgo_desktop.models import Case
from borgo_desktop.models.casework import CaseOrigin, CaseStage, NoteKind
from borgo_desktop.services.casework import file as case_file, cases
from borgo_desktop.services.casework import records as rec
from borgo_desktop.services.core.context import Context
from borgo_desktop.store import Store
from helpers.case_world import OTHER_WORKER, TODAY, WORKER, as_, make_world


@pytest.fixture
def world_ctx(any_url):
    from borgo_desktop.services.core.context import Actor

    store = Store.open(any_url)
    ctx = Context(store, Actor("tester", "manager"), lambda: TODAY)
    yield ctx, make_world(ctx)
    store.close()


def test_notes_append_only_unique_open_case_and_search(world_ctx):
    ctx, w = world_ctx
    worker = as_(ctx, WORKER)
    note = rec.add_note(worker, w.case_id, rec.NoteInput(
        NoteKind.HOME_VISIT, date(2026, 11, 3), "Parlato delle bollette arretrate"))
    other = cases.open_case(as_(ctx, OTHER_WORKER), w.spare_household_id, CaseOrigin.OFFICE)
    rec.add_note(as_(ctx, OTHER_WORKER), other, rec.NoteInput(
        NoteKind.PHONE_CALL, date(2026, 11, 4), "Bollette pagate"))
    assert [h.note_id for h in case_file.search_notes(worker, "bollet")] == [note]
    assert [h.case_id for h in case_file.search_notes(as_(ctx, OTHER_WORKER), "bollette")] == \
        [other]
    with pytest.raises((DBAPIError, StoreError)), ctx.store.unit_of_work() as session:
        session.execute(text("UPDATE case_notes SET body = 'x'"))
        session.commit()
    assert case_file.open_file(worker, w.case_id).notes[0].body.startswith("Parlato")
    with pytest.raises((DBAPIError, StoreError)), ctx.store.unit_of_work() as session:
        session.add(Case(household_id=w.household_id, stage=CaseStage.REFERRAL,
                         origin=CaseOrigin.OFFICE, opened_on=TODAY, first_meeting_due=TODAY,
                         pact_due=TODAY))
        session.commit()
