"""«I miei casi»: the figures by stage add up to the cases listed, not to the office's."""

from __future__ import annotations

import re

from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.services.casework import cases
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.main_window import MainWindow

WORKER = Actor("assistente", "social_worker", "Giulia Ferri")
OTHER = Actor("collega", "social_worker", "Marco Bassi")


def _as(ctx, actor):
    return Context(store=ctx.store, actor=actor, today=ctx.today)


def _figures(qtbot, ctx, actor) -> tuple[int, list[int]]:
    window = MainWindow(_as(ctx, actor))
    qtbot.addWidget(window)
    page = window.open_area("cases")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        pass
    text = page.counts.text()
    listed, _, by_stage = text.partition(" · ")
    assert int(listed.split()[0]) == page.model.rowCount(), text
    return page.model.rowCount(), [int(n) for n in re.findall(r": (\d+)", by_stage)]


def test_the_counts_are_those_of_the_list(qtbot, ctx, world):
    cases.open_case(_as(ctx, WORKER), world.rossi.id, CaseOrigin.OFFICE)
    cases.open_case(_as(ctx, OTHER), world.bianchi.id, CaseOrigin.OFFICE)
    cases.open_case(_as(ctx, OTHER), world.esposito.id, CaseOrigin.OFFICE)
    listed, by_stage = _figures(qtbot, ctx, WORKER)
    assert (listed, sum(by_stage)) == (1, 1)  # my case only, not the office's three
    listed, by_stage = _figures(qtbot, ctx, Actor("capo", "manager"))
    assert (listed, sum(by_stage)) == (3, 3)
