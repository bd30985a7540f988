"""City-scale case files: every stage, 80 cases per worker, one 500-note timeline."""

from __future__ import annotations

import dataclasses
from collections import Counter

from sqlalchemy import func, select

from borgo_desktop.models import Case, CaseNote
from borgo_desktop.models.casework import CaseStage
from borgo_desktop.seed.city import build_city
from borgo_desktop.seed.city_cases import LONG_TIMELINE, worker_name
from borgo_desktop.services.casework import file as case_file, cases
from borgo_desktop.services.core.context import Actor


def test_small_city_cases(ctx):
    build_city(ctx, factor=0.01)
    with ctx.store.read() as session:
        stages = Counter(session.scalars(select(Case.stage)))
        notes = session.scalar(select(func.count()).select_from(CaseNote))
        longest = session.execute(select(CaseNote.case_id, func.count())
                                  .group_by(CaseNote.case_id)
                                  .order_by(func.count().desc()).limit(1)).first()
    assert sum(stages.values()) == 150 and set(stages) == set(CaseStage)
    assert notes == 5_000 and longest[1] == LONG_TIMELINE
    worker = dataclasses.replace(ctx, actor=Actor(worker_name(0), "social_worker"))
    mine = cases.my_cases(worker)
    assert len(mine) == 80 and longest[0] in {row.id for row in mine}
    assert len(case_file.open_file(worker, longest[0], notes=None).notes) == LONG_TIMELINE
    hits = case_file.search_notes(worker, "affitto")
    assert hits and {h.case_id for h in hits} <= {row.id for row in mine}
