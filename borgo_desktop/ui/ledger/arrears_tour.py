"""The arrears screens of the screenshot tour: the file of a household on the reminder
ladder or with a repayment plan (when the data have one), and the plan editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QScrollArea
from sqlalchemy import select

from borgo_desktop.models import ArrearsStep, RepaymentPlan
from borgo_desktop.services.core.permissions import Permission, allowed


def arrears_screens(window, shot: Callable[..., None]) -> None:
    ctx = window.ctx
    if not allowed(ctx.actor, Permission.LEDGER_READ):
        return
    with ctx.store.read() as session:
        household = session.scalar(select(RepaymentPlan.household_id).limit(1)) \
            or session.scalar(select(ArrearsStep.household_id).limit(1))
    if household is None:
        return
    page = window.open_arrears(household)
    shot("27_morosita.png")
    if page.plan_buttons["new"].isEnabled():
        editor = page.plan_new()
        shot("28_piano_di_rientro.png", editor)
        editor.mark_clean()
        editor.reject()


def ledger_screens(window, shot: Callable[..., None]) -> None:
    """«Canoni e morosità»: the arrears list; the ledger box of the household longest behind
    and its payment form (when someone is behind); the statement import; the queue."""
    from borgo_desktop.services.core import listing

    ctx = window.ctx
    if "ledger" not in {a.key for a in window.areas}:
        return
    area = window.open_area("ledger")
    shot("60_canoni.png")
    first = listing.fetch_page(ctx, listing.SPECS["arrears"], limit=1)
    if first:
        page = window.open_household(first[0].id)
        box = page.ledger_box
        if box is not None:
            page.findChild(QScrollArea).ensureWidgetVisible(box, 0, 0)
            shot("61_estratto_nucleo.png")
            if box.pay_button.isVisibleTo(page):
                dialog = box.record_payment()
                shot("62_pagamento.png", dialog)
                dialog.mark_clean()
                dialog.reject()
        window.open_area("ledger")
    if area.imports is not None:
        area.tabs.setCurrentWidget(area.imports)
        dialog = area.imports.open_import()
        shot("63_importa_estratto.png", dialog)
        dialog.reject()
    if area.queue is not None:
        area.tabs.setCurrentWidget(area.queue)
        shot("64_da_abbinare.png")
    area.tabs.setCurrentWidget(area.arrears)
