"""Helpers for the arrears tests: a context on another day, months charged, payments."""

from __future__ import annotations

import dataclasses
from datetime import date

from borgo_desktop.models.ledger import PaymentMethod
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.ledger import charges, payments


def on(ctx, day: date, role: str | None = None, username: str | None = None):
    actor = ctx.actor if role is None else Actor(username or f"u_{role}", role)
    return dataclasses.replace(ctx, today=lambda: day, actor=actor)


def charge_months(ctx, *periods: str) -> None:
    for period in periods:
        charges.charge_run(ctx, period)


def pay(ctx, household, cents: int, day: date) -> None:
    payments.record_payment(on(ctx, day), household.id, cents, PaymentMethod.CASH, day)
