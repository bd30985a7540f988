"""The permission table itself: complete, labelled, least privilege where DOMAIN.md asks."""

import pytest

from borgo_desktop.services.core.context import ROLES, Actor
from borgo_desktop.services.core.permissions import (
    LABELS, ROLE_LABELS, ROLE_PERMISSIONS, Permission, PermissionDenied, allowed, require,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context


def test_every_role_and_permission_is_named():
    assert set(ROLE_PERMISSIONS) == set(ROLES) == set(ROLE_LABELS)
    assert set(LABELS) == set(Permission)


@pytest.mark.parametrize("role", ["front_desk", "facility_manager", "manager", "admin"])
def test_only_social_workers_read_case_content(role):
    assert not allowed(Actor("x", role), Permission.CASE_READ)
    assert allowed(Actor("x", "social_worker"), Permission.CASE_READ)


def test_unknown_role_may_do_nothing():
    assert not any(allowed(Actor("x", "intruder"), p) for p in Permission)


def test_refusal_is_raised_and_audited(store):
    ctx = Context(store=store, actor=Actor("mario", "front_desk"))
    with pytest.raises(PermissionDenied, match="sportello"):
        require(ctx, Permission.USERS_MANAGE)
    entries = audit.list_entries(Context(store=store, actor=Actor("admin", "admin")))
    assert entries[0].action == "permission_denied" and entries[0].actor == "mario"
