"""Every role against one service call: the permission tables of the areas share this loop."""

from __future__ import annotations

from typing import Callable, Iterator

import pytest

from borgo_desktop.errors import UserError
from borgo_desktop.services.core.context import ROLES, Actor, Context
from borgo_desktop.services.core.permissions import PermissionDenied


def refused_roles(ctx: Context, name: str, may: Callable[[Actor], bool], call, world
                  ) -> Iterator[str]:
    """Call ``call(role's context, world)`` for every role: a role ``may`` allows must not be
    refused (a business refusal, UserError, is fine); any other must be, and is yielded after
    its refusal so the caller can check what the refusal left (the audit entry)."""
    for role in ROLES:
        actor_ctx = Context(store=ctx.store, actor=Actor(f"u_{role}", role), today=ctx.today)
        if may(actor_ctx.actor):
            try:
                call(actor_ctx, world)
            except PermissionDenied as exc:  # pragma: no cover - the failure being tested
                pytest.fail(f"{role} refused {name}: {exc.text}")
            except UserError:
                pass  # not found, wrong stage, duplicate: a business refusal
        else:
            with pytest.raises(PermissionDenied):
                call(actor_ctx, world)
            yield role
