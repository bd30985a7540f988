"""Every role against every call that reads or configures the indicators: allowed, or
PermissionDenied and audited. Managers and the administrator read the table; only a manager
changes it (one row, a default restored, the Comune's list imported). The table covers every
public function of the modules listed."""

from __future__ import annotations

import inspect

import pytest

from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import ROLES, Actor
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.reporting import indicator_import, indicators
from borgo_desktop.services.reporting.indicators import DEFAULTS
from helpers.permission_matrix import refused_roles

P = Permission

CALLS = {
    "indicators.list_indicators": (P.REPORT_VIEW, lambda c, w: indicators.list_indicators(c)),
    "indicators.compute": (P.REPORT_VIEW, lambda c, w: indicators.compute(c, "2026-Q4")),
    "indicators.save_indicator": (P.REPORT_BUILD,
                                  lambda c, w: indicators.save_indicator(c, DEFAULTS[0])),
    "indicators.restore_default": (P.REPORT_BUILD,
                                   lambda c, w: indicators.restore_default(c, DEFAULTS[0].code)),
    "indicator_import.import_indicators": (P.REPORT_BUILD, lambda c, w: (
        indicator_import.import_indicators(c, w, dry_run=True))),
}

UNGUARDED = {
    "indicators.effective", "indicators.compute_in",  # session helpers, under the caller's check
    "indicators.store_in",  # in the caller's unit of work, after the caller's own check
    "indicators.check_indicator", "indicators.changed_from_default",
    "indicators.default_of",  # pure: validation and the program's own defaults
}

MODULES = {"indicators": indicators, "indicator_import": indicator_import}


@pytest.fixture
def world(tmp_path):
    path = tmp_path / "elenco.csv"
    path.write_text("code;label;unit;function\nACC_NEW;Nuclei;nuclei;cases_new\n",
                    encoding="utf-8")
    return path


def test_the_table_covers_every_public_service_call():
    public = {f"{prefix}.{name}" for prefix, module in MODULES.items()
              for name, fn in inspect.getmembers(module, inspect.isfunction)
              if not name.startswith("_") and fn.__module__ == module.__name__}
    assert public - set(CALLS) - UNGUARDED == set()


def test_only_managers_configure_the_indicators():
    assert [r for r in ROLES if allowed(Actor("x", r), P.REPORT_BUILD)] == ["manager"]


@pytest.mark.parametrize("name", list(CALLS))
def test_every_role_against_every_call(ctx, admin_ctx, world, name):
    permission, call = CALLS[name]
    for role in refused_roles(ctx, name, lambda actor: allowed(actor, permission), call, world):
        last = audit.list_entries(admin_ctx, limit=1)[0]
        assert (last.action, last.actor, last.detail) == (
            "permission_denied", f"u_{role}", permission.value), (role, name)
