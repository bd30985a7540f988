"""Helpers shared by tests (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

import dataclasses

from borgo_desktop.services.core.context import Actor, Context


def as_admin(ctx: Context) -> Context:
    """The same store and day as ``ctx``, as the administrator (audit log, data protection)."""
    return dataclasses.replace(ctx, actor=Actor("admin", "admin"))
