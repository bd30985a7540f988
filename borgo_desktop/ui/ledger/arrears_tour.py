"""The arrears screens of the screenshot tour: the file of a household on the reminder
ladder or with a repayment plan (when the data have one), and the plan editor."""

from __future__ import annotations

from collections.abc import Callable

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
